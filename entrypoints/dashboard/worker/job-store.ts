import { useSyncExternalStore } from 'react';
import JobsWorker from './jobs.worker?worker';
import type { JobEnvelope, JobMessage, JobPhase, JobRequest } from './protocol';

export interface JobProgress {
  phase: JobPhase;
  done: number;
  total: number;
  file?: number;
}

export type JobState =
  { status: 'idle' } | { status: 'running'; progress: JobProgress | null } | { status: 'done' } | { status: 'failed'; message: string } | { status: 'cancelled' };

/** What a job hears when its worker is ended under it (an export was cancelled). */
export const WORKER_ENDED = 'worker-ended';

let nextJob = 1;

/**
 * A dashboard worker and the jobs it runs, each answering under its number. Vite's `?worker`
 * import, because WXT rewrites `import.meta.url` (for the service worker), which hides
 * `new Worker(new URL(...))` from Vite.
 */
export class JobWorker {
  private readonly worker = new JobsWorker({ name: 'pandu-jobs' });
  private readonly listeners = new Map<number, (message: JobMessage) => void>();

  constructor() {
    this.worker.onmessage = ({ data }: MessageEvent<JobEnvelope>) => this.listeners.get(data.job)?.(data);
    this.worker.onerror = (event) => this.end(event.message || 'worker error');
  }

  run(order: JobRequest, onMessage: (message: JobMessage) => void): number {
    const job = nextJob++;
    this.listeners.set(job, (message) => {
      if (message.type === 'done' || message.type === 'failed') this.listeners.delete(job);
      onMessage(message);
    });
    this.worker.postMessage({ ...order, job });
    return job;
  }

  /** Stops listening to a job (its results are no longer wanted); the worker finishes it. */
  forget(job: number): void {
    this.listeners.delete(job);
  }

  /** Ends the worker and every job in it; each job hears `failed` with the reason. */
  end(reason = WORKER_ENDED): void {
    this.worker.terminate();
    const listeners = [...this.listeners.values()];
    this.listeners.clear();
    for (const listener of listeners) listener({ type: 'failed', message: reason });
  }
}

let logWorker: JobWorker | null = null;

/** The page's log worker: it loads the log for the table and exports from what it loaded. */
export function theLogWorker(): JobWorker {
  return (logWorker ??= new JobWorker());
}

/** Cancelling an export ends the log worker (and its copy of the log); the next job starts a fresh one. */
export function endLogWorker(): void {
  const ending = logWorker;
  logWorker = null;
  ending?.end();
}

export interface JobStore<Extra> {
  getState: () => { job: JobState } & Extra;
  subscribe: (listener: () => void) => () => void;
  start: (order: JobRequest, reset?: Partial<Extra>) => void;
  cancel: () => void;
}

/**
 * One export or import at a time, owned by the page rather than by a view: the lead can switch
 * to the charts while a large export runs, and the file is still saved when it is ready.
 * Exports run in the log worker (`shared`); imports in a worker of their own. Cancelling ends
 * the worker; writes are transactions, so nothing is half-written.
 */
export function createJobStore<Extra extends object>(
  initial: Extra,
  handle: (message: JobMessage, update: (patch: Partial<Extra>) => void, state: () => Extra) => void,
  options: { shared: boolean },
): JobStore<Extra> {
  type State = { job: JobState } & Extra;
  let state: State = { job: { status: 'idle' }, ...initial };
  let running: { worker: JobWorker; job: number } | null = null;
  const listeners = new Set<() => void>();
  const set = (patch: Partial<State>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };
  const finish = () => {
    if (running && !options.shared) running.worker.end();
    running = null;
  };
  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start(order, reset) {
      if (running) running.worker.forget(running.job);
      finish();
      const worker = options.shared ? theLogWorker() : new JobWorker();
      set({ ...reset, job: { status: 'running', progress: null } } as Partial<State>);
      const job = worker.run(order, (message) => {
        if (running?.job !== job) return;
        if (message.type === 'progress') set({ job: { status: 'running', progress: message } } as Partial<State>);
        handle(
          message,
          (patch) => set(patch as Partial<State>),
          () => state,
        );
        if (message.type === 'done') {
          finish();
          set({ job: { status: 'done' } } as Partial<State>);
        } else if (message.type === 'failed') {
          finish();
          set({ job: { status: 'failed', message: message.message } } as Partial<State>);
        }
      });
      running = { worker, job };
    },
    cancel() {
      const current = running;
      running = null;
      if (current) {
        current.worker.forget(current.job);
        if (options.shared) endLogWorker();
        else current.worker.end();
      }
      set({ job: { status: 'cancelled' } } as Partial<State>);
    },
  };
}

export function useJobStore<Extra extends object>(store: JobStore<Extra>): { job: JobState } & Extra {
  return useSyncExternalStore(store.subscribe, store.getState);
}
