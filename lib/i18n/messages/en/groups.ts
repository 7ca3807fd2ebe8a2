import type { groups as id } from '../id/groups';

/** English texts: the panel's forward-to group chooser. Typed against the Indonesian ones. */
export const groups: Record<keyof typeof id, string> = {
  'groups.options': 'Group choices',
  'groups.none': 'No group matches.',
  'groups.source.ticket': 'ticket’s Owner Group',
  'groups.source.lead': 'team lead’s list',
  'groups.source.nossa': 'NOSSA’s list',
  'groups.source.recent': 'used recently',
  'groups.hint.list': 'Choose from the list ({count} groups); type to filter.',
  'groups.hint.free': 'No group list yet: type it exactly as NOSSA’s Owner Group.',
  'groups.notInList': 'NOSSA will refuse this group: it is not in the Owner Group list.',
  'groups.notInListSuggest': 'NOSSA will refuse this group: it is not in the Owner Group list. Did you mean {suggestion}?',
  'groups.read': 'Get the list from NOSSA',
  'groups.reading': 'Reading NOSSA’s Owner Group list…',
  'groups.readDone': 'NOSSA’s list read: {count} groups.',
  'groups.readFailed.field-missing': 'The Owner Group field is not visible in NOSSA: open this ticket’s Incident tab, then try again.',
  'groups.readFailed.no-lookup': 'NOSSA’s Owner Group has no list button on this page.',
  'groups.readFailed.no-menu': 'NOSSA did not show the Owner Group list. Try again, or choose from the team lead’s list.',
  'groups.readFailed.not-a-list': 'NOSSA showed a command menu, not a list of groups: choose from the team lead’s list or type the group.',
  'groups.readFailed.timeout': 'NOSSA did not answer. Try again in a moment.',
  'groups.readFailed.session-expired': 'The NOSSA session ended: sign in to NOSSA again, then try again.',
};
