import { fileSessionSchema } from '../export/file-schema';
import { eventSchema, shiftSchema } from '../schema';

/**
 * Each synced kind's schema: the extension's own (a session must carry a readable flow state,
 * as in an export file). Apart from api.ts so that what the content script bundles of the
 * protocol (lib/messaging/protocol/team.ts) does not drag every record schema along.
 */
export const recordSchemaOf = { session: fileSessionSchema, event: eventSchema, shift: shiftSchema } as const;
