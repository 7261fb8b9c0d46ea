import { type Config, ConfigError, loadConfig } from './config/config';
import { resolveSecretKey } from './config/development-secret';
import { openDatabase } from './db/open-database';
import { buildApp } from './http/app';
import { seedDemoData } from './seed/seed';
import { startupLine } from './startup-line';

const SHUTDOWN_GRACE_MS = 10_000;

function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`Modern EMR will not start. ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
}

const config = configOrExit();
const database = await openDatabase(config, (err) => console.error(`database pool error: ${err.name}`));
await database.migrate();
const secretKey = await resolveSecretKey(config, database.db);
if (config.seedDemo) await seedDemoData(database.db, { demoPassword: config.demoPassword });
const app = await buildApp({ config: { ...config, secretKey }, database });
app.log.info({ database: database.kind, production: config.isProduction }, 'starting');
await app.listen({ port: config.port, host: config.host });
const address = app.server.address();
const line = startupLine({
  isProduction: config.isProduction,
  host: config.host,
  port: typeof address === 'object' && address ? address.port : config.port,
  demoPassword: config.seedDemo ? config.demoPassword : undefined,
});
// A plain line on stdout, not a log entry: it is for the person who just typed `npm start`.
if (line) process.stdout.write(`${line}\n`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'shutting down: no new connections, finishing requests in flight');
  const force = setTimeout(() => {
    app.log.error('requests still running after the grace period; exiting');
    process.exit(1);
  }, SHUTDOWN_GRACE_MS);
  force.unref();
  try {
    await app.close();
    await database.close();
    process.exit(0);
  } catch (err) {
    app.log.error({ errType: (err as Error).name }, 'shutdown failed');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
