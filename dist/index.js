import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  changedRange,
  runnerEvent,
  startDiff
} from "./chunks/chunk-VQCLPHUM.js";
import "./chunks/chunk-JMY72V7N.js";
import {
  tuneV8,
  workerScript
} from "./chunks/chunk-KZX5ILNR.js";
import "./chunks/chunk-ABWFEKAN.js";

// src/main.ts
import { resolve } from "node:path";
tuneV8();
var workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
var event = runnerEvent();
var range = changedRange(event);
var started = range !== null ? startDiff(workspace, range) : null;
var { runAction } = await import("./chunks/action-UBSXKOPN.js");
await runAction({ workspace, event, started, workerScript: workerScript(import.meta.url) });
