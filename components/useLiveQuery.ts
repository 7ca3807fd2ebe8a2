import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';

/** A Dexie query whose result follows the database, across extension pages and the worker. */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({ next: setValue, error: console.error });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what the query depends on, as with useMemo
  }, deps);
  return value;
}
