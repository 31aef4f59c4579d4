/** A successful call with its raw response, from {@link ApiPromise.withResponse}. */
export interface ApiResult<T> {
  /** The parsed body, as the method would resolve it. */
  data: T;
  /** The HTTP response (its body already read), e.g. for the `Idempotent-Replayed` header. */
  response: Response;
  /** The service's request id from the `X-Request-Id` header. */
  requestId: string | undefined;
}

/**
 * What every SDK method returns: await it for the data, or call `.withResponse()` for the data together
 * with the HTTP response and request id.
 */
export class ApiPromise<T> implements PromiseLike<T> {
  readonly #result: Promise<ApiResult<T>>;

  /** @internal */
  constructor(result: Promise<ApiResult<T>>) {
    this.#result = result;
  }

  /** Resolves to the data with its HTTP response and request id. */
  withResponse(): Promise<ApiResult<T>> {
    return this.#result;
  }

  /** Resolves to the data; rejects with a {@link FoyerError}. */
  then<A = T, B = never>(
    onFulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#result.then((result) => result.data).then(onFulfilled, onRejected);
  }

  /** Like `Promise.prototype.catch`. */
  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.then(undefined, onRejected);
  }

  /** Like `Promise.prototype.finally`. */
  finally(onFinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onFinally);
  }

  get [Symbol.toStringTag](): string {
    return 'ApiPromise';
  }
}
