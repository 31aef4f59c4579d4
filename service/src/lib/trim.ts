/**
 * `value` without the run of `chars` at its end. A loop, not `replace(/[…]+$/, '')`: an unanchored start
 * makes that regex retry from every position of a long run that is not at the end (quadratic time).
 */
export function trimEndOf(value: string, chars: string): string {
  let end = value.length;
  while (end > 0 && chars.includes(value[end - 1]!)) end--;
  return end === value.length ? value : value.slice(0, end);
}
