import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  UsageError,
  formatJson,
  formatText,
  lintWith
} from "./chunks/chunk-YIGCETV7.js";
import {
  VERSION,
  formatSarif,
  sarifReport
} from "./chunks/chunk-HPAE45BI.js";
import {
  ConfigError,
  allRuleMeta,
  workerScript
} from "./chunks/chunk-EIR4ZURN.js";
import "./chunks/chunk-OIYQSI7Y.js";
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
