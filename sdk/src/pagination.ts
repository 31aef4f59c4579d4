import type { Http, OperationInput } from './http.ts';
import type { RequestOptions } from './request-options.ts';
import type { OperationId, ResponseBody } from './types.ts';

/** One page of a list, exactly as the API answers it. */
export interface ListPage {
  data: unknown[];
  has_more: boolean;
  next_cursor: string | null;
}

/** `toArray()` never collects more items than this; iterate with `for await` to go further. */
export const MAX_TO_ARRAY = 10_000;

/**
 * What every list method returns. Nothing is fetched until you use it:
 *
 * - `for await (const portal of foyer.portals.list())` — every item, fetching pages as needed;
 * - `await foyer.portals.list().toArray({ limit: 50 })` — the first items in an array;
 * - `await foyer.portals.list({ cursor }).page()` — one page, `{ data, has_more, next_cursor }`.
 *
 * The list's `limit` query parameter is the page size (1–100), not a total.
 */
export class Paginator<P extends ListPage> implements AsyncIterable<P['data'][number]> {
  readonly #fetchPage: (cursor: string | undefined) => PromiseLike<P>;
  readonly #cursor: string | undefined;

  /** @internal */
  constructor(fetchPage: (cursor: string | undefined) => PromiseLike<P>, cursor?: string) {
    this.#fetchPage = fetchPage;
    this.#cursor = cursor;
  }

  /** Fetches one page: the first one, or the one at the `cursor` the list was called with. */
  async page(): Promise<P> {
    return this.#fetchPage(this.#cursor);
  }

  /** Iterates over pages, following `next_cursor` until `has_more` is false. */
  async *pages(): AsyncGenerator<P, void, undefined> {
    let cursor = this.#cursor;
    for (;;) {
      const page = await this.#fetchPage(cursor);
      yield page;
      // A cursor that does not move would loop forever: stop rather than trust it.
      if (!page.has_more || !page.next_cursor || page.next_cursor === cursor) return;
      cursor = page.next_cursor;
    }
  }

  /** Iterates over every item of every page. */
  async *[Symbol.asyncIterator](): AsyncGenerator<P['data'][number], void, undefined> {
    for await (const page of this.pages()) yield* page.data as Array<P['data'][number]>;
  }

  /**
   * Collects items into an array: the first `limit` of them, or all of them when `limit` is left out.
   * @throws RangeError when `limit` exceeds {@link MAX_TO_ARRAY}, or when `limit` is left out and the list
   *   holds more than that many items — iterate with `for await` instead of holding them all in memory.
   */
  async toArray(options: { limit?: number } = {}): Promise<Array<P['data'][number]>> {
    const { limit } = options;
    if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0 && limit <= MAX_TO_ARRAY)) {
      throw new RangeError(`toArray({ limit }) takes an integer from 0 to ${MAX_TO_ARRAY}, got ${limit}.`);
    }
    const items: Array<P['data'][number]> = [];
    if (limit === 0) return items;
    for await (const item of this) {
      if (items.length === MAX_TO_ARRAY) {
        throw new RangeError(`The list holds more than ${MAX_TO_ARRAY} items: iterate with for await instead.`);
      }
      items.push(item);
      if (items.length === limit) break;
    }
    return items;
  }
}

/**
 * @internal Calls a list operation lazily, page after page. A function rather than a method of `Http`, so a
 * client without lists (`PublicFoyer`) leaves the paginator out of its bundle.
 */
export function paginate<K extends OperationId>(
  http: Http,
  id: K,
  input: OperationInput,
  options: RequestOptions = {},
): Paginator<ResponseBody<K> & ListPage> {
  const query = (input.query ?? {}) as { cursor?: string };
  return new Paginator(
    (cursor) => http.request(id, { ...input, query: { ...query, cursor } }, options) as PromiseLike<ResponseBody<K> & ListPage>,
    query.cursor,
  );
}
