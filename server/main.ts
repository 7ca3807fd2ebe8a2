import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { fileURLToPath } from 'node:url';
import { buildServer } from './app';
import { ConfigError, readConfig, type ServerConfig } from './config';
import { migrate } from './db/migrate';

export interface RunningServer {
  app: FastifyInstance;
  pool: pg.Pool;
  url: string;
  close: () => Promise<void>;
}

/** Migrates the database, then serves: `npm run team-server` and `npm run team:demo` both start here. */
export async function startServer(config: ServerConfig, options: { logger?: boolean } = {}): Promise<RunningServer> {
  const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 20 });
  // An idle connection the database dropped: the pool replaces it; unheard, the error would end the process.
  pool.on('error', (error) => console.error(`database connection lost: ${error.message}`));
  try {
    const applied = await migrate(pool);
    if (applied.length) console.log(`migrations applied: ${applied.join(', ')}`);
    const app = await buildServer({ pool, ratePerMinute: config.ratePerMinute, publicUrl: config.publicUrl, logger: options.logger ?? true });
    await app.listen({ port: config.port, host: config.host });
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
    return {
      app,
      pool,
      url,
      close: async () => {
        await app.close();
        await pool.end();
      },
    };
  } catch (error) {
    await pool.end();
    throw error;
  }
}

/** Stops cleanly on SIGTERM (service manager) or SIGINT (Ctrl-C): requests in flight finish, then the pool closes. */
export function stopOn(signals: NodeJS.Signals[], stop: () => Promise<void>): void {
  let stopping = false;
  for (const signal of signals) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.log(`${signal}: stopping`);
      stop().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
  }
}

async function main(): Promise<void> {
  let config: ServerConfig;
  try {
    config = readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const server = await startServer(config);
  console.log(`Pandu team server listening on ${server.url}${config.publicUrl ? ` (public: ${config.publicUrl})` : ''}`);
  stopOn(['SIGTERM', 'SIGINT'], server.close);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
