import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  filesOfShard,
  parseShard
} from "./chunk-PPLWTGOB.js";
import {
  EXTERNAL_CACHE_DIR,
  GitIgnore,
  LocaleLayout,
  boundaryOf,
  collectFiles,
  countBySeverity,
  findConfig,
  lintFiles,
  repositoryRoot
} from "./chunk-7352Z2EV.js";
import {
  threadCount
} from "./chunk-Q7EUN6N2.js";

// src/lint.ts
import { join, resolve } from "node:path";
var UsageError = class extends Error {
};
async function lintWith(options, setup) {
  const cwd = resolve(options.cwd ?? process.cwd());
  const shard = options.shard === void 0 ? null : parseShard(options.shard);
  if (options.shard !== void 0 && shard === null) throw new UsageError("--shard takes I/N with 1 \u2264 I \u2264 N, e.g. 2/8");
  const config = await findConfig(cwd, options.config);
  if (options.sourceLocale) config.sourceLocale = options.sourceLocale;
  config.localeRoots.push(...options.localeRoots ?? []);
  const paths = options.paths?.length ? options.paths : ["."];
  const roots = boundaryOf(cwd, [...paths, ...options.localeRoots ?? []]);
  let files;
  let findings = [];
  let given;
  if (options.text) {
    given = { path: resolve(cwd, options.text.path), text: options.text.text };
    files = [given.path];
  } else {
    const root = repositoryRoot(cwd);
    const collected = collectFiles(paths, cwd, { ...config, gitignore: root !== null ? new GitIgnore(root) : null, roots });
    if (collected.unmatched.length > 0) throw new UsageError(`no such file or folder, and no file matches: ${collected.unmatched.map((p) => JSON.stringify(p)).join(", ")}`);
    files = collected.files;
    findings = collected.findings;
  }
  if (shard) files = filesOfShard(files, shard, new LocaleLayout(config.sourceLocale, [], cwd), cwd);
  const result = await lintFiles(files, {
    cwd,
    config,
    checkExternalLinks: options.checkExternal ?? false,
    ...options.sourceRepository !== void 0 ? { sourceRepository: options.sourceRepository } : {},
    cacheDir: options.cacheDir ?? join(cwd, EXTERNAL_CACHE_DIR),
    context: options.context ?? false,
    threads: options.threads ?? threadCount(),
    roots,
    discovered: findings,
    ...given ? { given } : {},
    ...setup
  });
  return { findings: result.findings, filesChecked: result.filesChecked, config, roots };
}

// src/report/json.ts
function formatJson(findings, filesChecked) {
  return JSON.stringify({ version: 1, files: filesChecked, findings }, null, 2) + "\n";
}

// src/report/text.ts
var colours = { error: "\x1B[31m", warning: "\x1B[33m", info: "\x1B[36m" };
var dim = "\x1B[2m";
var reset = "\x1B[0m";
var UNPRINTABLE = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var NAMED_ESCAPES = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
var HEX = 16;
var CODE_UNIT_DIGITS = 4;
function printable(text) {
  return text.replace(UNPRINTABLE, (c) => NAMED_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(HEX).padStart(CODE_UNIT_DIGITS, "0")}`);
}
function formatText(findings, filesChecked, colour) {
  const paint = (code, s) => colour ? `${code}${s}${reset}` : s;
  const out = [];
  let file = null;
  for (const f of findings) {
    if (f.file !== file) {
      if (file !== null) out.push("");
      file = f.file;
      out.push(paint("\x1B[4m", printable(f.file)));
    }
    out.push(`${printable(f.file)}:${f.line}:${f.column}  ${paint(colours[f.severity], f.severity)}  ${paint(dim, f.rule)}  ${printable(f.message)}`);
  }
  const counts = countBySeverity(findings);
  if (out.length > 0) out.push("");
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  out.push(`${plural(filesChecked, "file")} checked: ${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${counts.info} info`);
  return out.join("\n") + "\n";
}

export {
  UsageError,
  lintWith,
  formatJson,
  formatText
};
