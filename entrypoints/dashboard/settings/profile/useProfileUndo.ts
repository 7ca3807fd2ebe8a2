import { useEffect, useState } from 'react';
import type { SiteProfile } from '@/lib/schema/site-profile';
import { emptyHistory, observed, undoTarget, undoing, type UndoHistory } from './undo-history';

/**
 * Follows the stored profile (settings.siteProfile; undefined while settings load) and offers the
 * one before the last change. `take` returns it and forgets that change; the caller stores it.
 */
export function useProfileUndo(stored: SiteProfile | null | undefined) {
  const [history, setHistory] = useState<UndoHistory>(emptyHistory);
  useEffect(() => {
    if (stored !== undefined) setHistory((h) => observed(h, stored));
  }, [stored]);
  const target = undoTarget(history);
  return {
    canUndo: target !== undefined,
    take: (): SiteProfile | null | undefined => {
      if (target !== undefined) setHistory(undoing);
      return target;
    },
  };
}
