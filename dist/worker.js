import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  checkBatches
} from "./chunks/chunk-U4UCQ7VD.js";
import "./chunks/chunk-ABWFEKAN.js";

// src/worker.ts
import { parentPort, workerData } from "node:worker_threads";
parentPort.postMessage(checkBatches(workerData));
