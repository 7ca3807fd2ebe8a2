import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { AccountCreated } from '../lib/team';
import { createAccount, createTeam } from './accounts/store';
import { readConfig } from './config';
import { startCluster } from './db/cluster';
import { seedAgentWork } from './demo/seed';
import { startServer, stopOn } from './main';

/**
 * `npm run team:demo`: a throwaway PostgreSQL cluster (Debian's binaries, a temp directory, a free
 * port), the team server on it, and a seeded team "OCC Bandung" with an admin, a lead and two
 * agents whose last days of work are already in. Prints each account's one-time code. Ctrl-C
 * stops the server and deletes the cluster.
 */
async function demo(): Promise<void> {
  console.log('Starting a throwaway PostgreSQL cluster...');
  const cluster = await startCluster();
  try {
    const admin = new pg.Client(cluster.url);
    await admin.connect();
    await admin.query('create database pandu');
    await admin.end();
    const config = readConfig({ DATABASE_URL: cluster.urlOf('pandu'), PORT: process.env.PORT ?? '8787', HOST: '127.0.0.1', RATE_PER_MINUTE: '6000' });
    const server = await startServer(config, { logger: false });
    stopOn(['SIGINT', 'SIGTERM'], async () => {
      await server.close();
      await cluster.stop();
    });

    const { pool } = server;
    await createTeam(pool, { id: 'occ-bdg', name: 'OCC Bandung' });
    const accounts: AccountCreated[] = [
      await createAccount(pool, { role: 'admin', name: 'Admin Pusat', nossaUserId: null, area: null, teamId: null }),
      await createAccount(pool, { role: 'lead', name: 'Rina Marlina', nossaUserId: null, area: 'BDG', teamId: 'occ-bdg' }),
      await createAccount(pool, { role: 'agent', name: 'Dewi Lestari', nossaUserId: '930101', area: 'BDG', teamId: 'occ-bdg' }),
      await createAccount(pool, { role: 'agent', name: 'Asep Saepudin', nossaUserId: '930102', area: 'BDG', teamId: 'occ-bdg' }),
    ];
    let ticketBase = 110_088_100;
    let records = 0;
    for (const { account } of accounts.filter(({ account }) => account.role === 'agent')) {
      records += await seedAgentWork(pool, account, { days: 3, ticketBase });
      ticketBase += 100;
    }

    console.log(`\nPandu team server (demo): ${server.url}`);
    console.log(`Team "OCC Bandung" (occ-bdg), ${records} records of the last 3 days already in.\n`);
    console.log('One-time enrolment codes (valid 24 h; in Pandu: Pengaturan > Server tim > address and code):');
    for (const { account, enrolment } of accounts) {
      console.log(`  ${account.role.padEnd(5)}  ${account.name.padEnd(16)} ${account.nossaUserId ? `NOSSA ${account.nossaUserId}` : '           '}  ${enrolment.code}`);
    }
    console.log(`\nMore codes: DATABASE_URL=${cluster.urlOf('pandu')} npm run team -- code 930101`);
    console.log('Ctrl-C stops the server and deletes the cluster.');
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  demo().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
