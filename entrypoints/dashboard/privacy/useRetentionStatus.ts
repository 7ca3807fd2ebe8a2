import { useCallback, useEffect, useState } from 'react';
import { countExpired, lastRetentionRun, retentionCutoff, type RetentionCounts } from '@/lib/db';
import type { PanduEvent, RetentionSettings } from '@/lib/schema';
import { db } from '../database';

export interface RetentionStatus {
  expired: RetentionCounts | null;
  lastRun: PanduEvent | null;
  refresh: () => void;
}

/** What the retention period would delete now, and the last clean-up (read on demand, not live: counting is work). */
export function useRetentionStatus(retention: RetentionSettings | undefined, full = true): RetentionStatus {
  const [expired, setExpired] = useState<RetentionCounts | null>(null);
  const [lastRun, setLastRun] = useState<PanduEvent | null>(null);
  const [generation, setGeneration] = useState(0);
  const days = retention?.days;

  useEffect(() => {
    if (days === undefined) return;
    let alive = true;
    const cutoff = retentionCutoff(new Date().toISOString(), days);
    const counting = full
      ? countExpired(db, cutoff)
      : db.sessions
          .where('updatedAt')
          .below(cutoff)
          .count()
          .then((sessions) => ({ sessions, events: 0, shifts: 0, imports: 0 }));
    void Promise.all([counting, lastRetentionRun(db)]).then(([counts, run]) => {
      if (!alive) return;
      setExpired(counts);
      setLastRun(run);
    });
    return () => {
      alive = false;
    };
  }, [days, full, generation]);

  return { expired, lastRun, refresh: useCallback(() => setGeneration((g) => g + 1), []) };
}
