import { z } from 'zod';
import type { FlowView } from '../db/sessions';
import type { FlowRefusal } from '../procedure';
import {
  draftValuesSchema,
  settingsPatchSchema,
  settingsSchema,
  ticketIdSchema,
  ticketSnapshotSchema,
  uuidSchema,
  type DraftValues,
  type Settings,
  type SettingsPatch,
  type TicketSnapshot,
} from '../schema';

/**
 * The whole protocol between the content script, the extension pages and the background.
 * Requests to the background are validated against `requestSchemas` before any handler runs
 * (flow events are validated again by the state machine); the TypeScript map below gives both
 * ends the same types.
 */
export const requestSchemas = {
  getSettings: z.undefined(),
  updateSettings: settingsPatchSchema,
  getFlow: z.object({ ticketId: ticketIdSchema }).strict(),
  startFlow: z.object({ ticket: ticketSnapshotSchema }).strict(),
  flowEvent: z.object({ sessionId: uuidSchema, event: z.unknown() }).strict(),
  saveDraft: z.object({ sessionId: uuidSchema, values: draftValuesSchema, origin: z.string().min(1).max(60) }).strict(),
  getRequesterSuggestions: z.undefined(),
} as const;

const flowViewPush = z.object({ ticketId: ticketIdSchema, view: z.custom<FlowView>((v) => typeof v === 'object' && v != null) });

/** Pushed by the background to NOSSA tabs and extension pages; validated by the receiver. */
export const pushSchemas = {
  settingsChanged: settingsSchema,
  flowChanged: flowViewPush,
} as const;

export interface FlowEventResult {
  view: FlowView;
  refusal: FlowRefusal | null;
}

export interface ProtocolMap {
  getSettings(): Settings;
  updateSettings(patch: SettingsPatch): Settings;
  getFlow(data: { ticketId: string }): FlowView | null;
  startFlow(data: { ticket: TicketSnapshot }): FlowView;
  flowEvent(data: { sessionId: string; event: unknown }): FlowEventResult;
  saveDraft(data: { sessionId: string; values: DraftValues; origin: string }): boolean;
  getRequesterSuggestions(): Array<{ name: string; group: string }>;
  settingsChanged(settings: Settings): void;
  flowChanged(data: { ticketId: string; view: FlowView }): void;
}

export type RequestType = keyof typeof requestSchemas;
export type PushType = keyof typeof pushSchemas;
