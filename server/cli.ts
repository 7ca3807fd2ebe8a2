import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import * as z from 'zod/mini';
import { areaSchema, trimmedText } from '../lib/schema';
import { newTeamSchema, type AccountCreated, type EnrolCodeIssued } from '../lib/team';
import { findAccount } from './accounts/rows';
import { createAccount, createTeam, issueCode, listAccounts, revokeAll, revokeToken, type AccountInput } from './accounts/store';
import { migrate } from './db/migrate';
import { ApiFailure } from './errors';

/**
 * The admin's command line: `npm run team -- <command>`, against DATABASE_URL. It writes through
 * the same account store as the HTTP routes, as an admin.
 */
const USAGE = `Usage: npm run team -- <command>   (DATABASE_URL must point at the team database)

  add-team <id> <name>                                  a team ("occ-bdg" "OCC Bandung")
  add-admin --name <name>
  add-lead  --team <id> --name <name> [--area BDG]
  add-agent --team <id> --name <name> --nossa-user <id> [--area BDG]
  code <account-id | nossa-user>                        a new one-time enrolment code (earlier ones lapse)
  revoke <token-id>                                     refuse one token from now on
  revoke-all <account-id | nossa-user>                  refuse every token of an account
  list [--team <id>]                                    accounts, their tokens and teams`;

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CliContext {
  pool: pg.Pool;
  /** Where the server is reached, for the enrolment instruction. */
  serverUrl: string;
  print: (line: string) => void;
}

const name = trimmedText(1, 80);
const nossaUser = trimmedText(1, 40);
const area = z.nullable(areaSchema);

function parsed<T extends z.ZodMiniType>(schema: T, value: unknown, what: string): z.output<T> {
  const result = z.safeParse(schema, value);
  if (!result.success) throw new UsageError(`${what}: ${result.error.issues.map((issue) => issue.message).join('; ')}`);
  return result.data;
}

function enrolmentLines(created: { account: AccountCreated['account']; enrolment: EnrolCodeIssued }, serverUrl: string): string[] {
  const { account, enrolment } = created;
  return [
    `${account.role} ${account.name}${account.nossaUserId ? ` (NOSSA ${account.nossaUserId})` : ''}${account.team ? `, ${account.team.name}` : ''}: account ${account.id}`,
    `  Kode pendaftaran / enrolment code: ${enrolment.code}   (sekali pakai, berlaku sampai / one use, valid until ${enrolment.expiresAt})`,
    `  Di Pandu: Pengaturan > Server tim > alamat ${serverUrl} dan kode di atas.`,
    `  In Pandu: Settings > Team server > address ${serverUrl} and the code above.`,
  ];
}

/** Runs one command; returns the process exit code (0 done, 1 refused with a message). */
export async function runCli(argv: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { name: { type: 'string' }, team: { type: 'string' }, area: { type: 'string' }, 'nossa-user': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, ...rest] = positionals;
  const { pool, print } = context;
  const addAccount = async (input: AccountInput) => {
    for (const line of enrolmentLines(await createAccount(pool, input), context.serverUrl)) print(line);
  };
  const required = (value: string | undefined, flag: string) => {
    if (value === undefined) throw new UsageError(`--${flag} is required`);
    return value;
  };
  const accountNamed = async (ref: string | undefined) => {
    const account = await findAccount(pool, required(ref, 'account'));
    if (!account) throw new UsageError(`no account "${ref}" (give its id or an agent's NOSSA user id)`);
    return account;
  };
  const base = () => ({ name: parsed(name, required(values.name, 'name'), '--name'), area: parsed(area, values.area ?? null, '--area') });

  switch (command) {
    case 'add-team': {
      const team = parsed(newTeamSchema, { id: rest[0] ?? '', name: rest.slice(1).join(' ') }, 'team');
      await createTeam(pool, team);
      print(`team ${team.id}: ${team.name}`);
      return 0;
    }
    case 'add-admin':
      await addAccount({ role: 'admin', ...base(), nossaUserId: null, teamId: null });
      return 0;
    case 'add-lead':
      await addAccount({ role: 'lead', ...base(), nossaUserId: null, teamId: required(values.team, 'team') });
      return 0;
    case 'add-agent':
      await addAccount({
        role: 'agent',
        ...base(),
        nossaUserId: parsed(nossaUser, required(values['nossa-user'], 'nossa-user'), '--nossa-user'),
        teamId: required(values.team, 'team'),
      });
      return 0;
    case 'code': {
      const account = await accountNamed(rest[0]);
      for (const line of enrolmentLines({ account, enrolment: await issueCode(pool, account.id) }, context.serverUrl)) print(line);
      return 0;
    }
    case 'revoke':
      await revokeToken(pool, required(rest[0], 'token-id'));
      print(`token ${rest[0]} revoked`);
      return 0;
    case 'revoke-all': {
      const account = await accountNamed(rest[0]);
      print(`${await revokeAll(pool, account.id)} token(s) of ${account.name} revoked; unused codes lapsed`);
      return 0;
    }
    case 'list': {
      const { accounts } = await listAccounts(pool, values.team ?? null);
      if (accounts.length === 0) print('no accounts');
      for (const account of accounts) {
        print(`${account.role.padEnd(5)} ${account.name}${account.nossaUserId ? ` (NOSSA ${account.nossaUserId})` : ''} team=${account.team?.id ?? '-'} id=${account.id}`);
        for (const token of account.tokens) print(`        token ${token.id} "${token.device}" since ${token.createdAt}${token.revokedAt ? ` REVOKED ${token.revokedAt}` : ''}`);
      }
      return 0;
    }
    default:
      print(USAGE);
      return command === undefined || values.help ? 0 : 1;
  }
}

/** Runs a command line and turns refusals into a message and exit code 1 (no stack trace for a typo). */
export async function cliMain(argv: string[], env: Record<string, string | undefined>, print: (line: string) => void, printError: (line: string) => void): Promise<number> {
  const databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    printError('DATABASE_URL is not set (postgres://user:password@host:5432/pandu)');
    return 1;
  }
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    // The admin may add the first accounts before the server ever started: bring the schema up first.
    await migrate(pool);
    return await runCli(argv, { pool, serverUrl: env.PUBLIC_URL ?? `http://127.0.0.1:${env.PORT ?? '8787'}`, print });
  } catch (error) {
    if (error instanceof ApiFailure || error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      printError(`error: ${(error as Error).message}`);
      return 1;
    }
    throw error;
  } finally {
    await pool.end();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  cliMain(process.argv.slice(2), process.env, console.log, console.error).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
