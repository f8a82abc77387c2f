import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  formatJson,
  formatText
} from "./chunks/chunk-PKAIAIRI.js";
import {
  UsageError,
  VERSION,
  formatSarif,
  runPipeline,
  sarifReport
} from "./chunks/chunk-VZFL7SRG.js";
import {
  ConfigError,
  allRuleMeta
} from "./chunks/chunk-QIZDNOBC.js";
import {
  workerScript
} from "./chunks/chunk-RBAO2FZA.js";
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
