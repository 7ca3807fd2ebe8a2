import { useCallback, useEffect, useRef, useState } from 'react';
import JobsWorker from './jobs.worker?worker';
import type { JobMessage, JobPhase, JobRequest } from './protocol';

export interface JobProgress {
  phase: JobPhase;
  done: number;
  total: number;
  file?: number;
}

export type JobState = { status: 'idle' } | { status: 'running'; progress: JobProgress | null } | { status: 'done' } | { status: 'failed'; message: string } | { status: 'cancelled' };

/**
 * Starts the dashboard's worker for one job; cancelling terminates it (nothing half-written:
 * writes are transactions). Vite's `?worker` import, because WXT rewrites `import.meta.url`
 * (for the service worker), which hides `new Worker(new URL(...))` from Vite.
 */
export function startJobWorker(): Worker {
  return new JobsWorker({ name: 'pandu-jobs' });
}

/**
 * One export or import at a time, in a worker: progress as it comes, the worker's results
 * handed to `onMessage`, cancel = terminate.
 */
export function useJob(onMessage: (message: JobMessage) => void) {
  const [state, setState] = useState<JobState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  const listener = useRef(onMessage);
  listener.current = onMessage;

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);

  useEffect(() => stop, [stop]);

  const start = useCallback(
    (request: JobRequest) => {
      stop();
      const job = startJobWorker();
      worker.current = job;
      setState({ status: 'running', progress: null });
      job.onmessage = (event: MessageEvent<JobMessage>) => {
        const message = event.data;
        if (message.type === 'progress') setState({ status: 'running', progress: message });
        else if (message.type === 'done') {
          setState({ status: 'done' });
          stop();
        } else if (message.type === 'failed') {
          setState({ status: 'failed', message: message.message });
          stop();
        }
        listener.current(message);
      };
      job.onerror = (event) => {
        setState({ status: 'failed', message: event.message || 'worker error' });
        stop();
      };
      job.postMessage(request);
    },
    [stop],
  );

  const cancel = useCallback(() => {
    stop();
    setState({ status: 'cancelled' });
  }, [stop]);

  return { state, start, cancel };
}
