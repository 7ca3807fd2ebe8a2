import type { FastifyPluginAsync } from 'fastify';
import * as z from 'zod/mini';
import { accountSchema, enrolRequestSchema, newAccountSchema, newTeamSchema, type Account, type TeamList } from '../../lib/team';
import type { ServerOptions } from '../app';
import { requireRole, teamScope } from '../auth';
import { ApiFailure, notFound } from '../errors';
import { parseRequest } from '../validate';
import { enrol } from './enrol';
import { assertManages, allowedNewAccount } from './rules';
import { accountById } from './rows';
import { createAccount, createTeam, issueCode, listAccounts, listTeams, revokeToken, tokenOwner } from './store';

const idParams = z.object({ id: z.string().check(z.minLength(1), z.maxLength(100)) });
const teamQuery = z.object({ team: z.optional(z.string().check(z.maxLength(40))) });

/** Per address, against guessing codes: a code has 40 bits, and a guesser gets this many tries a minute. */
export const DEFAULT_ENROL_PER_MINUTE = 10;

/** The account routes of lib/team/accounts.ts: who am I, accounts, codes, tokens, teams, enrolment. */
export const accountRoutes: FastifyPluginAsync<ServerOptions> = (app, options) => {
  const { pool } = options;
  const manager = { preHandler: requireRole('lead', 'admin') };

  app.get('/me', { preHandler: requireRole('admin', 'lead', 'agent') }, (request): Account => {
    const { tokenId: _, ...account } = request.caller!;
    return z.parse(accountSchema, account);
  });

  app.get('/accounts', manager, async (request) => {
    const { team } = parseRequest(teamQuery, request.query, 'query');
    return listAccounts(pool, teamScope(request.caller!, team));
  });

  app.post('/accounts', manager, async (request, reply) => {
    const input = allowedNewAccount(request.caller!, parseRequest(newAccountSchema, request.body, 'new account'));
    return reply.code(201).send(await createAccount(pool, input));
  });

  app.post('/accounts/:id/codes', manager, async (request, reply) => {
    const { id } = parseRequest(idParams, request.params, 'path');
    const account = await accountById(pool, id);
    if (!account) throw notFound(`account ${id}`);
    assertManages(request.caller!, account);
    return reply.code(201).send(await issueCode(pool, account.id));
  });

  app.post('/tokens/:id/revoke', { preHandler: requireRole('admin', 'lead', 'agent') }, async (request) => {
    const { id } = parseRequest(idParams, request.params, 'path');
    const caller = request.caller!;
    const owner = await tokenOwner(pool, id);
    if (!owner) throw notFound(`token ${id}`);
    if (owner.id !== caller.id) assertManages(caller, owner);
    await revokeToken(pool, id);
    return { ok: true as const };
  });

  app.get('/teams', manager, async (request): Promise<TeamList> => {
    const caller = request.caller!;
    return { teams: await listTeams(pool, caller.role === 'admin' ? null : teamScope(caller, null)) };
  });

  app.post('/teams', { preHandler: requireRole('admin') }, async (request, reply) => {
    return reply.code(201).send(await createTeam(pool, parseRequest(newTeamSchema, request.body, 'new team')));
  });

  app.post(
    '/enrol',
    { config: { rateLimit: { max: options.enrolPerMinute ?? DEFAULT_ENROL_PER_MINUTE, timeWindow: 60_000, keyGenerator: (request) => `enrol:${request.ip}` } } },
    async (request) => {
      // A code that does not even look like one is an invalid code, in the words the agent understands.
      const parsed = z.safeParse(enrolRequestSchema, request.body);
      if (!parsed.success && parsed.error.issues.some((issue) => issue.path[0] === 'code'))
        throw new ApiFailure(401, 'enrol.code-invalid', 'an enrolment code looks like K7PD-Q2MX');
      const { code, device } = parseRequest(enrolRequestSchema, request.body, 'enrolment');
      return enrol(pool, code, device);
    },
  );
  return Promise.resolve();
};
