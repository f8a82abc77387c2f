import { derived, type LocDocument } from '../document/document.js';
import { placedLinks, renderedLinks, type PlacedLink } from '../document/link-zones.js';
import { comparableCounterparts, keysOf, majority, placeOfCounterpartOffset, sameEntries } from './counterparts.js';
import type { Rule, RuleFinding } from './rule.js';

/** The links a reader sees, by target; a source file has no hidden source copy, so all its links count. */
function visibleByTarget(doc: LocDocument, isSource: boolean): ReadonlyMap<string, readonly PlacedLink[]> {
  return derived(doc, isSource ? allByTarget : renderedByTarget);
}

const allByTarget = (doc: LocDocument) => byTarget(placedLinks(doc));
const renderedByTarget = (doc: LocDocument) => byTarget(renderedLinks(doc));

function byTarget(links: readonly PlacedLink[]): Map<string, PlacedLink[]> {
  const map = new Map<string, PlacedLink[]>();
  for (let i = 0; i < links.length; i++) {
    const link = links[i]!;
    const list = map.get(link.parsed.key);
    if (list) list.push(link);
    else map.set(link.parsed.key, [link]);
  }
  return map;
}

const sameLength = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length;

export const linksCrossLocale: Rule = {
  id: 'links-cross-locale',
  description: 'A file links to the same targets, as often, as the same article in the other locales and the source',
  severity: 'error',
  severityReason:
    'Error: a link most locales of the same source version have and this one lacks (or repeats) is a link lost or altered in translation.',
  examples: {
    fail: "zh-CN links https://example.com/a once, de-DE and ja-JP twice",
    pass: "every locale links https://example.com/a twice",
  },
  scope: 'locales',
  check(doc, ctx) {
    // The source is what translations are held to, not the other way round.
    if (!ctx.localized) return [];
    const others = comparableCounterparts(doc, ctx).map((c) => ({ ...c, links: visibleByTarget(c.doc, c.isSource) }));
    if (others.length === 0) return [];
    const here = visibleByTarget(doc, false);
    // Every counterpart links each target as often as this file: every count agrees.
    if (others.every((o) => sameEntries(here, o.links, sameLength))) return [];
    const keys = keysOf([here, ...others.map((o) => o.links)]);
    const findings: RuleFinding[] = [];
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const mine = here.get(key) ?? [];
      const counts = others.map((o) => o.links.get(key)?.length ?? 0);
      const expected = majority(counts);
      if (expected === null || mine.length === expected) continue;
      const disagree = others.filter((_, i) => counts[i] !== mine.length).map((o) => o.label);
      const target = (mine[0] ?? others.flatMap((o) => o.links.get(key) ?? [])[0])!.target;
      if (mine.length > expected) {
        for (const link of mine.slice(expected)) {
          findings.push({
            start: link.start,
            end: link.end,
            message: `\`${target}\` is linked ${mine.length}× here but ${expected}× in most other locales (differs from ${disagree.join(', ')})`,
          });
        }
      } else {
        const model = others.find((o, i) => counts[i] === expected && !o.isSource) ?? others.find((_, i) => counts[i] === expected)!;
        for (const link of model.links.get(key)!.slice(mine.length)) {
          findings.push({
            ...placeOfCounterpartOffset(doc, model.doc, link.start),
            message: `Link to \`${target}\` is missing here: ${expected}× in most other locales, ${mine.length}× here (differs from ${disagree.join(', ')})`,
          });
        }
      }
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
