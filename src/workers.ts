// Worker threads for a run: started ahead of the work, and the work sent to them in a compact form.
import { Worker } from 'node:worker_threads';
import type { Work } from './engine.js';
import type { Finding } from './findings/finding.js';
import { compileOnOwnThread } from './runtime.js';

/** Findings of the batches a worker checked, by batch index: none when the worker failed. */
export type WorkerResult = Map<number, Finding[]>;

interface Helper {
  worker: Worker;
  result: Promise<WorkerResult>;
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
  run(count: number, work: Work): Promise<WorkerResult>[] {
    const taken = this.idle.splice(0, count);
    this.close();
    if (taken.length === 0) return [];
    const posted = postable(work);
    return taken.map(({ worker, result }) => {
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
  const worker = new Worker(script);
  worker.unref();
  // Listened to from the start: a worker that fails while it loads gives no findings, and its share
  // is checked by the calling thread.
  const result = new Promise<WorkerResult>((resolve) => {
    worker.once('message', resolve);
    worker.once('error', () => resolve(new Map()));
    worker.once('exit', () => resolve(new Map()));
  });
  return { worker, result };
}

/**
 * Work as it crosses to a worker: the batches' paths and keys joined into two strings (no path holds
 * a NUL), which are copied in one piece, where thousands of small objects are copied one by one.
 */
export interface PostedWork extends Omit<Work, 'batches'> {
  paths: string;
  keys: string;
  /** Index just past each batch's last file. */
  batchEnds: Int32Array;
}

function postable({ batches, ...rest }: Work): PostedWork {
  const paths: string[] = [];
  const keys: string[] = [];
  const batchEnds = new Int32Array(batches.length);
  for (let b = 0; b < batches.length; b++) {
    const batch = batches[b]!;
    for (let i = 0; i < batch.length; i++) {
      paths.push(batch[i]!.path);
      keys.push(batch[i]!.key);
    }
    batchEnds[b] = paths.length;
  }
  return { ...rest, paths: paths.join('\0'), keys: keys.join('\0'), batchEnds };
}

/** The work a worker was sent, as the calling thread had it. */
export function received({ paths, keys, batchEnds, ...rest }: PostedWork): Work {
  const pathList = paths.split('\0');
  const keyList = keys.split('\0');
  const batches: Work['batches'] = [];
  for (let b = 0, from = 0; b < batchEnds.length; from = batchEnds[b++]!) {
    const batch = [];
    for (let i = from; i < batchEnds[b]!; i++) batch.push({ path: pathList[i]!, key: keyList[i]! });
    batches.push(batch);
  }
  return { ...rest, batches };
}
