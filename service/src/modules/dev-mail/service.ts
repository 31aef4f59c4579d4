import type { Executor } from '../../db/database.ts';
import type { SecretBox } from '../../lib/secret-box.ts';
import { devMailBox, findDevMail, listDevMail } from './repository.ts';
import type { DevMail } from './table.ts';

/** Reads the dev mailbox for its page and JSON: kept messages, opened when they rest sealed. */
export class DevMailService {
  readonly #box: SecretBox;

  constructor(
    private readonly db: Executor,
    secretKey: string,
  ) {
    this.#box = devMailBox(secretKey);
  }

  /** Newest first; optionally only mail to one address. */
  list(options: { to?: string; limit: number }): Promise<DevMail[]> {
    return listDevMail(this.db, this.#box, options);
  }

  find(id: string): Promise<DevMail | undefined> {
    return findDevMail(this.db, this.#box, id);
  }
}
