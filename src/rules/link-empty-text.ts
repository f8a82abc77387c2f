import type { LocatedSegment } from '../document/document.js';
import { placedLinks, type PlacedLink } from '../document/link-zones.js';
import { hasVisibleText, visibleText } from '../document/markdown.js';
import type { Rule, RuleFinding } from './rule.js';

/** The links in each unit's source: one pass, so that a file of many emptied links stays linear. */
function bySourceUnit(links: readonly PlacedLink[]): Map<LocatedSegment, PlacedLink[]> {
  const map = new Map<LocatedSegment, PlacedLink[]>();
  for (let i = 0; i < links.length; i++) {
    const link = links[i]!;
    if (link.zone !== 'source' || link.segment === null) continue;
    const list = map.get(link.segment);
    if (list) list.push(link);
    else map.set(link.segment, [link]);
  }
  return map;
}

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
  messages: {
    noText: 'Link to `{{target}}` has no text; in the source it reads "{{sourceText}}"',
  },
  check(doc) {
    const links = placedLinks(doc);
    const findings: RuleFinding[] = [];
    let sourceLinks: Map<LocatedSegment, PlacedLink[]> | undefined;
    for (let i = 0; i < links.length; i++) {
      const link = links[i]!;
      if (link.zone !== 'translation' || (link.kind !== 'inline' && link.kind !== 'reference')) continue;
      if (hasVisibleText(doc.text, link.textStart, link.textEnd)) continue;
      sourceLinks ??= bySourceUnit(links);
      const sources = (sourceLinks.get(link.segment!) ?? []).filter((s) => s.parsed.key === link.parsed.key && visibleText(doc.text.slice(s.textStart, s.textEnd)) !== '');
      const source = sources[0];
      if (source) {
        const sourceText = visibleText(doc.text.slice(source.textStart, source.textEnd));
        // The source's text as written (its markup too), when every source link to that target reads the same.
        const written = doc.text.slice(source.textStart, source.textEnd);
        const agreed = sources.every((s) => doc.text.slice(s.textStart, s.textEnd) === written);
        findings.push({
          start: link.start,
          end: link.end,
          messageId: 'noText',
          data: { target: link.target, sourceText },
          ...(agreed && { fix: { description: `restore the link text "${sourceText}" from the source unit, in its language`, edits: [{ start: link.textStart, end: link.textEnd, text: written }] } }),
        });
      }
    }
    return findings;
  },
};
