import type { LocatedSegment } from '../document/document.js';
import type { Rule } from './rule.js';

/** Whether every well-formed id shares one prefix, as in nearly every file: told without counting. */
function onePrefix(segments: readonly LocatedSegment[]): boolean {
  let prefix: string | null = null;
  for (let i = 0; i < segments.length; i++) {
    const parts = segments[i]!.idParts;
    if (parts === null) continue;
    if (prefix === null) prefix = parts.prefix;
    else if (parts.prefix !== prefix) return false;
  }
  return true;
}

export const segmentPrefix: Rule = {
  id: 'segment-prefix',
  description: 'All segment ids in a file share one prefix',
  severity: 'error',
  severityReason:
    'Error: the pipeline identifies a file\'s units by their prefix; a unit with another file\'s prefix is not updated with this file.',
  examples: {
    fail: "581fd-103 … d13cd-104",
    pass: "581fd-103 … 581fd-104",
  },
  scope: 'document',
  messages: {
    otherPrefix: "Segment {{id}} has prefix {{prefix}}; the file's other segments use {{main}}",
  },
  check(doc) {
    if (onePrefix(doc.segments)) return [];
    const counts = new Map<string, number>();
    const prefixed = doc.segments.flatMap((s) => {
      const parts = s.idParts;
      if (parts === null) return [];
      counts.set(parts.prefix, (counts.get(parts.prefix) ?? 0) + 1);
      return [{ segment: s, prefix: parts.prefix }];
    });
    if (counts.size < 2) return [];
    // The file's prefix is the one most units carry; the others were pasted from elsewhere.
    const main = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    return prefixed
      .filter((p) => p.prefix !== main)
      .map(({ segment, prefix }) => ({
        start: segment.ttu.tagStart,
        end: segment.ttu.contentStart,
        messageId: 'otherPrefix',
        data: { id: segment.id, prefix, main },
      }));
  },
};
