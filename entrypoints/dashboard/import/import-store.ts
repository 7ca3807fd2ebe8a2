import { createJobStore } from '../worker/job-store';
import type { ImportFileOutcome } from '../worker/protocol';

export interface FileResult {
  fileName: string;
  outcome: ImportFileOutcome | null;
}

/** The page's import job: each file's result as it comes, kept while the lead looks elsewhere. */
export const importStore = createJobStore<{ results: FileResult[] }>(
  { results: [] },
  (message, update, state) => {
    if (message.type !== 'imported') return;
    update({ results: state().results.map((item, i) => (i === message.file ? { ...item, outcome: message.outcome } : item)) });
  },
  { shared: false },
);
