import { zoneAt, type LocatedSegment, type LocDocument } from './document.js';
import type { Link } from './links.js';
import { parseTarget, type Target } from './targets.js';

export interface PlacedLink extends Link {
  parsed: Target;
  /** The segment whose translation or source holds the link; null outside segments. */
  segment: LocatedSegment | null;
  zone: 'translation' | 'source' | 'outside';
}

const cache = new WeakMap<LocDocument, PlacedLink[]>();

/** Every link with its parsed target and zone, computed once per document for all rules. */
export function placedLinks(doc: LocDocument): PlacedLink[] {
  let placed = cache.get(doc);
  if (placed === undefined) {
    placed = doc.links.map((link) => {
      const zone = zoneAt(doc, link.start);
      return { ...link, parsed: parseTarget(link.target, doc.urlLocalePatterns), zone: zone.kind, segment: zone.kind === 'outside' ? null : zone.segment };
    });
    cache.set(doc, placed);
  }
  return placed;
}

/** The links a reader of this file sees: translations and text outside segments, not the hidden source. */
export function renderedLinks(doc: LocDocument): PlacedLink[] {
  return placedLinks(doc).filter((l) => l.zone !== 'source');
}
