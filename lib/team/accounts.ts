import * as z from 'zod/mini';
import { areaSchema, instantSchema, trimmedText, uuidSchema } from '../schema';
import { accountSchema, roleSchema } from './api';

/**
 * Accounts as the dashboard (a lead for its team, an admin for all) and the CLI manage them.
 * A lead adds agents to its own team; an admin adds anyone. A new account gets a one-time
 * enrolment code, shown once.
 */
export const tokenInfoSchema = z.object({
  id: uuidSchema,
  device: z.string(),
  createdAt: instantSchema,
  lastUsedAt: z.nullable(instantSchema),
  revokedAt: z.nullable(instantSchema),
});
export type TokenInfo = z.infer<typeof tokenInfoSchema>;

export const accountListSchema = z.object({ accounts: z.array(z.extend(accountSchema, { tokens: z.array(tokenInfoSchema) })) });
export type AccountList = z.infer<typeof accountListSchema>;

export const newAccountSchema = z.object({
  role: roleSchema,
  name: trimmedText(1, 80),
  /** Required for an agent (its records' agentId), absent otherwise. */
  nossaUserId: z._default(z.nullable(trimmedText(1, 40)), null),
  area: z._default(z.nullable(areaSchema), null),
  /** An admin names the team; a lead's new agents join the lead's team. */
  teamId: z._default(z.nullable(trimmedText(1, 40)), null),
});
export type NewAccount = z.input<typeof newAccountSchema>;

export const enrolCodeIssuedSchema = z.object({ code: z.string(), expiresAt: instantSchema });
export type EnrolCodeIssued = z.infer<typeof enrolCodeIssuedSchema>;

export const accountCreatedSchema = z.object({ account: accountSchema, enrolment: enrolCodeIssuedSchema });
export type AccountCreated = z.infer<typeof accountCreatedSchema>;

/**
 * The account routes (under TEAM_API_PREFIX):
 *   GET  /me                      -> accountSchema
 *   GET  /accounts                -> accountListSchema      (lead: its team; admin: everyone)
 *   POST /accounts                newAccountSchema -> accountCreatedSchema
 *   POST /accounts/:id/codes      -> enrolCodeIssuedSchema  (a new one-time code; earlier unused ones lapse)
 *   POST /tokens/:id/revoke       -> { ok: true }
 *   POST /enrol                   enrolRequestSchema -> enrolResponseSchema (no token needed)
 */
export const okSchema = z.object({ ok: z.literal(true) });

/**
 * Teams, managed by an admin (added with the account routes' contract):
 *   GET  /teams                   -> teamListSchema         (lead: its own; admin: all)
 *   POST /teams                   newTeamSchema -> teamRefSchema (admin only)
 */
export const TEAM_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;
export const newTeamSchema = z.object({
  /** "occ-bdg": lower-case letters, digits and dashes, as it appears in URLs and the CLI. */
  id: z.string().check(z.trim(), z.toLowerCase(), z.regex(TEAM_ID_PATTERN, 'team id (a-z, 0-9, -)')),
  name: trimmedText(1, 80),
});
export type NewTeam = z.input<typeof newTeamSchema>;

export const teamListSchema = z.object({ teams: z.array(z.object({ id: z.string(), name: z.string() })) });
export type TeamList = z.infer<typeof teamListSchema>;
