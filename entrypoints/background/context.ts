import type { PanduDb } from '@/lib/db';

/** What every group of background handlers gets: the database, the clock, the NOSSA hosts. */
export interface BackgroundContext {
  db: PanduDb;
  now: () => string;
  /** The NOSSA hosts in force (the profile's and the admin's extra ones), as match patterns. */
  hostPatterns: () => readonly string[];
  /** Re-reads the host list after settings changed. */
  hostsChanged: () => Promise<readonly string[]>;
}
