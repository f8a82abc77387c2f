import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  formatJson,
  formatText
} from "./chunks/chunk-LWLQ3MH4.js";
import {
  UsageError,
  VERSION,
  formatSarif,
  runPipeline,
  sarifReport
} from "./chunks/chunk-3OR2MFLK.js";
import {
  ConfigError,
  allRuleMeta
} from "./chunks/chunk-L2LRU6JA.js";
import {
  workerScript
} from "./chunks/chunk-XRNL5VYZ.js";
import "./chunks/chunk-5DFFGVBG.js";
import "./chunks/chunk-ABWFEKAN.js";

// src/api.ts
async function lint(options = {}) {
  const { findings, filesChecked, config, roots } = await runPipeline(options, { workerScript: workerScript(import.meta.url) });
  return { findings, filesChecked, config, roots };
}
export {
  ConfigError,
  UsageError,
  formatJson,
  formatSarif,
  formatText,
  lint,
  allRuleMeta as rules,
  sarifReport,
  VERSION as version
};
