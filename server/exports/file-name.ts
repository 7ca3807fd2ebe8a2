import type { ExportOrder } from './tickets';

const safe = (text: string) => text.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40) || 'tim';

/** "pandu-bdg-1-2026-11-01_2026-11-30.csv": whose log and which days (the whole log when no days are set). */
export function exportFileName(team: string | null, request: Pick<ExportOrder, 'filter' | 'format'>): string {
  const { from, to, agentId } = request.filter;
  const period = from || to ? `${from ?? 'awal'}_${to ?? 'kini'}` : 'semua';
  const who = [safe(team ?? 'semua-tim'), ...(agentId ? [safe(agentId)] : [])].join('-');
  return `pandu-${who}-${period}.${request.format}`;
}

/** The header that makes the browser save the response as a file with that name. */
export const contentDisposition = (fileName: string) => `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
