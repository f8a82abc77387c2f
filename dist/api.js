import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  UsageError,
  formatJson,
  formatText,
  lintWith
} from "./chunks/chunk-4UGORMRN.js";
import {
  VERSION,
  formatSarif,
  sarifReport
} from "./chunks/chunk-AC7MNSDW.js";
import {
  ConfigError,
  allRuleMeta
} from "./chunks/chunk-VZT4JPQV.js";
import {
  workerScript
} from "./chunks/chunk-Q7EUN6N2.js";
import "./chunks/chunk-H3IQPCGN.js";
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
