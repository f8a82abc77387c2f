import { derived, type LocDocument } from '../document/document.js';
import { placedLinks, renderedLinks, type PlacedLink } from '../document/link-zones.js';
import { comparableCounterparts, keysOf, majority, placeOfCounterpartOffset, sameEntries } from '../rules-support/counterparts.js';
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

/**
 * Per target, how many links the file's units lost against their own source units, and how many
 * they added: link-parity reports those, unit by unit; this rule reports only what is left.
 */
interface UnitDifferences {
  lost: Map<string, number>;
  added: Map<string, number>;
}

function unitDifferences(doc: LocDocument): UnitDifferences {
  const perUnit = new Map<object, Map<string, number>>();
  const links = placedLinks(doc);
  for (let i = 0; i < links.length; i++) {
    const link = links[i]!;
    if (link.segment === null) continue;
    let counts = perUnit.get(link.segment);
    if (counts === undefined) perUnit.set(link.segment, (counts = new Map()));
    counts.set(link.parsed.key, (counts.get(link.parsed.key) ?? 0) + (link.zone === 'translation' ? 1 : -1));
  }
  const differences: UnitDifferences = { lost: new Map(), added: new Map() };
  perUnit.forEach((counts) =>
    counts.forEach((balance, key) => {
      const side = balance < 0 ? differences.lost : differences.added;
      if (balance !== 0) side.set(key, (side.get(key) ?? 0) + Math.abs(balance));
    }),
  );
  return differences;
}

/** The links of a file's source units, by target: what the source says the file links. */
const sourceUnitLinks = (doc: LocDocument) => byTarget(placedLinks(doc).filter((l) => l.zone === 'source'));

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
  messages: {
    moreHere: '`{{target}}` is linked {{here}}× here but {{expected}}× in most other locales (differs from {{disagree}})',
    missing: 'Link to `{{target}}` is missing here: {{expected}}× in most other locales, {{here}}× here (differs from {{disagree}})',
  },
  check(doc, ctx) {
    // The source is what translations are held to, not the other way round.
    if (!ctx.localized) return [];
    const others = comparableCounterparts(doc, ctx).map((c) => ({ ...c, links: visibleByTarget(c.doc, c.isSource) }));
    if (others.length === 0) return [];
    const here = visibleByTarget(doc, false);
    // Every counterpart links each target as often as this file: every count agrees.
    if (others.every((o) => sameEntries(here, o.links, sameLength))) return [];
    const keys = keysOf([here, ...others.map((o) => o.links)]);
    const units = derived(doc, unitDifferences);
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
        const unexplained = mine.length - expected - (units.added.get(key) ?? 0);
        if (unexplained <= 0) continue;
        // The other locales' own source units link it as often as this file does: they lost it, not this one.
        const sourceCounts = others.map((o) => (o.isSource ? o.links : derived(o.doc, sourceUnitLinks)).get(key)?.length ?? 0);
        if (majority(sourceCounts) === mine.length) continue;
        for (const link of mine.slice(mine.length - unexplained)) {
          findings.push({
            start: link.start,
            end: link.end,
            messageId: 'moreHere',
            data: { target, here: mine.length, expected, disagree: disagree.join(', ') },
          });
        }
      } else {
        const unexplained = expected - mine.length - (units.lost.get(key) ?? 0);
        if (unexplained <= 0) continue;
        const model = others.find((o, i) => counts[i] === expected && !o.isSource) ?? others.find((_, i) => counts[i] === expected)!;
        for (const link of model.links.get(key)!.slice(expected - unexplained)) {
          findings.push({
            ...placeOfCounterpartOffset(doc, model.doc, link.start),
            messageId: 'missing',
            data: { target, expected, here: mine.length, disagree: disagree.join(', ') },
          });
        }
      }
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
