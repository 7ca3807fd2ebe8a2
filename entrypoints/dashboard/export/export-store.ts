import { createJobStore } from '../worker/job-store';
import type { ExportFormat } from '../worker/protocol';
import { saveBlob } from './download';

export interface SavedExport {
  fileName: string;
  url: string;
  sessions: number;
  events: number;
  ms: number;
}

/** The page's export job: the file is saved the moment the worker hands it over, whichever view is open. */
export const exportStore = createJobStore<{ saved: SavedExport | null; format: ExportFormat | null }>(
  { saved: null, format: null },
  (message, update, state) => {
    if (message.type !== 'exported') return;
    const url = saveBlob(message.blob, message.fileName, state().saved?.url);
    update({ saved: { fileName: message.fileName, url, sessions: message.sessions, events: message.events, ms: message.ms } });
  },
  { shared: true },
);
