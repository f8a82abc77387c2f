// A worker thread's entry: loads, then waits for the run's work, takes batches of its files and posts back their findings.
import { parentPort } from 'node:worker_threads';
import { checkBatches } from './engine.js';
import { received, type PostedWork } from './workers.js';

parentPort!.once('message', (work: PostedWork) => parentPort!.postMessage(checkBatches(received(work))));
