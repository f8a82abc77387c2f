import { APART, inlinePairs, LINK_OPEN, markedWords, MatchAhead, unitInline, type Words } from '../document/inline-tokens.js';
import { pairItems, type Item } from '../document/parity.js';
import { LinearPattern } from '../config/patterns.js';
import type { SpanRange } from '../document/segments.js';
import type { Rule, RuleFinding } from './rule.js';
import { ASCII_END, ASTERISK, AT_SIGN, BACKSLASH, COLON, DASH, DOT, EQUALS, KELVIN_SIGN, LOWER_H, LOWER_K, PERCENT, UPPER_H, UPPER_K } from '../document/chars.js';

/** PowerShell's approved verbs (`Get-Verb`, PowerShell 7), the first half of a cmdlet's name. */
const APPROVED_VERBS = new Set(
  (
    'Add Clear Close Copy Enter Exit Find Format Get Hide Join Lock Move New Open Optimize Pop Push Redo Remove Rename Reset Resize ' +
    'Search Select Set Show Skip Split Step Switch Undo Unlock Watch Connect Disconnect Read Receive Send Write Backup Checkpoint ' +
    'Compare Compress Convert ConvertFrom ConvertTo Dismount Edit Expand Export Group Import Initialize Limit Merge Mount Out Publish ' +
    'Restore Save Sync Unpublish Update Debug Measure Ping Repair Resolve Test Trace Approve Assert Build Complete Confirm Deny Deploy ' +
    'Disable Enable Install Invoke Register Request Restart Resume Start Stop Submit Suspend Uninstall Unregister Wait Block Grant ' +
    'Protect Revoke Unblock Unprotect Use'
  ).split(' '),
);

/** English compounds written like a cmdlet (`Add-In`, `Read-Only`, `Pop-Up`), which translations translate. */
const COMPOUND_NOUNS = new Set(['In', 'Ins', 'On', 'Ons', 'Only', 'Up', 'Ups', 'Out', 'Off', 'Source', 'Write', 'Over', 'Back', 'Down']);

/** Hyphen-joined parts of a translation's word tried as a token (`Get-Mailbox-Cmdlet` holds `Get-Mailbox`). */
const MAX_PARTS = 8;
/** Characters a changed token and its source share at its start or end, at least, to be taken for it. */
const MIN_SHARED = 3;

export type TokenKind = 'cmdlet' | 'parameter' | 'registry' | 'path' | 'guid' | 'email' | 'variable' | 'setting' | 'file' | 'pattern';

const GUID = /^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$/;
const EMAIL = /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}$/;
const ENV_VARIABLE = /^(?:%[A-Za-z_][A-Za-z0-9_()]{0,63}%|\$env:[A-Za-z_][A-Za-z0-9_]{0,63})/i;
const REGISTRY = /^(?:HKEY_[A-Z_]{2,40}|HKLM|HKCU|HKCR|HKCC|HKU)(?::?\\|$)/;
const PARAMETER = /^-[A-Za-z][A-Za-z0-9]{1,63}$/;
const SETTING = /^[A-Za-z_][A-Za-z0-9_.-]{0,63}=[^=]{1,100}$/;
/** `name.ext`: dotted parts, the last 2–6 characters of one case with a letter (`web.config`, `Setup.exe`, `contoso.com`). */
const FILE = /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,150}\.(?:[a-z0-9]{2,6}|[A-Z0-9]{2,6})$/;
const WINDOWS_PATH = /^(?:[A-Za-z]:\\|\\\\[A-Za-z0-9]|%[A-Za-z_]+%\\)/;
const UNIX_PATH = /^(?:~|\.{1,2})?\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_./-]*$/;

const TOKEN_CHARS = /[-.\\/=@%$]/;
/** TOKEN_CHARS by character code, to pass over a word by its offsets before its key is made. */
const TOKEN_CODES = new Uint8Array(ASCII_END);
for (const c of '-.\\/=@%$') TOKEN_CODES[c.charCodeAt(0)] = 1;

/**
 * Where a token may be, as tokenKind takes words, read as written (a key drops only the backslash of an
 * escape, never a letter or digit): one of `\\/=@%$`; the `HK` of a registry hive; a hyphen that opens a
 * parameter (`-Name`: nothing of its word before it, so no ASCII letter or digit), that follows a verb and
 * opens a noun (`Get-Mailbox`: a lower-case letter or an escape's backslash before, a capital after) or
 * that ends the first group of a GUID (a hex digit or backslash before, a hex digit after); or a dot that
 * opens a file's extension (two letters or digits after it). A hyphen or dot of prose (`built-in`,
 * `e.g.`, `3.5`) is none of these, and a word whose only token characters they are is no token.
 */
const MAY_BE_TOKEN = /[\\/=@%$]|(?<![A-Za-z0-9])-(?=[A-Za-z])|(?<=[a-z\\])-(?=[A-Z])|(?<=[0-9a-fA-F\\])-(?=[0-9a-fA-F])|\.(?=[A-Za-z0-9]{2})|H(?=K)/g;

/**
 * Whether tokenKind may take a word, read as written: its key drops only the backslash of an escape, so a
 * key with a token character or `HK` first has them written too.
 */
function mayBeToken(text: string, start: number, end: number): boolean {
  if (text.startsWith('HK', start)) return true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < ASCII_END && TOKEN_CODES[c] === 1) return true;
  }
  return false;
}

/**
 * Whether presentToken may find a token in a translation's word or looksCodeLike take it, read as
 * written: a source token's key holds one of TOKEN_CHARS or starts with `hk` (a registry hive, lower
 * case), which the word may write with any case of each letter.
 */
function mayHoldToken(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < ASCII_END && TOKEN_CODES[c] === 1) return true;
    if ((c === LOWER_H || c === UPPER_H) && i + 1 < end) {
      const next = text.charCodeAt(i + 1);
      if (next === LOWER_K || next === UPPER_K || next === KELVIN_SIGN) return true;
    }
  }
  return false;
}

/** The kind of code-like token a word of a source unit is, or null for prose. */
export function tokenKind(word: string): TokenKind | null {
  // Most words are prose: a token holds one of these characters, or is a registry hive (`HKLM`).
  if (!TOKEN_CHARS.test(word) && !word.startsWith('HK')) return null;
  const first = word.charCodeAt(0);
  if (GUID.test(word)) return 'guid';
  if (word.includes('@')) return EMAIL.test(word) ? 'email' : null;
  if (ENV_VARIABLE.test(word)) return word.includes('\\') ? 'path' : 'variable';
  if (REGISTRY.test(word)) return 'registry';
  if (WINDOWS_PATH.test(word) || UNIX_PATH.test(word)) return 'path';
  if (first === DASH) return PARAMETER.test(word) ? 'parameter' : null;
  if (word.includes('=')) return SETTING.test(word) ? 'setting' : null;
  const dash = word.indexOf('-');
  if (dash > 0 && isCmdlet(word, dash)) return 'cmdlet';
  if (FILE.test(word) && isFileName(word)) return 'file';
  return null;
}

/** `Verb-Noun`: an approved verb, one hyphen, a noun of ASCII letters and digits that starts with a capital. */
function isCmdlet(word: string, dash: number): boolean {
  if (!APPROVED_VERBS.has(word.slice(0, dash))) return false;
  const noun = word.slice(dash + 1);
  return /^[A-Z][A-Za-z0-9]{1,80}$/.test(noun) && !COMPOUND_NOUNS.has(noun);
}

/**
 * A file or host name: not an abbreviation (`e.g`, `U.S`), a version or size (`v2.0`, `1.6MB`, `5.7.7xx`), nor
 * two sentences missing a space (`separately.For`, whose "extension" is capitalized: FILE takes one case).
 */
function isFileName(word: string): boolean {
  const parts = word.split('.');
  if (!/[A-Za-z]/.test(parts[0]!) || !/[A-Za-z]/.test(parts.at(-1)!)) return false;
  return parts.every((part) => part.length > 0) && !parts.every((part) => part.length <= 2);
}

interface Token extends Item {
  kind: TokenKind;
  /** As written, for messages and fixes. */
  text: string;
}

/** Token kinds compared without case: PowerShell, Windows paths and names, GUIDs and addresses ignore it; configured patterns may not. */
const caseless = (kind: TokenKind) => kind !== 'pattern';

/**
 * What a token is compared by. A setting by its name and `=`: its value may be a description the
 * translation rightly translates (`DNS=external fqdn` → `DNS=externer FQDN`); `v = spf1` is still lost.
 */
function keyOf(kind: TokenKind, word: string): string {
  if (kind === 'setting') return word.slice(0, word.indexOf('=') + 1).toLowerCase();
  return caseless(kind) ? word.toLowerCase() : word;
}

/** Words of the translation that look like a token changed in translation: they keep a token's hyphen, dot, `=`, `\`, `@` or `%`. */
function looksCodeLike(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === DASH || c === BACKSLASH || c === PERCENT || c === DOT || c === EQUALS || c === AT_SIGN) return true;
  }
  return false;
}

function sharedEnds(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let prefix = 0;
  while (prefix < x.length && prefix < y.length && x.charCodeAt(prefix) === y.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < x.length - prefix && suffix < y.length - prefix && x.charCodeAt(x.length - 1 - suffix) === y.charCodeAt(y.length - 1 - suffix)) suffix++;
  return prefix + suffix;
}

/** The configured patterns, compiled once per options object. */
const compiledPatterns = new WeakMap<object, readonly LinearPattern[]>();

function patternsOf(options: Readonly<Record<string, unknown>>): readonly LinearPattern[] {
  const raw = options.patterns;
  if (!Array.isArray(raw) || raw.length === 0) return [];
  let compiled = compiledPatterns.get(options);
  if (compiled === undefined) {
    compiled = raw.map((source) => LinearPattern.compile(String(source)));
    compiledPatterns.set(options, compiled);
  }
  return compiled;
}

export const commandParity: Rule = {
  id: 'command-parity',
  description:
    'Code-like text of a source unit outside backticks (cmdlets, parameters, `key=value`, file names, paths, registry keys, GUIDs, e-mail addresses, environment variables) appears verbatim in the translated unit',
  severity: 'error',
  severityReason:
    'Error: a cmdlet, parameter, path or setting rewritten by translation (`-Identität`, `Получить-Mailbox`) is a command the reader copies and that fails.',
  options: {
    patterns: {
      type: 'array',
      items: { type: 'string' },
      description: 'More tokens, as patterns (RE2 syntax) a whole word of the source unit matches, e.g. `^Contoso\\\\.[A-Z]\\\\w+$`',
    },
  },
  examples: {
    fail: '<span data-ttu-id="977ba-120">Используйте параметр -Identität.</span><span class="sxs-lookup"><span data-stu-id="977ba-120">Use the -Identity parameter.</span></span>',
    pass: '<span data-ttu-id="977ba-120">Используйте параметр -Identity.</span><span class="sxs-lookup"><span data-stu-id="977ba-120">Use the -Identity parameter.</span></span>',
  },
  scope: 'document',
  messages: {
    changed: '`{{token}}` in the source of {{id}} is `{{here}}` here: {{kind}} must stay as written',
    missing: '`{{token}}` in the source of {{id}} is missing here: {{kind}} must stay as written',
    missingLike: '`{{token}}` in the source of {{id}} is missing here (`{{like}}` in its place?): {{kind}} must stay as written',
  },
  check(doc, ctx) {
    const { text } = doc;
    const patterns = patternsOf(ctx.options);
    const findings: RuleFinding[] = [];
    // A configured pattern may match any word; without one, a unit with no token character holds no token.
    const screen = patterns.length === 0 ? new MatchAhead(text, MAY_BE_TOKEN) : null;
    const apart = screen !== null ? new MatchAhead(text, APART) : null;
    const linkOpens = screen !== null ? new MatchAhead(text, LINK_OPEN) : null;
    const pairs = inlinePairs(doc);
    for (let index = 0; index < pairs.length; index++) {
      const pair = pairs[index]!;
      if (screen !== null && !screen.within(pair.source.contentStart, pair.source.contentEnd)) continue;
      // Read when needed: a unit's inline parts are worked out on the first read.
      const { segment, source } = pair;
      // Without configured patterns, only the words with a match of the screen count: a unit with no code, tag,
      // entity, escape or bare URL has them found from its matches.
      const marked = screen !== null && apart !== null && linkOpens !== null ? markedWords(text, source.contentStart, source.contentEnd, screen, apart, linkOpens) : null;
      const tokens = sourceTokens(text, marked ?? pair.sourceInline.words, patterns, source, screen);
      if (tokens.length === 0) continue;
      const { translationInline } = pair;
      const wanted = new Map<string, TokenKind>();
      for (let t = 0; t < tokens.length; t++) wanted.set(tokens[t]!.key, tokens[t]!.kind);
      // The translation's words, and those of its code spans: a token set in backticks is still there.
      const found: Token[] = [];
      const candidates: Token[] = [];
      // Without configured patterns, a word with neither of what mayHoldToken looks for yields nothing: no key made for it.
      const words: Item[] = [];
      const written = translationInline.words;
      for (let w = 0; w < written.length; w++) if (patterns.length > 0 || mayHoldToken(text, written.start(w), written.end(w))) words.push(written.item(w));
      const spans = translationInline.code;
      for (let s = 0; s < spans.length; s++) {
        const span = spans[s]!;
        const inSpan = unitInline(span.key, 0, span.key.length).words;
        for (let w = 0; w < inSpan.length; w++) words.push({ start: span.start, end: span.end, key: inSpan.key(w) });
      }
      for (let w = 0; w < words.length; w++) {
        const word = words[w]!;
        const token = presentToken(word, wanted);
        if (token !== null) found.push(token);
        else if (looksCodeLike(word.key)) candidates.push({ start: word.start, end: word.end, key: word.key, kind: 'pattern', text: word.key });
      }
      const { changed, missing } = pairItems(tokens, found);
      const lost = [...changed.map((c) => c.source), ...missing];
      // A lost token was changed when exactly one leftover word of the translation shares its start or end, and that word no other lost token.
      const likeness = (token: Token, word: Token) => sharedEnds(token.text, word.text) >= Math.min(MIN_SHARED, token.text.length);
      for (const token of lost) {
        const like = candidates.filter((word) => likeness(token, word));
        const only = like.length === 1 && lost.filter((other) => likeness(other, like[0]!)).length === 1 ? like[0]! : null;
        if (only !== null && only.start >= segment.ttu.contentStart) {
          findings.push({
            start: only.start,
            end: only.end,
            messageId: 'changed',
            data: { token: token.text, id: segment.id, here: only.text, kind: describe(token.kind) },
            ...(replaceable(text, token, only) && {
              fix: { description: `restore \`${token.text}\` from the source unit`, edits: [{ start: only.start, end: only.end, text: token.text }] },
            }),
          });
        } else {
          findings.push({
            start: segment.ttu.tagStart,
            end: segment.ttu.contentStart,
            messageId: only !== null ? 'missingLike' : 'missing',
            data: { token: token.text, id: segment.id, kind: describe(token.kind), ...(only !== null && { like: only.text }) },
          });
        }
      }
    }
    return findings;
  },
};

/**
 * Whether putting the source's token in the place of the translation's word restores the command: the
 * word is written as read (not in code), is mostly the token (`-Identität`, `Получить-Mailbox`), and is
 * not a piece of it whose rest lies elsewhere (`board-config` of `board-config. json`) nor the token with
 * more around it (`{LastName-Like`).
 */
function replaceable(text: string, token: Token, word: Token): boolean {
  if (text.slice(word.start, word.end) !== word.text) return false;
  const a = token.text.toLowerCase();
  const b = word.text.toLowerCase();
  return !a.includes(b) && !b.includes(a) && 2 * sharedEnds(a, b) >= Math.max(a.length, b.length);
}

/** Characters a parameter follows (`-Identity`, `**-Identity**`, `(-Identity`); after a letter or `)` a hyphen joins words (`(SaaS)-based`). */
const PARAMETER_AFTER = new Set(' \t\n\r*("\'[_'.split('').map((c) => c.charCodeAt(0)));
/** Words that say a unit is about parameters. */
const PARAMETER_WORDS = /\b(?:parameters?|switch|switches|cmdlets?|command|operators?)\b/i;

/**
 * The code-like words of a source unit. A word like `-Name` is a parameter only in code-like context,
 * since prose writes `-The` after a missing space too: a cmdlet or a second parameter in the unit, a
 * word that names parameters, or emphasis set right around it (`**-Filter**`). `screen` (MAY_BE_TOKEN, null
 * when patterns are configured) finds the words that may be tokens.
 */
function sourceTokens(text: string, words: Words, patterns: readonly LinearPattern[], unit: SpanRange, screen: MatchAhead | null): Token[] {
  const tokens: Token[] = [];
  const parameters: Token[] = [];
  let codeContext = false;
  for (let w = 0; w < words.length; w++) {
    const start = words.start(w);
    const end = words.end(w);
    // A word tokenKind takes holds a match of MAY_BE_TOKEN: the next match, searched for once, passes over the others.
    if (screen !== null && screen.next(start) >= end) continue;
    const mayBe = mayBeToken(text, start, end);
    // A key is made only for a word tokenKind may take, or that a configured pattern may match.
    if (!mayBe && patterns.length === 0) continue;
    const key = words.key(w);
    const kind = (mayBe ? tokenKind(key) : null) ?? (matchesPattern(patterns, key) ? 'pattern' : null);
    if (kind === null) continue;
    const token = { start, end, key: keyOf(kind, key), kind, text: key };
    if (kind !== 'parameter') {
      if (kind === 'cmdlet') codeContext = true;
      tokens.push(token);
      continue;
    }
    if (start > unit.contentStart && !PARAMETER_AFTER.has(text.charCodeAt(start - 1))) continue;
    parameters.push(token);
    if (text.charCodeAt(start - 1) === ASTERISK && text.charCodeAt(end) === ASTERISK) codeContext = true;
  }
  if (parameters.length === 0) return tokens;
  if (codeContext || parameters.length > 1 || PARAMETER_WORDS.test(text.slice(unit.contentStart, unit.contentEnd))) tokens.push(...parameters);
  return tokens.length > 1 ? tokens.sort((a, b) => a.start - b.start) : tokens;
}

/** Whether a word matches a configured pattern; out of sourceTokens' loop, whose iterations then need no closure's scope each. */
function matchesPattern(patterns: readonly LinearPattern[], word: string): boolean {
  for (let p = 0; p < patterns.length; p++) if (patterns[p]!.test(word)) return true;
  return false;
}

/**
 * The source token a translation's word is, begins with (`Get-Mailbox-Cmdlet`), or holds as its ASCII
 * part where another script is glued to it (Arabic `الOutlook.com`), or null.
 */
function presentToken(word: Item, wanted: ReadonlyMap<string, TokenKind>): Token | null {
  const { key } = word;
  const lookup = (from: number, to: number): Token | null => {
    const exact = key.slice(from, to);
    const equals = exact.indexOf('=');
    const name = equals > 0 ? exact.slice(0, equals + 1).toLowerCase() : null;
    const kind = wanted.get(exact) ?? wanted.get(exact.toLowerCase()) ?? (name !== null && wanted.get(name) === 'setting' ? 'setting' : undefined);
    // Keys of caseless kinds are lower case; the others match only as written.
    if (kind === undefined || (!caseless(kind) && !wanted.has(exact))) return null;
    return { start: Math.min(word.end, word.start + from), end: Math.min(word.end, word.start + to), key: keyOf(kind, exact), kind, text: exact };
  };
  const within = (from: number, to: number): Token | null => {
    const whole = lookup(from, to);
    if (whole !== null) return whole;
    let parts = 0;
    for (let dash = key.indexOf('-', from + 1); dash !== -1 && dash < to && parts < MAX_PARTS; dash = key.indexOf('-', dash + 1), parts++) {
      const token = lookup(from, dash);
      if (token !== null) return token;
    }
    return null;
  };
  const found = within(0, key.length);
  if (found !== null) return found;
  // Glued by a hyphen or colon to a word of prose before it (`commutateur-RMSOnline`, `befindet:%APPDATA%`), the
  // token is still whole; glued to code (`{LastName-Like`), the command has changed.
  let glued = 0;
  for (let i = 1; i < key.length && glued < MAX_PARTS; i++) {
    const c = key.charCodeAt(i);
    if (c !== DASH && c !== COLON) continue;
    if (!/^\p{L}+$/u.test(key.slice(0, i))) break;
    glued++;
    const token = within(c === DASH ? i : i + 1, key.length) ?? (c === DASH ? within(i + 1, key.length) : null);
    if (token !== null) return token;
  }
  let runs = 0;
  for (let i = 0; i < key.length && runs < MAX_PARTS; ) {
    while (i < key.length && key.charCodeAt(i) >= ASCII_END) i++;
    const from = i;
    while (i < key.length && key.charCodeAt(i) < ASCII_END) i++;
    if (from === 0 && i === key.length) break;
    runs++;
    const token = i > from ? within(from, i) : null;
    if (token !== null) return token;
  }
  return null;
}

function describe(kind: TokenKind): string {
  switch (kind) {
    case 'cmdlet':
      return 'a cmdlet';
    case 'parameter':
      return 'a parameter';
    case 'registry':
      return 'a registry key';
    case 'path':
      return 'a path';
    case 'guid':
      return 'a GUID';
    case 'email':
      return 'an e-mail address';
    case 'variable':
      return 'an environment variable';
    case 'setting':
      return 'a setting';
    case 'file':
      return 'a file or host name';
    case 'pattern':
      return 'a configured token';
  }
}
