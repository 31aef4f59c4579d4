// Timing helpers the benchmarks share: sequential latency on one kept-alive connection, percentiles, and
// autocannon throughput.
import { request } from 'node:http';
import autocannon from 'autocannon';

/** `count` GETs one after another on the agent's one connection; each one's time in ms. */
export async function sequential(agent, url, headers, count) {
  const times = [];
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    const status = await get(agent, url, headers);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (status !== 200) throw new Error(`${url}: HTTP ${status}`);
  }
  return times;
}

function get(agent, url, headers) {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers }, (res) => {
      res.on('data', () => {});
      res.on('end', () => resolve(res.statusCode));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/** Mean req/s of `connections` autocannon connections on `url` for `duration` seconds; any non-2xx fails it. */
export function throughput(url, headers, { connections, duration }) {
  return new Promise((resolveRun, reject) => {
    autocannon({ url, connections, duration, headers }, (err, result) => {
      if (err) return reject(err);
      if (result.non2xx > 0) return reject(new Error(`${url}: ${result.non2xx} non-2xx responses`));
      resolveRun(result.requests.average);
    });
  });
}
