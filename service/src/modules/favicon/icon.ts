import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { SERVICE_ROOT } from '../../lib/paths.ts';

/** The sizes `/favicon.ico` carries: tabs (16), taskbars and bookmarks (32), Windows' site tiles (48). */
export const ICO_SIZES = [16, 32, 48] as const;

/** Foyer's own mark, for pages whose workspace has no logo and for `/favicon.ico`. */
export interface DefaultIcon {
  svg: Buffer;
  /** A hash of the SVG, for ETags: the ICO is drawn from it, so it changes when the SVG does. */
  etag: string;
  /** The same mark as an ICO file of PNG images, drawn on first use (browsers that ask for `/favicon.ico`). */
  ico(): Promise<Buffer>;
}

export function defaultIcon(): DefaultIcon {
  const svg = readFileSync(join(SERVICE_ROOT, 'src/modules/favicon/assets/favicon.svg'));
  let ico: Promise<Buffer> | undefined;
  return {
    svg,
    etag: `"${createHash('sha256').update(svg).digest('base64url').slice(0, 16)}"`,
    ico: () => (ico ??= drawIco(svg)),
  };
}

/** An ICO container holding one PNG per size, drawn from the SVG (ICO has held PNG images since Windows Vista). */
async function drawIco(svg: Buffer): Promise<Buffer> {
  const image = await loadImage(svg);
  const pngs = ICO_SIZES.map((size) => {
    const canvas = createCanvas(size, size);
    canvas.getContext('2d').drawImage(image, 0, 0, size, size);
    return canvas.toBuffer('image/png');
  });
  // ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes) per image, then the images.
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach((png, i) => {
    const entry = 6 + 16 * i;
    const size = ICO_SIZES[i]!;
    header.writeUInt8(size, entry); // width (0 would mean 256)
    header.writeUInt8(size, entry + 1); // height
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3); // reserved
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs]);
}
