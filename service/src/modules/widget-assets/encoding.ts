import type { Request, Response } from 'express';
import type { Asset } from './bundles.ts';

/** The content codings the build writes for every script. */
export type Coding = 'br' | 'gzip' | 'identity';
const PREFERRED: readonly Coding[] = ['br', 'gzip', 'identity'];

/**
 * The coding to send for an `Accept-Encoding` header (RFC 9110 §12.5.3): among br, gzip and identity, the
 * acceptable one with the highest weight, br before gzip before identity when weights tie. A coding the header
 * does not name is acceptable only through `*` — identity also without it, as the last choice, unless
 * `identity;q=0` or `*;q=0` exclude it. No header at all: identity. If nothing is acceptable, identity all the
 * same (it is always understood).
 */
export function negotiateEncoding(header: string | undefined): Coding {
  if (header === undefined) return 'identity';
  const weights = new Map<string, number>();
  for (const item of header.split(',')) {
    const [name = '', ...params] = item.split(';');
    let q = 1;
    for (const param of params) {
      const [key = '', value = ''] = param.split('=');
      if (key.trim().toLowerCase() === 'q') q = Number(value.trim()) || 0;
    }
    const coding = name.trim().toLowerCase();
    if (coding) weights.set(coding === 'x-gzip' ? 'gzip' : coding, q);
  }
  const star = weights.get('*');
  const weight = (coding: Coding) => weights.get(coding) ?? star ?? (coding === 'identity' ? Number.MIN_VALUE : 0);
  let best: Coding = 'identity';
  let bestWeight = 0;
  for (const coding of PREFERRED) {
    const w = weight(coding);
    if (w > bestWeight) [best, bestWeight] = [coding, w];
  }
  return best;
}

/** Whether an `If-None-Match` header names this strong ETag (or `*`); weak validators compare by their tag. */
function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || (t.startsWith('W/') ? t.slice(2) : t) === etag;
  });
}

/**
 * Sends one of the build's scripts as the request accepts it: the precompressed bytes the build wrote, with
 * `Content-Encoding`, `Vary: Accept-Encoding`, their own length and an ETag per representation (a cache must
 * not answer a gzip request with brotli bytes), or 304 when the client holds that representation. Scripts are
 * public code that other origins' pages load as module scripts (CORS requests): readable from anywhere,
 * carrying no data and no credentials.
 */
export function sendAsset(req: Request, res: Response, asset: Asset, cacheControl: string): void {
  const coding = negotiateEncoding(req.get('accept-encoding'));
  const etag = `"${asset.hash}${coding === 'identity' ? '' : `-${coding}`}"`;
  res.type('text/javascript; charset=utf-8');
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('ETag', etag);
  if (notModified(req.get('if-none-match'), etag)) {
    res.status(304).end();
    return;
  }
  if (coding !== 'identity') res.setHeader('Content-Encoding', coding);
  res.send(coding === 'br' ? asset.br : coding === 'gzip' ? asset.gzip : asset.identity);
}
