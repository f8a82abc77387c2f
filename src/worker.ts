// A worker thread's entry: loads, then waits for the run's work, takes batches of its files and posts back their findings.
import { parentPort } from 'node:worker_threads';
import { checkBatches } from './engine/check.js';
import { received, type PostedWork, type WorkerMessage } from './engine/parallel.js';

const post = (message: WorkerMessage) => parentPort!.postMessage(message);

// Each batch is posted when done, so that what a worker found outlives it and can be streamed.
parentPort!.once('message', (work: PostedWork) => {
  checkBatches(received(work), undefined, { batchDone: (batch, findings) => post([batch, findings]) });
  post(null);
});
