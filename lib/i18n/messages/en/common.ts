import type { common as id } from '../id/common';

/** English texts: common. Typed against the Indonesian ones so no key can be missing. */
export const common: Record<keyof typeof id, string> = {
  'app.name': 'Pandu',
  'app.tagline': 'NOSSA Pending Ticket',
  'app.procedure': 'Work instruction Pending Ticket IN.OCC.TENESA.W-02',
  'language.label': 'Language',
  'language.id': 'Bahasa Indonesia',
  'language.en': 'English',
  'validation.required': 'Required.',
  'validation.dateTime': 'Enter a valid date and time.',
  'error.no-agent': 'Set your agent identity first.',
  'error.not-found': 'Not found.',
  'error.generic': 'Something went wrong: {detail}',
  'error.untrusted-sender': 'Message refused: unknown sender.',
  'error.invalid-payload': 'Invalid data: {detail}',
  'error.storage-full':
    'The browser’s storage is full: this step was NOT saved (what was saved before is safe). Free disk space or ask the team lead to run retention, then try again.',
};
