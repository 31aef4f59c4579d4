import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser URL on a real PostgreSQL; each test file creates its own database there. */
    databaseAdminUrl: string;
  }
}

/**
 * One real PostgreSQL for the run: `DATABASE_URL` when set (e.g. Debian's PostgreSQL 15 in CI), otherwise
 * the embedded one from the embedded-postgres package in a temporary directory.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.DATABASE_URL?.trim();
  if (external) {
    project.provide('databaseAdminUrl', external);
    return async () => {};
  }
  const dir = await mkdtemp(join(tmpdir(), 'foyer-test-'));
  const embedded = await startEmbeddedPostgres(dir);
  project.provide('databaseAdminUrl', embedded.url);
  return async () => {
    await embedded.stop({ force: true });
    await rm(dir, { recursive: true, force: true });
  };
}
