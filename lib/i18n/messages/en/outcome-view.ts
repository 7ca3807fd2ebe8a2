import type { outcomeView as id } from '../id/outcome-view';

/** English texts: the outcome view. */
export const outcomeView: Record<keyof typeof id, string> = {
  'outcome.region': 'Fill NOSSA',
  'outcome.rows.will': 'Will be written into NOSSA',
  'outcome.rows.writing': 'Being written into NOSSA',
  'outcome.rows.stopped': 'The fill stopped before the end',
  'outcome.rows.onScreen': 'On NOSSA’s screen, not yet proven saved',
  'outcome.rows.checking': 'On NOSSA’s screen; waiting for the ticket to be read back',
  'outcome.rows.notAllSaved': 'Not everything is saved in NOSSA',
  'outcome.rows.saved': 'Saved in NOSSA (read back from the ticket)',
  'outcome.rows.manual': 'Typed into NOSSA by the agent (not checked by Pandu)',
  'outcome.row.now': 'Now:',
  'outcome.row.empty': 'empty',
  'outcome.row.notShown': 'on another tab/dialog',
  'outcome.row.toWrite': 'will write:',
  'outcome.row.text': 'Text ({count} characters)',
  'outcome.state.press': 'will be pressed',
  'outcome.state.filling': 'being written…',
  'outcome.state.pressing': 'being pressed…',
  'outcome.state.queued': 'waiting',
  'outcome.state.not-reached': 'not written',
  'outcome.state.on-screen': 'on NOSSA’s screen',
  'outcome.state.saved': 'saved in NOSSA',
  'outcome.state.not-read-back': 'sent with Change Status; NOSSA does not show it back',
  'outcome.state.manual': 'typed by the agent',
  'outcome.readBackFailed': 'The reloaded ticket does not hold every value: NOSSA did not save them. Per field below: what was expected and what NOSSA holds.',
};
