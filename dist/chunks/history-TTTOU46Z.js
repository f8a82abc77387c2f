import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  LF,
  SPACE,
  crlfForm,
  gitEnv
} from "./chunk-KETDNUKI.js";
import "./chunk-ABWFEKAN.js";

// src/source/history.ts
import { execFile, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
var UTF8_BOM = "\uFEFF";
var isCommitId = (value) => typeof value === "string" && /^[0-9a-f]{40}$/i.test(value);
async function catFile(cwd, inputs, check) {
  if (inputs.length === 0) return [];
  const child = spawn("git", ["cat-file", check ? "--batch-check=%(objecttype) %(objectname) %(objectsize)" : "--batch"], { cwd, env: gitEnv(), stdio: ["pipe", "pipe", "ignore"] });
  const chunks = [];
  child.stdout.on("data", (chunk) => chunks.push(chunk));
  const done = new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve(code ?? 1));
  });
  child.stdin.on("error", () => {
  });
  child.stdin.end(inputs.map((line) => `${line}
`).join(""));
  if (await done !== 0) throw new Error(`git cat-file failed in ${cwd}`);
  const out = Buffer.concat(chunks);
  const answers = [];
  let at = 0;
  for (let i = 0; i < inputs.length; i++) {
    const eol = out.indexOf(LF, at);
    if (eol === -1) throw new Error("git cat-file answered fewer lines than it was asked");
    const header = out.toString("utf8", at, eol);
    at = eol + 1;
    if (header.endsWith(" missing") || header.endsWith(" ambiguous")) answers.push(null);
    else if (check) answers.push(header);
    else {
      const size = Number(header.slice(header.lastIndexOf(" ") + 1));
      answers.push(header.includes(" blob ") ? out.subarray(at, at + size) : null);
      at += size + 1;
    }
  }
  return answers;
}
var sha1 = (bytes) => createHash("sha1").update(bytes).digest("hex");
var text = (bytes) => {
  const decoded = bytes.toString("utf8");
  return decoded.startsWith(UTF8_BOM) ? decoded.slice(1) : decoded;
};
async function repositoryOf(folder) {
  try {
    const { stdout } = await run("git", ["rev-parse", "--show-prefix", "--is-shallow-repository"], { cwd: folder, env: gitEnv() });
    const [prefix = "", shallow = "false"] = stdout.split("\n");
    return { prefix, shallow: shallow.trim() === "true" };
  } catch {
    return null;
  }
}
var plainPath = (path) => !path.includes("\n") && !path.includes("\r") && path.charCodeAt(0) !== SPACE;
async function sourceHistory(candidates, commitOf, maxBytes) {
  const history = { byFile: /* @__PURE__ */ new Map(), versions: /* @__PURE__ */ new Map() };
  const byFolder = /* @__PURE__ */ new Map();
  for (const q of candidates) {
    if (!plainPath(q.relative)) continue;
    const list = byFolder.get(q.folder);
    if (list === void 0) byFolder.set(q.folder, [q]);
    else list.push(q);
  }
  const repositories = /* @__PURE__ */ new Map();
  for (const [folder, list] of byFolder) {
    const repository = await repositoryOf(folder);
    if (repository === null) continue;
    const top = join(folder, ...repository.prefix.split("/").filter(Boolean).map(() => ".."));
    const entry = repositories.get(top) ?? { shallow: repository.shallow, queries: [] };
    repositories.set(top, entry);
    for (const query of list) {
      const commit = commitOf(query.file);
      if (isCommitId(commit)) entry.queries.push({ query: { ...query, commit }, path: `${repository.prefix}${query.relative}` });
    }
  }
  for (const [top, { shallow, queries: asked }] of repositories) {
    const commits = [...new Set(asked.map((a) => a.query.commit.toLowerCase()))];
    const keys = [...new Set(asked.map((a) => `${a.query.commit.toLowerCase()}:${a.path}`))];
    const paths = [...new Set(asked.map((a) => a.path))];
    const checked = await catFile(top, [...commits.map((c) => `${c}^{commit}`), ...keys, ...paths.map((p) => `HEAD:${p}`)], true);
    const present = new Set(commits.filter((_, i) => checked[i] !== null));
    const blobOf = (answer) => {
      const [type, id, size] = (answer ?? "").split(" ");
      return type === "blob" ? { id, size: Number(size) } : null;
    };
    const atCommit = new Map(keys.map((key, i) => [key, blobOf(checked[commits.length + i])]));
    const atHead = new Map(paths.map((path, i) => [path, blobOf(checked[commits.length + keys.length + i])]));
    const wanted = /* @__PURE__ */ new Set();
    for (const [key, blob] of atCommit) {
      if (blob === null || blob.size > maxBytes) continue;
      wanted.add(blob.id);
      const now = atHead.get(key.slice(41));
      if (now && now.id !== blob.id && now.size <= maxBytes) wanted.add(now.id);
    }
    const ids = [...wanted];
    const bytes = /* @__PURE__ */ new Map();
    (await catFile(top, ids, false)).forEach((answer, i) => bytes.set(ids[i], answer));
    for (const key of keys) {
      const commit = key.slice(0, 40);
      const path = key.slice(41);
      const then = atCommit.get(key) ?? null;
      const now = atHead.get(path) ?? null;
      const base = { commit, path, unknowable: shallow || present.size === 0 };
      const currentOf = () => now === null ? "removed" : now.id === then?.id ? "same" : "changed";
      if (!present.has(commit)) history.versions.set(key, { ...base, state: "no-commit", rawHash: null, crlfHash: null, current: currentOf() });
      else if (then === null) history.versions.set(key, { ...base, state: "no-file", rawHash: null, crlfHash: null, current: currentOf() });
      else {
        const old = bytes.get(then.id);
        if (!old) continue;
        const current = currentOf();
        const fresh = now === null ? null : bytes.get(now.id);
        history.versions.set(key, {
          ...base,
          state: "found",
          rawHash: sha1(old),
          crlfHash: sha1(crlfForm(old)),
          current,
          ...current === "changed" && fresh ? { before: text(old), now: text(fresh) } : {}
        });
      }
    }
    for (const { query, path } of asked) history.byFile.set(query.file, `${query.commit.toLowerCase()}:${path}`);
  }
  return history;
}
export {
  sourceHistory
};
