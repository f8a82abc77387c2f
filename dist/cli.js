import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  formatHtml
} from "./chunks/chunk-GVJ22COO.js";
import {
  formatJson,
  formatText
} from "./chunks/chunk-N3NYDTUV.js";
import {
  UsageError,
  VERSION,
  runPipeline,
  sarifReport
} from "./chunks/chunk-LXQMUF43.js";
import "./chunks/chunk-JMY72V7N.js";
import {
  CONFIG_FILES,
  ConfigError,
  DEFAULT_MAX_FILE_BYTES,
  TreeReader,
  WorkerPool,
  insideBoundary,
  unreadableReason
} from "./chunks/chunk-E7DP2LTR.js";
import "./chunks/chunk-W6LVDYC7.js";
import {
  threadCount,
  tuneV8,
  workerScript
} from "./chunks/chunk-KZX5ILNR.js";
import {
  CR,
  UTF16BE_BOM_BYTES,
  UTF16LE_BOM_BYTES,
  UTF8_BOM_BYTES,
  decodeUtf8,
  lineAt,
  utf16Encoding
} from "./chunks/chunk-KETDNUKI.js";
import "./chunks/chunk-ABWFEKAN.js";

// src/cli.ts
import { appendFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve as resolve2 } from "node:path";
import { parseArgs } from "node:util";

// src/fix/apply.ts
import { randomBytes } from "node:crypto";
import { chmodSync, closeSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
var LINE_FEED = "\n";
var CRLF = "\r\n";
var where = (f) => `${f.line}:${f.column}`;
function planFixes(text, findings) {
  const firstLineEnd = text.indexOf(LINE_FEED);
  const crlf = firstLineEnd > 0 && text.charCodeAt(firstLineEnd - 1) === CR;
  const spans = [];
  const skipped = [];
  for (const finding of findings) {
    if (finding.fix === void 0) continue;
    const edits2 = [...finding.fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
    if (edits2.length === 0) continue;
    const valid = edits2.every((e, i) => e.start <= e.end && e.start >= 0 && e.end <= text.length && (i === 0 || edits2[i - 1].end <= e.start));
    if (!valid) {
      skipped.push({ finding, reason: "its edits overlap each other or lie outside the file" });
      continue;
    }
    const own = edits2.map((e) => ({ ...e, text: crlf ? e.text.replace(/\r?\n/g, CRLF) : e.text }));
    spans.push({ finding, edits: own, start: own[0].start, end: own.at(-1).end, key: JSON.stringify(own) });
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const made = [];
  const applied = [];
  for (const span of spans) {
    const last = made.at(-1);
    if (last !== void 0 && last.key === span.key) {
      applied.push(span.finding);
      continue;
    }
    if (last !== void 0 && (span.start < last.end || span.start === last.end && (span.start === span.end || last.start === last.end))) {
      skipped.push({ finding: span.finding, reason: `it overlaps the fix of ${last.finding.rule} at ${where(last.finding)}` });
      continue;
    }
    made.push(span);
    applied.push(span.finding);
  }
  const edits = made.flatMap((s) => s.edits);
  const parts = [];
  let at = 0;
  for (const e of edits) {
    parts.push(text.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(""), edits, applied, skipped };
}
function decodeForWriting(bytes) {
  const utf16 = utf16Encoding(bytes);
  const decoded = decodeUtf8(bytes);
  let encode;
  if (utf16 === "utf-16le") encode = (text) => Buffer.concat([UTF16LE_BOM_BYTES, Buffer.from(text, "utf16le")]);
  else if (utf16 === "utf-16be") encode = (text) => Buffer.concat([UTF16BE_BOM_BYTES, Buffer.from(text, "utf16le").swap16()]);
  else encode = (text) => decoded.hadBom ? Buffer.concat([UTF8_BOM_BYTES, Buffer.from(text, "utf8")]) : Buffer.from(text, "utf8");
  return encode(decoded.text).equals(bytes) ? { text: decoded.text, encode } : null;
}
function fixFiles(findings, options) {
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.fix === void 0) continue;
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  const reader = new TreeReader(options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, options.roots);
  const run = { files: [], refused: [] };
  for (const [file, fixable] of byFile) {
    const path = resolve(options.cwd, file);
    const refuse = (reason) => void run.refused.push({ file, reason, findings: fixable });
    let encoded;
    if (options.given !== void 0 && resolve(options.cwd, options.given.path) === path) encoded = { text: options.given.text, encode: (text) => Buffer.from(text, "utf8") };
    else {
      try {
        encoded = decodeForWriting(Buffer.from(reader.read(path)));
      } catch (error) {
        refuse(unreadableReason(error).message);
        continue;
      }
    }
    if (encoded === null) {
      refuse("its bytes are not all text in one encoding, and writing it back would change them");
      continue;
    }
    const plan = planFixes(encoded.text, fixable);
    if (plan.edits.length === 0 && plan.skipped.length === 0) continue;
    if (options.write && plan.text !== encoded.text) {
      try {
        writeAtomically(path, encoded.encode(plan.text), options.roots);
      } catch (error) {
        refuse(`cannot write it: ${error.message}`);
        continue;
      }
    }
    run.files.push({ file, before: encoded.text, ...plan });
  }
  return run;
}
function writeAtomically(path, bytes, roots) {
  const real = realpathSync.native(path);
  if (!insideBoundary(real, roots)) throw new Error("it lies outside the checked tree");
  const { mode } = statSync(real);
  const temporary = join(dirname(real), `.${basename(real)}.loclint-${process.pid}-${randomBytes(4).toString("hex")}`);
  const fd = openSync(temporary, "wx", mode & 511);
  try {
    try {
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    chmodSync(temporary, mode & 4095);
    renameSync(temporary, real);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
    }
    throw error;
  }
}
var CONTEXT = 3;
function lineStarts(text) {
  const starts = [0];
  for (let at = text.indexOf(LINE_FEED); at !== -1; at = text.indexOf(LINE_FEED, at + 1)) if (at + 1 < text.length) starts.push(at + 1);
  return starts;
}
function splitLines(text) {
  if (text === "") return { lines: [], ended: true };
  const ended = text.endsWith(LINE_FEED);
  return { lines: (ended ? text.slice(0, -1) : text).split(LINE_FEED), ended };
}
function unifiedDiff(file, before, edits) {
  const starts = lineStarts(before);
  const lastLine = starts.length - 1;
  const blocks = [];
  for (const e of edits) {
    if (e.end === e.start && e.text === "") continue;
    const first = lineAt(starts, e.start);
    const last = Math.max(first, lineAt(starts, e.end > e.start ? e.end - 1 : e.start));
    const block = blocks.at(-1);
    if (block !== void 0 && first <= block.last + 1) {
      block.last = Math.max(block.last, last);
      block.edits.push(e);
    } else blocks.push({ first, last, edits: [e] });
  }
  if (blocks.length === 0) return "";
  const lineEnd = (line) => line < lastLine ? starts[line + 1] : before.length;
  const linesOf = (first, last) => splitLines(before.slice(starts[first], lineEnd(last)));
  const hunks = [];
  for (const block of blocks) {
    const hunk = hunks.at(-1);
    if (hunk !== void 0 && block.first - hunk.at(-1).last <= 2 * CONTEXT + 1) hunk.push(block);
    else hunks.push([block]);
  }
  const out = [`--- a/${file}`, `+++ b/${file}`];
  let shift = 0;
  for (const hunk of hunks) {
    const from = Math.max(0, hunk[0].first - CONTEXT);
    const to = Math.min(lastLine, hunk.at(-1).last + CONTEXT);
    const body = [];
    let oldCount = 0;
    let newCount = 0;
    const context = (first, last) => {
      if (first > last) return;
      const { lines, ended } = linesOf(first, last);
      for (const line of lines) body.push(` ${line}`);
      if (!ended) body.push(NO_NEWLINE);
      oldCount += lines.length;
      newCount += lines.length;
    };
    context(from, hunk[0].first - 1);
    hunk.forEach((block, i) => {
      let changed = "";
      let at = starts[block.first];
      for (const e of block.edits) {
        changed += before.slice(at, e.start) + e.text;
        at = e.end;
      }
      changed += before.slice(at, lineEnd(block.last));
      const old = linesOf(block.first, block.last);
      const now = splitLines(changed);
      for (const line of old.lines) body.push(`-${line}`);
      if (!old.ended) body.push(NO_NEWLINE);
      for (const line of now.lines) body.push(`+${line}`);
      if (!now.ended) body.push(NO_NEWLINE);
      oldCount += old.lines.length;
      newCount += now.lines.length;
      context(block.last + 1, i + 1 < hunk.length ? hunk[i + 1].first - 1 : to);
    });
    out.push(`@@ -${oldCount === 0 ? from : from + 1},${oldCount} +${newCount === 0 ? from + shift : from + shift + 1},${newCount} @@`, ...body);
    shift += newCount - oldCount;
  }
  return `${out.join(LINE_FEED)}${LINE_FEED}`;
}
var NO_NEWLINE = "\\ No newline at end of file";
var plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
var findingLine = (f, what) => `  ${f.file}:${f.line}:${f.column}  ${f.rule}  ${what}`;
function fixSummary(run, written) {
  const lines = [];
  const applied = run.files.flatMap((f) => f.applied);
  const changed = run.files.filter((f) => f.text !== f.before).length;
  lines.push(`${written ? "fixed" : "would fix"} ${plural(applied.length, "finding")} in ${plural(changed, "file")}${applied.length > 0 ? ":" : ""}`);
  for (const f of applied) lines.push(findingLine(f, f.fix.description));
  const skipped = run.files.flatMap((f) => f.skipped);
  if (skipped.length > 0) {
    const later = written ? "the next pass makes one that overlaps another, on the text this one leaves" : "--fix makes one that overlaps another in a later pass";
    lines.push(`skipped ${plural(skipped.length, "fix", "fixes")} (${later}):`);
    for (const { finding, reason } of skipped) lines.push(findingLine(finding, reason));
  }
  for (const { file, reason, findings } of run.refused) lines.push(`not fixed ${file} (${plural(findings.length, "fix", "fixes")}): ${reason}`);
  return lines;
}
var MAX_FIX_PASSES = 10;
async function fixUntilSettled(findings, recheck, options, tell) {
  let current = findings;
  for (let pass = 1; pass <= MAX_FIX_PASSES; pass++) {
    const run = fixFiles(current, { ...options, write: true });
    if (pass === 1 || run.files.length > 0 || run.refused.length > 0) for (const line of fixSummary(run, true)) tell(pass === 1 ? line : `pass ${pass}: ${line}`);
    if (!run.files.some((f) => f.text !== f.before)) break;
    current = await recheck();
  }
  return current;
}
function fixDiff(run) {
  return run.files.map((f) => unifiedDiff(f.file, f.before, f.edits)).join("");
}

// src/report/code-quality.ts
import { createHash } from "node:crypto";
var SEVERITY = { error: "major", warning: "minor", info: "info" };
function formatCodeQuality(findings) {
  const seen = /* @__PURE__ */ new Map();
  const issues = findings.map((f) => {
    const key = `${f.rule}\0${f.file}\0${f.fingerprint ?? `${f.line}:${f.column}\0${f.message}`}`;
    const repeat = seen.get(key) ?? 0;
    seen.set(key, repeat + 1);
    return {
      description: f.message,
      check_name: f.rule,
      fingerprint: createHash("sha256").update(`${key}\0${repeat}`).digest("hex").slice(0, 32),
      severity: SEVERITY[f.severity],
      location: { path: f.file, positions: { begin: { line: f.line, column: f.column }, end: { line: f.endLine, column: f.endColumn } } }
    };
  });
  return JSON.stringify(issues, null, 2) + "\n";
}

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
  },
  { name: "gitlab", summary: "GitLab Code Quality, for `artifacts:reports:codequality`", needsContext: false, format: (findings) => plain(formatCodeQuality(findings)) }
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
  --fix                          make the fixes findings offer, in place (what changed goes to
                                 standard error), then report what is left
  --fix-dry-run                  print the unified diff --fix would make, and change nothing
  --shard I/N                    check only the I-th of N deterministic parts (locales together)
  --threads N                    threads to check with (default: LOCLINT_THREADS, else one per idle core)
  --stdin-filename PATH          the path standard input (\`-\`) is checked as (default: stdin.md)
  --output FILE                  write the report to FILE instead of standard output; while the run
                                 goes, FILE.partial holds the findings so far (JSON lines)
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
        fix: { type: "boolean", default: false },
        "fix-dry-run": { type: "boolean", default: false },
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
  if (values.fix && values["fix-dry-run"]) throw new UsageError("--fix and --fix-dry-run exclude each other");
  if (values.fix && positionals.includes("-")) throw new UsageError("--fix writes files: standard input has none (--fix-dry-run prints its diff)");
  if ((values.fix || values["fix-dry-run"]) && values["write-baseline"]) throw new UsageError("--write-baseline records findings that --fix would change: run them apart");
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
  const run = {
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
    context: reporter.needsContext,
    ...values["fail-on"] !== void 0 ? { failOn: values["fail-on"] } : {},
    ...values.baseline ? { baseline: values.baseline } : {},
    ...values["write-baseline"] ? { writeBaseline: values["write-baseline"] } : {},
    quiet: values.quiet
  };
  const partial = values.output === void 0 ? null : partialReport(resolve2(io.cwd, values.output));
  let result;
  try {
    result = await runPipeline(run, { workerScript: parallel.workerScript, pool: parallel.pool, progress: progress.update, ...partial ? { onBatch: partial.add } : {} });
  } finally {
    progress.clear();
  }
  if (values["write-baseline"]) io.stderr(`loclint: wrote ${result.findings.length} finding(s) to ${values["write-baseline"]}
`);
  if (values["fix-dry-run"]) {
    const { findings: findings2, failed: failed2 } = result.reported;
    const fixed = fixFiles(findings2, { cwd: io.cwd, roots: result.roots, write: false, ...stdin ? { given: stdin } : {} });
    for (const line of fixSummary(fixed, false)) io.stderr(`loclint: ${line}
`);
    io.stdout(fixDiff(fixed));
    if (values.output) writeReport(reporter, findings2, result.filesChecked, values.output, io);
    return failed2 ? 1 : 0;
  }
  if (values.fix) {
    const recheck = async () => (result = await runPipeline(run, { workerScript: parallel.workerScript })).reported.findings;
    await fixUntilSettled(result.reported.findings, recheck, { cwd: io.cwd, roots: result.roots }, (line) => io.stderr(`loclint: ${line}
`));
  }
  const { findings, stale, failed } = result.reported;
  if (stale.length > 0) {
    const list = stale.slice(0, 20).map((e) => `  ${e.file}  ${e.rule}  (${e.fingerprint})`).join("\n");
    io.stderr(`loclint: ${stale.length} baseline entr${stale.length === 1 ? "y no longer occurs" : "ies no longer occur"}; run --write-baseline to shrink ${values.baseline}:
${list}${stale.length > 20 ? "\n  \u2026" : ""}
`);
  }
  if (values.output) writeReport(reporter, findings, result.filesChecked, values.output, io);
  else printReport(reporter, findings, result.filesChecked, useColour(values.color, io.env, io.stdoutIsTTY), io);
  return failed ? 1 : 0;
}
function printReport(reporter, findings, filesChecked, colour, io) {
  const report = reporter.format(findings, { filesChecked, colour });
  for (const note of report.notes) io.stderr(`loclint: ${note}
`);
  io.stdout(report.text);
}
function writeReport(reporter, findings, filesChecked, output, io) {
  const report = reporter.format(findings, { filesChecked, colour: false });
  for (const note of report.notes) io.stderr(`loclint: ${note}
`);
  const path = resolve2(io.cwd, output);
  writing("--output", output, () => writeFileSync(path, report.text));
  rmSync(partialPath(path), { force: true });
}
var partialPath = (output) => `${output}${PARTIAL_SUFFIX}`;
var PARTIAL_SUFFIX = ".partial";
function partialReport(output) {
  const path = partialPath(output);
  try {
    writeFileSync(path, "");
  } catch {
    return null;
  }
  return {
    add(findings) {
      if (findings.length > 0) appendFileSync(path, findings.map((f) => `${JSON.stringify(f)}
`).join(""));
    }
  };
}
export {
  PROGRESS_AFTER_MS,
  progressLine,
  runCli,
  tuneV8,
  useColour
};
