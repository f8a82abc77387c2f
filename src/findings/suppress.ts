import type { LocDocument } from '../document/document.js';
import type { Finding } from './finding.js';

const DIRECTIVE = /<!--\s*loclint-(disable-next-line|disable-file|disable|enable)((?:\s+[a-z0-9-]+)*)\s*-->/y;
const ALL = '*';
const NOTHING_SUPPRESSED = () => false;

interface Span {
  rules: Set<string>;
  from: number;
  to: number;
}

/**
 * The `<!-- loclint-… -->` comments of a file, as markdownlint reads its own: `disable` /
 * `enable` (all rules or the listed ones) up to a matching enable or the end, `disable-next-line`,
 * and `disable-file`. Directives are the document's HTML comments: in fenced code they are examples.
 */
export function suppressions(doc: LocDocument): (finding: Finding) => boolean {
  if (doc.comments.length === 0) return NOTHING_SUPPRESSED;
  const spans: Span[] = [];
  const open = new Map<string, number>();
  for (const [at] of doc.comments) {
    DIRECTIVE.lastIndex = at;
    const m = DIRECTIVE.exec(doc.text);
    if (m === null) continue;
    const line = doc.lines.position(at).line;
    const rules = m[2]!.trim() === '' ? [ALL] : m[2]!.trim().split(/\s+/);
    switch (m[1]) {
      case 'disable-file':
        spans.push({ rules: new Set(rules), from: 1, to: Infinity });
        break;
      case 'disable-next-line':
        spans.push({ rules: new Set(rules), from: line + 1, to: line + 1 });
        break;
      case 'disable':
        for (const rule of rules) if (!open.has(rule)) open.set(rule, line);
        break;
      case 'enable': {
        const closing = rules.includes(ALL) ? [...open.keys()] : rules;
        for (const rule of closing) {
          const from = open.get(rule);
          if (from !== undefined) spans.push({ rules: new Set([rule]), from, to: line });
          open.delete(rule);
        }
      }
    }
  }
  for (const [rule, from] of open) spans.push({ rules: new Set([rule]), from, to: Infinity });
  if (spans.length === 0) return NOTHING_SUPPRESSED;
  return (f) => spans.some((s) => f.line >= s.from && f.line <= s.to && (s.rules.has(ALL) || s.rules.has(f.rule)));
}
