import type { importLimits as id } from '../id/import-limits';

/** English texts: an import refused by its limits (lib/import/check.ts IMPORT_LIMITS, read-stream.ts). */
export const importLimits: Record<keyof typeof id, string> = {
  'dashboard.import.problem.record-too-large':
    'One record in the file is too long ({path}: {size} KB; at most {max} KB). No Pandu record is that large: the file is probably damaged or edited. Ask the agent to export again.',
};
