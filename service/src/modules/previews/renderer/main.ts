// The preview renderer: a child process of the service (renderer-process.ts starts it with its time and memory
// limits), so a hostile file can take down nothing but this process. It loads its libraries first (it may be
// started ahead of need, as a spare), then reads one RenderRequest as JSON on stdin, writes the images into its
// `outDir`, prints one RenderResult as JSON on stdout, and exits. Stdin closed empty (the service went away):
// it exits without a word.
import { renderImage } from './image.ts';
import { renderPdf } from './pdf.ts';
import { RenderRefusal, type RenderRequest, type RenderResult } from './protocol.ts';

// Libraries' warnings (pdf.js logs with console.log) must not mix with the answer on stdout.
console.log = console.warn = console.info = console.error;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<void> {
  const input = await readStdin();
  if (input === '') process.exit(0);
  const request = JSON.parse(input) as RenderRequest;
  let result: RenderResult;
  try {
    result = request.kind === 'pdf' ? await renderPdf(request) : await renderImage(request);
  } catch (err) {
    const reason = err instanceof RenderRefusal ? err.reason : 'unreadable';
    result = { ok: false, reason, detail: (err instanceof Error ? err.message : String(err)).slice(0, 500) };
  }
  process.stdout.write(JSON.stringify(result) + '\n', () => process.exit(0));
}

void main();
