// The accountant's tax season, with the SDK: for each client, a portal, an invitation, the prepared return
// uploaded as a PDF, and a request to approve it; then the approval states and the portal links.
//
//   npm start                       # in one terminal: prints FOYER_URL and an API key
//   FOYER_URL=http://127.0.0.1:8080 FOYER_API_KEY=sk_… npm run example:sdk
import { Foyer, FoyerError } from '@foyer/sdk/node';

const baseUrl = process.env.FOYER_URL ?? 'http://127.0.0.1:8080';
const apiKey = process.env.FOYER_API_KEY;
if (!apiKey) {
  console.error('Set FOYER_API_KEY to the owner API key `npm start` printed (or `npm run foyer -- key create --workspace wsp_…`).');
  process.exit(2);
}

const foyer = new Foyer({ baseUrl, apiKey });

const clients = [
  { name: 'Dana Whitfield', email: 'dana.whitfield@example.com' },
  { name: 'Omar Haddad', email: 'omar.haddad@example.com' },
  { name: 'Mei Tanaka', email: 'mei.tanaka@example.com' },
];

/** A small, valid one-page PDF standing in for the prepared return. */
function returnPdf(client: string): Uint8Array {
  const text = `2026 income tax return - ${client}`.replace(/[()\\]/g, '');
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

try {
  const made: Array<{ client: string; portalUrl: string; requestId: string; fileName: string }> = [];
  for (const client of clients) {
    const portal = await foyer.portals.create({ name: `2026 tax return — ${client.name}`, client_name: client.name });
    await foyer.members.add(portal.id, { email: client.email, name: client.name, send_invite: true });
    const fileName = `2026-return-${client.name.toLowerCase().replace(/\s+/g, '-')}.pdf`;
    const file = await foyer.files.upload(portal.id, returnPdf(client.name), {
      name: fileName,
      onProgress: ({ loaded, total }) => process.stdout.write(`\r  uploading ${fileName}: ${loaded}/${total ?? '?'} bytes`),
    });
    process.stdout.write('\n');
    const request = await foyer.approvals.request(file.id, {
      message: 'Your 2026 return is ready. Please review it and approve it, or tell me what to change.',
      due_at: new Date(Date.now() + 14 * 86_400_000).toISOString(),
    });
    made.push({ client: client.name, portalUrl: portal.url, requestId: request.id, fileName });
    console.log(`✓ ${client.name}: portal created, invitation sent, ${fileName} uploaded, approval requested`);
  }

  console.log('\nApproval states');
  for (const item of made) {
    const request = await foyer.approvals.get(item.requestId);
    console.log(
      `  ${item.client.padEnd(16)} ${request.status.padEnd(18)} v${request.version}  sha256 ${request.sha256.slice(0, 12)}…  due ${request.due_at?.slice(0, 10)}`,
    );
  }
  console.log('\nPortal links (each client signs in with the code emailed to them)');
  for (const item of made) console.log(`  ${item.client.padEnd(16)} ${item.portalUrl}`);
} catch (err) {
  if (err instanceof FoyerError) {
    console.error(`Foyer answered ${err.status} ${err.code}: ${err.message} (request ${err.requestId})`);
    process.exit(1);
  }
  throw err;
}
