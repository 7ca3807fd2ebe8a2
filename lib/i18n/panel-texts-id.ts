import { common } from './messages/id/common';
import { flowSteps } from './messages/id/flow-steps';
import { groups } from './messages/id/groups';
import { outcomeView } from './messages/id/outcome-view';
import { panel } from './messages/id/panel';
import { placement } from './messages/id/placement';
import { timeEntry } from './messages/id/time-entry';

/**
 * The panel's Indonesian texts: the only language the content script carries itself (the
 * product's first language, shown from the first paint). English comes from the background on
 * demand (panel-texts-en.ts): the content script loads on every NOSSA page and must stay small.
 * The field picker's texts (messages/id/picker.ts) come with the picker, in the panel tools
 * script injected on first use (components/panel/tools/).
 */
export const panelTextsId = { ...common, ...panel, ...outcomeView, ...flowSteps, ...groups, ...placement, ...timeEntry };
