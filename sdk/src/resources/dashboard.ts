import type { RequestOptions } from '../request-options.ts';
import { paginate, type Paginator } from '../pagination.ts';
import type { QueryParams, ResponseBody } from '../types.ts';
import { Resource } from './resource.ts';

/** The console's home: every portal and what waits in it (owner credentials). */
export class DashboardResource extends Resource {
  /**
   * Portal summaries, latest activity first (`GET /v1/dashboard`, `getDashboard`): client, last activity, new
   * client uploads, unanswered comments, pending and overdue approvals, and the `state`. `q` searches names
   * and client emails, `filter` keeps one state (archived portals only with `filter: 'archived'`). Like every
   * list: `.page()` for one page (with `counts` of every state for the same `q`), `for await` for every
   * summary.
   * @example `const { data, counts } = await foyer.dashboard.get({ filter: 'waiting_on_us', q: 'dana' }).page()`
   */
  get(query?: QueryParams<'getDashboard'>, options?: RequestOptions): Paginator<ResponseBody<'getDashboard'>> {
    return paginate(this.http, 'getDashboard', { query }, options);
  }
}
