import TrailWorker from './trail.worker?worker';
import type { TrailText } from './trail';
import { trailAnswerSchema } from './trail-protocol';

/** A JSON export's audit trail being read by the trail worker (see trail.worker.ts). */
export interface TrailSource {
  /** Names the exported sessions; resolves with their events' text once every event is read. */
  keep(sessionIds: readonly string[]): Promise<TrailText>;
  /** Ends the trail worker (the export went another way, or failed). */
  stop(): void;
}

export type StartTrail = (mask: boolean, progress: (done: number, total: number) => void) => TrailSource;

/** Starts the trail worker reading at once; its progress is handed on as it comes. */
export const startTrailWorker: StartTrail = (mask, progress) => {
  const worker = new TrailWorker({ name: 'pandu-trail' });
  const written = new Promise<TrailText>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<unknown>) => {
      const answer = trailAnswerSchema.safeParse(data);
      if (!answer.success) return reject(new Error('trail worker: unexpected answer'));
      if (answer.data.type === 'progress') progress(answer.data.done, answer.data.total);
      else if (answer.data.type === 'written') resolve(answer.data);
      else reject(new Error(answer.data.message));
    };
    worker.onerror = (event) => reject(new Error(event.message || 'trail worker error'));
  });
  // Settled whether or not anyone waits (an export that goes another way stops it).
  written.catch(() => undefined);
  worker.postMessage({ type: 'read', mask });
  return {
    keep(sessionIds) {
      worker.postMessage({ type: 'keep', sessionIds: [...sessionIds] });
      return written.finally(() => worker.terminate());
    },
    stop: () => worker.terminate(),
  };
};
