import type { MessageKey, Translate } from '@/lib/i18n';
import { formatPath } from '@/lib/schema/issues';
import type { ProfileProblem } from './validate';

/** A text of the catalogue when it has one, else the fallback (a field or action the lead added). */
const known = (t: Translate, key: string, fallback: string) => {
  const text = t(key as MessageKey);
  return text === key ? fallback : text;
};

/** A profile field's name as NOSSA shows it ("Pending Reason"), else its key. */
export const fieldLabel = (t: Translate, key: string) => known(t, `field.${key}`, key);

/** An action's name in words ("Tab Log"), else its key. */
export const actionLabel = (t: Translate, key: string) => known(t, `profileEditor.action.${key}`, key);

/** Parts of a field or an action that have a name in words. */
const WHERE = new Set(['kind', 'locators', 'reach', 'text', 'selector', 'role', 'scope', 'exclude', 'renderedBy']);

/**
 * Where in the profile a problem is, as a lead reads it: "Pending Reason, cara 1, teks 2" rather
 * than "fields.pendingReason.locators[0].text[1]". Paths the form does not show keep their path.
 */
export function describeWhere(path: readonly PropertyKey[], t: Translate): string {
  const [section, key, ...rest] = path;
  if ((section === 'fields' || section === 'actions') && typeof key === 'string') {
    const owner = section === 'fields' ? fieldLabel(t, key) : actionLabel(t, key);
    const parts: string[] = [owner];
    for (let i = 0; i < rest.length; i++) {
      const part = rest[i];
      const next = rest[i + 1];
      if (part === 'locators' && typeof next === 'number') {
        parts.push(t('profileEditor.where.locator', { n: next + 1 }));
        i++;
      } else if (part === 'text' && typeof next === 'number') {
        parts.push(t('profileEditor.where.variant', { n: next + 1 }));
        i++;
      } else if (part === 'reach' && typeof next === 'number') {
        parts.push(t('profileEditor.where.reachItem', { n: next + 1 }));
        i++;
      } else if (part === 'name') parts.push(t('profileEditor.where.nameAttr'));
      else if (typeof part === 'string' && WHERE.has(part)) parts.push(t(`profileEditor.where.${part}` as MessageKey));
      else parts.push(String(part));
    }
    return parts.join(', ');
  }
  if (path.length === 1 && (section === 'id' || section === 'name' || section === 'hosts')) return t(`profileEditor.where.${section}`);
  if (section === 'hosts' && typeof key === 'number') return `${t('profileEditor.where.hosts')} ${key + 1}`;
  if (!path.length) return t('profileEditor.where.root');
  return t('profileEditor.where.section', { path: formatPath(path) });
}

/** What is wrong, in words, by the kind of problem and where it is. */
function describeWhat(problem: ProfileProblem, t: Translate): string {
  const last = problem.path.at(-1);
  switch (problem.code) {
    case 'too_small':
      if (problem.origin === 'array') {
        if (last === 'locators') return t('profileEditor.problem.needLocator');
        if (last === 'text') return t('profileEditor.problem.needText');
        return t('profileEditor.problem.needOne');
      }
      return t('profileEditor.problem.empty');
    case 'too_big':
      return t('profileEditor.problem.tooBig');
    case 'unrecognized_keys':
      return t('profileEditor.problem.unknownKeys', { keys: problem.detail ?? '' });
    case 'invalid_value':
      return t('profileEditor.problem.unknownValue', { values: problem.detail ?? '' });
    case 'invalid_union':
      return t('profileEditor.problem.unknownStrategy');
    case 'invalid_key':
      return t('profileEditor.problem.badKey');
    case 'invalid_type':
      return t('profileEditor.problem.wrongType');
    case 'invalid_format':
      if (problem.path[0] === 'id' && problem.path.length === 1) return t('profileEditor.problem.badId');
      if (problem.path[0] === 'hosts') return t('profileEditor.problem.badHost');
      return t('profileEditor.problem.badFormat', { detail: problem.message });
    case 'unknown-action':
      return t('profileEditor.problem.unknownAction', { name: problem.detail ?? '' });
    case 'not-json':
      return t('profileEditor.problem.notJson', { detail: problem.detail ?? problem.message });
    default:
      return problem.message;
  }
}

/** One problem as one sentence: where (the field's label, the way, the text), then what. */
export const problemSentence = (problem: ProfileProblem, t: Translate) =>
  t('profileEditor.problem.line', { where: describeWhere(problem.path, t), what: describeWhat(problem, t) });
