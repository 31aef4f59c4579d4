// The console's date fields (`<input type="date">`) and the contract's timestamps.

/** The end of the chosen day (`YYYY-MM-DD`), local time, as the contract's timestamp. */
export function endOfDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y!, m! - 1, d, 23, 59).toISOString();
}

/** A timestamp's local day as a date field's value (`YYYY-MM-DD`). */
export function dayOf(iso: string): string {
  const date = new Date(iso);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Today, as the `min` of a date field. */
export const today = (): string => dayOf(new Date().toISOString());
