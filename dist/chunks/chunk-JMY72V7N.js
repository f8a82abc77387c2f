import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);

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
async function diffNameStatus(cwd, range) {
  return parseNameStatus(await git(cwd, ["diff", "--name-status", "-z", "-M", "--no-ext-diff", ...range, "--"]));
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
async function changedLines(cwd, range, change) {
  const paths = change.previousPath ? [change.previousPath, change.path] : [change.path];
  return parseHunks(await git(cwd, ["diff", "-U0", "-M", "--no-color", "--no-ext-diff", ...range, "--", ...paths]));
}

export {
  git,
  diffNameStatus,
  prepareRange,
  parseHunks,
  changedLines
};
