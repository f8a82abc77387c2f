import matter from 'gray-matter';
import type { Node } from 'yaml';
import { lazyDependency } from '../runtime.js';
import { APOSTROPHE, ASCII_END, BACKSLASH, COLON, COMMA, CR, DASH, DOT, HASH, LF, LINE_SEPARATOR, PARAGRAPH_SEPARATOR, QUOTE, SPACE, TAB } from './chars.js';

const yaml = lazyDependency<typeof import('yaml')>('yaml');

export interface FrontMatterEntry {
  key: string;
  keyStart: number;
  keyEnd: number;
  /** Scalars as the strings they are written as; sequences as lists of strings. */
  value: string | string[] | null;
  /** Quoted scalar (`"123"`), as opposed to plain (`123`). */
  quoted: boolean;
  valueStart: number;
  valueEnd: number;
}

export interface FrontMatterProblem {
  start: number;
  end: number;
  message: string;
  /** Milder than the rule's default: what the publishing pipeline reads all the same. */
  severity?: 'warning';
}

/** Front matter always opens the file, at offset 0. */
export interface FrontMatter {
  /** Offset just past the closing `---` line (or the end of the file when unclosed). */
  end: number;
  closed: boolean;
  entries: FrontMatterEntry[];
  get(key: string): FrontMatterEntry | undefined;
  problems: FrontMatterProblem[];
}

const refuse = (language: string) => () => {
  throw new Error(`front matter in ${language} is not read: loclint never evaluates code from the checked repository`);
};

// gray-matter evaluates `---js` / `---javascript` front matter by default (CVE-2022-25863).
// Every engine is replaced: YAML is parsed below with positions, everything else is refused.
const engines = {
  yaml: () => ({}),
  javascript: refuse('JavaScript'),
  js: refuse('JavaScript'),
  json: refuse('JSON'),
  coffee: refuse('CoffeeScript'),
};

const MAX_ALIASES = 50;
/** Characters of YAML read at most: a Docs front matter holds about 2,000, and the `yaml` package's work on aliases and flow collections grows faster than their size. */
const MAX_YAML_CHARS = 64 * 1024;
/** `:` read at most: the `yaml` package checks each key against those before it, so its work grows with the square of the keys. */
const MAX_COLONS = 2_000;

export interface MatterSplit {
  /** Offset of the YAML block (after `---` and any language name). */
  yamlStart: number;
  /** The block up to the closing `\n---`, or to the end of the file when there is none. */
  matter: string;
}

/**
 * Where the YAML block lies, as gray-matter splits it. A plain `---` line, which opens nearly every
 * file, is split here directly (gray-matter costs as much as the YAML fast path itself); a
 * language after `---` goes to gray-matter, whose code engines are refused. A test and
 * `npm run corpus:parsers` check that both splits agree.
 */
export function splitMatter(text: string): MatterSplit {
  const plain = text.charCodeAt(3) === LF || (text.charCodeAt(3) === CR && text.charCodeAt(4) === LF);
  return plain && text.startsWith('---') ? plainSplit(text) : grayMatterSplit(text);
}

function plainSplit(text: string): MatterSplit {
  const close = text.indexOf('\n---', 3);
  const matter = close === -1 ? text.slice(3) : text.slice(3, close);
  return { yamlStart: 3, matter };
}

export function grayMatterSplit(text: string): MatterSplit {
  // gray-matter copies what follows the block: hand it the block alone (up to "\n---").
  const close = text.indexOf('\n---', 3);
  const split = matter(close === -1 ? text : text.slice(0, close + 4), { engines, language: 'yaml' });
  const language = matter.language(text.slice(3), { language: 'yaml' }) as { raw: string; name: string };
  return { yamlStart: 3 + language.raw.length, matter: split.matter };
}

/** Splits and parses front matter. Returns null when the file has none. */
export function parseFrontMatter(text: string): FrontMatter | null {
  if (!/^---[^\S\r\n]*[A-Za-z]*[^\S\r\n]*\r?(\n|$)/.test(text)) return null;
  const problems: FrontMatterProblem[] = [];
  const entries: FrontMatterEntry[] = [];
  const fm: FrontMatter = {
    end: text.length,
    closed: false,
    entries,
    problems,
    get: (key) => firstEntry(entries, key),
  };

  let split: MatterSplit;
  try {
    split = splitMatter(text);
  } catch (error) {
    problems.push({ start: 0, end: 3, message: (error as Error).message });
    return fm;
  }
  const { yamlStart } = split;
  // The block ends before "\n---"; with CRLF a lone "\r" would be left, which YAML reads as a line.
  const yamlText = split.matter.replace(/\r$/, '');
  // gray-matter ends the block at the first "\n---"; without one it takes the whole file.
  const closingAt = yamlStart + split.matter.length;
  if (closingAt < text.length) {
    const lineEnd = text.indexOf('\n', closingAt + 1);
    fm.closed = true;
    fm.end = lineEnd === -1 ? text.length : lineEnd + 1;
  }

  if (!fm.closed) {
    problems.push({ start: 0, end: 3, message: 'Front matter is not closed: no `---` line ends it' });
    return fm;
  }
  const spanAt = yamlText.includes('<') ? firstUnitTag(yamlText) : -1;
  if (spanAt !== -1) {
    const start = yamlStart + spanAt;
    problems.push({
      start,
      end: text.indexOf('>', start) + 1 || start + 5,
      message: 'Front matter is wrapped in segment spans: the YAML was sent for translation and no longer parses',
    });
    return fm;
  }

  const mapping = simpleMapping(text, yamlStart, yamlStart + yamlText.length) ?? boundedYamlMapping(yamlText, yamlStart);
  entries.push(...mapping.entries);
  problems.push(...mapping.problems);
  return fm;
}

/** The first entry of a key. A front matter holds a score of keys: a scan costs less than building a Map for each file. */
function firstEntry(entries: readonly FrontMatterEntry[], key: string): FrontMatterEntry | undefined {
  for (let i = 0; i < entries.length; i++) if (entries[i]!.key === key) return entries[i];
  return undefined;
}

export interface Mapping {
  entries: FrontMatterEntry[];
  problems: FrontMatterProblem[];
}

function boundedYamlMapping(yamlText: string, yamlStart: number): Mapping {
  const refuse = (what: string): Mapping => ({ entries: [], problems: [{ start: yamlStart, end: yamlStart, message: `Front matter ${what}: too large to read as YAML, not checked` }] });
  if (yamlText.length > MAX_YAML_CHARS) return refuse(`is ${yamlText.length} characters, over ${MAX_YAML_CHARS}`);
  let colons = 0;
  for (let at = yamlText.indexOf(':'); at !== -1 && colons <= MAX_COLONS; at = yamlText.indexOf(':', at + 1)) colons++;
  return colons > MAX_COLONS ? refuse(`holds more than ${MAX_COLONS} \`:\` (keys, or values with colons)`) : yamlMapping(yamlText, yamlStart);
}

/** The YAML block read by the `yaml` package (1.2, failsafe schema: every scalar a string). */
export function yamlMapping(yamlText: string, yamlStart: number): Mapping {
  const entries: FrontMatterEntry[] = [];
  const problems: FrontMatterProblem[] = [];
  const { isMap, isScalar, parseDocument } = yaml();
  const options = { version: '1.2', schema: 'failsafe', uniqueKeys: true, prettyErrors: false } as const;
  let doc = parseDocument(yamlText, options);
  // Offsets in the text parsed back to offsets in the file, when the text was indented (see below).
  let inFile = (offset: number) => yamlStart + offset;
  if (doc.errors.length > 0) {
    const lenient = indentedContinuations(yamlText);
    const retried = lenient === null ? null : parseDocument(lenient.text, options);
    if (lenient === null || retried === null || retried.errors.length > 0) {
      for (const error of doc.errors) problems.push({ start: inFile(error.pos[0]), end: inFile(error.pos[1]), message: `YAML: ${error.message}` });
      return { entries, problems };
    }
    // Lenient parsers (libyaml's, the publishing pipeline's) read a quoted value whose next line
    // starts at column 0; YAML 1.2 asks for an indent. The page publishes: a warning, and the keys are read.
    doc = retried;
    inFile = (offset: number) => yamlStart + lenient.original(offset);
    for (const at of lenient.lines) {
      problems.push({ start: yamlStart + at, end: yamlStart + at, severity: 'warning', message: 'YAML: a quoted value goes on in a line that is not indented; strict YAML parsers reject it' });
    }
  }
  if (yamlText.includes('*') && countAliases(doc.contents) > MAX_ALIASES) {
    problems.push({ start: inFile(0), end: inFile(0), message: `YAML uses more than ${MAX_ALIASES} aliases: refused` });
    return { entries, problems };
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === '' || root.value === null))) return { entries, problems };
  if (!isMap(root)) {
    const [s, e] = root.range ?? [0, 0];
    problems.push({ start: inFile(s), end: inFile(e), message: 'Front matter is not a mapping of keys to values' });
    return { entries, problems };
  }
  for (const pair of root.items) {
    if (!isScalar(pair.key)) continue;
    const [keyStart, keyEnd] = pair.key.range ?? [0, 0];
    const value = pair.value as Node | null;
    const [valueStart, valueEnd] = value?.range ?? [keyEnd, keyEnd];
    entries.push({
      key: String(pair.key.value),
      keyStart: inFile(keyStart),
      keyEnd: inFile(keyEnd),
      value: readValue(value),
      quoted: isScalar(value) && (value.type === 'QUOTE_DOUBLE' || value.type === 'QUOTE_SINGLE'),
      valueStart: inFile(valueStart),
      valueEnd: inFile(valueEnd),
    });
  }
  return { entries, problems };
}

/**
 * The YAML with one space before each line that continues a double-quoted value begun on a top-level
 * `key: "` line and starts at column 0, or null when there is none; `lines` are those lines' offsets,
 * `original` maps an offset in the new text back.
 */
function indentedContinuations(yamlText: string): { text: string; lines: number[]; original: (offset: number) => number } | null {
  const lines: number[] = [];
  let open = false;
  for (let at = 0; at < yamlText.length; ) {
    const end = yamlText.indexOf('\n', at) === -1 ? yamlText.length : yamlText.indexOf('\n', at) + 1;
    const line = yamlText.slice(at, end);
    if (open && line.trim() !== '' && !/^\s/.test(line)) lines.push(at);
    if (open) open = !closesQuote(line, 0);
    else {
      const value = /^[^\s#:][^:]*:\s+"/.exec(line);
      open = value !== null && !closesQuote(line, value[0].length);
    }
    at = end;
  }
  if (lines.length === 0) return null;
  let text = '';
  let from = 0;
  for (const at of lines) {
    text += `${yamlText.slice(from, at)} `;
    from = at;
  }
  text += yamlText.slice(from);
  // The k-th inserted space sits at lines[k] + k in the new text.
  const original = (offset: number) => {
    let shift = 0;
    while (shift < lines.length && lines[shift]! + shift < offset) shift++;
    return offset - shift;
  };
  return { text, lines, original };
}

/** Whether a double-quoted value that is open at `from` closes in the line (an unescaped `"`). */
function closesQuote(line: string, from: number): boolean {
  for (let i = from; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '"') return true;
  }
  return false;
}

const KEY_START = new Uint8Array(ASCII_END);
const KEY_CHAR = new Uint8Array(ASCII_END);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_') KEY_START[ch.charCodeAt(0)] = KEY_CHAR[ch.charCodeAt(0)] = 1;
KEY_CHAR[DOT] = KEY_CHAR[DASH] = 1;
// Inside a key, as a translator's typo leaves it (`ms,.custom`, `munlocking-an-account s.custom`).
KEY_CHAR[SPACE] = KEY_CHAR[COMMA] = 1;

interface KeyLine {
  keyEnd: number;
  /** A hash of the key, which tells most different keys apart without comparing strings. */
  keyHash: number;
  tokenStart: number;
  tokenEnd: number;
}

/**
 * `key: token` in text[from, to), read as /^([A-Za-z0-9_][A-Za-z0-9_., -]*(?<! )):(?:( +)(.*?))? *$/ reads
 * that line, by offsets into the file's text: no regular expression, and no slice, whose every
 * character read costs more than one of the flat text. Fills `line` (one per file, not per line)
 * and tells whether the line has that shape.
 */
function keyLine(text: string, from: number, to: number, line: KeyLine): boolean {
  // Tables are read only below 128: read out of bounds once (non-Latin text), V8 reads them on a slow path from then on.
  let c = text.charCodeAt(from);
  if (!(c < ASCII_END && KEY_START[c] === 1)) return false;
  let keyHash = c;
  let colon = from + 1;
  for (; colon < to && (c = text.charCodeAt(colon)) < ASCII_END && KEY_CHAR[c] === 1; colon++) keyHash = (Math.imul(keyHash, 31) + c) | 0;
  // A space before the colon is YAML's to trim from the key.
  if (colon === to || c !== COLON || text.charCodeAt(colon - 1) === SPACE) return false;
  let end = to;
  while (end > colon + 1 && text.charCodeAt(end - 1) === SPACE) end--;
  let start = colon + 1;
  while (start < end && text.charCodeAt(start) === SPACE) start++;
  // `key:value` is not this shape: a value must be set off by a space.
  if (start === colon + 1 && start < end) return false;
  // `.` matches no line terminator: with one inside, the pattern fails.
  for (let i = start; i < end; i++) {
    c = text.charCodeAt(i);
    if (c === CR || c === LINE_SEPARATOR || c === PARAGRAPH_SEPARATOR) return false;
  }
  line.keyEnd = colon;
  line.keyHash = keyHash;
  line.tokenStart = start;
  line.tokenEnd = end;
  return true;
}

/** Keys already read, by hash: files repeat the same score of keys. */
const keysByHash = new Map<number, string>();
const MAX_KEYS_KEPT = 10_000;

/**
 * The key text[start, end), as the string it was when last read: files share one string per key,
 * internalized, which V8 compares with the names the rules ask for (`ms.contentlocale`) by identity
 * and looks up in Sets without hashing it again (instructions over 994 files: −1.5 %).
 */
function keyAt(text: string, start: number, end: number, hash: number): string {
  const known = keysByHash.get(hash);
  if (known !== undefined && known.length === end - start && text.startsWith(known, start)) return known;
  const key = text.slice(start, end);
  if (keysByHash.size < MAX_KEYS_KEPT) keysByHash.set(hash, internalized(key));
  return key;
}

/** V8's one copy of a string's content, as it keeps for property names (and string literals). */
function internalized(s: string): string {
  return Object.keys({ [s]: 0 })[0]!;
}

const SIMPLE_ITEM = /^( *)- (.*?) *$/;
// A plain scalar that YAML reads as itself: no indicator first, no `: ` or ` #` inside, no tab.
const PLAIN = /^(?![-?:,[\]{}#&*!|>'"%@`\s])(?:[^:#\t]|:(?! |$)|(?<! )#)*(?<!:)$/;

/**
 * The scalar text[start, end) as YAML reads it: plain, single-quoted, or double-quoted with no escape
 * but `\"` and `\\`; else null. A scalar read is quoted when it opens with a quote.
 */
function scalar(text: string, start: number, end: number): string | null {
  const first = text.charCodeAt(start);
  if (end - start >= 2 && isQuote(first)) {
    // Quoted, the only quote inside the closing one; in double quotes, `\"` and `\\` unescaped and
    // any other escape left to the parser.
    if (text.charCodeAt(end - 1) !== first) return null;
    let value = '';
    let from = start + 1;
    for (let i = start + 1; i < end - 1; i++) {
      const c = text.charCodeAt(i);
      if (c === first) return null;
      if (first === QUOTE && c === BACKSLASH) {
        const escaped = text.charCodeAt(i + 1);
        if ((escaped !== QUOTE && escaped !== BACKSLASH) || i + 1 === end - 1) return null;
        value += text.slice(from, i);
        from = ++i;
      }
    }
    return value + text.slice(from, end - 1);
  }
  const value = text.slice(start, end);
  return plainAtSight(text, start, end) || PLAIN.test(value) ? value : null;
}

const isQuote = (c: number) => c === QUOTE || c === APOSTROPHE;

/** Whether PLAIN accepts text[start, end) at sight, as it does most values (`v-smandalika`, `02/15/2021`): a letter or digit first, no `:`, `#` or tab. */
function plainAtSight(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (!(first < ASCII_END && KEY_START[first] === 1)) return false;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === COLON || c === HASH || c === TAB) return false;
  }
  return true;
}

/**
 * The common shape of localized front matter — `key: value` lines and `- item` lists — in
 * text[start, end), read without a YAML parser, with the same entries and offsets the `yaml`
 * package gives. Anything else (comments, continuation lines, other escapes, flow collections, repeated
 * keys) returns null and is left to the parser. `npm run corpus:parsers` and a test check that
 * both agree.
 */
export function simpleMapping(text: string, start: number, end: number): Mapping | null {
  const entries: FrontMatterEntry[] = [];
  const keyHashes: number[] = [];
  let list: { entry: FrontMatterEntry; items: string[]; indent: number } | null = null;
  const m: KeyLine = { keyEnd: 0, keyHash: 0, tokenStart: 0, tokenEnd: 0 };
  let lineStart = start;
  while (lineStart <= end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    const contentEnd = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
    const next = lineEnd + 1;
    const first = lineStart < contentEnd ? text.charCodeAt(lineStart) : -1;
    // A key's first character makes the line neither blank nor a list item: most lines are told at sight.
    const line = first >= 0 && first < ASCII_END && KEY_START[first] === 1 ? null : text.slice(lineStart, contentEnd);
    if (line !== null && line.trim() === '') {
      lineStart = next;
      continue;
    }
    // Only a line that opens with a space or a dash can be a list item.
    const item = line !== null && (first === SPACE || first === DASH) ? SIMPLE_ITEM.exec(line) : null;
    if (item) {
      const indent = item[1]!.length;
      if (list === null || (list.items.length > 0 && indent !== list.indent)) return null;
      const tokenStart = lineStart + indent + 2;
      const value = scalar(text, tokenStart, tokenStart + item[2]!.length);
      if (value === null || value === '') return null;
      if (list.items.length === 0) {
        list.indent = indent;
        list.entry.valueStart = lineStart + indent;
      }
      list.items.push(value);
      list.entry.value = list.items;
      list.entry.valueEnd = Math.min(next, end);
      lineStart = next;
      continue;
    }
    if (!keyLine(text, lineStart, contentEnd, m)) return null;
    const key = keyAt(text, lineStart, m.keyEnd, m.keyHash);
    // A repeated key is the parser's to report.
    for (let i = 0; i < keyHashes.length; i++) if (keyHashes[i] === m.keyHash && entries[i]!.key === key) return null;
    keyHashes.push(m.keyHash);
    if (m.tokenStart === m.tokenEnd) {
      // Nothing after the colon: an empty scalar, unless `- item` lines follow.
      const entry: FrontMatterEntry = { key, keyStart: lineStart, keyEnd: m.keyEnd, value: '', quoted: false, valueStart: contentEnd, valueEnd: contentEnd };
      entries.push(entry);
      list = { entry, items: [], indent: 0 };
    } else {
      const value = scalar(text, m.tokenStart, m.tokenEnd);
      if (value === null) return null;
      const quoted = isQuote(text.charCodeAt(m.tokenStart));
      entries.push({ key, keyStart: lineStart, keyEnd: m.keyEnd, value, quoted, valueStart: m.tokenStart, valueEnd: m.tokenEnd });
      list = null;
    }
    lineStart = next;
  }
  return { entries, problems: [] };
}

function readValue(node: Node | null): string | string[] | null {
  if (node === null) return null;
  const { isScalar, isSeq } = yaml();
  if (isScalar(node)) return node.value === null ? '' : String(node.value);
  if (isSeq(node)) return node.items.map((item) => (isScalar(item) ? String(item.value ?? '') : ''));
  return null;
}

function countAliases(node: unknown): number {
  let count = 0;
  yaml().visit(node as Node, { Alias: () => void count++ });
  return count;
}

const SPAN_OPEN = /<span\s/gi;
const UNIT_ATTRIBUTE = /data-(?:ttu|stu)-id/gi;
const SPAN_OPEN_LENGTH = '<span '.length;

/**
 * Where the first `<span …data-ttu-id` (or stu) tag starts, as `/<span\s[^>]*data-(ttu|stu)-id/i`
 * finds it, in linear time: the next `>` and the next unit attribute only move forward.
 */
function firstUnitTag(text: string): number {
  let tagEnd = -1;
  let attribute = -1;
  SPAN_OPEN.lastIndex = 0;
  for (let open = SPAN_OPEN.exec(text); open !== null; open = SPAN_OPEN.exec(text)) {
    const at = open.index;
    if (tagEnd < at) {
      const gt = text.indexOf('>', at);
      tagEnd = gt === -1 ? text.length : gt;
    }
    if (attribute < at + SPAN_OPEN_LENGTH) {
      UNIT_ATTRIBUTE.lastIndex = at + SPAN_OPEN_LENGTH;
      attribute = UNIT_ATTRIBUTE.exec(text)?.index ?? text.length;
    }
    if (attribute < tagEnd) return at;
  }
  return -1;
}
