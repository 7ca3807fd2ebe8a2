import DeflateWorker from './deflate.worker?worker';
import { deflaterOver } from '@/lib/export/xlsx/deflate-port';
import type { DeflaterFactory } from '@/lib/export/xlsx/deflate-part';

/** A deflate worker for one export: its DeflaterFactory, and `stop` once the file is written. */
export interface DeflateWorkerHandle {
  deflater: DeflaterFactory;
  stop(): void;
}

export type StartDeflater = () => DeflateWorkerHandle;

export const startDeflateWorker: StartDeflater = () => {
  const worker = new DeflateWorker({ name: 'pandu-deflate' });
  const { deflater, fail } = deflaterOver(worker);
  worker.onerror = (event) => fail(new Error(event.message || 'deflate worker error'));
  return { deflater, stop: () => worker.terminate() };
};
