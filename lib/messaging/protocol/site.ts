import * as z from 'zod/mini';
import { siteProfileSchema } from '../../schema/site-profile';
import type { PageCheck } from '../../sites/check';
import { resultOf } from '../declare';

/**
 * A page check's report as the panel stashes it: the background checks the parts it relies on and
 * keeps the rest as sent (loose objects). Senders are typed with the whole report (an interface,
 * which a loose object's index signature would not accept as it is). `@__PURE__`: see flow.ts.
 */
const reportShape = z.looseObject({
  profileId: /* @__PURE__ */ z.string().check(z.maxLength(60)),
  fields: /* @__PURE__ */ z
    .array(z.looseObject({ field: /* @__PURE__ */ z.string().check(z.maxLength(60)), status: /* @__PURE__ */ z.string().check(z.maxLength(30)) }))
    .check(z.maxLength(80)),
});
const stashedReportSchema = reportShape as unknown as z.ZodMiniType<z.output<typeof reportShape>, PageCheck>;

/** The site profile at work: the page check a team lead runs from the dashboard. */
export const siteRequests = {
  /**
   * Asks the open NOSSA tab (the active one first) which profile fields its page shows: with the
   * profile in force, or with `profile` (the dashboard editor's draft, checked before it is saved).
   */
  runPageCheck: { input: z.optional(z.strictObject({ profile: siteProfileSchema })), result: resultOf<{ tabTitle: string; report: PageCheck } | null>() },
  /**
   * The deep check's report, kept for this tab across the reload that discards what the check
   * opened (chrome.storage.session), then taken once by the panel after the load.
   */
  stashPageCheck: { input: z.strictObject({ report: stashedReportSchema }), result: resultOf<boolean>() },
  takePageCheck: { input: z.undefined(), result: resultOf<PageCheck | null>() },
  /**
   * The panel tools (the page check's box, the field picker, the deep check) into the asking tab
   * and frame: a second script, injected on first use, so the content script every NOSSA page
   * loads stays small (components/panel/tools/). Answers once the script has run.
   */
  loadPanelTools: { input: z.undefined(), result: resultOf<true>() },
  /**
   * The flow's steps (request to outcome, the fill, the timeline) into the asking tab and frame,
   * when a session is on view: the content script carries only the flow's first screen
   * (components/panel/flow/steps-slot.ts). Answers once the script has run.
   */
  loadFlowSteps: { input: z.undefined(), result: resultOf<true>() },
};

/** Asked of the NOSSA tab's content script by the background. */
export const siteContentRequests = {
  /**
   * Check this page now (for `runPageCheck`), with the given profile or the one in force. The
   * content script already validates settings (and their site profile) with the same schemas.
   */
  pageCheck: { input: z.optional(z.strictObject({ profile: siteProfileSchema })), result: resultOf<PageCheck>() },
};
