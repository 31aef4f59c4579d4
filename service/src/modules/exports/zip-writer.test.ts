import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ZipWriter } from './zip-writer.ts';

/** Reads `stream` to its end, or to the error that ended it. */
async function drain(stream: Readable): Promise<Error | undefined> {
  try {
    for await (const chunk of stream) void chunk;
    return undefined;
  } catch (err) {
    return err as Error;
  }
}

// yazl pipes an entry's stream without listening for its errors: one that fails (the database gone while an
// export reads a portal's rows, storage failing mid-file) must fail the archive, not the process.
describe('ZipWriter', () => {
  it('fails the archive when a generated entry fails midway', async () => {
    const zip = new ZipWriter();
    zip.addText('README.txt', 'hello');
    zip.addGenerated('rows.json', async function* () {
      yield '[';
      await new Promise((resolve) => setTimeout(resolve, 5));
      throw new Error('driver has already been destroyed');
    });
    void zip.end();
    const err = await drain(zip.output);
    expect(err?.message).toBe('driver has already been destroyed');
  });

  it("fails the archive when a file's stream fails midway", async () => {
    const zip = new ZipWriter();
    const failing = new Readable({ read() {} });
    zip.addFile(
      'a.bin',
      10,
      () => Promise.resolve(failing),
      () => {},
    );
    zip.addFile('b.bin', 10, () => {
      const broken = new Readable({ read() {} });
      broken.push(Buffer.alloc(4));
      setTimeout(() => broken.destroy(new Error('socket hang up')), 5);
      return Promise.resolve(broken);
    });
    failing.push(Buffer.alloc(10));
    failing.push(null);
    void zip.end();
    const err = await drain(zip.output);
    expect(err?.message).toBe('socket hang up');
  });
});
