import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  formatJson,
  formatText
} from "./chunks/chunk-QHA3IN4T.js";
import {
  UsageError,
  VERSION,
  formatSarif,
  runPipeline,
  sarifReport
} from "./chunks/chunk-5OCEDT6Y.js";
import {
  ConfigError,
  allRuleMeta
} from "./chunks/chunk-ZP2X3CUT.js";
import {
  workerScript
} from "./chunks/chunk-XRNL5VYZ.js";
import "./chunks/chunk-SQDMJWFI.js";
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
