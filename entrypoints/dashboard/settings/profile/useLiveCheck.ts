import { useCallback, useEffect, useRef, useState } from 'react';
import { sendMessage, type PageCheckAnswer } from '@/lib/messaging';
import type { SiteProfile } from '@/lib/schema/site-profile';

/** A pause in typing before the open NOSSA tab is asked again: one check per edit, not per key. */
export const LIVE_CHECK_DELAY_MS = 400;

export type LiveCheck =
  | { state: 'idle' }
  | { state: 'checking'; last: PageCheckAnswer | null }
  | { state: 'none' }
  | { state: 'failed'; detail: string }
  | { state: 'done'; answer: PageCheckAnswer; of: string };

/**
 * The profile's fields as the open NOSSA tab sees them now, checked with the profile being edited
 * (valid drafts only; the tab locates with the very code the fill uses). Runs when the valid
 * content changes (after a short pause) and on demand. Only the newest answer counts.
 */
export function useLiveCheck(profile: SiteProfile | null) {
  const [check, setCheck] = useState<LiveCheck>({ state: 'idle' });
  const asked = useRef(0);
  const key = profile ? JSON.stringify(profile) : null;

  const run = useCallback(async (target: SiteProfile) => {
    const ticket = ++asked.current;
    const of = JSON.stringify(target);
    setCheck((c) => ({ state: 'checking', last: c.state === 'done' ? c.answer : c.state === 'checking' ? c.last : null }));
    try {
      const answer = await sendMessage('runPageCheck', { profile: target });
      if (ticket === asked.current) setCheck(answer ? { state: 'done', answer, of } : { state: 'none' });
    } catch (error) {
      if (ticket === asked.current) setCheck({ state: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  useEffect(() => {
    if (!key) return;
    const timer = setTimeout(() => void run(JSON.parse(key) as SiteProfile), LIVE_CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [key, run]);

  /** The answer to show (the previous one while a new check runs) and whether it is for this content. */
  const answer = check.state === 'done' ? check.answer : check.state === 'checking' ? check.last : null;
  const current = check.state === 'done' && check.of === key;
  return { check, answer, current, recheck: () => (profile ? run(profile) : Promise.resolve()) };
}
