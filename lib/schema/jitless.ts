import * as z from 'zod/mini';

/**
 * zod compiles fast parsers with `new Function` when the page allows it. An extension's policy
 * never does: zod's probe then fails (Chrome reports a policy violation each time) and it falls
 * back anyway. Saying so up front skips the probe. Imported first by every entrypoint.
 */
z.config({ jitless: true });
