import * as z from 'zod/mini';
import type { PageCheck } from '../../sites/check';

/** The site profile at work: the page check a team lead runs from the dashboard. */
export const siteRequests = {
  /** Asks the open NOSSA tab (the active one first) which profile fields its page shows. */
  runPageCheck: z.undefined(),
  /**
   * The deep check's report, kept for this tab across the reload that discards what the check
   * opened (chrome.storage.session), then taken once by the panel after the load.
   */
  stashPageCheck: z.strictObject({
    report: z.looseObject({
      profileId: z.string().check(z.maxLength(60)),
      fields: z.array(z.looseObject({ field: z.string().check(z.maxLength(60)), status: z.string().check(z.maxLength(30)) })).check(z.maxLength(80)),
    }),
  }),
  takePageCheck: z.undefined(),
} as const;

export interface PageCheckAnswer {
  tabTitle: string;
  report: PageCheck;
}

export interface SiteProtocol {
  runPageCheck(): PageCheckAnswer | null;
  stashPageCheck(data: { report: PageCheck }): boolean;
  takePageCheck(): PageCheck | null;
  /** Background -> content script: check this page now. */
  pageCheck(): PageCheck;
}
