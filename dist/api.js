import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  UsageError,
  formatJson,
  formatText,
  lintWith
} from "./chunks/chunk-OXNXMHPK.js";
import {
  VERSION,
  formatSarif,
  sarifReport
} from "./chunks/chunk-6IMKGG7L.js";
import {
  ConfigError,
  allRuleMeta
} from "./chunks/chunk-VI2LFFGK.js";
import {
  workerScript
} from "./chunks/chunk-P64R6AH5.js";
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
