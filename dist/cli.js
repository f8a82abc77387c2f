import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  VERSION,
  filesOfShard,
  formatSarif,
  parseShard
} from "./chunks/chunk-UMSAPWAL.js";
import {
  CONFIG_FILE,
  ConfigError,
  LocaleLayout,
  WorkerPool,
  applyBaseline,
  collectFiles,
  countBySeverity,
  findConfig,
  lintFiles,
  meetsFailLevel,
  readBaseline,
  threadCount,
  tuneV8,
  workerScript,
  writeBaseline
} from "./chunks/chunk-O6CAHTM4.js";
import "./chunks/chunk-ABWFEKAN.js";

// src/cli.ts
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

// src/report/json.ts
function formatJson(findings, filesChecked) {
  return JSON.stringify({ version: 1, files: filesChecked, findings }, null, 2) + "\n";
}

// src/report/text.ts
var colours = { error: "\x1B[31m", warning: "\x1B[33m", info: "\x1B[36m" };
var dim = "\x1B[2m";
var reset = "\x1B[0m";
function formatText(findings, filesChecked, colour) {
  const paint = (code, s) => colour ? `${code}${s}${reset}` : s;
  const out = [];
  let file = null;
  for (const f of findings) {
    if (f.file !== file) {
      if (file !== null) out.push("");
      file = f.file;
      out.push(paint("\x1B[4m", f.file));
    }
    out.push(`${f.file}:${f.line}:${f.column}  ${paint(colours[f.severity], f.severity)}  ${paint(dim, f.rule)}  ${f.message}`);
  }
  const counts = countBySeverity(findings);
  if (out.length > 0) out.push("");
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  out.push(`${plural(filesChecked, "file")} checked: ${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${counts.info} info`);
  return out.join("\n") + "\n";
}

// src/cli.ts
var USAGE = `Usage: loclint [options] [paths\u2026]

Checks localized Markdown files (folders are searched for *.md; default: .).

Options:
  --format text|json|sarif       output format (default: text)
  --fail-on error|warning|never  exit 1 when a finding is at least this severe (default: error)
  --config FILE                  configuration file (YAML; default: ${CONFIG_FILE} when present)
  --source-locale LOCALE         locale of the source files (default: en-US)
  --locale-root DIR              a checkout of another locale, for repositories of one locale each
                                 (repeatable)
  --check-external               request every http(s) link (answers cached in .loclint-cache)
  --baseline FILE                report only findings that FILE does not hold
  --write-baseline FILE          record today's findings in FILE, to adopt loclint on old debt
  --shard I/N                    check only the I-th of N deterministic parts (locales together)
  --threads N                    threads to check with (default: LOCLINT_THREADS, else one per core)
  --output FILE                  write the report to FILE instead of standard output
  --quiet                        report errors only
  --version, --help
`;
var defaultIo = () => ({
  cwd: process.cwd(),
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
});
var UsageError = class extends Error {
};
function parse(argv) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: "string", default: "text" },
        "fail-on": { type: "string" },
        config: { type: "string" },
        "source-locale": { type: "string" },
        "locale-root": { type: "string", multiple: true, default: [] },
        "check-external": { type: "boolean", default: false },
        baseline: { type: "string" },
        "write-baseline": { type: "string" },
        shard: { type: "string" },
        threads: { type: "string" },
        output: { type: "string" },
        quiet: { type: "boolean", default: false },
        version: { type: "boolean", default: false },
        help: { type: "boolean", default: false }
      }
    });
  } catch (error) {
    throw new UsageError(error.message);
  }
}
async function runCli(argv, io = defaultIo()) {
  try {
    return await lint(argv, io);
  } catch (error) {
    if (error instanceof UsageError) io.stderr(`loclint: ${error.message}

${USAGE}`);
    else if (error instanceof ConfigError) io.stderr(`loclint: ${error.message}
`);
    else throw error;
    return 2;
  }
}
async function lint(argv, io) {
  const args = parse(argv);
  const { values } = args;
  if (values.help) return io.stdout(USAGE), 0;
  if (values.version) return io.stdout(`${VERSION}
`), 0;
  if (!["text", "json", "sarif"].includes(values.format)) throw new UsageError(`unknown format \`${values.format}\``);
  const failOnFlag = values["fail-on"];
  if (failOnFlag !== void 0 && !["error", "warning", "never"].includes(failOnFlag)) throw new UsageError("--fail-on must be error, warning or never");
  if (values.shard !== void 0 && parseShard(values.shard) === null) throw new UsageError("--shard takes I/N with 1 \u2264 I \u2264 N, e.g. 2/8");
  if (values.threads !== void 0 && !/^[1-9][0-9]*$/.test(values.threads)) throw new UsageError("--threads takes a whole number from 1");
  const threads = threadCount(values.threads);
  const script = workerScript(import.meta.url);
  const pool = script && threads > 1 ? new WorkerPool(script, threads - 1) : void 0;
  try {
    return await check(args, io, { threads, workerScript: script, pool });
  } finally {
    pool?.close();
  }
}
async function check({ values, positionals }, io, parallel) {
  const format = values.format;
  const shard = values.shard === void 0 ? null : parseShard(values.shard);
  const config = await findConfig(io.cwd, values.config);
  if (values["source-locale"]) config.sourceLocale = values["source-locale"];
  config.localeRoots.push(...values["locale-root"]);
  const failOn = values["fail-on"] ?? config.failOn;
  const collected = collectFiles(positionals.length > 0 ? positionals : ["."], io.cwd, config);
  let files = collected.files;
  if (shard) files = filesOfShard(files, shard, new LocaleLayout(config.sourceLocale, [], io.cwd), io.cwd);
  const cacheDir = process.env.RUNNER_TEMP ? join(process.env.RUNNER_TEMP, "loclint-cache") : join(io.cwd, ".loclint-cache");
  const result = await lintFiles(files, {
    cwd: io.cwd,
    config,
    checkExternalLinks: values["check-external"],
    cacheDir,
    ...parallel
  });
  let findings = [...collected.findings, ...result.findings];
  if (values["write-baseline"]) {
    writeBaseline(resolve(io.cwd, values["write-baseline"]), findings);
    io.stderr(`loclint: wrote ${findings.length} finding(s) to ${values["write-baseline"]}
`);
    findings = [];
  }
  if (values.baseline) {
    let baseline;
    try {
      baseline = readBaseline(resolve(io.cwd, values.baseline));
    } catch (error) {
      throw new ConfigError(`--baseline: ${error.message}`);
    }
    const { fresh, stale } = applyBaseline(findings, baseline);
    findings = fresh;
    if (stale.length > 0) {
      const list = stale.slice(0, 20).map((e) => `  ${e.file}  ${e.rule}  (${e.fingerprint})`).join("\n");
      io.stderr(`loclint: ${stale.length} baseline entr${stale.length === 1 ? "y no longer occurs" : "ies no longer occur"}; run --write-baseline to shrink ${values.baseline}:
${list}${stale.length > 20 ? "\n  \u2026" : ""}
`);
    }
  }
  if (values.quiet) findings = findings.filter((f) => f.severity === "error");
  const report = format === "json" ? formatJson(findings, result.filesChecked) : format === "sarif" ? formatSarif(findings, VERSION) : formatText(findings, result.filesChecked, io.colour && !values.output);
  if (values.output) writeFileSync(values.output, report);
  else io.stdout(report);
  return findings.some((f) => meetsFailLevel(f.severity, failOn)) ? 1 : 0;
}
export {
  runCli,
  tuneV8
};
