import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  ConfigError,
  LocaleLayout,
  VERSION,
  applyBaseline,
  countBySeverity,
  displayPath,
  filesOfShard,
  findConfig,
  formatSarif,
  lintFiles,
  localeFromPath,
  meetsFailLevel,
  parseDocument,
  parseShard,
  parseTarget,
  readBaseline,
  relativeFilePath
} from "./chunks/chunk-KMKOGQBI.js";
import {
  require_tunnel,
  require_undici
} from "./chunks/chunk-NEH7MSQJ.js";
import {
  __toESM
} from "./chunks/chunk-ABWFEKAN.js";

// src/main.ts
import { globSync, writeFileSync } from "node:fs";
import { matchesGlob, resolve as resolve2 } from "node:path";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve3) {
      resolve3(value);
    });
  }
  return new (P || (P = Promise))(function(resolve3, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve3(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

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
    import("./chunks/github-3EHGMP34.js"),
    import("./chunks/dist-bundle-YXK5HY5X.js"),
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
    cacheDir: resolve2(process.env.RUNNER_TEMP ?? workspace, "loclint-cache")
  });
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
run2().catch((error2) => {
  if (error2 instanceof ConfigError) setFailed(`loclint: ${error2.message}`);
  else setFailed(`loclint failed: ${error2.stack ?? String(error2)}`);
});
export {
  run2 as run
};
