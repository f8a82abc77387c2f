import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  API_FILE_LIMIT,
  changedRange,
  changesFromApiFiles,
  changesFromGit,
  isCommitSha
} from "./chunk-VQCLPHUM.js";
import {
  SEVERITIES,
  formatHtml,
  htmlText,
  localeOfFinding,
  localeRuleTable,
  markdownText,
  plural,
  totalsLine,
  urlPath
} from "./chunk-GVJ22COO.js";
import {
  VERSION,
  formatSarif,
  parseShard,
  ruleDocUrl,
  runPipeline
} from "./chunk-LXQMUF43.js";
import "./chunk-JMY72V7N.js";
import {
  ConfigError,
  DEFAULT_MAX_FILE_BYTES,
  TreeReader,
  boundaryOf,
  countBySeverity
} from "./chunk-E7DP2LTR.js";
import {
  error,
  getInput,
  info,
  notice,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunk-EJ3KF5TO.js";
import "./chunk-W6LVDYC7.js";
import "./chunk-KZX5ILNR.js";
import {
  decodeUtf8
} from "./chunk-KETDNUKI.js";
import "./chunk-ABWFEKAN.js";

// src/action.ts
import { resolve as resolve2 } from "node:path";

// src/report/http-fetch.ts
import { createRequire } from "node:module";
var requireBuiltin = createRequire(import.meta.url);
var MAX_REDIRECTS = 5;
var SEE_OTHER = 303;
function headerList(raw) {
  return Object.entries(raw).flatMap(([name, value]) => value === void 0 ? [] : [[name, Array.isArray(value) ? value.join(", ") : value]]);
}
function clientFor(target) {
  return requireBuiltin(target.protocol === "https:" ? "node:https" : "node:http");
}
function loadClientFor(url) {
  if (URL.canParse(url)) clientFor(new URL(url));
}
async function httpFetch(url, init = {}, redirects = 0) {
  const target = new URL(url);
  const { request } = clientFor(target);
  const answer = await new Promise((resolve3, reject) => {
    const fail = (error2) => reject(init.signal?.aborted ? init.signal.reason : error2);
    const req = request(target, { method: init.method ?? "GET", headers: init.headers ?? {}, ...init.signal ? { signal: init.signal } : {} }, (res) => {
      const chunks = [];
      res.on("data", (chunk) => chunks.push(chunk));
      res.on("end", () => resolve3({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? "", headers: headerList(res.headers), bytes: Buffer.concat(chunks) }));
      res.on("error", fail);
    });
    req.on("error", fail);
    req.end(init.body ?? void 0);
  });
  const location = answer.headers.find(([name]) => name === "location")?.[1];
  if (location !== void 0 && answer.status >= 300 && answer.status < 400 && init.redirect !== "manual" && redirects < MAX_REDIRECTS) {
    const next = new URL(location, target);
    const seeOther = answer.status === SEE_OTHER;
    const headers2 = next.origin === target.origin ? init.headers : Object.fromEntries(Object.entries(init.headers ?? {}).filter(([name]) => name.toLowerCase() !== "authorization"));
    return httpFetch(next, { ...init, ...headers2 ? { headers: headers2 } : {}, ...seeOther ? { method: "GET", body: null } : {} }, redirects + 1);
  }
  const headers = new Map(answer.headers);
  return {
    status: answer.status,
    statusText: answer.statusText,
    url: target.href,
    headers: { get: (name) => headers.get(name.toLowerCase()) ?? null, [Symbol.iterator]: () => headers.entries() },
    text: async () => answer.bytes.toString("utf8"),
    arrayBuffer: async () => answer.bytes.buffer.slice(answer.bytes.byteOffset, answer.bytes.byteOffset + answer.bytes.byteLength),
    body: null
  };
}

// src/publish/github-client.ts
var API_TIMEOUT_MS = 3e4;
var MAX_RATE_LIMIT_WAIT_S = 60;
var API_RETRIES = 2;
function apiTimeout(setting = process.env.LOCLINT_API_TIMEOUT_MS) {
  const ms = Number(setting);
  return setting !== void 0 && Number.isInteger(ms) && ms > 0 ? ms : API_TIMEOUT_MS;
}
var PROXY_VARIABLES = ["https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"];
function userAgent(orchestrationId = process.env.ACTIONS_ORCHESTRATION_ID?.trim()) {
  return orchestrationId ? `actions_orchestration_id/${orchestrationId.replace(/[^a-z0-9_.-]/gi, "_")}` : void 0;
}
async function octokitFor(token) {
  const proxied = PROXY_VARIABLES.some((name) => process.env[name]);
  const [{ Octokit }, { paginateRest }, { retry }, { throttling }, baseFetch] = await Promise.all([
    import("./dist-src-IO4PJVGX.js"),
    import("./dist-bundle-57RPOQQ4.js"),
    import("./dist-bundle-EZH5ANKE.js"),
    import("./dist-bundle-ULXXXPZV.js"),
    proxied ? import("./utils-A2FSMWOV.js").then(({ defaults }) => defaults.request.fetch) : httpFetch
  ]);
  const timeoutMs = apiTimeout();
  const timedFetch = (url, init = {}) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    return baseFetch(url, { ...init, signal: init.signal ? AbortSignal.any([init.signal, deadline]) : deadline });
  };
  let refused = null;
  const onLimit = (after, _options, _octokit, retryCount) => {
    if (after <= MAX_RATE_LIMIT_WAIT_S) return retryCount < 2;
    refused = after;
    return false;
  };
  const agent = userAgent();
  const baseUrl = process.env.GITHUB_API_URL || "https://api.github.com";
  if (!proxied) loadClientFor(baseUrl);
  const octokit = new (Octokit.plugin(paginateRest, retry, throttling))({
    auth: token,
    baseUrl,
    ...agent ? { userAgent: agent } : {},
    request: { fetch: timedFetch },
    throttle: { onRateLimit: onLimit, onSecondaryRateLimit: onLimit },
    // Rate limits (403, 429) are the throttling plugin's to handle, not retried blindly.
    retry: { retries: API_RETRIES, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] }
  });
  return { octokit, refusedWait: () => refused };
}

// src/publish/publish.ts
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";

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
var requestProblem = (error2) => `${error2.status ?? "error"}: ${error2.message}`;
async function publishCheckRun(client, run2) {
  const { owner, repo } = run2;
  const annotations2 = run2.findings.map(annotation);
  const output = (batch, notes2) => ({
    title: totalsLine(run2.findings, run2.filesChecked),
    summary: checkRunSummary(run2.findings, run2.filesChecked, notes2),
    annotations: batch
  });
  const batches = [];
  for (let i = 0; i < annotations2.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations2.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const completed = () => ({ status: "completed", conclusion: run2.failed ? "failure" : "success", completed_at: (/* @__PURE__ */ new Date()).toISOString() });
  const complete = batches.length <= 1;
  const { data } = await client.request("POST /repos/{owner}/{repo}/check-runs", {
    owner,
    repo,
    name: "loclint",
    head_sha: run2.headSha,
    ...complete ? completed() : { status: "in_progress" },
    output: output(batches[0] ?? [], run2.notes)
  });
  const id = data?.id;
  if (typeof id !== "number" || !Number.isSafeInteger(id) || id <= 0) {
    throw new Error("GitHub answered the check run's creation without a check run id (the body is not the JSON the Checks API sends)");
  }
  if (complete) return { id, annotationsNotSent: 0, problem: null };
  let annotationsNotSent = 0;
  let problem = null;
  for (const batch of batches.slice(1)) {
    if (problem === null) {
      try {
        await client.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", { owner, repo, check_run_id: id, output: output(batch, run2.notes) });
        continue;
      } catch (error2) {
        problem = requestProblem(error2);
      }
    }
    annotationsNotSent += batch.length;
  }
  const notes = annotationsNotSent > 0 ? [...run2.notes, annotationsNotSentNote(annotationsNotSent, annotations2.length)] : run2.notes;
  await client.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
    owner,
    repo,
    check_run_id: id,
    ...completed(),
    output: output([], notes)
  });
  return { id, annotationsNotSent, problem };
}
function annotationsNotSentNote(notSent, total2) {
  return `${notSent} of ${total2} annotations could not be sent to the check run: the job summary, the workflow annotations and SARIF carry every finding.`;
}

// src/report/review.ts
var REVIEW_MARKER = "<!-- loclint-review -->";
var LF = "\n";
var CR = "\r";
var BACKTICK = "`";
var MIN_FENCE = 3;
function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf(LF); i !== -1; i = text.indexOf(LF, i + 1)) starts.push(i + 1);
  return starts;
}
function lineOf(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}
function longestRun(text, char) {
  let longest = 0;
  let run2 = 0;
  for (const c of text) {
    run2 = c === char ? run2 + 1 : 0;
    if (run2 > longest) longest = run2;
  }
  return longest;
}
function suggestionLines(text, fix, hadBom) {
  if (fix.edits.length === 0) return null;
  const edits = [...fix.edits].sort((a, b) => a.start - b.start);
  for (let i = 1; i < edits.length; i++) if (edits[i].start < edits[i - 1].end) return null;
  const starts = lineStarts(text);
  const startLine = lineOf(starts, edits[0].start);
  const endLine = lineOf(starts, edits.reduce((end, e) => Math.max(end, e.end), 0));
  if (hadBom && startLine === 1) return null;
  const from = starts[startLine - 1];
  const lineEnd = endLine < starts.length ? starts[endLine] - 1 : text.length;
  let replaced = "";
  let at = from;
  for (const edit of edits) {
    replaced += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  replaced += text.slice(Math.min(at, lineEnd), lineEnd);
  const lines = replaced.split(LF).map((line) => line.endsWith(CR) ? line.slice(0, -1) : line);
  if (lines.some((line) => line.includes(CR))) return null;
  return { startLine, endLine, lines: lines.join(LF) };
}
function commentBody(finding, lines) {
  const fence = BACKTICK.repeat(Math.max(MIN_FENCE, longestRun(lines, BACKTICK) + 1));
  return `**loclint** \`${finding.rule}\`: ${markdownText(finding.message)}

${markdownText(finding.fix.description)}:

${fence}suggestion
${lines}
${fence}
`;
}
var within = (ranges, start, end) => ranges?.some((r) => start >= r.start && end <= r.end) ?? false;
function planSuggestions(findings, changed, texts, limit) {
  const plan = { suggestions: [], left: 0, outside: 0 };
  const taken = /* @__PURE__ */ new Set();
  for (const finding of findings) {
    if (finding.fix === void 0) continue;
    const read = changed.has(finding.file) ? texts(finding.file) : null;
    const lines = read === null ? null : suggestionLines(read.text, finding.fix, read.hadBom);
    if (lines === null) {
      if (changed.has(finding.file)) plan.left++;
      else plan.outside++;
      continue;
    }
    if (!within(changed.get(finding.file), lines.startLine, lines.endLine)) {
      plan.outside++;
      continue;
    }
    const key = `${finding.file}\0${lines.startLine}\0${lines.endLine}`;
    if (taken.has(key) || plan.suggestions.length >= limit) {
      plan.left++;
      continue;
    }
    taken.add(key);
    plan.suggestions.push({ path: finding.file, startLine: lines.startLine, endLine: lines.endLine, body: commentBody(finding, lines.lines) });
  }
  return plan;
}
var keyOf = (path, startLine, endLine, body) => `${path}\0${startLine}\0${endLine}\0${body}`;
function reviewBody(request, shown) {
  const { plan, limit } = request;
  const parts = [`${REVIEW_MARKER}
**loclint** suggests ${shown} fix${shown === 1 ? "" : "es"} on lines this pull request changed.`];
  if (plan.left > 0) parts.push(`${plan.left} more fixable finding${plan.left === 1 ? "" : "s"} on changed lines ${plan.left === 1 ? "is" : "are"} not suggested here (at most ${limit} suggestions, one per line range).`);
  if (plan.outside > 0) parts.push(`${plan.outside} fixable finding${plan.outside === 1 ? "" : "s"} outside the changed lines ${plan.outside === 1 ? "stays an annotation" : "stay annotations"}.`);
  parts.push("Every finding is in the check run and the workflow annotations.");
  return parts.join(" ");
}
async function publishReview(client, request) {
  const { owner, repo, pullNumber, plan } = request;
  const pull = { owner, repo, pull_number: pullNumber };
  const reviews = (await client.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", { ...pull, per_page: 100 })).filter(
    (r) => r.user?.type === "Bot" && (r.body ?? "").includes(REVIEW_MARKER)
  );
  const ours = new Set(reviews.map((r) => r.id));
  const comments = ours.size === 0 ? [] : await client.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/comments", { ...pull, per_page: 100 });
  const repliedTo = new Set(comments.flatMap((c) => c.in_reply_to_id === void 0 ? [] : [c.in_reply_to_id]));
  const wanted = new Map(plan.suggestions.map((s) => [keyOf(s.path, s.startLine, s.endLine, s.body), s]));
  let kept = 0;
  let removed = 0;
  for (const comment of comments) {
    if (comment.pull_request_review_id === null || !ours.has(comment.pull_request_review_id) || comment.in_reply_to_id !== void 0) continue;
    const key = comment.line === null ? null : keyOf(comment.path, comment.start_line ?? comment.line, comment.line, comment.body);
    if (key !== null && wanted.delete(key)) kept++;
    else if (comment.line !== null && !repliedTo.has(comment.id)) {
      await client.request("DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}", { owner, repo, comment_id: comment.id });
      removed++;
    }
  }
  const body = reviewBody(request, plan.suggestions.length);
  if (wanted.size > 0) {
    const posted = [...wanted.values()].map((s) => ({
      path: s.path,
      body: s.body,
      line: s.endLine,
      side: "RIGHT",
      ...s.startLine < s.endLine ? { start_line: s.startLine, start_side: "RIGHT" } : {}
    }));
    await client.request("POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews", { ...pull, commit_id: request.headSha, event: "COMMENT", body, comments: posted });
    return { action: "created", posted: posted.length, kept, removed };
  }
  const latest = reviews.at(-1);
  if (latest === void 0) return { action: "none", posted: 0, kept, removed };
  if (latest.body !== body) await client.request("PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}", { ...pull, review_id: latest.id, body });
  return { action: "updated", posted: 0, kept, removed };
}

// src/report/summary.ts
var SUMMARY_LIMIT_BYTES = 1024 * 1024;
var CLOSING_MARGIN_BYTES = 1024;
var CHART_LOCALES = 20;
var icons = { error: "\u274C", warning: "\u26A0\uFE0F", info: "\u2139\uFE0F" };
function jobSummary(input) {
  const { findings } = input;
  const head = [`## loclint`, "", `**${totalsLine(findings, input.filesChecked)}**`];
  for (const note of input.notes) head.push("", `> ${note}`);
  if (input.unsentAnnotations !== void 0 && input.unsentAnnotations > 0) {
    head.push("", `> \u26A0\uFE0F ${plural(input.unsentAnnotations, "annotation")} could not be sent to the check run: the findings below and the SARIF file carry them.`);
  }
  if (findings.length > 0) {
    const locales = perLocale(findings);
    head.push("", ...localeTable(findings, locales), "", ...localeChart(locales), "", ...ruleTable(findings), "", "### Findings by file");
  }
  const out = new BoundedText(head.join("\n") + "\n", SUMMARY_LIMIT_BYTES - CLOSING_MARGIN_BYTES);
  const files2 = byFile(findings);
  let shownFindings = 0;
  let filesCut = 0;
  for (const [file, found] of files2) {
    const counts = countBySeverity(found);
    const tally = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${icons[s]} ${counts[s]}`).join(" ");
    const header = `
<details><summary><code>${htmlText(file)}</code> ${tally}</summary>

`;
    let shown = 0;
    if (out.add(header + findingLine(found[0], input.source), DETAILS_END)) {
      shown = 1;
      while (shown < found.length && out.add(findingLine(found[shown], input.source), DETAILS_END)) shown++;
      out.append(DETAILS_END);
    }
    shownFindings += shown;
    if (shown < found.length) filesCut++;
  }
  let text = out.text;
  if (shownFindings < findings.length) {
    text += `
> ${plural(findings.length - shownFindings, "finding")} in ${plural(filesCut, "file")} left out to keep this summary under GitHub's 1 MiB: the check run's annotations and the SARIF file carry every finding.
`;
  }
  return text;
}
var DETAILS_END = "\n</details>\n";
function byFile(findings) {
  const files2 = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const list = files2.get(f.file);
    if (list === void 0) files2.set(f.file, [f]);
    else list.push(f);
  }
  return files2;
}
function findingLine(f, source) {
  const where = `${f.line}:${f.column}`;
  const lines = f.endLine > f.line ? `#L${f.line}-L${f.endLine}` : `#L${f.line}`;
  const place = source ? `[${where}](${source.blobBase}/${urlPath(f.file)}${lines})` : where;
  return `- ${icons[f.severity]} ${place} [\`${f.rule}\`][${f.rule}] ${markdownText(f.message)}
`;
}
function perLocale(findings) {
  const locales = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const locale = localeOfFinding(f);
    let entry = locales.get(locale);
    if (entry === void 0) locales.set(locale, entry = { files: /* @__PURE__ */ new Set(), counts: { error: 0, warning: 0, info: 0 } });
    entry.files.add(f.file);
    entry.counts[f.severity]++;
  }
  return new Map([...locales].sort(([a], [b]) => a < b ? -1 : 1));
}
var total = (c) => c.error + c.warning + c.info;
function localeTable(findings, locales) {
  const rows = ["| locale | files with findings | \u274C errors | \u26A0\uFE0F warnings | \u2139\uFE0F info | total |", "|---|---:|---:|---:|---:|---:|"];
  for (const [locale, { files: files3, counts }] of locales) {
    rows.push(`| ${markdownText(locale)} | ${files3.size} | ${counts.error} | ${counts.warning} | ${counts.info} | ${total(counts)} |`);
  }
  const all = countBySeverity(findings);
  const files2 = new Set(findings.map((f) => f.file)).size;
  rows.push(`| **total** | **${files2}** | **${all.error}** | **${all.warning}** | **${all.info}** | **${total(all)}** |`);
  return rows;
}
function localeChart(locales) {
  const bars = [...locales].map(([locale, { counts }]) => ({ locale, count: total(counts) }));
  if (bars.length > CHART_LOCALES) {
    bars.sort((a, b) => b.count - a.count);
    const rest = bars.splice(CHART_LOCALES - 1);
    bars.push({ locale: `${rest.length} more`, count: rest.reduce((sum, b) => sum + b.count, 0) });
  }
  const label = (s) => `"${s.replace(/[^\p{L}\p{N} ()_.-]/gu, "_")}"`;
  return [
    "```mermaid",
    "xychart-beta",
    '  title "Findings per locale"',
    `  x-axis [${bars.map((b) => label(b.locale)).join(", ")}]`,
    '  y-axis "findings"',
    `  bar [${bars.map((b) => b.count).join(", ")}]`,
    "```"
  ];
}
function ruleTable(findings) {
  const rules = /* @__PURE__ */ new Map();
  for (const f of findings) {
    let counts = rules.get(f.rule);
    if (counts === void 0) rules.set(f.rule, counts = { error: 0, warning: 0, info: 0 });
    counts[f.severity]++;
  }
  const rows = ["| rule | \u274C errors | \u26A0\uFE0F warnings | \u2139\uFE0F info |", "|---|---:|---:|---:|"];
  for (const [rule, counts] of [...rules].sort(([a], [b]) => a < b ? -1 : 1)) {
    rows.push(`| [\`${rule}\`][${rule}] | ${counts.error} | ${counts.warning} | ${counts.info} |`);
  }
  rows.push("", ...[...rules.keys()].map((rule) => `[${rule}]: ${ruleDocUrl(rule)}`));
  return rows;
}
var BoundedText = class {
  constructor(text, limit) {
    this.text = text;
    this.limit = limit;
    this.bytes = Buffer.byteLength(text);
  }
  text;
  limit;
  bytes;
  full = false;
  /** Appends `piece` when it and `reserve` fit; once one does not, nothing more is added. */
  add(piece, reserve) {
    const size = Buffer.byteLength(piece);
    if (this.full || this.bytes + size + Buffer.byteLength(reserve) > this.limit) {
      this.full = true;
      return false;
    }
    this.append(piece);
    return true;
  }
  /** Appends text whose room an earlier addition reserved. */
  append(piece) {
    this.text += piece;
    this.bytes += Buffer.byteLength(piece);
  }
};

// src/publish/publish.ts
function attempt(what, write, level = "warning") {
  try {
    write();
    return true;
  } catch (error2) {
    const message = `Could not write ${what}: ${error2.message}`;
    if (level === "error") setFailed(message);
    else warning(message);
    return false;
  }
}
function writeSummary(outcome, context, unsentAnnotations = 0) {
  const blobBase = `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.headSha}`;
  return summary.emptyBuffer().addRaw(jobSummary({ findings: outcome.findings, filesChecked: outcome.filesChecked, source: { blobBase }, notes: outcome.notes, unsentAnnotations })).write({ overwrite: true }).then(
    () => true,
    (error2) => {
      warning(`Could not write the job summary (GITHUB_STEP_SUMMARY): ${error2.message}`);
      return false;
    }
  );
}
function apiProblem(github, error2) {
  const wait = github.refusedWait();
  return wait === null ? requestProblem(error2) : `GitHub's rate limit asks to wait ${wait} s, longer than the ${MAX_RATE_LIMIT_WAIT_S} s loclint waits`;
}
var annotations = {
  name: "annotations",
  remote: false,
  enabled: (s) => s.annotations,
  publish: (outcome) => emitAnnotations(outcome.findings)
};
var files = {
  name: "files and outputs",
  remote: false,
  enabled: () => true,
  publish(outcome, { settings, workspace }) {
    const outputs = [];
    if (settings.sarifFile) {
      const path = resolve(workspace, settings.sarifFile);
      if (attempt(`the SARIF file ${path}`, () => writeFileSync(path, formatSarif(outcome.findings, VERSION)), "error")) outputs.push(["sarif-file", path]);
    }
    if (settings.htmlFile) {
      const path = resolve(workspace, settings.htmlFile);
      if (attempt(`the HTML report ${path}`, () => writeFileSync(path, formatHtml({ findings: outcome.findings, filesChecked: outcome.filesChecked })))) outputs.push(["html-file", path]);
    }
    const counts = countBySeverity(outcome.findings);
    outputs.push(["errors", counts.error], ["warnings", counts.warning], ["files-checked", outcome.filesChecked]);
    attempt("the step outputs (GITHUB_OUTPUT)", () => {
      for (const [name, value] of outputs) setOutput(name, value);
    });
  }
};
var summary2 = {
  name: "job summary",
  remote: false,
  enabled: (s) => s.summary,
  async publish(outcome, context, published) {
    published.summaryWritten = await writeSummary(outcome, context);
  }
};
var checkRun = {
  name: "check run",
  remote: true,
  enabled: (s) => s.checkRun,
  async publish(outcome, context, published) {
    const { github } = context;
    if (github === null) {
      warning("No token: no check run was created. Annotations, the job summary and SARIF carry every finding.");
      return;
    }
    try {
      const run2 = await publishCheckRun(github.octokit, { owner: context.owner, repo: context.repo, headSha: context.headSha, ...outcome });
      if (run2.annotationsNotSent === 0) return;
      warning(`${annotationsNotSentNote(run2.annotationsNotSent, outcome.findings.length)} (${run2.problem})`);
      if (published.summaryWritten) await writeSummary(outcome, context, run2.annotationsNotSent);
    } catch (error2) {
      warning(`Could not publish the check run (${apiProblem(github, error2)}). Annotations, the job summary and SARIF carry every finding; the pass/fail decision is unchanged.`);
    }
  }
};
var suggestions = {
  name: "review of suggestions",
  remote: true,
  enabled: (s) => s.suggestions,
  async publish(outcome, context) {
    const { github, changedLines, pullNumber } = context;
    if (pullNumber === null) {
      info("Suggestions are posted on pull requests only: this event is not one.");
      return;
    }
    const fixable = outcome.findings.filter((f) => f.fix !== void 0).length;
    if (github === null || changedLines === null) {
      if (fixable > 0) warning(`No review of suggestions was posted (${github === null ? "no token" : "the changed lines are not known"}): the ${fixable} fixable finding(s) stay annotations.`);
      return;
    }
    const limit = context.settings.maxSuggestions;
    const plan = planSuggestions(outcome.findings, changedLines, context.texts, limit);
    try {
      const result = await publishReview(github.octokit, { owner: context.owner, repo: context.repo, pullNumber, headSha: context.headSha, plan, limit });
      info(`Review of suggestions: ${result.action}; ${result.posted} posted, ${result.kept} kept, ${result.removed} removed; ${plan.outside} fixable finding(s) outside the changed lines stay annotations`);
    } catch (error2) {
      warning(`Could not post the review of suggestions (${apiProblem(github, error2)}). Annotations, the job summary and SARIF carry every finding; the pass/fail decision is unchanged.`);
    }
  }
};
var publishers = [annotations, files, summary2, checkRun, suggestions];
async function publishAll(outcome, context, beforeRemote, list = publishers) {
  const published = { summaryWritten: false };
  const enabled = list.filter((p) => p.enabled(context.settings));
  const run2 = async (p) => {
    try {
      await p.publish(outcome, context, published);
    } catch (error2) {
      warning(`Could not publish the ${p.name}: ${error2.message}`);
    }
  };
  for (const p of enabled) if (!p.remote) await run2(p);
  beforeRemote();
  for (const p of enabled) if (p.remote) await run2(p);
}

// src/action.ts
var DEFAULT_MAX_SUGGESTIONS = 20;
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
  if (shardText !== "" && parseShard(shardText) === null) throw new ConfigError(`input \`shard\` must be I/N with 1 \u2264 I \u2264 N, not \`${shardText}\``);
  const maxText = getInput("max-suggestions").trim();
  const maxSuggestions = maxText === "" ? DEFAULT_MAX_SUGGESTIONS : Number(maxText);
  if (!/^\d+$/.test(maxText || "0") || !Number.isSafeInteger(maxSuggestions)) throw new ConfigError(`input \`max-suggestions\` must be a whole number, not \`${maxText}\``);
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
    htmlFile: getInput("html-file").trim(),
    onlyChangedLines: flag("only-changed-lines", false),
    sourceLocale: getInput("source-locale").trim() || void 0,
    checkExternalLinks: flag("check-external-links", false),
    baseline: getInput("baseline").trim(),
    shard: shardText,
    suggestions: flag("suggestions", false),
    sourceRepository: getInput("source-repository").trim(),
    maxSuggestions
  };
}
async function changeSetFor(start, inputs, githubLoading, notes) {
  const { workspace, event, started } = start;
  const payload = event.payload;
  const log = (message) => info(message);
  const range = changedRange(event);
  if (payload.pull_request) {
    if (range !== null) {
      const fromGit = await changesFromGit({ cwd: workspace, ...range, withLines: inputs.onlyChangedLines || inputs.suggestions, log, ...started && { started } });
      if (fromGit) return fromGit;
    } else warning("The event's pull request base or head is not a 40-hex commit id: git is not asked to diff it.");
    const number = Number(payload.pull_request.number);
    const github = await githubLoading;
    if (github === null || !Number.isSafeInteger(number) || number <= 0) {
      notes.push("No diff could be made (no history, no commit ids or no token): every file under `paths` was checked.");
      return null;
    }
    warning("git could not diff the pull request (missing history); listing its files through the API instead");
    try {
      const files2 = await github.octokit.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
        owner: event.owner,
        repo: event.repo,
        pull_number: number,
        per_page: 100
      });
      return changesFromApiFiles(files2.slice(0, API_FILE_LIMIT));
    } catch (error2) {
      warning(`Could not list the pull request's files through the API (${requestProblem(error2)}): every file under \`paths\` is checked instead.`);
      notes.push("Neither git nor the API could list the pull request's files: every file under `paths` was checked.");
      return null;
    }
  }
  return range !== null ? changesFromGit({ cwd: workspace, ...range, withLines: inputs.onlyChangedLines, log, ...started && { started } }) : null;
}
async function run(start) {
  const { workspace, event } = start;
  const inputs = readInputs();
  if (event.problem) {
    warning(event.problem);
    delete process.env.GITHUB_EVENT_PATH;
  }
  const notes = [];
  const githubLoading = Promise.resolve(inputs.token).then((token) => token ? octokitFor(token) : null);
  githubLoading.catch(() => void 0);
  const changeSet = await changeSetFor(start, inputs, githubLoading, notes);
  const github = await githubLoading;
  if (changeSet !== null) notes.push(...changeSet.notes);
  const result = await runPipeline(
    {
      cwd: workspace,
      paths: inputs.paths,
      ...inputs.config ? { config: inputs.config } : {},
      ...inputs.sourceLocale ? { sourceLocale: inputs.sourceLocale } : {},
      change: { changes: changeSet, onlyChangedLines: inputs.onlyChangedLines },
      ...inputs.shard ? { shard: inputs.shard } : {},
      checkExternal: inputs.checkExternalLinks,
      ...inputs.sourceRepository ? { sourceRepository: inputs.sourceRepository } : {},
      context: inputs.htmlFile !== "",
      ...inputs.failOn ? { failOn: inputs.failOn } : {},
      ...inputs.baseline ? { baseline: inputs.baseline } : {}
    },
    { workerScript: start.workerScript, log: (line) => info(line) }
  );
  info(`Checked ${result.filesChecked} file(s) on ${result.threads} thread(s)`);
  const { findings, stale, failed } = result.reported;
  const failOn = result.failOn;
  if (stale.length > 0) notes.push(`${stale.length} baseline entries no longer occur: run \`loclint --write-baseline ${inputs.baseline}\` to shrink the baseline.`);
  const outcome = { findings, filesChecked: result.filesChecked, failed, notes };
  const pullNumber = Number(event.payload.pull_request?.number);
  const context = {
    settings: inputs,
    workspace,
    owner: event.owner,
    repo: event.repo,
    serverUrl: event.serverUrl,
    headSha: isCommitSha(event.payload.pull_request?.head?.sha) ? event.payload.pull_request.head.sha : event.sha,
    pullNumber: Number.isSafeInteger(pullNumber) && pullNumber > 0 ? pullNumber : null,
    github,
    changedLines: changeSet?.lines ?? null,
    texts: textsOf(workspace)
  };
  const counts = countBySeverity(findings);
  await publishAll(outcome, context, () => {
    if (failed) setFailed(`loclint: ${counts.error} error(s), ${counts.warning} warning(s) in ${result.filesChecked} file(s) (fail-on: ${failOn})`);
  });
}
function textsOf(workspace) {
  const reader = new TreeReader(DEFAULT_MAX_FILE_BYTES, boundaryOf(workspace, []));
  return (file) => {
    try {
      const decoded = decodeUtf8(reader.read(resolve2(workspace, file)));
      return decoded.problems.length > 0 ? null : { text: decoded.text, hadBom: decoded.hadBom };
    } catch {
      return null;
    }
  };
}
function runAction(start) {
  return run(start).catch((error2) => {
    if (error2 instanceof ConfigError) setFailed(`loclint: ${error2.message}`);
    else setFailed(`loclint failed: ${error2.stack ?? String(error2)}`);
  });
}
export {
  runAction
};
