import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  UsageError,
  formatJson,
  formatText,
  lintWith
} from "./chunks/chunk-3YA36UUF.js";
import {
  VERSION,
  formatSarif,
  sarifReport
} from "./chunks/chunk-PPLWTGOB.js";
import {
  ConfigError,
  allRuleMeta
} from "./chunks/chunk-7352Z2EV.js";
import {
  workerScript
} from "./chunks/chunk-Q7EUN6N2.js";
import "./chunks/chunk-5DFFGVBG.js";
import "./chunks/chunk-ABWFEKAN.js";

// src/api.ts
function lint(options = {}) {
  return lintWith(options, { workerScript: workerScript(import.meta.url) });
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
