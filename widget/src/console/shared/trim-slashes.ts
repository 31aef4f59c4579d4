/** `value` without its trailing slashes, in linear time (`/\/+$/` backtracks quadratically on many slashes). */
export function trimTrailingSlashes(value: string): string {
  let end = value.length;
  while (end > 0 && value[end - 1] === '/') end--;
  return value.slice(0, end);
}
