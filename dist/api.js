import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  UsageError,
  formatJson,
  formatText,
  lintWith
} from "./chunks/chunk-DFOCX23F.js";
import {
  VERSION,
  formatSarif,
  sarifReport
} from "./chunks/chunk-SASFPSFR.js";
import {
  ConfigError,
  allRuleMeta,
  workerScript
} from "./chunks/chunk-OYLCFRBO.js";
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
