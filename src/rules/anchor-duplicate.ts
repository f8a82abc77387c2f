import type { Rule, RuleFinding } from './rule.js';

export const anchorDuplicate: Rule = {
  id: 'anchor-duplicate',
  description: 'No `<a name>` or `<a id>` anchor is defined twice in a file',
  severity: 'error',
  severityReason:
    'Error: the second anchor of a name can never be reached, so every link meant for it lands on the first.',
  examples: {
    fail: "## <a name=\"setup\"></a>…\n## <a name=\"setup\"></a>…",
    pass: "## <a name=\"setup\"></a>…\n## <a name=\"setup-1\"></a>…",
  },
  scope: 'document',
  check(doc) {
    const firstLine = new Map<string, number>();
    const findings: RuleFinding[] = [];
    for (let i = 0; i < doc.anchors.length; i++) {
      const anchor = doc.anchors[i]!;
      const name = anchor.name.toLowerCase();
      const line = firstLine.get(name);
      if (line === undefined) firstLine.set(name, doc.lines.position(anchor.start).line);
      else findings.push({ start: anchor.start, end: anchor.end, message: `Anchor \`${anchor.name}\` is already defined on line ${line}: links to it reach only the first` });
    }
    return findings;
  },
};
