import { PanduDb } from '@/lib/db';

/** The popup reads Dexie directly (extension origin); every write goes through the background. */
export const db = new PanduDb();
