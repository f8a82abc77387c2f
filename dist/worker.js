import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  checkBatches,
  received
} from "./chunks/chunk-E7DP2LTR.js";
import "./chunks/chunk-W6LVDYC7.js";
import "./chunks/chunk-KZX5ILNR.js";
import "./chunks/chunk-KETDNUKI.js";
import "./chunks/chunk-ABWFEKAN.js";

// src/worker.ts
import { parentPort } from "node:worker_threads";
var post = (message) => parentPort.postMessage(message);
parentPort.once("message", (work) => {
  checkBatches(received(work), void 0, { batchDone: (batch, findings) => post([batch, findings]) });
  post(null);
});
