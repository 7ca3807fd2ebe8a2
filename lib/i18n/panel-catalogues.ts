import { panelTextsEn } from './panel-texts-en';
import { panelTextsId } from './panel-texts-id';
import { picker } from './messages/id/picker';
import type { Language } from '../schema';
import type { Messages } from './messages/id';

/**
 * Only the texts the panel on the NOSSA page uses (test/unit/i18n checks every key the panel
 * uses is here). The content script itself ships only the Indonesian half (panel-texts-id.ts)
 * and asks the background for the English one when the agent chose English; this whole pair is
 * for the background's answer and for tests (the Indonesian picker texts ship with the panel tools).
 */
export const panelCatalogues: Record<Language, Partial<Messages>> = { id: { ...panelTextsId, ...picker }, en: panelTextsEn };
