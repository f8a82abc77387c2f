import { derived, type LocDocument } from '../document/document.js';
import { copiedFromSource } from '../rules-support/counterparts.js';
import type { Rule, RuleFinding } from './rule.js';

/** Each anchor name (lower case) defined more than once, with the line of its first definition. */
interface Duplicates {
  firstLine: Map<string, number>;
  repeated: { name: string; start: number; end: number }[];
}

function duplicatesOf(doc: LocDocument): Duplicates {
  const firstLine = new Map<string, number>();
  const repeated: Duplicates['repeated'] = [];
  for (let i = 0; i < doc.anchors.length; i++) {
    const anchor = doc.anchors[i]!;
    const name = anchor.name.toLowerCase();
    if (!firstLine.has(name)) firstLine.set(name, doc.lines.position(anchor.start).line);
    else repeated.push({ name: anchor.name, start: anchor.start, end: anchor.end });
  }
  return { firstLine, repeated };
}

const repeatedNames = (doc: LocDocument) => new Set(derived(doc, duplicatesOf).repeated.map((r) => r.name.toLowerCase()));

export const anchorDuplicate: Rule = {
  id: 'anchor-duplicate',
  description: 'No `<a name>` or `<a id>` anchor is defined twice in a file',
  severity: 'error',
  severityReason:
    'Error: the second anchor of a name can never be reached, so every link meant for it lands on the first. A duplicate the source file has too is reported once, on the source, where the fix belongs.',
  examples: {
    fail: "## <a name=\"setup\"></a>…\n## <a name=\"setup\"></a>…",
    pass: "## <a name=\"setup\"></a>…\n## <a name=\"setup-1\"></a>…",
  },
  scope: 'locales',
  messages: {
    duplicate: 'Anchor `{{name}}` is already defined on line {{line}}: links to it reach only the first',
  },
  check(doc, ctx) {
    const { firstLine, repeated } = derived(doc, duplicatesOf);
    if (repeated.length === 0) return [];
    const findings: RuleFinding[] = [];
    for (const { name, start, end } of repeated) {
      if (copiedFromSource(ctx, (source) => derived(source, repeatedNames).has(name.toLowerCase()))) continue;
      findings.push({ start, end, messageId: 'duplicate', data: { name, line: firstLine.get(name.toLowerCase())! } });
    }
    return findings;
  },
};
