import type { LocDocument } from '../document/document.js';
import type { Rule, RuleFinding, RuleMessage, SourceVersion } from './rule.js';
import { Substrings } from '../rules-support/substrings.js';

/** Units and paragraphs named in one message; the rest are counted. */
const NAMED = 10;
/** Characters of a new paragraph quoted in a message. */
const QUOTED = 60;
const NUL = '\u0000';
/**
 * The longest source text whose units are named: the index of a text takes ~360 bytes a
 * character (190 MB for 512 KiB); the largest source in the corpus is 205 KiB.
 */
const MAX_COMPARED = 256 * 1024;

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
const short = (commit: string) => commit.slice(0, 7);

function listed(items: readonly string[]): string {
  const named = items.slice(0, NAMED).join(', ');
  return items.length > NAMED ? `${named} and ${items.length - NAMED} more` : named;
}

/** The source's paragraphs after its front matter: runs of lines between blank lines, each with its first line (1-based). */
function paragraphs(text: string): { text: string; line: number }[] {
  const lines = text.split('\n');
  let from = 0;
  if (lines[0]?.trimEnd() === '---') {
    const close = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---');
    if (close !== -1) from = close + 1;
  }
  const found: { text: string; line: number }[] = [];
  let current: string[] = [];
  let start = 0;
  for (let i = from; i <= lines.length; i++) {
    const line = lines[i];
    if (line === undefined || line.trim() === '') {
      if (current.length > 0) found.push({ text: squeeze(current.join(' ')), line: start + 1 });
      current = [];
    } else {
      if (current.length === 0) start = i;
      current.push(line);
    }
  }
  return found;
}

interface Indexed {
  then: Substrings;
  current: Substrings;
  added: { text: string; line: number }[];
  inAdded: Substrings;
  starts: number[];
}

/** Every locale of an article is stale against the same versions: each is indexed once per thread. */
const indexed = new WeakMap<SourceVersion, Indexed>();

function indexOf(version: SourceVersion): Indexed {
  let found = indexed.get(version);
  if (found !== undefined) return found;
  const old = new Set(paragraphs(version.before!).map((p) => p.text));
  const added = paragraphs(version.now!).filter((p) => !old.has(p.text));
  // The new paragraphs joined by NUL, which no unit holds: a unit found there lies in one of them.
  const starts: number[] = [];
  let joined = '';
  for (const p of added) {
    starts.push(joined.length);
    joined += `${p.text}${NUL}`;
  }
  found = { then: new Substrings(squeeze(version.before!)), current: new Substrings(squeeze(version.now!)), added, inAdded: new Substrings(joined), starts };
  indexed.set(version, found);
  return found;
}

/** Source units whose text the old source held and the current one does not; new paragraphs holding no unit's text. */
export function staleness(doc: LocDocument, version: SourceVersion): { units: string[]; paragraphs: { text: string; line: number }[] } {
  const { then, current, added, inAdded, starts } = indexOf(version);
  const covered = new Set<number>();
  const units: string[] = [];
  for (const segment of doc.segments) {
    if (segment.stu === null) continue;
    const unit = squeeze(doc.text.slice(segment.stu.contentStart, segment.stu.contentEnd));
    if (unit === '') continue;
    if (then.has(unit) && !current.has(unit)) units.push(segment.id);
    const end = inAdded.firstEnd(unit);
    if (end === -1) continue;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! < end) low = mid;
      else high = mid - 1;
    }
    covered.add(low);
  }
  return { units, paragraphs: added.filter((_, i) => !covered.has(i)) };
}

function quoted(p: { text: string; line: number }): string {
  const text = p.text.length > QUOTED ? `${p.text.slice(0, QUOTED)}…` : p.text;
  return `line ${p.line} “${text}”`;
}

function staleMessage(doc: LocDocument, version: SourceVersion, matched: string): RuleMessage {
  const data = { path: version.path, commit: short(version.commit), matched };
  if (version.current === 'removed') return { messageId: 'removed', data };
  if (version.before === undefined || version.now === undefined || version.before.length > MAX_COMPARED || version.now.length > MAX_COMPARED) return { messageId: 'changedTooLarge', data };
  const { units, paragraphs: added } = staleness(doc, version);
  const changes = { ...data, units: listed(units), paragraphs: listed(added.map(quoted)) };
  if (units.length > 0 && added.length > 0) return { messageId: 'changedUnitsAndParagraphs', data: changes };
  if (units.length > 0) return { messageId: 'changedUnits', data: changes };
  if (added.length > 0) return { messageId: 'changedParagraphs', data: changes };
  return { messageId: 'changedOutsideUnits', data };
}

export const sourceStale: Rule = {
  id: 'source-stale',
  description: 'A translation names the source it was made from (`ms.sourcegitcommit`, `ms.openlocfilehash`) truly, and that source has not changed since',
  severity: 'warning',
  severityReason:
    'Warning: a stale translation or wrong localization metadata still renders; readers get an older text, and the next handoff may translate from the wrong base.',
  examples: {
    fail: 'ms.sourcegitcommit: <a commit after which the source file changed>',
    pass: 'ms.sourcegitcommit: <the commit that last changed the source file>',
  },
  scope: 'locales',
  messages: {
    notACommit: 'ms.sourcegitcommit {{commit}} is not a commit of the source repository: the localization metadata is wrong (or the history was rewritten)',
    noFile: 'The source `{{path}}` did not exist at ms.sourcegitcommit {{commit}}: the localization metadata is wrong',
    wrongHash:
      'ms.openlocfilehash {{hash}} is not the SHA-1 of the source `{{path}}` at ms.sourcegitcommit {{commit}} ({{rawHash}} as stored, {{crlfHash}} with CRLF line endings): the localization metadata is wrong',
    removed: 'Translation is stale: the source `{{path}}` no longer exists at HEAD (it did at ms.sourcegitcommit {{commit}})',
    changedTooLarge: 'Translation is stale: the source `{{path}}` has changed since ms.sourcegitcommit {{commit}}{{matched}}. (The source is too large to name the units that changed.)',
    changedUnits: 'Translation is stale: the source `{{path}}` has changed since ms.sourcegitcommit {{commit}}{{matched}}. Source units no longer in the source: {{units}}.',
    changedParagraphs: 'Translation is stale: the source `{{path}}` has changed since ms.sourcegitcommit {{commit}}{{matched}}. New source paragraphs with no unit: {{paragraphs}}.',
    changedUnitsAndParagraphs:
      'Translation is stale: the source `{{path}}` has changed since ms.sourcegitcommit {{commit}}{{matched}}. Source units no longer in the source: {{units}}. New source paragraphs with no unit: {{paragraphs}}.',
    changedOutsideUnits:
      'Translation is stale: the source `{{path}}` has changed since ms.sourcegitcommit {{commit}}{{matched}}. Every source unit is still in the source; what changed lies outside them.',
  },
  check(doc, ctx) {
    if (!ctx.localized || ctx.sourceVersion === undefined) return [];
    const version = ctx.sourceVersion();
    const fm = doc.frontMatter;
    const commit = fm?.get('ms.sourcegitcommit');
    if (version === null || fm === null || commit === undefined) return [];
    const at = { start: commit.valueStart, end: commit.valueEnd };
    if (version.state === 'no-commit') {
      // Beyond a shallow clone's depth, or in another repository, the commit may well exist: nothing can be said.
      if (version.unknowable) return [];
      return [{ ...at, messageId: 'notACommit', data: { commit: short(version.commit) } }];
    }
    if (version.state === 'no-file') return [{ ...at, messageId: 'noFile', data: { path: version.path, commit: short(version.commit) } }];
    const findings: RuleFinding[] = [];
    const hashEntry = fm.get('ms.openlocfilehash');
    const hash = typeof hashEntry?.value === 'string' ? hashEntry.value.toLowerCase() : null;
    let matched = '';
    if (hash !== null && hashEntry !== undefined) {
      if (hash === version.rawHash) matched = ' (ms.openlocfilehash matches the source at that commit, as stored)';
      else if (hash === version.crlfHash) matched = ' (ms.openlocfilehash matches the source at that commit with CRLF line endings)';
      else {
        findings.push({
          start: hashEntry.valueStart,
          end: hashEntry.valueEnd,
          messageId: 'wrongHash',
          // A version found holds both hashes.
          data: { hash, path: version.path, commit: short(version.commit), rawHash: version.rawHash!, crlfHash: version.crlfHash! },
        });
      }
    }
    if (version.current !== 'same') findings.push({ ...at, ...staleMessage(doc, version, matched) });
    return findings;
  },
};
