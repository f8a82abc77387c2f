import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  checkBatches,
  received
} from "./chunks/chunk-AMJ4KLOJ.js";
import "./chunks/chunk-P64R6AH5.js";
import "./chunks/chunk-ABWFEKAN.js";

// src/worker.ts
import { parentPort } from "node:worker_threads";
parentPort.once("message", (work) => parentPort.postMessage(checkBatches(received(work))));
