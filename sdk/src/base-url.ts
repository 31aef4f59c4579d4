/**
 * The service URL without trailing slashes, so paths join with one. A loop, not `replace(/\/+$/, '')`:
 * that regex takes quadratic time on a long run of slashes that is not at the end.
 */
export function trimTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  return url.slice(0, end);
}
