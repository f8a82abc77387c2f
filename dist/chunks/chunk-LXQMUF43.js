import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  git
} from "./chunk-JMY72V7N.js";
import {
  ConfigError,
  DEFAULT_MAX_FILE_BYTES,
  GitIgnore,
  LocaleLayout,
  MIN_FILES_PER_THREAD,
  NOT_SUPPRESSED,
  OUTSIDE_TREE,
  SourceLocale,
  TreeReader,
  WorkerPool,
  allRuleMeta,
  batchesOf,
  boundaryOf,
  checkBatches,
  compareFindings,
  configPath,
  defaultConfig,
  displayPath,
  fileFinding,
  fileProblems,
  fileStages,
  fillMessage,
  findConfig,
  insideBoundary,
  layoutOf,
  loadOptions,
  localeOfPath,
  parseDocument,
  parseFrontMatter,
  parseTarget,
  pathKind,
  readBaseline,
  relativeFilePath,
  repositoryRoot,
  ruleSettingsFor,
  ruleSettingsForFile,
  rules,
  runStages,
  writeBaseline
} from "./chunk-E7DP2LTR.js";
import {
  lazyDependency,
  threadCount
} from "./chunk-KZX5ILNR.js";
import {
  decodeUtf8,
  detached,
  looksBinary
} from "./chunk-KETDNUKI.js";

// src/layout/shard.ts
import { createHash } from "node:crypto";
import { relative } from "node:path";
function parseShard(text) {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index >= 1 && count >= 1 && index <= count ? { index, count } : null;
}
function filesOfShard(files, shard, layout, cwd) {
  return files.filter((file) => {
    const digest = createHash("sha1").update(relative(cwd, layout.place(file).groupKey)).digest();
    return digest.readUInt32BE(0) % shard.count === shard.index - 1;
  });
}

// src/engine/pipeline.ts
import { join, resolve as resolve4 } from "node:path";

// src/changes/dependents.ts
import { basename, dirname, relative as relative2, resolve, sep } from "node:path";
var NO_MATCH = 1;
var NAMES_PER_SEARCH = 1e3;
async function filesMentioning(names, cwd) {
  const found = /* @__PURE__ */ new Set();
  for (let i = 0; i < names.length; i += NAMES_PER_SEARCH) {
    const patterns = names.slice(i, i + NAMES_PER_SEARCH).flatMap((name) => ["-e", name]);
    try {
      const output = await git(cwd, ["grep", "-l", "-z", "-F", "-I", "--no-color", ...patterns, "--"]);
      for (const path of output.split("\0")) if (path !== "") found.add(path);
    } catch (error) {
      if (error.code !== NO_MATCH) return null;
    }
  }
  return [...found];
}
async function filesLinkingTo(removed, cwd, search) {
  if (removed.length === 0) return [];
  const removedAbsolute = new Set(removed.map((p) => resolve(cwd, p)));
  const names = [...new Set(removed.flatMap((p) => [basename(p), encodeURI(basename(p))]))];
  const mentioning = await filesMentioning(names, cwd);
  const candidates = mentioning === null ? search.everyFile() : mentioning.filter(search.selected).sort().map((p) => resolve(cwd, p));
  const found = [];
  for (const candidate of candidates) {
    let text;
    try {
      const bytes = search.reader.read(candidate);
      if (looksBinary(bytes)) continue;
      text = decodeUtf8(bytes).text;
    } catch {
      continue;
    }
    if (!names.some((name) => text.includes(name))) continue;
    const doc = parseDocument(relative2(cwd, candidate).split(sep).join("/"), text);
    const hits = doc.links.some((link) => {
      const target = parseTarget(link.target);
      return target.kind === "relative" && removedAbsolute.has(resolve(dirname(candidate), relativeFilePath(target)));
    });
    if (hits) found.push(candidate);
  }
  return found;
}

// src/engine/discover.ts
import { readdirSync, realpathSync, statSync } from "node:fs";
import { matchesGlob, resolve as resolve2, sep as sep2 } from "node:path";
var tinyglobby = lazyDependency("tinyglobby");
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var SKIPPED_GLOBS = [...SKIPPED_FOLDERS].map((name) => `**/${name}/**`);
var ANY_FILE_WITH_EXTENSION = /^\*\*\/\*(\.[A-Za-z0-9]+)$/;
function matchesGlobQuickly(path, glob) {
  const extension = sep2 === "/" && path[0] !== "." && !path.includes("/.") ? ANY_FILE_WITH_EXTENSION.exec(glob)?.[1] : void 0;
  return extension !== void 0 ? path.endsWith(extension) : matchesGlob(path, glob);
}
function collectFiles(paths, cwd, selection = {}) {
  const include = selection.include ?? ["**/*.md"];
  const within = selection.within ?? null;
  const ignore = selection.ignore ?? [];
  const gitignore = selection.gitignore ?? null;
  const roots = selection.roots ?? boundaryOf(cwd, paths);
  const globRoot = selection.base ?? cwd;
  let base = globRoot;
  const globPath = (path) => {
    const rel = displayPath(globRoot, path);
    return rel.startsWith("../") ? displayPath(base, path) : rel;
  };
  const ignored = (path, folder) => ignore.length > 0 && ignore.some((glob) => matchesGlob(globPath(path), glob)) || gitignore !== null && gitignore.ignores(path, folder);
  const globbed = (glob) => tinyglobby().globSync(glob, { cwd, absolute: true, followSymbolicLinks: false, ignore: SKIPPED_GLOBS }).map((match) => resolve2(match)).filter((file) => !ignored(file, false));
  const selects = (path) => include.some((glob) => matchesGlobQuickly(path, glob)) && (within === null || within.some((glob) => matchesGlobQuickly(path, glob)));
  const files = /* @__PURE__ */ new Set();
  const findings = [];
  const unmatched = [];
  const visited = /* @__PURE__ */ new Set();
  const walk = (dir) => {
    let real;
    try {
      real = realpathSync(dir);
    } catch (error) {
      findings.push(fileFinding(cwd, dir, fileProblems.unreadable, `Cannot read folder: ${error.message}`));
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    if (!insideBoundary(real, roots)) {
      findings.push(fileFinding(cwd, dir, fileProblems.unreadable, OUTSIDE_TREE));
      return;
    }
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      findings.push(fileFinding(cwd, dir, fileProblems.unreadable, `Cannot read folder: ${error.message}`));
      return;
    }
    const prefix = dir.endsWith(sep2) ? dir : dir + sep2;
    for (const entry of entries) {
      const path = prefix + entry.name;
      if (ignored(path, entry.isDirectory())) continue;
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) walk(path);
      } else if (selects(globPath(path))) {
        if (entry.isSymbolicLink() && pathKind(path) !== "file") {
          findings.push(fileFinding(cwd, path, fileProblems.unreadable, "Symbolic link cannot be followed (broken or a loop)"));
        } else files.add(path);
      } else if (entry.isSymbolicLink() && pathKind(path) === "folder") walk(path);
    }
  };
  for (const p of paths) {
    const path = resolve2(cwd, p);
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch (error) {
      if (error.code === "ENOENT") {
        const found = tinyglobby().isDynamicPattern(p) ? globbed(p) : [];
        if (found.length === 0) unmatched.push(p);
        for (const file of found) files.add(file);
        continue;
      }
    }
    if (isDir) {
      base = path;
      walk(path);
    } else files.add(path);
  }
  return { files: [...files], findings, unmatched };
}

// src/engine/engine.ts
import { realpathSync as realpathSync2 } from "node:fs";
import { relative as relative3, resolve as resolve3, sep as sep3 } from "node:path";

// src/source/place.ts
import { dirname as dirname2 } from "node:path";
function gitFolderFor(sourceFile, exists, stop) {
  let folder = dirname2(sourceFile);
  let relative4 = sourceFile.slice(folder.length + 1);
  while (!exists(folder)) {
    const up = dirname2(folder);
    if (up === folder || !folder.startsWith(stop)) return null;
    relative4 = `${folder.slice(up.length + 1)}/${relative4}`;
    folder = up;
  }
  return { folder, relative: relative4.replaceAll("\\", "/") };
}

// src/engine/engine.ts
var EXTERNAL_CACHE_DIR = ".loclint-cache";
async function settleAwaiting(findings, rules2, external) {
  const urls = /* @__PURE__ */ new Set();
  for (const f of findings) if (f.awaits !== void 0) urls.add(f.awaits);
  const { checkUrls } = await import("./check-urls-D2CIQJIW.js");
  const statuses = await checkUrls(urls, external);
  const ruleOf = new Map(rules2.map((r) => [r.id, r]));
  const settled = [];
  const answered = [];
  for (const f of findings) {
    if (f.awaits === void 0) {
      settled.push(f);
      continue;
    }
    const { awaits, ...finding } = f;
    const status = statuses.get(awaits);
    const rule = ruleOf.get(f.rule);
    const message = status === void 0 || rule === void 0 ? null : rule.answered?.(awaits, status) ?? null;
    if (message === null) continue;
    const kept = { ...finding, message: detached(fillMessage(rule.messages, message.messageId, message.data)) };
    settled.push(kept);
    answered.push(kept);
  }
  return { findings: settled, answered };
}
async function sourceVersions(paths, load, layout, sourceLocale, roots, repository) {
  const queries = [];
  const real = /* @__PURE__ */ new Map();
  const realFolder = (folder) => {
    let found = real.get(folder);
    if (found === void 0) real.set(folder, found = realpathSync2.native(folder));
    return found;
  };
  const folderExists = (folder) => pathKind(folder) === "folder";
  for (const path of paths) {
    if (sourceLocale.is(layout.place(path).locale)) continue;
    let source;
    if (repository !== void 0) {
      const folder = localeOfPath(path);
      const below = folder === null ? relative3(load.cwd, path) : path.split(/[\/]/).slice(folder.segmentIndex + 1).join(sep3);
      source = below.startsWith("..") ? null : resolve3(repository, below);
    } else source = layout.sourceCounterpart(path);
    if (source === null || source === path) continue;
    const place = gitFolderFor(source, folderExists, repository ?? load.cwd);
    if (place !== null && insideBoundary(realFolder(place.folder), roots)) queries.push({ file: path, ...place });
  }
  if (queries.length === 0) return null;
  const commitOf = (path) => {
    try {
      const commit = parseFrontMatter(decodeUtf8(load.reader.read(path)).text)?.get("ms.sourcegitcommit")?.value;
      return typeof commit === "string" ? commit : null;
    } catch {
      return null;
    }
  };
  const { sourceHistory } = await import("./history-TTTOU46Z.js");
  return sourceHistory(queries, commitOf, load.reader.maxBytes);
}
function filterDiscovered(findings, config, cwd, into) {
  for (const f of findings) fileStages([f], { settingsOf: ruleSettingsForFile(config, configPath(config, cwd, resolve3(cwd, f.file))), suppressed: NOT_SUPPRESSED, doc: null }, into);
}
async function lintFiles(absolutePaths, options) {
  const { cwd } = options;
  const config = options.config ?? defaultConfig();
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const roots = boundaryOf(cwd, options.roots ?? []);
  const externalOptions = { ...config.externalLinks, ...options.cacheDir ? { cacheDir: options.cacheDir } : {} };
  const source = new SourceLocale(config.sourceLocale);
  const layout = layoutOf(config, cwd, source);
  const givenRepository = options.sourceRepository ?? config.sourceRepository;
  const sourceRepository = givenRepository === void 0 ? void 0 : resolve3(cwd, givenRepository);
  const historyRoots = options.sourceRepository === void 0 ? roots : [...roots, ...boundaryOf(cwd, [options.sourceRepository])];
  const wanted = ruleSettingsFor(config, "", "source-stale").severity !== "off" && !options.given && (options.rules ?? rules).some((r) => r.id === "source-stale");
  const history = wanted ? await sourceVersions(absolutePaths, loadOptions(cwd, config, maxFileBytes, roots), layout, source, historyRoots, sourceRepository) : null;
  const byArticle = /* @__PURE__ */ new Map();
  for (let i = 0; i < absolutePaths.length; i++) {
    const path = absolutePaths[i];
    const key = layout.place(path).groupKey;
    const files2 = byArticle.get(key);
    if (files2 === void 0) byArticle.set(key, [path]);
    else files2.push(path);
  }
  const placed = [];
  for (const key of [...byArticle.keys()].sort()) for (const path of byArticle.get(key).sort()) placed.push({ path, key });
  const { workerScript } = options;
  const available = options.pool?.size ?? (workerScript ? (options.threads ?? 1) - 1 : 0);
  const workers = options.rules || options.given ? 0 : Math.max(0, Math.min(available, Math.floor(placed.length / MIN_FILES_PER_THREAD) - 1));
  const next = new Int32Array(workers > 0 ? new SharedArrayBuffer(4) : new ArrayBuffer(4));
  const checksExternalLinks = options.checkExternalLinks ?? false;
  const work = { batches: batchesOf(placed), next, cwd, config, maxFileBytes, roots, checksExternalLinks, history, context: options.context ?? false };
  const pool = options.pool ?? (workers > 0 ? new WorkerPool(workerScript, workers) : null);
  const { progress } = options;
  const onBatch = options.onBatch && checksExternalLinks ? (found) => options.onBatch(found.filter((f) => f.awaits === void 0)) : options.onBatch;
  const inWorkers = pool?.run(workers, work, onBatch ?? null) ?? [];
  const files = placed.length;
  const batchDone = onBatch ? (_, found) => onBatch(found) : void 0;
  const done = checkBatches(work, options.rules, {
    ...options.given ? { given: options.given } : {},
    ...progress ? { progress: (taken, total) => progress(Math.round(files * taken / total), files) } : {},
    ...batchDone ? { batchDone } : {}
  });
  const fromWorkers = await Promise.all(inWorkers);
  for (const found of fromWorkers) for (const [batch, findings2] of found) done.set(batch, findings2);
  let findings = [];
  filterDiscovered(options.discovered ?? [], config, cwd, findings);
  for (let i = 0; i < work.batches.length; i++) {
    const found = done.get(i) ?? checkBatches({ ...work, batches: [work.batches.at(i)], next: new Int32Array(1) }, options.rules, batchDone ? { batchDone } : {}).get(0);
    for (const f of found) findings.push(f);
  }
  if (checksExternalLinks) {
    const settled = await settleAwaiting(findings, options.rules ?? rules, externalOptions);
    options.onBatch?.(settled.answered);
    findings = settled.findings;
  }
  findings.sort(compareFindings);
  return { findings, filesChecked: absolutePaths.length, threads: 1 + fromWorkers.filter((found) => found.size > 0).length };
}

// src/engine/pipeline.ts
var UsageError = class extends Error {
};
var DEPENDENT_RULES = /* @__PURE__ */ new Set(["relative-link-missing", "fragment-missing"]);
var matchesAny = (path, globs) => globs.some((g) => matchesGlobQuickly(path, g));
function gitignoreOf(cwd) {
  const root = repositoryRoot(cwd);
  return root !== null ? new GitIgnore(root) : null;
}
function filesOfPaths(run, cwd, config, paths, roots) {
  if (run.text) {
    const given = { path: resolve4(cwd, run.text.path), text: run.text.text };
    return { files: [given.path], dependents: [], findings: [], given };
  }
  const collected = collectFiles(paths, cwd, { ...config, gitignore: gitignoreOf(cwd), roots });
  if (collected.unmatched.length > 0) throw new UsageError(`no such file or folder, and no file matches: ${collected.unmatched.map((p) => JSON.stringify(p)).join(", ")}`);
  return { files: collected.files, dependents: [], findings: collected.findings };
}
async function filesOfChange(changes, cwd, config, globs, roots, log) {
  const everyFile = () => collectFiles(["."], cwd, { include: config.include, ignore: config.ignore, within: globs, gitignore: gitignoreOf(cwd), roots });
  if (changes === null) {
    const { files: files2, findings } = everyFile();
    return { files: files2, dependents: [], findings };
  }
  const selected = (path) => matchesAny(path, globs) && matchesAny(path, config.include) && !matchesAny(path, config.ignore);
  const files = changes.changes.filter((c) => c.status !== "removed" && selected(c.path)).map((c) => resolve4(cwd, c.path));
  const gone = changes.changes.flatMap((c) => c.status === "removed" ? [c.path] : c.status === "renamed" && c.previousPath ? [c.previousPath] : []);
  const checked = new Set(files);
  const searched = (path) => selected(path) && !matchesAny(path, SKIPPED_GLOBS);
  const reader = new TreeReader(DEFAULT_MAX_FILE_BYTES, roots);
  const dependents = (await filesLinkingTo(gone, cwd, { selected: searched, everyFile: () => everyFile().files, reader })).filter((p) => !checked.has(p));
  log(`${files.length} changed file(s) to check (via ${changes.via}); ${dependents.length} more link to removed files`);
  return { files, dependents, findings: [] };
}
function baselineAt(cwd, path) {
  try {
    return readBaseline(resolve4(cwd, path));
  } catch (error) {
    throw new ConfigError(`baseline ${JSON.stringify(path)}: ${error.message}`);
  }
}
function recordBaseline(cwd, path, findings) {
  try {
    writeBaseline(resolve4(cwd, path), findings);
  } catch (error) {
    throw new ConfigError(`--write-baseline: cannot write ${JSON.stringify(path)}: ${error.message}`);
  }
}
async function runPipeline(run, setup) {
  const cwd = resolve4(run.cwd ?? process.cwd());
  const shard = run.shard === void 0 ? null : parseShard(run.shard);
  if (run.shard !== void 0 && shard === null) throw new UsageError("--shard takes I/N with 1 \u2264 I \u2264 N, e.g. 2/8");
  const config = await findConfig(cwd, run.config);
  if (run.sourceLocale) config.sourceLocale = run.sourceLocale;
  config.localeRoots.push(...run.localeRoots ?? []);
  const paths = run.paths?.length ? run.paths : run.change ? ["**/*.md"] : ["."];
  const roots = boundaryOf(cwd, run.change ? [] : [...paths, ...run.localeRoots ?? []]);
  const found = run.change ? await filesOfChange(run.change.changes, cwd, config, paths, roots, setup.log ?? (() => void 0)) : filesOfPaths(run, cwd, config, paths, roots);
  let { files, dependents } = found;
  if (shard) {
    const layout = new LocaleLayout(new SourceLocale(config.sourceLocale), [], cwd);
    files = filesOfShard(files, shard, layout, cwd);
    dependents = filesOfShard(dependents, shard, layout, cwd);
  }
  const { log, ...engineSetup } = setup;
  const result2 = await lintFiles([...files, ...dependents], {
    cwd,
    config,
    checkExternalLinks: run.checkExternal ?? false,
    ...run.sourceRepository !== void 0 ? { sourceRepository: resolve4(cwd, run.sourceRepository) } : {},
    cacheDir: run.cacheDir ?? join(cwd, EXTERNAL_CACHE_DIR),
    context: run.context ?? false,
    threads: run.threads ?? threadCount(),
    roots,
    discovered: found.findings,
    ...found.given ? { given: found.given } : {},
    ...engineSetup
  });
  const failOn = run.failOn ?? config.failOn;
  if (run.writeBaseline) recordBaseline(cwd, run.writeBaseline, result2.findings);
  const baseline = run.baseline ? baselineAt(cwd, run.baseline) : null;
  const dependentFiles = new Set(dependents.map((p) => displayPath(cwd, p)));
  const changedLines = run.change?.onlyChangedLines ? run.change.changes?.lines ?? null : null;
  const reported = runStages(run.writeBaseline ? [] : result2.findings, { dependents: { files: dependentFiles, rules: DEPENDENT_RULES }, changedLines, baseline, quiet: run.quiet ?? false, failOn });
  return { findings: result2.findings, filesChecked: result2.filesChecked, threads: result2.threads, config, roots, failOn, reported };
}

// src/version.ts
var VERSION = true ? "0.1.0" : "0.0.0-dev";
var REPOSITORY_URL = "https://github.com/loclint/loclint";
var RULES_DOC_URL = `${REPOSITORY_URL}/blob/main/docs/rules.md`;

// src/config/docs.ts
var fence = (text) => `\`\`\`md
${text}
\`\`\``;
var ruleIds = new Set(rules.map((r) => r.id));
var ruleAnchor = (id) => ruleIds.has(id) ? id : "problems-with-the-file-itself";
function ruleHelp(rule) {
  const out = [`${rule.description}.`, "", `Default severity: **${rule.severity}**. Compares ${rule.scope === "locales" ? "the file with the same article in the other locales and the source" : "within the file"}.`, "", `Why: ${rule.severityReason}`];
  if (rule.options) {
    out.push("", "Options:", "");
    for (const [name, schema] of Object.entries(rule.options)) {
      const s = schema;
      out.push(`- \`${name}\` (default \`${JSON.stringify(s.default)}\`): ${s.description ?? ""}`);
    }
  }
  if (rule.examples) out.push("", "Fails:", "", fence(rule.examples.fail), "", "Passes:", "", fence(rule.examples.pass));
  return out;
}

// src/report/rule-docs.ts
function ruleDocUrl(id) {
  return `${RULES_DOC_URL}#${ruleAnchor(id)}`;
}

// src/report/sarif.ts
var levels = { error: "error", warning: "warning", info: "note" };
var rank = { error: 0, warning: 1, info: 2 };
var MAX_RESULTS_PER_RUN = 25e3;
var MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
var SIZE_MARGIN = 0.9;
var FENCE = /^```/;
function plainText(markdown) {
  const out = [];
  let inFence = false;
  for (const line of markdown) {
    if (FENCE.test(line)) inFence = !inFence;
    else out.push(inFence ? `    ${line}` : line.replace(/\*\*|`/g, ""));
  }
  return out.join("\n");
}
function descriptor(meta) {
  const rule = rules.find((r) => r.id === meta.id);
  const helpUri = ruleDocUrl(meta.id);
  const lines = rule ? ruleHelp(rule) : [`${meta.description}.`, "", "Reported when a file cannot be read as text or a rule fails on it; the rest of the run goes on."];
  const markdown = [...lines, "", `[Documentation](${helpUri})`];
  const name = meta.id.replace(/(^|-)([a-z])/g, (_, _dash, c) => c.toUpperCase());
  return {
    id: meta.id,
    // SARIF1001: a name that is the id in other case (a one-word id) says nothing; it is left out then.
    ...name.toLowerCase() !== meta.id.toLowerCase() && { name },
    shortDescription: { text: `${meta.description}.` },
    // The description and the paragraph after it (default severity, what it compares; for file problems, when they are reported).
    fullDescription: { text: plainText(lines.slice(0, 3)) },
    help: { text: plainText([...lines, "", `Documentation: ${helpUri}`]), markdown: markdown.join("\n") },
    helpUri,
    defaultConfiguration: { level: levels[meta.severity] }
  };
}
function fingerprints(findings) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((f) => {
    const key = f.fingerprint ?? `${f.rule}:${f.file}:${f.line}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return `${key}:${occurrence}`;
  });
}
function sarifFix(f) {
  if (f.fix === void 0) return [];
  const replacements = f.fix.edits.map((e) => ({ deletedRegion: { charOffset: e.start, charLength: e.end - e.start }, insertedContent: { text: e.text } }));
  return [{ description: { text: f.fix.description }, artifactChanges: [{ artifactLocation: { uri: encodeURI(f.file) }, replacements }] }];
}
function result(f, ruleIndex, lineHash) {
  const fixes = sarifFix(f);
  return {
    ruleId: f.rule,
    ...ruleIndex !== void 0 ? { ruleIndex } : {},
    level: levels[f.severity],
    message: { text: f.message },
    partialFingerprints: { primaryLocationLineHash: lineHash },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(f.file) },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }
        }
      }
    ],
    ...fixes.length > 0 ? { fixes } : {}
  };
}
function mostSevere(findings, keep) {
  const order = findings.map((_, i) => i);
  if (keep >= findings.length) return order;
  order.sort((a, b) => rank[findings[a].severity] - rank[findings[b].severity] || a - b);
  return order.slice(0, keep).sort((a, b) => a - b);
}
function sarifLog(driverRules, version, results, notifications) {
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "loclint", version, semanticVersion: version, informationUri: REPOSITORY_URL, rules: driverRules } },
        // Columns and the fixes' character offsets count UTF-16 code units, as JavaScript strings do.
        columnKind: "utf16CodeUnits",
        ...notifications.length > 0 ? { invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }] } : {},
        results
      }
    ]
  };
}
function sarifReport(findings, version = VERSION, ruleMeta = allRuleMeta) {
  const index = new Map(ruleMeta.map((r, i) => [r.id, i]));
  const driverRules = ruleMeta.map(descriptor);
  const hashes = fingerprints(findings);
  const render = (kept2) => {
    const omitted = findings.length - kept2.length;
    const notifications = omitted === 0 ? [] : [
      {
        level: "warning",
        message: { text: `${omitted} of ${findings.length} findings were left out to stay within GitHub code scanning's limits (${MAX_RESULTS_PER_RUN} results per run, ${MAX_UPLOAD_BYTES / 1024 / 1024} MB per upload); the most severe are kept.` }
      }
    ];
    const results = kept2.map((i) => result(findings[i], index.get(findings[i].rule), hashes[i]));
    return { text: JSON.stringify(sarifLog(driverRules, version, results, notifications), null, 2) + "\n", omitted };
  };
  let kept = mostSevere(findings, MAX_RESULTS_PER_RUN);
  let report = render(kept);
  while (Buffer.byteLength(report.text) > MAX_UPLOAD_BYTES) {
    const compressed = process.getBuiltinModule("node:zlib").gzipSync(report.text).length;
    if (compressed <= MAX_UPLOAD_BYTES) break;
    kept = mostSevere(findings, Math.floor(kept.length * MAX_UPLOAD_BYTES * SIZE_MARGIN / compressed));
    report = render(kept);
  }
  return report;
}
function formatSarif(findings, version = VERSION) {
  return sarifReport(findings, version).text;
}

export {
  parseShard,
  UsageError,
  runPipeline,
  VERSION,
  ruleDocUrl,
  sarifReport,
  formatSarif
};
