import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  UsageError,
  formatJson,
  formatText,
  lintWith
} from "./chunks/chunk-QILMP6CS.js";
import {
  VERSION,
  formatSarif,
  sarifReport
} from "./chunks/chunk-X2JFHHSV.js";
import {
  ConfigError,
  allRuleMeta,
  workerScript
} from "./chunks/chunk-5TAR44DJ.js";
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
