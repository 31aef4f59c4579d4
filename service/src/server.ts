import { ConfigError, loadConfig, type Config } from './config.ts';
import { openDatabase } from './db/connect.ts';
import { createLogger } from './lib/logger.ts';

/** `npm start`: the service with embedded defaults, or with whatever the environment configures. */
async function main(): Promise<void> {
  const startedAt = performance.now();
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`Invalid configuration: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config);
  // Starting the embedded PostgreSQL (or connecting) is mostly waiting: load the rest of the service — most of
  // a restart's CPU time — meanwhile, instead of before it.
  const [database, { runService }] = await Promise.all([
    openDatabase(
      config,
      (message) => logger.info(message),
      (err) => logger.error({ err }, 'database connection lost'),
    ),
    import('./run-service.ts'),
  ]);
  await runService(config, logger, database, startedAt);
}

main().catch((err: unknown) => {
  console.error('Foyer failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
