import { runExport } from '@/entrypoints/dashboard/worker/export-job';
import type { ExportRequest, JobMessage } from '@/entrypoints/dashboard/worker/protocol';
import type { PanduDb } from '@/lib/db';
import { DEFAULT_SORT, EMPTY_FILTER } from '@/lib/logs';

/** An export request as the dashboard sends it: a CSV of everything, unless told otherwise. */
export const exportRequest = (request: Partial<ExportRequest> = {}): ExportRequest => ({
  type: 'export',
  format: 'csv',
  filter: EMPTY_FILTER,
  sort: DEFAULT_SORT,
  delimiter: ';',
  mask: false,
  includeEvents: true,
  language: 'id',
  timeZone: 'Asia/Makassar',
  appVersion: '0.1.0',
  ...request,
});

/** The file the dashboard's export job writes for a request (a CSV of everything, unless told otherwise). */
export async function exportBlob(db: PanduDb, request: Partial<ExportRequest>): Promise<Blob> {
  const messages: JobMessage[] = [];
  await runExport(db, exportRequest(request), (m) => messages.push(m));
  const exported = messages.find((m): m is Extract<JobMessage, { type: 'exported' }> => m.type === 'exported');
  if (!exported) throw new Error(`no file: ${JSON.stringify(messages.at(-1))}`);
  return exported.blob;
}
