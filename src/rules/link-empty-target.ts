import type { LocDocument } from '../document/document.js';
import { placedLinks, renderedLinks, type PlacedLink } from '../document/link-zones.js';
import type { Fix, TextEdit } from '../findings/finding.js';
import { comparableCounterparts } from '../rules-support/counterparts.js';
import type { Rule, RuleContext, RuleFinding } from './rule.js';

/** A destination written inside the link (`[text](dest)`, `![alt](dest)`), which an edit can fill. */
const hasOwnDestination = (l: PlacedLink) => l.kind === 'inline' || l.kind === 'image';

/**
 * What each of the file's rendered links links to in the counterparts whose rendered links line up
 * with the file's (as many, and the same targets wherever this file has one): the destinations as
 * written, per position of the file's list.
 */
function alignedDestinations(doc: LocDocument, ctx: RuleContext, rendered: readonly PlacedLink[]): Map<number, string[]> {
  const found = new Map<number, string[]>();
  for (const counterpart of comparableCounterparts(doc, ctx)) {
    const theirs = counterpart.isSource ? placedLinks(counterpart.doc) : renderedLinks(counterpart.doc);
    if (theirs.length !== rendered.length) continue;
    let aligned = true;
    for (let i = 0; i < rendered.length && aligned; i++) if (rendered[i]!.parsed.kind !== 'empty' && rendered[i]!.parsed.key !== theirs[i]!.parsed.key) aligned = false;
    if (!aligned) continue;
    for (let i = 0; i < rendered.length; i++) {
      const link = theirs[i]!;
      if (rendered[i]!.parsed.kind !== 'empty' || link.parsed.kind === 'empty' || !hasOwnDestination(link)) continue;
      const list = found.get(i);
      const destination = counterpart.doc.text.slice(link.destStart, link.destEnd);
      if (list) list.push(destination);
      else found.set(i, [destination]);
    }
  }
  return found;
}

/** What a translated unit's empty link has at the same place among its source unit's links (when both sides have as many). */
interface InSource {
  /** The destination the source unit gives it. */
  destination?: string;
  /** The source unit's link, empty too: the hidden copy that a fill from the other locales fills alike. */
  twin?: PlacedLink;
}

/** For each empty link in a unit's translation, its counterpart in the unit's source, when the unit's links line up. One pass over the links. */
function inSourceUnits(doc: LocDocument, links: readonly PlacedLink[]): Map<PlacedLink, InSource> {
  const units = new Map<object, { translation: PlacedLink[]; source: PlacedLink[] }>();
  for (let i = 0; i < links.length; i++) {
    const link = links[i]!;
    if (link.segment === null || link.zone === 'outside') continue;
    let unit = units.get(link.segment);
    if (!unit) units.set(link.segment, (unit = { translation: [], source: [] }));
    unit[link.zone].push(link);
  }
  const found = new Map<PlacedLink, InSource>();
  units.forEach(({ translation, source }) => {
    if (translation.length !== source.length) return;
    // Only sides that line up link for link (a translation may reorder its links): else the pairing is a guess.
    for (let i = 0; i < translation.length; i++) if (translation[i]!.parsed.kind !== 'empty' && translation[i]!.parsed.key !== source[i]!.parsed.key) return;
    for (let i = 0; i < translation.length; i++) {
      const counterpart = source[i]!;
      if (translation[i]!.parsed.kind !== 'empty' || !hasOwnDestination(counterpart)) continue;
      found.set(translation[i]!, counterpart.parsed.kind === 'empty' ? { twin: counterpart } : { destination: doc.text.slice(counterpart.destStart, counterpart.destEnd) });
    }
  });
  return found;
}

export const linkEmptyTarget: Rule = {
  id: 'link-empty-target',
  description: 'A link has a target: no `[text]()`',
  severity: 'error',
  severityReason:
    'Error: `[text]()` renders as a link to the page itself, which is broken for the reader.',
  examples: {
    fail: "[创建]()",
    pass: "[创建](create.md)",
  },
  scope: 'locales',
  messages: {
    emptyTarget: 'Link `{{link}}` has an empty target',
  },
  check(doc, ctx) {
    // The hidden source copy of a unit repeats its translation's defect: report it once.
    const empty = placedLinks(doc).filter((l) => l.zone !== 'source' && l.kind !== 'html' && l.parsed.kind === 'empty');
    if (empty.length === 0) return [];
    const rendered = renderedLinks(doc);
    const position = new Map(rendered.map((l, i) => [l, i]));
    const elsewhere = alignedDestinations(doc, ctx, rendered);
    const inSource = inSourceUnits(doc, placedLinks(doc));
    return empty.map((l): RuleFinding => {
      const finding = { start: l.start, end: l.end, messageId: 'emptyTarget', data: { link: doc.text.slice(l.start, l.end) } };
      const candidates = [...(elsewhere.get(position.get(l)!) ?? [])];
      const { destination, twin } = inSource.get(l) ?? {};
      if (destination !== undefined) candidates.push(destination);
      // Filled only when every place that gives the link a target gives it the same one.
      const target = candidates[0];
      if (!hasOwnDestination(l) || target === undefined || candidates.some((c) => c !== target)) return finding;
      // The unit's hidden source copy lost the target alike: filled too, so that the unit's two sides still link alike.
      const edits: TextEdit[] = [{ start: l.destStart, end: l.destEnd, text: target }];
      if (twin !== undefined) edits.push({ start: twin.destStart, end: twin.destEnd, text: target });
      const from = destination !== undefined ? 'the source unit' : 'the other locales';
      const fix: Fix = { description: `fill in \`${target}\` from ${from}${twin !== undefined ? ', here and in the unit\'s source copy' : ''}`, edits };
      return { ...finding, fix };
    });
  },
};
