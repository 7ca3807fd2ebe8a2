import { closestWord } from '@/lib/schema';

/**
 * The forward-to group's choices (1.2.1 names the related party's group; 1.2.6 sets the ticket's
 * Owner Group back to it): where each comes from, which are known to NOSSA, and whether what the
 * agent typed is one of them. Pure, for the chooser (GroupChooser.tsx) and its tests.
 */
export type GroupSource = 'ticket' | 'lead' | 'nossa' | 'recent';
export interface GroupOption {
  value: string;
  /** Where it was offered, most telling first. */
  sources: GroupSource[];
}
export interface GroupChoices {
  options: GroupOption[];
  /**
   * A list is known (the lead's or NOSSA's): only its groups (and the ticket's current Owner
   * Group, which NOSSA holds already) may be chosen. Otherwise free text, as typed.
   */
  known: boolean;
}

export interface GroupSources {
  /** The ticket's Owner Group now, as read from the page. */
  ticket?: string | null;
  /** The team lead's list (procedure.forwardGroups). */
  lead?: readonly string[];
  /** NOSSA's own Owner Group list, when the agent had it read. */
  nossa?: readonly string[];
  /** Groups of recent requests (this browser's sessions). */
  recent?: readonly string[];
}

/** Groups compare as NOSSA's upper-case values do: without case, spaces folded. */
export const groupKey = (group: string) => group.replace(/\s+/g, ' ').trim().toUpperCase();

/**
 * Every choice once, in the order an agent looks for it: the ticket's current group, recent
 * ones, then the lead's list and NOSSA's. A value keeps the spelling of the most authoritative
 * list that has it (NOSSA's, then the lead's). With a list known, a recent group outside it is
 * left out: NOSSA would refuse it.
 */
export function groupChoices({ ticket, lead = [], nossa = [], recent = [] }: GroupSources): GroupChoices {
  const known = lead.length > 0 || nossa.length > 0;
  const listed = new Map<string, string>();
  for (const group of [...lead, ...nossa]) if (group.trim()) listed.set(groupKey(group), group.trim()); // NOSSA's spelling wins (last)
  const options = new Map<string, GroupOption>();
  const offer = (group: string | null | undefined, source: GroupSource) => {
    const key = group ? groupKey(group) : '';
    if (!key) return;
    if (known && source === 'recent' && !listed.has(key)) return;
    const option = options.get(key);
    if (option) {
      if (!option.sources.includes(source)) option.sources.push(source);
    } else options.set(key, { value: listed.get(key) ?? group!.trim(), sources: [source] });
  };
  offer(ticket, 'ticket');
  recent.forEach((group) => offer(group, 'recent'));
  lead.forEach((group) => offer(group, 'lead'));
  nossa.forEach((group) => offer(group, 'nossa'));
  return { options: [...options.values()], known };
}

/** The options whose value contains what was typed (without case, spaces folded); all when nothing is typed. */
export function filterGroups(options: readonly GroupOption[], query: string): GroupOption[] {
  const wanted = groupKey(query);
  return wanted ? options.filter((option) => groupKey(option.value).includes(wanted)) : [...options];
}

export type GroupCheck = { ok: true; value: string } | { ok: false; reason: 'required' } | { ok: false; reason: 'not-in-list'; suggestion?: string };

/**
 * Whether a typed group may go on: required; with a list known, one of its options (the value is
 * then the option's spelling, as NOSSA holds it), else refused with the nearest option, if one
 * is close. Without a list, what was typed.
 */
export function checkGroup(typed: string, { options, known }: GroupChoices): GroupCheck {
  const text = typed.replace(/\s+/g, ' ').trim();
  if (!text) return { ok: false, reason: 'required' };
  const match = options.find((option) => groupKey(option.value) === groupKey(text));
  if (match) return { ok: true, value: match.value };
  if (!known) return { ok: true, value: text };
  const suggestion = closestWord(
    text,
    options.map((option) => option.value),
  );
  return suggestion ? { ok: false, reason: 'not-in-list', suggestion } : { ok: false, reason: 'not-in-list' };
}
