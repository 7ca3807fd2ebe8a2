import { useEffect, useState } from 'react';
import { readRecordState } from '@/lib/fill';
import type { RecordState } from '@/lib/schema';
import { useI18n } from '../../I18n';
import { useSiteProfile } from '../SiteProfileContext';
import { nextStep, type Guidance } from './guidance';

/** The page's unsaved signs change as the agent presses OK / Save: read them again this often. */
const POLL_MS = 1_000;

/** The record state NOSSA's page shows now, re-read while the guidance is on screen. */
export function useRecordState(active: boolean): RecordState | null {
  const profile = useSiteProfile();
  const [record, setRecord] = useState<RecordState | null>(null);
  useEffect(() => {
    if (!active) return;
    const read = () => {
      try {
        const next = readRecordState(document, profile);
        setRecord((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
      } catch {
        setRecord(null);
      }
    };
    read();
    const timer = setInterval(read, POLL_MS);
    return () => clearInterval(timer);
  }, [active, profile]);
  return record;
}

/** What to press in NOSSA next, from what the page shows; NOSSA's own message verbatim. */
export function FillGuidance({ guidance }: { guidance: Guidance }) {
  const { t } = useI18n();
  const { message } = guidance;
  return (
    <div className="next" data-testid="fill-next" data-next={guidance.key}>
      <p>{t(guidance.key, { message: message?.text ?? '' })}</p>
      {message && guidance.key !== 'fill.next.message' && (
        <p className={message.severity === 'info' ? 'hint' : 'alert'} data-testid="nossa-message" data-severity={message.severity}>
          {t('fill.nossaSays', { message: message.text })}
        </p>
      )}
    </div>
  );
}

export { nextStep };
