// Baseline for bench/upload.mjs: a bare node:http server that pipes a request body to disk (fsynced, like
// the service) and streams a file back. No framework, no parsing, no database.
import { createReadStream, createWriteStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

const dir = process.argv[2];
const server = createServer(async (req, res) => {
  const path = join(dir, 'raw-upload.bin');
  if (req.method === 'POST') {
    await pipeline(req, createWriteStream(path));
    const handle = await open(path, 'r');
    await handle.sync();
    await handle.close();
    res.writeHead(201, { 'content-type': 'application/json' }).end('{}');
  } else {
    const { size } = await stat(path);
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': size });
    await pipeline(createReadStream(path, { highWaterMark: 1024 * 1024 }), res);
  }
});
server.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port }));
