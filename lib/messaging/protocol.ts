import { settingsSchema } from '../schema';
import { flowPushes, flowRequests, type FlowProtocol } from './protocol/flow';
import { fillRequests, type FillProtocol } from './protocol/fill';
import { settingsRequests, type SettingsProtocol } from './protocol/settings';
import { siteRequests, type SiteProtocol } from './protocol/site';
import { shiftRequests, type ShiftProtocol } from './protocol/shift';

export type { FlowEventResult } from './protocol/flow';
export type { FillLockAnswer, FillLockHolder, FillLockInfo } from './protocol/fill';
export type { PageCheckAnswer } from './protocol/site';
export type { ShiftNow, ChecklistReply } from './protocol/shift';

/**
 * The whole protocol between the content script, the extension pages and the background, one
 * file per area under protocol/. Requests to the background are validated against
 * `requestSchemas` before any handler runs; the TypeScript map gives both ends the same types.
 */
export const requestSchemas = {
  ...settingsRequests,
  ...flowRequests,
  ...fillRequests,
  ...siteRequests,
  ...shiftRequests,
} as const;

/** Pushed by the background to NOSSA tabs and extension pages; validated by the receiver. */
export const pushSchemas = {
  settingsChanged: settingsSchema,
  ...flowPushes,
} as const;

export interface ProtocolMap extends SettingsProtocol, FlowProtocol, FillProtocol, ShiftProtocol, SiteProtocol {}

export type RequestType = keyof typeof requestSchemas;
export type PushType = keyof typeof pushSchemas;
