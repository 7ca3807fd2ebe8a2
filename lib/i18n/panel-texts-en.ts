import { common } from './messages/en/common';
import { flowSteps } from './messages/en/flow-steps';
import { groups } from './messages/en/groups';
import { outcomeView } from './messages/en/outcome-view';
import { panel } from './messages/en/panel';
import { picker } from './messages/en/picker';
import { placement } from './messages/en/placement';
import { timeEntry } from './messages/en/time-entry';

/** The panel's English texts, the same areas as panel-texts-id.ts: served by the background (getPanelTexts). */
export const panelTextsEn = { ...common, ...panel, ...picker, ...outcomeView, ...flowSteps, ...groups, ...placement, ...timeEntry };
