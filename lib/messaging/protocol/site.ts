import * as z from 'zod/mini';
import type { PageCheck } from '../../sites/check';

/** The site profile at work: the page check a team lead runs from the dashboard. */
export const siteRequests = {
  /** Asks the open NOSSA tab (the active one first) which profile fields its page shows. */
  runPageCheck: z.undefined(),
} as const;

export interface PageCheckAnswer {
  tabTitle: string;
  report: PageCheck;
}

export interface SiteProtocol {
  runPageCheck(): PageCheckAnswer | null;
  /** Background -> content script: check this page now. */
  pageCheck(): PageCheck;
}
