import type { InputOf, ProtocolOf, ResultOf } from './declare';
import { fillRequests } from './protocol/fill';
import { flowPushes, flowRequests } from './protocol/flow';
import { panelContentRequests } from './protocol/panel';
import { privacyRequests } from './protocol/privacy';
import { settingsPushes, settingsRequests } from './protocol/settings';
import { shiftRequests } from './protocol/shift';
import { siteContentRequests, siteRequests } from './protocol/site';
import { teamRequests } from './protocol/team';

/**
 * The whole protocol between the content script, the extension pages and the background, one
 * file per area under protocol/, each message declared there once (its schema and its answer's
 * type, see declare.ts), in one of three directions. Every receiver validates against the
 * declared schema before it acts: the background before any handler runs (serve.ts), a page
 * before it applies a push, the content script before it answers the background (receive.ts).
 */

/** Sent by the content script and the extension pages to the background. */
export const backgroundRequests = {
  ...settingsRequests,
  ...flowRequests,
  ...fillRequests,
  ...siteRequests,
  ...shiftRequests,
  ...privacyRequests,
  ...teamRequests,
};

/** Pushed by the background to NOSSA tabs and extension pages (broadcast.ts). */
export const backgroundPushes = {
  ...settingsPushes,
  ...flowPushes,
};

/** Sent by the background to one NOSSA tab's content script. */
export const contentRequests = {
  ...siteContentRequests,
  ...panelContentRequests,
};

export type BackgroundRequests = typeof backgroundRequests;
export type BackgroundPushes = typeof backgroundPushes;
export type ContentRequests = typeof contentRequests;
export type RequestType = keyof BackgroundRequests;
export type PushType = keyof BackgroundPushes;
export type ContentRequestType = keyof ContentRequests;

/** One messenger carries all three directions, so a type may be declared in one only (else this does not compile). */
type Disjoint<A, B> = [A & B] extends [never] ? true : A & B;
const disjoint: [Disjoint<RequestType, PushType>, Disjoint<RequestType, ContentRequestType>, Disjoint<PushType, ContentRequestType>] = [true, true, true];
void disjoint;

/** The typed map of every message, for `defineExtensionMessaging`. */
export type ProtocolMap = ProtocolOf<BackgroundRequests & BackgroundPushes & ContentRequests>;

/** Sending one background request, as a caller that is handed the function sees it (a test can pass a double). */
export type RequestSender<K extends RequestType> = (data: InputOf<BackgroundRequests[K]>) => Promise<ResultOf<BackgroundRequests[K]>>;

// Answers that other code names (derived: declared once, in the area files).
type Answer<K extends RequestType> = ResultOf<BackgroundRequests[K]>;
export type FlowEventResult = Answer<'flowEvent'>;
export type FillLockAnswer = Answer<'acquireFillLock'>;
export type FillLockHolder = Extract<FillLockAnswer, { ok: false }>['holder'];
export type FillLockInfo = NonNullable<Answer<'getFillLock'>>;
export type PageCheckAnswer = NonNullable<Answer<'runPageCheck'>>;
export type ShiftNow = Answer<'getShiftNow'>;
export type ChecklistReply = Answer<'tickChecklist'>;
