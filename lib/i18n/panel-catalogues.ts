import { common as enCommon } from './messages/en/common';
import { flowSteps as enFlowSteps } from './messages/en/flow-steps';
import { groups as enGroups } from './messages/en/groups';
import { outcomeView as enOutcomeView } from './messages/en/outcome-view';
import { panel as enPanel } from './messages/en/panel';
import { picker as enPicker } from './messages/en/picker';
import { placement as enPlacement } from './messages/en/placement';
import { common as idCommon } from './messages/id/common';
import { flowSteps as idFlowSteps } from './messages/id/flow-steps';
import { groups as idGroups } from './messages/id/groups';
import { outcomeView as idOutcomeView } from './messages/id/outcome-view';
import { panel as idPanel } from './messages/id/panel';
import { picker as idPicker } from './messages/id/picker';
import { placement as idPlacement } from './messages/id/placement';
import { timeEntry as enTimeEntry } from './messages/en/time-entry';
import { timeEntry as idTimeEntry } from './messages/id/time-entry';
import type { Catalogues } from './translate';

/**
 * Only the texts the panel on the NOSSA page uses: the content script loads on every NOSSA page
 * and must stay small (test/unit/i18n checks every key the panel uses is here).
 */
export const panelCatalogues: Catalogues = {
  id: { ...idCommon, ...idPanel, ...idPicker, ...idOutcomeView, ...idFlowSteps, ...idGroups, ...idPlacement, ...idTimeEntry },
  en: { ...enCommon, ...enPanel, ...enPicker, ...enOutcomeView, ...enFlowSteps, ...enGroups, ...enPlacement, ...enTimeEntry },
};
