// The parallel stage: a run's files cut into batches, and worker threads started ahead of the work, which is sent to them in a compact form.
import type { Worker } from 'node:worker_threads';
import type { Finding } from '../findings/finding.js';
import { compileOnOwnThread } from '../runtime.js';
import type { Placed, Work } from './check.js';

/** Below this many files per thread, a worker costs more to start than it saves. */
export const MIN_FILES_PER_THREAD = 1000;
/** Small enough that threads finish together, large enough that taking one costs nothing. */
const BATCH_FILES = 50;

/** The files cut into runs of whole articles, in article order. */
export function batchesOf(files: readonly Placed[]): Placed[][] {
  const batches: Placed[][] = [];
  for (let from = 0; from < files.length; ) {
    let to = Math.min(files.length, from + BATCH_FILES);
    while (to < files.length && files[to]!.key === files[to - 1]!.key) to++;
    batches.push(files.slice(from, to));
    from = to;
  }
  return batches;
}

/** Findings of the batches a worker checked, by batch index: none when the worker failed. */
export type WorkerResult = Map<number, Finding[]>;

/** Told of each batch a thread has checked, as soon as it is done. */
export type OnBatch = (findings: readonly Finding[]) => void;

/** What a worker posts: each batch's findings when it is done, then null. */
export type WorkerMessage = [batch: number, findings: Finding[]] | null;

interface Helper {
  worker: Worker;
  result: Promise<WorkerResult>;
  /** Where the batches the worker posts are told, once the run has one. */
  listener: { onBatch: OnBatch | null };
}

/**
 * Workers started before the run's files are known: a worker takes ~100 ms to load, which the walk
 * and the grouping of the files then hide. They wait for work without keeping the process alive;
 * those a run does not take are stopped.
 */
export class WorkerPool {
  private readonly idle: Helper[];

  constructor(script: URL, size: number) {
    if (size > 0) compileOnOwnThread();
    this.idle = Array.from({ length: size }, () => startHelper(script));
  }

  get size(): number {
    return this.idle.length;
  }

  /** Sends the work to up to `count` workers; the others are stopped. Resolves to what each found. */
  run(count: number, work: Work, onBatch: OnBatch | null = null): Promise<WorkerResult>[] {
    const taken = this.idle.splice(0, count);
    this.close();
    if (taken.length === 0) return [];
    const posted = postable(work);
    return taken.map(({ worker, result, listener }) => {
      listener.onBatch = onBatch;
      worker.ref();
      worker.postMessage(posted);
      return result.finally(() => void worker.terminate());
    });
  }

  close(): void {
    for (const { worker } of this.idle.splice(0)) void worker.terminate();
  }
}

function startHelper(script: URL): Helper {
  // node:worker_threads is loaded only by a run that starts a worker.
  const worker = new (process.getBuiltinModule('node:worker_threads').Worker)(script);
  worker.unref();
  // Listened to from the start: a worker that fails keeps the batches it posted, and the calling
  // thread checks the rest of its share.
  const found: WorkerResult = new Map();
  const listener: Helper['listener'] = { onBatch: null };
  const result = new Promise<WorkerResult>((resolve) => {
    worker.on('message', (message: WorkerMessage) => {
      if (message === null) return resolve(found);
      found.set(message[0], message[1]);
      listener.onBatch?.(message[1]);
    });
    worker.once('error', () => resolve(found));
    worker.once('exit', () => resolve(found));
  });
  return { worker, result, listener };
}

/**
 * Work as it crosses to a worker: every batch's paths and article keys as UTF-8 bytes, NUL between
 * them (no path holds one), a key written only where it changes (an empty field: a key, made from
 * a path, is never empty). Bytes are copied in one piece and held outside the worker's heap;
 * strings of the whole list were copied as two-byte strings as soon as one path held a character
 * past Latin-1, and stayed in the large-object space of both threads for the whole run (~5 MB each
 * over 14,605 files).
 */
export interface PostedWork extends Omit<Work, 'batches'> {
  files: Uint8Array;
  /** Offset just past each batch's bytes. */
  batchEnds: Int32Array;
}

function postable({ batches, ...rest }: Work): PostedWork {
  const encoder = new TextEncoder();
  let files = new Uint8Array(256 * 1024);
  let length = 0;
  const batchEnds = new Int32Array(batches.length);
  const fields: string[] = [];
  for (let b = 0; b < batches.length; b++) {
    const batch = batches.at(b)!;
    fields.length = 0;
    for (let i = 0; i < batch.length; i++) fields.push(batch[i]!.path, i > 0 && batch[i]!.key === batch[i - 1]!.key ? '' : batch[i]!.key);
    // One encoding per batch: a call per path cost more than the encoding itself.
    const text = fields.join('\0');
    // UTF-8 takes at most three bytes for each UTF-16 code unit.
    if (length + 3 * text.length > files.length) {
      const grown = new Uint8Array(Math.max(2 * files.length, length + 3 * text.length));
      grown.set(files.subarray(0, length));
      files = grown;
    }
    length += encoder.encodeInto(text, files.subarray(length)).written;
    batchEnds[b] = length;
  }
  return { ...rest, files: files.slice(0, length), batchEnds };
}

/** The work a worker was sent, its batches read from their bytes when taken. */
export function received({ files, batchEnds, ...rest }: PostedWork): Work {
  const decoder = new TextDecoder();
  const batches: Work['batches'] = {
    length: batchEnds.length,
    at(index: number) {
      const fields = decoder.decode(files.subarray(index > 0 ? batchEnds[index - 1]! : 0, batchEnds[index]!)).split('\0');
      const batch: Placed[] = [];
      for (let i = 0; i + 1 < fields.length; i += 2) batch.push({ path: fields[i]!, key: fields[i + 1] || batch[batch.length - 1]!.key });
      return batch;
    },
  };
  return { ...rest, batches };
}
