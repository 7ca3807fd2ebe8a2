import { useMemo, useState, useSyncExternalStore } from 'react';
import { readLookupValues, type LookupFailure } from '@/lib/fill/engine/read-lookup';
import { useSiteProfile } from '../SiteProfileContext';
import { groupChoices, type GroupChoices } from './group-choices';
import { nossaGroups } from './nossa-groups';

export type NossaRead = { kind: 'idle' } | { kind: 'reading' } | { kind: 'done'; count: number } | { kind: 'failed'; reason: LookupFailure };

export interface GroupChoicesState extends GroupChoices {
  /** Where reading NOSSA's list stands (this chooser's last attempt). */
  nossaRead: NossaRead;
  /** Opens NOSSA's Owner Group lookup, reads its values and closes it: only on the agent's click. */
  readNossa: () => Promise<void>;
}

/**
 * The chooser's choices: the ticket's group, the lead's list, NOSSA's list once read (kept for
 * the page's life, nossa-groups.ts) and recent groups.
 */
export function useGroupChoices({ ticket, lead, recent }: { ticket: string | null | undefined; lead: readonly string[]; recent: readonly string[] }): GroupChoicesState {
  const profile = useSiteProfile();
  const nossa = useSyncExternalStore(nossaGroups.subscribe, () => nossaGroups.get(profile.id));
  const [nossaRead, setNossaRead] = useState<NossaRead>({ kind: 'idle' });
  const choices = useMemo(() => groupChoices({ ticket, lead, nossa: nossa ?? [], recent }), [ticket, lead, nossa, recent]);

  const readNossa = async () => {
    setNossaRead({ kind: 'reading' });
    try {
      const read = await readLookupValues(document, profile, 'ownerGroup');
      if (!read.ok) return setNossaRead({ kind: 'failed', reason: read.reason });
      nossaGroups.set(profile.id, read.values);
      setNossaRead({ kind: 'done', count: read.values.length });
    } catch {
      setNossaRead({ kind: 'failed', reason: 'no-menu' });
    }
  };
  return { ...choices, nossaRead, readNossa };
}
