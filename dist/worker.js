import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  checkBatches,
  received
} from "./chunks/chunk-4PG5OYZE.js";
import "./chunks/chunk-VRDZ6LLX.js";
import "./chunks/chunk-KETDNUKI.js";
import "./chunks/chunk-ABWFEKAN.js";

// src/worker.ts
import { parentPort } from "node:worker_threads";
var post = (message) => parentPort.postMessage(message);
parentPort.once("message", (work) => {
  checkBatches(received(work), void 0, { batchDone: (batch, findings) => post([batch, findings]) });
  post(null);
});
