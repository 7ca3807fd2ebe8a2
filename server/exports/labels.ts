import { exportLabels, type ExportLabels } from '../../lib/export';
import type { ExportOrder } from './tickets';

/**
 * The export's words: lib/export's labels in the lead's language, with the reason labels the
 * lead's browser sent (the server keeps no reason catalogue). A Map, so a code such as
 * "constructor" is just an unknown code.
 */
export function labelsOf(request: Pick<ExportOrder, 'language' | 'reasonLabels'>): ExportLabels {
  const reasons = new Map(Object.entries(request.reasonLabels));
  return { ...exportLabels(request.language, []), reason: (code) => reasons.get(code) ?? '' };
}
