import { PanduDb } from '@/lib/db';

/** The dashboard reads Dexie directly: it runs in the extension's origin, like the background. */
export const db = new PanduDb();
