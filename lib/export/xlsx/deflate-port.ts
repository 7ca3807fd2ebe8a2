import * as z from 'zod/mini';
import { PartDeflater, type DeflatedPart, type DeflaterFactory, type EntryDeflater } from './deflate-part';

/**
 * Deflating a workbook's parts on another thread: the writer builds a sheet's XML on its own
 * thread while a worker compresses the chunks before (CompressionStream runs on the thread that
 * writes to it, and deflating is a third of a large workbook's time). One entry at a time, over
 * a port: the chunks cross without a copy (their buffers are transferred), the deflate data and
 * the entry's CRC and sizes come back.
 */

/** What both ends hold of the other: a worker, the worker's own scope, or a MessagePort. */
export interface DeflatePort {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
}

const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes expected');

export const deflateRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('open') }),
  z.object({ type: z.literal('write'), bytes: bytesSchema }),
  z.object({ type: z.literal('close') }),
]);
export type DeflateRequest = z.infer<typeof deflateRequestSchema>;

export const deflateAnswerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('data'), bytes: bytesSchema }),
  /** A chunk was handed to the compressor: the writer may send another. */
  z.object({ type: z.literal('taken') }),
  z.object({ type: z.literal('closed'), crc: z.number(), size: z.number(), compressedSize: z.number() }),
  z.object({ type: z.literal('failed'), message: z.string() }),
]);
export type DeflateAnswer = z.infer<typeof deflateAnswerSchema>;

/** Chunks sent and not yet taken by the compressor: enough to keep it busy, few enough to keep memory flat. */
const IN_FLIGHT = 8;

/** A chunk's buffer, to transfer: its own when the chunk is all of it, else a copy (never detach what the caller still views). */
function ownBuffer(chunk: Uint8Array): ArrayBuffer {
  const whole = chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength && chunk.buffer instanceof ArrayBuffer;
  return whole ? chunk.buffer : chunk.slice().buffer;
}

/** The worker's side: compresses each entry it is sent, answering with its deflate data, then its CRC and sizes. */
export function serveDeflate(port: DeflatePort): void {
  const post = (answer: DeflateAnswer, transfer: Transferable[] = []) => port.postMessage(answer, transfer);
  let entry: PartDeflater | null = null;
  // Each request is handled once the one before it is: a close waits for every write.
  let queue = Promise.resolve();
  const handle = async (request: DeflateRequest) => {
    if (request.type === 'open') {
      if (entry) throw new Error('an entry was opened before the previous one closed');
      entry = new PartDeflater((bytes) => post({ type: 'data', bytes }));
      return;
    }
    if (!entry) throw new Error(`${request.type} with no entry open`);
    if (request.type === 'write') {
      await entry.write(request.bytes);
      post({ type: 'taken' });
      return;
    }
    const closed: DeflatedPart = await entry.close();
    entry = null;
    post({ type: 'closed', ...closed });
  };
  port.onmessage = (event) => {
    const parsed = deflateRequestSchema.safeParse(event.data);
    queue = queue
      .then(() => {
        if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
        return handle(parsed.data);
      })
      .catch((error: unknown) => {
        entry = null;
        post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
      });
  };
}

/** The writer's side: a DeflaterFactory whose entries are compressed at the port's other end; `fail` ends the entry open (the worker died). */
export function deflaterOver(port: DeflatePort): { deflater: DeflaterFactory; fail: (error: Error) => void } {
  interface Open {
    onData: (chunk: Uint8Array) => void;
    inFlight: number;
    /** The writer waiting for room (IN_FLIGHT chunks unanswered). */
    room: (() => void) | null;
    closed: { resolve: (part: DeflatedPart) => void; reject: (error: Error) => void } | null;
  }
  let open: Open | null = null;
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    const entry = open;
    open = null;
    entry?.room?.();
    entry?.closed?.reject(failure);
  };
  port.onmessage = (event) => {
    const parsed = deflateAnswerSchema.safeParse(event.data);
    if (!parsed.success) return fail(new Error('deflate worker: unexpected answer'));
    const answer = parsed.data;
    if (answer.type === 'failed') return fail(new Error(answer.message));
    const entry = open;
    if (!entry) return fail(new Error(`deflate worker: "${answer.type}" with no entry open`));
    if (answer.type === 'data') entry.onData(answer.bytes);
    else if (answer.type === 'taken') {
      entry.inFlight--;
      const room = entry.room;
      entry.room = null;
      room?.();
    } else {
      open = null;
      entry.closed?.resolve({ crc: answer.crc, size: answer.size, compressedSize: answer.compressedSize });
    }
  };
  const deflater: DeflaterFactory = (onData): EntryDeflater => {
    if (failure) throw failure;
    if (open) throw new Error('deflate worker: one entry at a time');
    const entry: Open = { onData, inFlight: 0, room: null, closed: null };
    open = entry;
    port.postMessage({ type: 'open' } satisfies DeflateRequest, []);
    return {
      async write(chunk) {
        if (!chunk.length) return;
        while (entry.inFlight >= IN_FLIGHT && !failure) await new Promise<void>((resume) => (entry.room = resume));
        if (failure) throw failure;
        entry.inFlight++;
        const buffer = ownBuffer(chunk);
        port.postMessage({ type: 'write', bytes: new Uint8Array(buffer) } satisfies DeflateRequest, [buffer]);
      },
      close() {
        if (failure) return Promise.reject(failure);
        return new Promise<DeflatedPart>((resolve, reject) => {
          entry.closed = { resolve, reject };
          port.postMessage({ type: 'close' } satisfies DeflateRequest, []);
        });
      },
    };
  };
  return { deflater, fail };
}
