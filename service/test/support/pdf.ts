import { deflateRawSync, deflateSync, constants } from 'node:zlib';

// PDFs the preview tests build themselves: a plain document of N pages, and hostile ones.

export interface PdfOptions {
  /** Width and height of every page, in points (default US Letter). */
  pageSize?: [number, number];
  /** More entries of the document catalog, e.g. an `/OpenAction`. */
  catalog?: string;
  /** More entries of the trailer, e.g. an `/Encrypt` dictionary. */
  trailer?: string;
  /** A page's content stream, as a dictionary's extra entries and its (already encoded) bytes. */
  content?: (page: number) => { dict?: string; bytes: Buffer };
}

/** A valid PDF of `pages` pages: "Page n" in Helvetica and a blue bar whose height grows with n. */
export function makePdf(pages: number, options: PdfOptions = {}): Buffer {
  const [width, height] = options.pageSize ?? [612, 792];
  const objects: Buffer[] = [];
  const add = (body: string | Buffer) => objects.push(Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'));
  add(''); // 1: catalog, filled in below
  add(''); // 2: page tree
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'); // 3
  const kids: number[] = [];
  for (let n = 1; n <= pages; n++) {
    const content = options.content?.(n) ?? {
      bytes: Buffer.from(`BT /F1 48 Tf 72 ${height - 92} Td (Page ${n}) Tj ET 0 0 1 rg 72 72 200 ${(n * 10) % 400} re f`, 'latin1'),
    };
    add(
      Buffer.concat([
        Buffer.from(`<< /Length ${content.bytes.length} ${content.dict ?? ''} >>\nstream\n`, 'latin1'),
        content.bytes,
        Buffer.from('\nendstream', 'latin1'),
      ]),
    );
    const contentId = objects.length;
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`,
    );
    kids.push(objects.length);
  }
  objects[0] = Buffer.from(`<< /Type /Catalog /Pages 2 0 R ${options.catalog ?? ''} >>`, 'latin1');
  objects[1] = Buffer.from(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${pages} >>`, 'latin1');

  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(chunk);
    offset += chunk.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${options.trailer ?? ''} >>\nstartxref\n${offset}\n%%EOF\n`;
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}

/**
 * A zlib stream that inflates to `mib` MiB of spaces, built without deflating them: one MiB compressed with a
 * full flush is a self-contained run of deflate blocks, so the run repeated is the whole. (Compressing 1 GiB
 * for real takes seconds of CPU; this takes none.)
 */
export function zlibOfSpaces(mib: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const last = deflateRawSync(Buffer.alloc(0)); // a final, empty block
  const n = BigInt(mib) * 1024n * 1024n;
  const a = (1n + n * 32n) % 65521n;
  const b = (n + (32n * n * (n + 1n)) / 2n) % 65521n;
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(Number((b << 16n) | a));
  return Buffer.concat([Buffer.from([0x78, 0xda]), ...Array<Buffer>(mib).fill(block), last, adler]);
}

/** A one-page PDF whose content stream is a decompression bomb: a few KiB that inflate to `mib` MiB. */
export function pdfBomb(mib: number): Buffer {
  // Deflated twice: the outer stream is a few KiB, inflating to the inner one, which inflates to the bomb.
  const bytes = deflateSync(zlibOfSpaces(mib), { level: 9 });
  return makePdf(1, { content: () => ({ dict: '/Filter [/FlateDecode /FlateDecode]', bytes }) });
}
