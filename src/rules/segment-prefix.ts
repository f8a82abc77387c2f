import type { Rule } from './rule.js';

export const segmentPrefix: Rule = {
  id: 'segment-prefix',
  description: 'All segment ids in a file share one prefix',
  severity: 'error',
  examples: {
    fail: "581fd-103 … d13cd-104",
    pass: "581fd-103 … 581fd-104",
  },
  scope: 'document',
  check(doc) {
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
        message: `Segment ${segment.id} has prefix ${prefix}; the file's other segments use ${main}`,
      }));
  },
};
