import { derived, zoneAt, type LocatedSegment, type LocDocument } from './document.js';
import type { Link } from './links.js';
import { parseTarget, type Target } from './targets.js';

export interface PlacedLink extends Link {
  parsed: Target;
  /** The segment whose translation or source holds the link; null outside segments. */
  segment: LocatedSegment | null;
  zone: 'translation' | 'source' | 'outside';
}

/** Every link with its parsed target and zone, computed once per document for all rules. */
export function placedLinks(doc: LocDocument): readonly PlacedLink[] {
  return derived(doc, placeLinks);
}

function placeLinks(doc: LocDocument): PlacedLink[] {
  return doc.links.map((link) => {
    const zone = zoneAt(doc, link.start);
    // Spelled out rather than spread: links of different kinds have different shapes, and spreading them is slow.
    return {
      kind: link.kind,
      start: link.start,
      end: link.end,
      textStart: link.textStart,
      textEnd: link.textEnd,
      destStart: link.destStart,
      destEnd: link.destEnd,
      target: link.target,
      label: link.label,
      parsed: parseTarget(link.target, doc.urlLocalePatterns),
      zone: zone.kind,
      segment: zone.kind === 'outside' ? null : zone.segment,
    };
  });
}

/** The links a reader of this file sees: translations and text outside segments, not the hidden source. */
export function renderedLinks(doc: LocDocument): readonly PlacedLink[] {
  return derived(doc, renderLinks);
}

function renderLinks(doc: LocDocument): PlacedLink[] {
  return placedLinks(doc).filter((l) => l.zone !== 'source');
}
