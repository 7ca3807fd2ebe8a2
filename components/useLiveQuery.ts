import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';

/** A Dexie query whose result follows the database, across extension pages and the worker. */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({ next: setValue, error: console.error });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
