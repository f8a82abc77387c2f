import { placedLinks } from '../document/link-zones.js';
import { hasVisibleText, visibleText } from '../document/markdown.js';
import type { Rule, RuleFinding } from './rule.js';

export const linkEmptyText: Rule = {
  id: 'link-empty-text',
  description: 'A link in a translation has text when the same link in its source has text',
  severity: 'error',
  severityReason:
    'Error: a link without text is invisible to the reader, so the link is lost.',
  examples: {
    fail: "[](https://example.com/a) … [Purchase services](https://example.com/a)",
    pass: "[购买服务](https://example.com/a) … [Purchase services](https://example.com/a)",
  },
  scope: 'document',
  check(doc) {
    const links = placedLinks(doc);
    const findings: RuleFinding[] = [];
    for (let i = 0; i < links.length; i++) {
      const link = links[i]!;
      if (link.zone !== 'translation' || (link.kind !== 'inline' && link.kind !== 'reference')) continue;
      if (hasVisibleText(doc.text, link.textStart, link.textEnd)) continue;
      const source = links.find(
        (s) => s.zone === 'source' && s.segment === link.segment && s.parsed.key === link.parsed.key && visibleText(doc.text.slice(s.textStart, s.textEnd)) !== '',
      );
      if (source) {
        const sourceText = visibleText(doc.text.slice(source.textStart, source.textEnd));
        findings.push({ start: link.start, end: link.end, message: `Link to \`${link.target}\` has no text; in the source it reads "${sourceText}"` });
      }
    }
    return findings;
  },
};
