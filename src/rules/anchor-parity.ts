import { derived, type LocDocument } from '../document/document.js';
import { headingSlug } from '../document/markdown.js';
import { comparableCounterparts, keysOf, majority, placeOfCounterpartOffset, sameEntries } from '../rules-support/counterparts.js';
import type { Rule, RuleFinding } from './rule.js';

/** Anchor names a document defines, with where each is. Source files also get their headings' ids. */
function anchorsOf(doc: LocDocument, withHeadings: boolean): ReadonlyMap<string, number> {
  return derived(doc, withHeadings ? anchorsAndHeadingIds : anchorsOnly);
}

const anchorsOnly = (doc: LocDocument) => anchorNames(doc, false);
const anchorsAndHeadingIds = (doc: LocDocument) => anchorNames(doc, true);

function anchorNames(doc: LocDocument, withHeadings: boolean): Map<string, number> {
  const names = new Map<string, number>();
  for (let i = 0; i < doc.anchors.length; i++) {
    const name = doc.anchors[i]!.name.toLowerCase();
    if (!names.has(name)) names.set(name, doc.anchors[i]!.start);
  }
  if (withHeadings) {
    for (let i = 0; i < doc.headings.length; i++) {
      const h = doc.headings[i]!;
      const slug = headingSlug(h.text);
      if (!names.has(slug)) names.set(slug, h.start);
    }
  }
  return names;
}

export const anchorParity: Rule = {
  id: 'anchor-parity',
  description: 'A file defines the same `<a name>` anchors as the same article in the other locales and the source',
  severity: 'error',
  severityReason:
    'Error: an anchor the other locales define and this one lacks breaks every link to it from other pages, which link by the same name in every locale.',
  examples: {
    fail: "zh-CN: <a name=\"组写回\"></a>, other locales: <a name=\"group-writeback\"></a>",
    pass: "every locale: <a name=\"group-writeback\"></a>",
  },
  scope: 'locales',
  messages: {
    notElsewhere: 'Anchor `{{name}}` is not in {{lacking}}',
    missing: 'Anchor `{{name}}` of {{holders}} is missing here',
  },
  check(doc, ctx) {
    // The source is what translations are held to, not the other way round.
    if (!ctx.localized) return [];
    const others = comparableCounterparts(doc, ctx).map((c) => ({ ...c, anchors: anchorsOf(c.doc, c.isSource) }));
    if (others.length === 0) return [];
    const here = anchorsOf(doc, false);
    // Every counterpart defines the anchors this file defines: each is held by all.
    if (others.every((o) => sameEntries(here, o.anchors))) return [];
    // Heading ids of the source count as evidence, not as anchors every translation must define.
    const names = keysOf([here, ...others.filter((o) => !o.isSource).map((o) => o.anchors)]);
    const findings: RuleFinding[] = [];
    for (let k = 0; k < names.length; k++) {
      const name = names[k]!;
      const verdict = majority(others.map((o) => (o.anchors.has(name) ? 1 : 0)));
      if (verdict === null) continue;
      const expected = verdict === 1;
      const at = here.get(name);
      if (at !== undefined && !expected) {
        const lacking = others.filter((o) => !o.anchors.has(name)).map((o) => o.label);
        findings.push({ start: at, end: at, messageId: 'notElsewhere', data: { name, lacking: lacking.join(', ') } });
      } else if (at === undefined && expected) {
        const holders = others.filter((o) => o.anchors.has(name));
        const model = holders.find((o) => !o.isSource) ?? holders[0]!;
        findings.push({
          ...placeOfCounterpartOffset(doc, model.doc, model.anchors.get(name)!),
          messageId: 'missing',
          data: { name, holders: holders.map((o) => o.label).join(', ') },
        });
      }
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
