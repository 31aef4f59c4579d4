// Types for serve.mjs (plain JavaScript that node runs as it is), so the end-to-end test calls it type-checked.

export interface SiteOptions {
  /** The Foyer service's URL. */
  api: string;
  portal: string;
  /** 0 (the default): any free port. */
  port?: number;
  host?: string;
  /** The built widget's content hash and SRI integrity (`widget/dist/foyer.meta.json`): pins the script. */
  integrity?: { hash: string; integrity: string };
}

/** Starts the site; resolves to its origin and a `close()`. */
export function startSite(options: SiteOptions): Promise<{ origin: string; close(): Promise<void> }>;
