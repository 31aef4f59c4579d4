/**
 * What a test server received (mails, webhook requests), in order, with a wait for the first item that
 * matches: the SMTP server and the webhook receiver both record into one of these.
 */
export class Arrivals<T> {
  readonly items: T[] = [];
  private readonly waiters = new Set<() => void>();

  add(item: T): void {
    this.items.push(item);
    for (const wake of this.waiters) wake();
  }

  /** The first item matching `predicate`, now or when it arrives; rejects after `timeoutMs`. */
  waitFor(predicate: (item: T) => boolean, timeoutMs: number, describe: () => string): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.items.find(predicate);
        if (!found) return;
        this.waiters.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(describe()));
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }
}
