import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  formatJson,
  formatText
} from "./chunks/chunk-N3NYDTUV.js";
import {
  UsageError,
  VERSION,
  formatSarif,
  runPipeline,
  sarifReport
} from "./chunks/chunk-LXQMUF43.js";
import "./chunks/chunk-JMY72V7N.js";
import {
  ConfigError,
  allRuleMeta
} from "./chunks/chunk-E7DP2LTR.js";
import "./chunks/chunk-W6LVDYC7.js";
import {
  workerScript
} from "./chunks/chunk-KZX5ILNR.js";
import "./chunks/chunk-KETDNUKI.js";
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
