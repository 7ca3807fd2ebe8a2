import type { PanduDb } from '@/lib/db';

/** What every group of background handlers gets: the database, the clock, the NOSSA hosts. */
export interface BackgroundContext {
  db: PanduDb;
  now: () => string;
  hostPatterns: () => readonly string[];
}
