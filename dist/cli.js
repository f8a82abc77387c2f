import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  formatHtml
} from "./chunks/chunk-LLQXTYAM.js";
import {
  UsageError,
  formatJson,
  formatText,
  lintWith
} from "./chunks/chunk-SJXJ57MY.js";
import {
  VERSION,
  sarifReport
} from "./chunks/chunk-DG4WQHCB.js";
import {
  CONFIG_FILES,
  ConfigError,
  WorkerPool,
  applyBaseline,
  meetsFailLevel,
  readBaseline,
  writeBaseline
} from "./chunks/chunk-2X64UMAH.js";
import {
  threadCount,
  tuneV8,
  workerScript
} from "./chunks/chunk-P64R6AH5.js";
import "./chunks/chunk-ABWFEKAN.js";

// src/cli.ts
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// src/report/registry.ts
var plain = (text) => ({ text, notes: [] });
var reporters = [
  {
    name: "text",
    summary: "path:line:col  severity  rule  message",
    needsContext: false,
    format: (findings, run) => plain(formatText(findings, run.filesChecked, run.colour))
  },
  {
    name: "json",
    summary: "{ version, files, findings }, every field of each finding",
    needsContext: false,
    format: (findings, run) => plain(formatJson(findings, run.filesChecked))
  },
  {
    name: "sarif",
    summary: "SARIF 2.1.0, within GitHub code scanning's limits",
    needsContext: false,
    format(findings) {
      const sarif = sarifReport(findings, VERSION);
      const notes = sarif.omitted > 0 ? [`SARIF holds ${findings.length - sarif.omitted} of ${findings.length} findings, the most severe, within GitHub code scanning's limits`] : [];
      return { text: sarif.text, notes };
    }
  },
  {
    name: "html",
    summary: "one self-contained page, each finding beside its source",
    needsContext: true,
    format: (findings, run) => plain(formatHtml({ findings, filesChecked: run.filesChecked }))
  }
];
var DEFAULT_FORMAT = "text";
function reporterNamed(name) {
  return reporters.find((r) => r.name === name);
}
var formatNames = () => reporters.map((r) => r.name).join("|");

// src/cli.ts
var USAGE = `Usage: loclint [options] [paths\u2026]

Checks localized Markdown files: files, folders (searched for *.md) and globs ('docs/**/*.md');
default: . (files .gitignore names are left out). \`-\` reads one file from standard input.

Options:
  --format ${formatNames().padEnd(21)} output format (default: ${DEFAULT_FORMAT}):
${reporters.map((r) => `${" ".repeat(33)}${r.name}: ${r.summary}`).join("\n")}
  --fail-on error|warning|never  exit 1 when a finding is at least this severe (default: error)
  --config FILE                  configuration file (YAML; default: the nearest ${CONFIG_FILES.join(" or ")}
                                 from here up to the repository root)
  --source-locale LOCALE         locale of the source files (default: en-US)
  --locale-root DIR              a checkout of another locale, for repositories of one locale each
                                 (repeatable)
  --source-repo DIR              the source locale's folder in a git checkout of the source, for
                                 source-stale (default: the checked tree's, when it is in git)
  --check-external               request every http(s) link on a public address (answers cached in
                                 .loclint-cache)
  --baseline FILE                report only findings that FILE does not hold
  --write-baseline FILE          record today's findings in FILE, to adopt loclint on old debt
  --shard I/N                    check only the I-th of N deterministic parts (locales together)
  --threads N                    threads to check with (default: LOCLINT_THREADS, else one per idle core)
  --stdin-filename PATH          the path standard input (\`-\`) is checked as (default: stdin.md)
  --output FILE                  write the report to FILE instead of standard output
  --quiet                        report errors only
  --color, --no-color            colour the text report (default: when printing to a terminal;
                                 NO_COLOR and FORCE_COLOR are honoured)
  --debug                        print the stack of an internal error
  -h, --help                     this text
  --version                      loclint's version

Exit codes: 0 nothing at the fail level, 1 findings at the fail level, 2 usage, configuration or
internal error.
`;
var HINT = "Run 'loclint --help' for usage.";
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
var defaultIo = () => ({
  cwd: process.cwd(),
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  stdin: readStdin,
  env: process.env,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY)
});
function useColour(flag, env, isTTY) {
  if (flag !== void 0) return flag;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== void 0 && env.FORCE_COLOR !== "") return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return isTTY;
}
var PROGRESS_AFTER_MS = 2e3;
var PROGRESS_EVERY_MS = 100;
var CLEAR_LINE = "\r\x1B[K";
function progressLine(io, now = Date.now) {
  const start = now();
  let shown = false;
  let last = 0;
  const enabled = io.stderrIsTTY && !io.env.CI;
  return {
    update(taken, total) {
      const t = now();
      if (!enabled || t - start < PROGRESS_AFTER_MS || t - last < PROGRESS_EVERY_MS) return;
      last = t;
      shown = true;
      io.stderr(`${CLEAR_LINE}loclint: ${taken.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} files (${Math.floor(100 * taken / total)} %)`);
    },
    clear() {
      if (shown) io.stderr(CLEAR_LINE);
    }
  };
}
function parse(argv) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      allowNegative: true,
      options: {
        format: { type: "string", default: DEFAULT_FORMAT },
        "fail-on": { type: "string" },
        config: { type: "string" },
        "source-locale": { type: "string" },
        "locale-root": { type: "string", multiple: true, default: [] },
        "source-repo": { type: "string" },
        "check-external": { type: "boolean", default: false },
        baseline: { type: "string" },
        "write-baseline": { type: "string" },
        shard: { type: "string" },
        threads: { type: "string" },
        "stdin-filename": { type: "string" },
        output: { type: "string" },
        quiet: { type: "boolean", default: false },
        color: { type: "boolean" },
        debug: { type: "boolean", default: false },
        version: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false }
      }
    });
  } catch (error) {
    throw new UsageError(error.message.replace(/\. To specify a positional argument.*$/s, ""));
  }
}
async function runCli(argv, io = defaultIo()) {
  try {
    return await lint(argv, io);
  } catch (error) {
    if (error instanceof UsageError) io.stderr(`loclint: ${error.message}
${HINT}
`);
    else if (error instanceof ConfigError) io.stderr(`loclint: ${error.message.split("\n").join("\nloclint: ")}
`);
    else if (argv.includes("--debug")) io.stderr(`loclint: internal error: ${error.stack ?? String(error)}
`);
    else io.stderr(`loclint: internal error: ${oneLine(error)} (--debug shows where)
`);
    return 2;
  }
}
var oneLine = (error) => (error instanceof Error ? error.message : String(error)).split("\n")[0];
async function lint(argv, io) {
  const args = parse(argv);
  const { values, positionals } = args;
  if (values.help) return io.stdout(USAGE), 0;
  if (values.version) return io.stdout(`${VERSION}
`), 0;
  if (!reporterNamed(values.format)) throw new UsageError(`unknown format \`${values.format}\`: ${reporters.map((r) => r.name).join(", ")}`);
  const failOnFlag = values["fail-on"];
  if (failOnFlag !== void 0 && !["error", "warning", "never"].includes(failOnFlag)) throw new UsageError("--fail-on must be error, warning or never");
  if (values.threads !== void 0 && !/^[1-9][0-9]*$/.test(values.threads)) throw new UsageError("--threads takes a whole number from 1");
  if (positionals.includes("-") && positionals.length > 1) throw new UsageError("`-` (standard input) is checked alone");
  if (values["stdin-filename"] !== void 0 && !positionals.includes("-")) throw new UsageError("--stdin-filename names standard input: give `-` as the path");
  const threads = threadCount(values.threads);
  const script = workerScript(import.meta.url);
  const pool = script && threads > 1 && !positionals.includes("-") ? new WorkerPool(script, threads - 1) : void 0;
  try {
    return await check(args, io, { threads, workerScript: script, pool });
  } finally {
    pool?.close();
  }
}
function writing(flag, path, write) {
  try {
    write();
  } catch (error) {
    throw new ConfigError(`${flag}: cannot write ${JSON.stringify(path)}: ${error.message}`);
  }
}
async function check({ values, positionals }, io, parallel) {
  const reporter = reporterNamed(values.format);
  const progress = progressLine(io);
  const stdin = positionals.includes("-") ? { path: values["stdin-filename"] ?? "stdin.md", text: await io.stdin() } : void 0;
  let result;
  try {
    result = await lintWith(
      {
        paths: positionals,
        cwd: io.cwd,
        ...values.config !== void 0 ? { config: values.config } : {},
        ...values["source-locale"] ? { sourceLocale: values["source-locale"] } : {},
        localeRoots: values["locale-root"],
        checkExternal: values["check-external"],
        ...values["source-repo"] !== void 0 ? { sourceRepository: values["source-repo"] } : {},
        ...values.shard !== void 0 ? { shard: values.shard } : {},
        threads: parallel.threads,
        ...stdin ? { text: stdin } : {},
        context: reporter.needsContext
      },
      { workerScript: parallel.workerScript, pool: parallel.pool, progress: progress.update }
    );
  } finally {
    progress.clear();
  }
  const failOn = values["fail-on"] ?? result.config.failOn;
  let findings = result.findings;
  if (values["write-baseline"]) {
    writing("--write-baseline", values["write-baseline"], () => writeBaseline(resolve(io.cwd, values["write-baseline"]), findings));
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
  const report = reporter.format(findings, { filesChecked: result.filesChecked, colour: !values.output && useColour(values.color, io.env, io.stdoutIsTTY) });
  for (const note of report.notes) io.stderr(`loclint: ${note}
`);
  if (values.output) {
    writing("--output", values.output, () => writeFileSync(resolve(io.cwd, values.output), report.text));
  } else io.stdout(report.text);
  return findings.some((f) => meetsFailLevel(f.severity, failOn)) ? 1 : 0;
}
export {
  PROGRESS_AFTER_MS,
  progressLine,
  runCli,
  tuneV8,
  useColour
};
