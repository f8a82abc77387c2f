import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  formatJson,
  formatText
} from "./chunks/chunk-P63HF6M6.js";
import {
  UsageError,
  VERSION,
  formatSarif,
  runPipeline,
  sarifReport
} from "./chunks/chunk-A5POADBL.js";
import {
  ConfigError,
  allRuleMeta
} from "./chunks/chunk-VWNTK4O5.js";
import {
  workerScript
} from "./chunks/chunk-VRDZ6LLX.js";
import "./chunks/chunk-776UNRP3.js";
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
