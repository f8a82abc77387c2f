// A worker thread's entry: takes batches of the run's files and posts back their findings.
import { parentPort, workerData } from 'node:worker_threads';
import { checkBatches, type Work } from './engine.js';

parentPort!.postMessage(checkBatches(workerData as Work));
