import { describe, expect, it } from 'vitest';
import { checkGroup, filterGroups, groupChoices } from '@/components/panel/flow/group-choices';

const LEAD = ['ACCESS BDG', 'TIF HD WITEL BANDUNG'];
const NOSSA = ['TIF HD WITEL BANDUNG', 'ACCESS BDG', 'ASSURANCE SBY', 'BACKEND IPTV'];

describe('the forward-to group’s choices', () => {
  it('no list known: the ticket’s group and recent ones, free text allowed as typed', () => {
    const choices = groupChoices({ ticket: 'ACCESS BDG', recent: ['BACKEND IPTV', 'access bdg', ' '] });
    expect(choices.known).toBe(false);
    expect(choices.options).toEqual([
      { value: 'ACCESS BDG', sources: ['ticket', 'recent'] },
      { value: 'BACKEND IPTV', sources: ['recent'] },
    ]);
    expect(checkGroup('  TIM  LAIN ', choices)).toEqual({ ok: true, value: 'TIM LAIN' });
    expect(checkGroup('backend iptv', choices)).toEqual({ ok: true, value: 'BACKEND IPTV' });
    expect(checkGroup('  ', choices)).toEqual({ ok: false, reason: 'required' });
  });

  it('the lead’s list known: its groups and the ticket’s; a recent group outside it is left out', () => {
    const choices = groupChoices({ ticket: 'ASSURANCE MKS', lead: LEAD, recent: ['OLD TYPO GROUP', 'ACCESS BDG'] });
    expect(choices.known).toBe(true);
    expect(choices.options.map((o) => [o.value, o.sources])).toEqual([
      ['ASSURANCE MKS', ['ticket']],
      ['ACCESS BDG', ['recent', 'lead']],
      ['TIF HD WITEL BANDUNG', ['lead']],
    ]);
    expect(checkGroup('ASSURANCE MKS', choices)).toEqual({ ok: true, value: 'ASSURANCE MKS' });
    expect(checkGroup('OLD TYPO GROUP', choices)).toEqual({ ok: false, reason: 'not-in-list' });
  });

  it('NOSSA’s list read: its spelling wins, and a typo is refused with the group it most likely meant', () => {
    const choices = groupChoices({ ticket: 'ACCESS BDG', lead: ['tif hd witel bandung'], nossa: NOSSA });
    expect(choices.options.find((o) => o.value.toUpperCase() === 'TIF HD WITEL BANDUNG')).toEqual({ value: 'TIF HD WITEL BANDUNG', sources: ['lead', 'nossa'] });
    expect(checkGroup('tif hd witel  bandung', choices)).toEqual({ ok: true, value: 'TIF HD WITEL BANDUNG' });
    expect(checkGroup('TIF HD WITEL BANDUNK', choices)).toEqual({ ok: false, reason: 'not-in-list', suggestion: 'TIF HD WITEL BANDUNG' });
    expect(checkGroup('ACCESS JKT', choices)).toEqual({ ok: false, reason: 'not-in-list' });
  });

  it('filters as the agent types: contains, without case, spaces folded; everything when nothing is typed', () => {
    const { options } = groupChoices({ nossa: NOSSA });
    expect(filterGroups(options, 'witel ').map((o) => o.value)).toEqual(['TIF HD WITEL BANDUNG']);
    expect(filterGroups(options, 'a').length).toBe(4);
    expect(filterGroups(options, '').length).toBe(4);
    expect(filterGroups(options, 'xyz')).toEqual([]);
  });
});
