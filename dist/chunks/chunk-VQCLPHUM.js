import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  changedLines,
  diffNameStatus,
  parseHunks,
  prepareRange
} from "./chunk-JMY72V7N.js";

// src/changes/changes.ts
function startDiff(cwd, { base, head }) {
  return diffNameStatus(cwd, [`${base}...${head}`]).catch(() => null);
}
async function changesFromGit(request) {
  const { cwd, base, head, withLines, log } = request;
  let range = [`${base}...${head}`];
  let changes = await (request.started ?? startDiff(cwd, request));
  if (changes === null) {
    const from = await prepareRange(cwd, base, head, log);
    if (from === null) return null;
    range = [from, head];
    changes = await diffNameStatus(cwd, range);
  }
  let lines = null;
  if (withLines) {
    lines = /* @__PURE__ */ new Map();
    for (const change of changes) if (change.status !== "removed") lines.set(change.path, await changedLines(cwd, range, change));
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

// src/changes/event.ts
import { readFileSync } from "node:fs";
var isCommitSha = (value) => typeof value === "string" && /^[0-9a-f]{40}$/.test(value);
function runnerEvent(env = process.env) {
  let payload = {};
  let problem = null;
  if (env.GITHUB_EVENT_PATH) {
    try {
      const parsed = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
      if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) payload = parsed;
      else problem = "holds no JSON object";
    } catch (error) {
      problem = error instanceof SyntaxError ? "is not JSON" : `cannot be read (${error.code ?? error.message})`;
    }
  }
  if (typeof payload.pull_request !== "object" || payload.pull_request === null) delete payload.pull_request;
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
  return {
    name: env.GITHUB_EVENT_NAME ?? "",
    payload,
    sha: env.GITHUB_SHA ?? "",
    owner,
    repo,
    serverUrl: env.GITHUB_SERVER_URL ?? "https://github.com",
    problem: problem && `The event file (GITHUB_EVENT_PATH) ${problem}: every file under \`paths\` is checked.`
  };
}
function changedRange({ name, payload }) {
  if (payload.pull_request) {
    const base = payload.pull_request.base?.sha;
    const head = payload.pull_request.head?.sha;
    return isCommitSha(base) && isCommitSha(head) ? { base, head } : null;
  }
  const { before, after } = payload;
  return name === "push" && isCommitSha(before) && !/^0+$/.test(before) && isCommitSha(after) ? { base: before, head: after } : null;
}

export {
  startDiff,
  changesFromGit,
  API_FILE_LIMIT,
  changesFromApiFiles,
  isCommitSha,
  runnerEvent,
  changedRange
};
