import type { Http } from '../http.ts';

/** The base of every resource group (`foyer.portals`, `foyer.workspace`, …). */
export abstract class Resource {
  /** @internal */
  protected readonly http: Http;

  /** @internal */
  constructor(http: Http) {
    this.http = http;
  }
}
