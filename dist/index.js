import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  VERSION,
  filesOfShard,
  formatSarif,
  parseShard
} from "./chunks/chunk-UMSAPWAL.js";
import {
  ConfigError,
  LocaleLayout,
  applyBaseline,
  countBySeverity,
  displayPath,
  findConfig,
  lintFiles,
  localeFromPath,
  meetsFailLevel,
  parseDocument,
  parseTarget,
  readBaseline,
  relativeFilePath,
  threadCount,
  tuneV8,
  workerScript
} from "./chunks/chunk-O6CAHTM4.js";
import {
  error,
  getInput,
  info,
  notice,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunks/chunk-C2VFAUD6.js";
import "./chunks/chunk-ABWFEKAN.js";

// src/main.ts
import { globSync, writeFileSync } from "node:fs";
import { matchesGlob, resolve as resolve2 } from "node:path";

// src/changes/git.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
async function git(cwd, args) {
  const { stdout } = await run("git", [...args], { cwd, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: "0" } });
  return stdout;
}
async function succeeds(cwd, args) {
  try {
    await git(cwd, args);
    return true;
  } catch {
    return false;
  }
}
var STATUS = { A: "added", M: "modified", T: "modified", D: "removed", R: "renamed", C: "copied" };
function parseNameStatus(output) {
  const fields = output.split("\0");
  const changes = [];
  for (let i = 0; i < fields.length - 1; ) {
    const code = fields[i++];
    const status = STATUS[code[0]];
    if (status === void 0) continue;
    if (status === "renamed" || status === "copied") {
      const previousPath = fields[i++];
      changes.push({ status, path: fields[i++], previousPath });
    } else changes.push({ status, path: fields[i++] });
  }
  return changes;
}
async function diffNameStatus(cwd, from, to) {
  return parseNameStatus(await git(cwd, ["diff", "--name-status", "-z", "-M", "--no-ext-diff", from, to, "--"]));
}
async function hasCommit(cwd, sha) {
  return succeeds(cwd, ["cat-file", "-e", `${sha}^{commit}`]);
}
async function mergeBase(cwd, a, b) {
  try {
    return (await git(cwd, ["merge-base", a, b])).trim() || null;
  } catch {
    return null;
  }
}
async function prepareRange(cwd, base, head, log) {
  const missing = [];
  for (const sha of [base, head]) if (!await hasCommit(cwd, sha)) missing.push(sha);
  if (missing.length > 0) {
    log(`Fetching ${missing.length} missing commit(s) from origin`);
    if (!await succeeds(cwd, ["fetch", "--no-tags", "--no-recurse-submodules", "--depth=50", "origin", ...missing])) return null;
  }
  let found = await mergeBase(cwd, base, head);
  const shallow = (await git(cwd, ["rev-parse", "--is-shallow-repository"]).catch(() => "false")).trim() === "true";
  for (let depth = 100; found === null && shallow && depth <= 6400; depth *= 4) {
    log(`Shallow clone: deepening by ${depth} commits to find the merge base`);
    if (!await succeeds(cwd, ["fetch", "--no-tags", "--no-recurse-submodules", `--deepen=${depth}`, "origin", base, head])) break;
    found = await mergeBase(cwd, base, head);
  }
  if (found === null && shallow && await succeeds(cwd, ["fetch", "--no-tags", "--no-recurse-submodules", "--unshallow", "origin"])) {
    found = await mergeBase(cwd, base, head);
  }
  return found;
}
function parseHunks(diff) {
  const ranges = [];
  for (const m of diff.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(m[1]);
    const count = m[2] === void 0 ? 1 : Number(m[2]);
    if (count > 0) ranges.push({ start, end: start + count - 1 });
  }
  return ranges;
}
async function changedLines(cwd, from, to, change) {
  const paths = change.previousPath ? [change.previousPath, change.path] : [change.path];
  return parseHunks(await git(cwd, ["diff", "-U0", "-M", "--no-color", "--no-ext-diff", from, to, "--", ...paths]));
}

// src/changes/changes.ts
async function changesFromGit(request) {
  const { cwd, base, head, withLines, log } = request;
  const from = await prepareRange(cwd, base, head, log);
  if (from === null) return null;
  const changes = await diffNameStatus(cwd, from, head);
  let lines = null;
  if (withLines) {
    lines = /* @__PURE__ */ new Map();
    for (const change of changes) if (change.status !== "removed") lines.set(change.path, await changedLines(cwd, from, head, change));
  }
  return { via: "git", changes, lines, notes: [] };
}
var API_FILE_LIMIT = 3e3;
function changesFromApiFiles(files) {
  const statuses = { added: "added", removed: "removed", renamed: "renamed", copied: "copied" };
  const changes = [];
  const lines = /* @__PURE__ */ new Map();
  for (const f of files) {
    if (f.status === "unchanged") continue;
    const status = statuses[f.status] ?? "modified";
    changes.push(f.previous_filename ? { status, path: f.filename, previousPath: f.previous_filename } : { status, path: f.filename });
    if (f.patch !== void 0) lines.set(f.filename, parseHunks(f.patch));
  }
  const notes = files.length >= API_FILE_LIMIT ? [`The pull-request API lists only the first ${API_FILE_LIMIT} files: files beyond them were not checked. Fetch the history (actions/checkout with fetch-depth: 0) so git can list them all.`] : [];
  return { via: "api", changes, lines, notes };
}

// src/changes/dependents.ts
import { readFileSync } from "node:fs";
import { basename, dirname, relative, resolve, sep } from "node:path";
function filesLinkingTo(removed, candidates, cwd) {
  if (removed.length === 0) return [];
  const removedAbsolute = new Set(removed.map((p) => resolve(cwd, p)));
  const names = [...new Set(removed.map((p) => basename(p)))];
  const found = [];
  for (const candidate of candidates) {
    let text;
    try {
      text = readFileSync(candidate, "utf8");
    } catch {
      continue;
    }
    if (!names.some((name) => text.includes(name) || text.includes(encodeURI(name)))) continue;
    const doc = parseDocument(relative(cwd, candidate).split(sep).join("/"), text);
    const hits = doc.links.some((link) => {
      const target = parseTarget(link.target);
      return target.kind === "relative" && removedAbsolute.has(resolve(dirname(candidate), relativeFilePath(target)));
    });
    if (hits) found.push(candidate);
  }
  return found;
}

// src/changes/event.ts
import { readFileSync as readFileSync2 } from "node:fs";
function runnerEvent(env = process.env) {
  let payload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync2(env.GITHUB_EVENT_PATH, "utf8"));
    } catch {
    }
  }
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
  return { name: env.GITHUB_EVENT_NAME ?? "", payload, sha: env.GITHUB_SHA ?? "", owner, repo, serverUrl: env.GITHUB_SERVER_URL ?? "https://github.com" };
}

// src/report/annotations.ts
function emitAnnotations(findings) {
  for (const f of findings) {
    const properties = {
      title: `loclint ${f.rule}`,
      file: f.file,
      startLine: f.line,
      endLine: f.endLine,
      // Columns are only meaningful to GitHub within one line.
      ...f.line === f.endLine ? { startColumn: f.column, endColumn: f.endColumn } : {}
    };
    if (f.severity === "error") error(f.message, properties);
    else if (f.severity === "warning") warning(f.message, properties);
    else notice(f.message, properties);
  }
}

// src/report/tables.ts
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function totalsLine(findings, filesChecked) {
  const c = countBySeverity(findings);
  return `${plural(filesChecked, "file")} checked: ${plural(c.error, "error")}, ${plural(c.warning, "warning")}, ${c.info} info`;
}
function localeRuleTable(findings) {
  if (findings.length === 0) return "";
  const locales = [...new Set(findings.map((f) => localeFromPath(f.file) ?? "\u2014"))].sort();
  const rules = [...new Set(findings.map((f) => f.rule))].sort();
  const counts = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = `${f.rule}\0${localeFromPath(f.file) ?? "\u2014"}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const rows = rules.map((rule) => `| \`${rule}\` | ${locales.map((l) => counts.get(`${rule}\0${l}`) ?? 0).join(" | ")} |`);
  return [`| rule | ${locales.join(" | ")} |`, `|---|${locales.map(() => "---:").join("|")}|`, ...rows].join("\n");
}
function boundedList(head, lines, limit, more) {
  let text = head;
  for (let i = 0; i < lines.length; i++) {
    const tail = more(lines.length - i);
    if (text.length + lines[i].length + 1 + tail.length + 1 > limit) return `${text}
${tail}`;
    text += `
${lines[i]}`;
  }
  return text;
}

// src/report/checks.ts
var ANNOTATIONS_PER_REQUEST = 50;
var SUMMARY_LIMIT = 65535 - 1024;
var levels = { error: "failure", warning: "warning", info: "notice" };
function annotation(f) {
  return {
    path: f.file,
    start_line: f.line,
    end_line: f.endLine,
    ...f.line === f.endLine ? { start_column: f.column, end_column: Math.max(f.column, f.endColumn) } : {},
    annotation_level: levels[f.severity],
    title: f.rule,
    message: f.message.slice(0, 6e4)
  };
}
function checkRunSummary(findings, filesChecked, notes) {
  const text = [totalsLine(findings, filesChecked), ...notes.map((n) => `
> ${n}`), "", localeRuleTable(findings)].join("\n");
  return text.length > SUMMARY_LIMIT ? `${text.slice(0, SUMMARY_LIMIT)}
\u2026` : text;
}
async function publishCheckRun(client, run3) {
  const { owner, repo } = run3;
  const annotations = run3.findings.map(annotation);
  const output = (batch) => ({
    title: totalsLine(run3.findings, run3.filesChecked),
    summary: checkRunSummary(run3.findings, run3.filesChecked, run3.notes),
    annotations: batch
  });
  const batches = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const { data } = await client.request("POST /repos/{owner}/{repo}/check-runs", {
    owner,
    repo,
    name: "loclint",
    head_sha: run3.headSha,
    status: "in_progress",
    output: output(batches[0] ?? [])
  });
  for (const batch of batches.slice(1)) {
    await client.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", { owner, repo, check_run_id: data.id, output: output(batch) });
  }
  await client.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
    owner,
    repo,
    check_run_id: data.id,
    status: "completed",
    conclusion: run3.failed ? "failure" : "success",
    completed_at: (/* @__PURE__ */ new Date()).toISOString(),
    output: output([])
  });
  return data.id;
}

// src/report/summary.ts
var JOB_SUMMARY_LIMIT = 1024 * 1024 - 4096;
var icons = { error: "\u274C", warning: "\u26A0\uFE0F", info: "\u2139\uFE0F" };
function jobSummary(findings, filesChecked, source, notes) {
  const head = [
    "## loclint",
    "",
    totalsLine(findings, filesChecked),
    ...notes.map((n) => `
> ${n}`),
    "",
    localeRuleTable(findings),
    "",
    findings.length > 0 ? "### Findings" : ""
  ].join("\n");
  const lines = findings.map((f) => {
    const where = `${f.file}:${f.line}:${f.column}`;
    const place = source ? `[${where}](${source.blobBase}/${f.file.split("/").map(encodeURIComponent).join("/")}#L${f.line})` : `\`${where}\``;
    return `- ${icons[f.severity]} ${place} \`${f.rule}\` ${f.message.replace(/\n/g, " ")}`;
  });
  return boundedList(head, lines, JOB_SUMMARY_LIMIT, (n) => `
\u2026and ${n} more: see the check run's annotations or the SARIF file.`) + "\n";
}

// src/main.ts
function readInputs() {
  const flag = (name, fallback) => {
    const value = getInput(name).trim().toLowerCase();
    if (value === "") return fallback;
    if (["true", "false"].includes(value)) return value === "true";
    throw new ConfigError(`input \`${name}\` must be true or false, not \`${value}\``);
  };
  const failOn = getInput("fail-on").trim();
  if (failOn !== "" && !["error", "warning", "never"].includes(failOn)) throw new ConfigError(`input \`fail-on\` must be error, warning or never, not \`${failOn}\``);
  const shardText = getInput("shard").trim();
  const shard = shardText === "" ? null : parseShard(shardText);
  if (shardText !== "" && shard === null) throw new ConfigError(`input \`shard\` must be I/N with 1 \u2264 I \u2264 N, not \`${shardText}\``);
  const paths = getInput("paths").split(/[\n,]/).map((p) => p.trim()).filter(Boolean);
  return {
    paths: paths.length > 0 ? paths : ["**/*.md"],
    config: getInput("config").trim(),
    failOn: failOn || void 0,
    token: getInput("token").trim() || process.env.GITHUB_TOKEN || "",
    checkRun: flag("check-run", true),
    summary: flag("summary", true),
    annotations: flag("annotations", true),
    sarifFile: getInput("sarif-file").trim(),
    onlyChangedLines: flag("only-changed-lines", false),
    sourceLocale: getInput("source-locale").trim() || void 0,
    checkExternalLinks: flag("check-external-links", false),
    baseline: getInput("baseline").trim(),
    shard
  };
}
async function octokitFor(token) {
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import("./chunks/github-LOTNRTSB.js"),
    import("./chunks/dist-bundle-JNEV6LFP.js"),
    import("./chunks/dist-bundle-TECB5G2Z.js")
  ]);
  return getOctokit(
    token,
    {
      throttle: {
        // Secondary and primary rate limits: wait as GitHub says, twice at most.
        onRateLimit: (_after, _options, _octokit, retryCount) => retryCount < 2,
        onSecondaryRateLimit: (_after, _options, _octokit, retryCount) => retryCount < 2
      }
    },
    retry,
    throttling
  );
}
var matchesAny = (path, globs) => globs.some((g) => matchesGlob(path, g));
async function changeSetFor(workspace, inputs, octokit, event) {
  const payload = event.payload;
  const log = (message) => info(message);
  if (payload.pull_request) {
    const base = String(payload.pull_request.base?.sha ?? "");
    const head = String(payload.pull_request.head?.sha ?? "");
    const fromGit = await changesFromGit({ cwd: workspace, base, head, withLines: inputs.onlyChangedLines, log });
    if (fromGit) return fromGit;
    if (octokit === null) return null;
    warning("git could not diff the pull request (missing history); listing its files through the API instead");
    const files = await octokit.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
      owner: event.owner,
      repo: event.repo,
      pull_number: Number(payload.pull_request.number),
      per_page: 100
    });
    return changesFromApiFiles(files.slice(0, API_FILE_LIMIT));
  }
  const before = String(payload.before ?? "");
  const after = String(payload.after ?? "");
  if (event.name === "push" && /^[0-9a-f]{40}$/.test(before) && !/^0+$/.test(before)) {
    return changesFromGit({ cwd: workspace, base: before, head: after, withLines: inputs.onlyChangedLines, log });
  }
  return null;
}
function onChangedLines(findings, changes) {
  if (changes.lines === null) return [...findings];
  return findings.filter((f) => {
    const ranges = changes.lines.get(f.file);
    return ranges === void 0 || ranges.some((r) => f.line >= r.start && f.line <= r.end);
  });
}
var LINK_RULES = /* @__PURE__ */ new Set(["relative-link-missing", "fragment-missing"]);
async function run2() {
  const workspace = resolve2(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const inputs = readInputs();
  const config = await findConfig(workspace, inputs.config);
  if (inputs.sourceLocale) config.sourceLocale = inputs.sourceLocale;
  const failOn = inputs.failOn ?? config.failOn;
  const octokit = inputs.token ? await octokitFor(inputs.token) : null;
  const notes = [];
  const selected = (path) => matchesAny(path, inputs.paths) && matchesAny(path, config.include) && !matchesAny(path, config.ignore);
  const event = runnerEvent();
  const changeSet = await changeSetFor(workspace, inputs, octokit, event);
  const everyFile = () => globSync(inputs.paths, { cwd: workspace, exclude: ["**/node_modules/**", "**/.git/**"] }).filter(selected).sort().map((p) => resolve2(workspace, p));
  let files;
  let dependents = [];
  if (changeSet === null) {
    if (event.payload.pull_request) notes.push("No diff could be made (no history and no token): every file under `paths` was checked.");
    files = everyFile();
  } else {
    notes.push(...changeSet.notes);
    files = changeSet.changes.filter((c) => c.status !== "removed" && selected(c.path)).map((c) => resolve2(workspace, c.path));
    const gone = changeSet.changes.flatMap((c) => c.status === "removed" ? [c.path] : c.status === "renamed" && c.previousPath ? [c.previousPath] : []);
    const checked = new Set(files);
    dependents = filesLinkingTo(gone, everyFile(), workspace).filter((p) => !checked.has(p));
    info(`${files.length} changed file(s) to check (via ${changeSet.via}); ${dependents.length} more link to removed files`);
  }
  if (inputs.shard) {
    const layout = new LocaleLayout(config.sourceLocale, [], workspace);
    files = filesOfShard(files, inputs.shard, layout, workspace);
    dependents = filesOfShard(dependents, inputs.shard, layout, workspace);
  }
  const result = await lintFiles([...files, ...dependents], {
    cwd: workspace,
    config,
    checkExternalLinks: inputs.checkExternalLinks,
    cacheDir: resolve2(process.env.RUNNER_TEMP ?? workspace, "loclint-cache"),
    threads: threadCount(),
    workerScript: workerScript(import.meta.url)
  });
  info(`Checked ${result.filesChecked} file(s) on ${result.threads} thread(s)`);
  const dependentFiles = new Set(dependents.map((p) => displayPath(workspace, p)));
  let findings = result.findings.filter((f) => !dependentFiles.has(f.file) || LINK_RULES.has(f.rule));
  if (inputs.onlyChangedLines && changeSet !== null) findings = onChangedLines(findings, changeSet);
  if (inputs.baseline) {
    const { fresh, stale } = applyBaseline(findings, readBaseline(resolve2(workspace, inputs.baseline)));
    findings = fresh;
    if (stale.length > 0) notes.push(`${stale.length} baseline entries no longer occur: run \`loclint --write-baseline ${inputs.baseline}\` to shrink the baseline.`);
  }
  const failed = findings.some((f) => meetsFailLevel(f.severity, failOn));
  await report({ findings, filesChecked: result.filesChecked, failed, notes }, inputs, octokit, event, workspace);
  const counts = countBySeverity(findings);
  setOutput("errors", counts.error);
  setOutput("warnings", counts.warning);
  setOutput("files-checked", result.filesChecked);
  if (failed) setFailed(`loclint: ${counts.error} error(s), ${counts.warning} warning(s) in ${result.filesChecked} file(s) (fail-on: ${failOn})`);
}
async function report({ findings, filesChecked, failed, notes }, inputs, octokit, event, workspace) {
  if (inputs.annotations) emitAnnotations(findings);
  const headSha = String(event.payload.pull_request?.head?.sha ?? event.sha);
  if (inputs.checkRun) {
    if (octokit === null) warning("No token: no check run was created. Annotations, the job summary and SARIF carry every finding.");
    else {
      try {
        await publishCheckRun(octokit, { owner: event.owner, repo: event.repo, headSha, findings, filesChecked, failed, notes });
      } catch (error2) {
        const status = error2.status;
        warning(
          `Could not publish the check run (${status ?? "error"}: ${error2.message}). Annotations, the job summary and SARIF carry every finding; the pass/fail decision is unchanged.`
        );
      }
    }
  }
  if (inputs.sarifFile) {
    const path = resolve2(workspace, inputs.sarifFile);
    writeFileSync(path, formatSarif(findings, VERSION));
    setOutput("sarif-file", path);
  }
  if (inputs.summary) {
    const blobBase = `${event.serverUrl}/${event.owner}/${event.repo}/blob/${headSha}`;
    await summary.addRaw(jobSummary(findings, filesChecked, { blobBase }, notes)).write();
  }
}
tuneV8();
run2().catch((error2) => {
  if (error2 instanceof ConfigError) setFailed(`loclint: ${error2.message}`);
  else setFailed(`loclint failed: ${error2.stack ?? String(error2)}`);
});
export {
  run2 as run
};
