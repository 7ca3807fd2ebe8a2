import { describe, expect, it } from 'vitest';
import { draftWorkLog, fillTemplate } from '@/lib/fill';
import { initialFlowState, type FlowState } from '@/lib/procedure';
import {
  DEFAULT_WORKLOG_TEMPLATES,
  WORKLOG_PLACEHOLDERS,
  closestWord,
  editDistance,
  issuesOf,
  procedureConfigSchema,
  settingsPatchSchema,
  suggestPlaceholder,
  unknownPlaceholders,
  workLogTemplatesSchema,
} from '@/lib/schema';

const AGENT = { name: 'Rina', nossaUserId: 'R123', area: 'BDG' as const, teamLead: '' };
const TICKET = {
  ticketId: 'IN110088258',
  summary: 'x',
  status: 'INPROG',
  ownerGroup: 'ACCESS BDG',
  customerName: 'Budi',
  contactPhone: '628123',
  serviceId: null,
  readAt: '2026-11-26T03:00:00.000Z',
};
const request = { requesterName: 'Asep', requesterGroup: 'TIF HD WITEL BANDUNG', reasonCode: 'LOKASI-TUTUP', requestedUntil: null, note: '' };
const flow: FlowState = { ...initialFlowState(), request, step: 'outcome', outcome: 'declined', answer: { kind: 'declined', note: 'sibuk' } };

describe('the work-log placeholders, declared once', () => {
  it('the drafted work log supplies exactly the declared placeholders: a template of all of them leaves no brace', () => {
    const everything = WORKLOG_PLACEHOLDERS.map((name) => `${name}=[{${name}}]`).join(' ');
    const config = procedureConfigSchema.parse({ workLogTemplates: { ...DEFAULT_WORKLOG_TEMPLATES, declined: everything } });
    const text = draftWorkLog({ flow, ticket: TICKET as never, agent: AGENT, config, timeZone: 'Asia/Jakarta' });
    expect(text).not.toMatch(/[{}]/);
    expect(text).toContain('agentName=[Rina]');
    expect(text).toContain('requesterGroup=[TIF HD WITEL BANDUNG]');
  });

  it('the shipped templates use known placeholders only', () => {
    for (const template of Object.values(DEFAULT_WORKLOG_TEMPLATES)) expect(unknownPlaceholders(template)).toEqual([]);
  });

  it('finds each unknown placeholder once, in order, including malformed ones', () => {
    expect(unknownPlaceholders('A {agentNama} B {ticketId} C {agentNama} {agent nama} {} {Phone}')).toEqual(['{agentNama}', '{agent nama}', '{}', '{Phone}']);
    expect(unknownPlaceholders('no braces, or one { alone')).toEqual([]);
  });

  it('fills what the check accepts and leaves an unknown one visible', () => {
    expect(fillTemplate('Agent {agentName}  ({agentNama})', { agentName: 'Rina' })).toBe('Agent Rina ({agentNama})');
    // An inherited name is not a value: "{constructor}" is not filled from Object.prototype.
    expect(fillTemplate('{constructor}', {})).toBe('{constructor}');
  });

  it('suggests the placeholder a typo meant, and nothing when none is close', () => {
    expect(suggestPlaceholder('{agentNama}')).toBe('{agentName}');
    expect(suggestPlaceholder('{AgentName}')).toBe('{agentName}');
    expect(suggestPlaceholder('{ticketid}')).toBe('{ticketId}');
    expect(suggestPlaceholder('{agent name}')).toBe('{agentName}');
    expect(suggestPlaceholder('{phon}')).toBe('{phone}');
    expect(suggestPlaceholder('{customer}')).toBeUndefined();
    expect(suggestPlaceholder('{xyz}')).toBeUndefined();
    expect(suggestPlaceholder('{}')).toBeUndefined();
  });

  it('closest word: same word in another case first, then a small edit distance, never a tie', () => {
    expect(closestWord('access bdg', ['ACCESS BDG', 'ACCESS MDN'])).toBe('ACCESS BDG');
    expect(closestWord('ACCES BDG', ['ACCESS BDG', 'ACCESS MDN'])).toBe('ACCESS BDG');
    expect(closestWord('ACCESS XDG', ['ACCESS BDG', 'ACCESS MDG'])).toBeUndefined();
    expect(closestWord('', ['A'])).toBeUndefined();
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('the schema refuses a template with an unknown placeholder', () => {
  it('at the template, naming the placeholder', () => {
    const result = workLogTemplatesSchema.safeParse({ ...DEFAULT_WORKLOG_TEMPLATES, approved: 'Agent {agentNama}, tiket {ticketId}' });
    expect(result.success).toBe(false);
    expect(issuesOf(result.error!)).toEqual([expect.objectContaining({ path: 'approved', code: 'custom', check: 'unknown-placeholder', value: '{agentNama}' })]);
  });

  it('so an imported or patched settings file cannot bring one in', () => {
    const procedure = procedureConfigSchema.parse({});
    const patch = settingsPatchSchema.safeParse({ procedure: { ...procedure, workLogTemplates: { ...procedure.workLogTemplates, declined: '{agentNama}' } } });
    expect(patch.success).toBe(false);
  });

  it('the lead’s forward-to groups: each once (without case), each 1-100 characters; empty by default', () => {
    expect(procedureConfigSchema.parse({}).forwardGroups).toEqual([]);
    expect(procedureConfigSchema.parse({ forwardGroups: [' ACCESS BDG '] }).forwardGroups).toEqual(['ACCESS BDG']);
    const result = procedureConfigSchema.safeParse({ forwardGroups: ['ACCESS BDG', 'TIF', 'access bdg', ''] });
    expect(issuesOf(result.error!)).toEqual([
      expect.objectContaining({ path: 'forwardGroups[3]', code: 'too_small', origin: 'string', minimum: 1 }),
      expect.objectContaining({ path: 'forwardGroups[2]', check: 'duplicate-group', value: 'access bdg' }),
    ]);
  });

  it('a duplicate reason code is named at the second row', () => {
    const reasons = procedureConfigSchema.parse({}).reasons;
    const result = procedureConfigSchema.safeParse({ reasons: [...reasons, reasons[0]] });
    expect(issuesOf(result.error!)).toEqual([expect.objectContaining({ path: `reasons[${reasons.length}]`, check: 'duplicate-reason', value: reasons[0]!.code })]);
  });
});
