import type { Translate } from '@/lib/i18n';
import { describeEvent } from '@/lib/events';
import type { PanduEvent } from '@/lib/schema';

/** What happened, in words (an event of a newer Pandu shows its code). */
export function eventTitle(event: PanduEvent, t: Translate): string {
  return describeEvent(event, t).title;
}

/** The event's particulars in one line, times in the agent's zone with its name. */
export function eventDetail(event: PanduEvent, t: Translate): string {
  return describeEvent(event, t).detail;
}
