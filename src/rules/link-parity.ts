import { placedLinks, type PlacedLink } from '../document/link-zones.js';
import { isImage } from '../document/links.js';
import { pairItems } from '../document/parity.js';
import type { LocatedSegment } from '../document/document.js';
import { brokenJunctions } from './link-syntax.js';
import type { Fix } from '../findings/finding.js';
import type { Rule, RuleFinding } from './rule.js';

export const linkParity: Rule = {
  id: 'link-parity',
  description: "A translated unit links to the same targets as its source unit (in any order; a URL's locale may differ; images are image-parity's)",
  severity: 'error',
  severityReason:
    'Error: a link the source has and the translation lost (or a target changed) is a link the reader of that locale does not get.',
  examples: {
    fail: "译文 (no link) … <span data-stu-id=\"581fd-103\">see [docs](https://example.com/a)</span>",
    pass: "参阅[文档](https://example.com/zh-cn/a) … see [docs](https://example.com/en-us/a)",
  },
  scope: 'document',
  messages: {
    changed: 'Link target changed in {{id}}: the source links to `{{source}}`, the translation to `{{here}}`',
    extra: 'Extra link to `{{target}}` in {{id}}: the source has no such link',
    missing: 'Link to `{{target}}` in the source of {{id}} is missing from the translation',
  },
  check(doc) {
    const bySegment = new Map<LocatedSegment, { translation: PlacedLink[]; source: PlacedLink[]; sourceImages: Set<string> | null }>();
    const links = placedLinks(doc);
    for (let i = 0; i < links.length; i++) {
      const link = links[i]!;
      if (link.segment === null || link.zone === 'outside') continue;
      let entry = bySegment.get(link.segment);
      if (!entry) bySegment.set(link.segment, (entry = { translation: [], source: [], sourceImages: null }));
      // An image's `src` is image-parity's to compare, and so is a link the translation made of it: one finding per lost image, not two.
      if (isImage(doc.text, link)) {
        if (link.zone === 'source') (entry.sourceImages ??= new Set()).add(link.parsed.key);
      } else entry[link.zone].push(link);
    }
    bySegment.forEach((entry) => {
      const images = entry.sourceImages;
      if (images !== null) entry.translation = entry.translation.filter((link) => !images.has(link.parsed.key));
    });
    const findings: RuleFinding[] = [];
    bySegment.forEach(({ translation, source }, segment) => {
      if (sameTargetsInOrder(translation, source)) return;
      const { changed, missing, extra } = pairItems(source.map(asItem), translation.map(asItem));
      changed.forEach(({ source: { link: lost }, translation: { link } }) => {
        const fix = changed.length === 1 && missing.length === 0 && extra.length === 0 ? restoredTarget(doc.text, segment, link, lost) : undefined;
        findings.push({ start: link.start, end: link.end, messageId: 'changed', data: { id: segment.id, source: lost.target, here: link.target }, ...(fix && { fix }) });
      });
      for (const { link } of extra) findings.push({ start: link.start, end: link.end, messageId: 'extra', data: { target: link.target, id: segment.id } });
      // A link the translation lost by breaking its `](` is link-syntax's finding: one for the cause.
      const brokenJoins = brokenJunctions(doc.text, segment).length;
      for (const { link: lost } of missing.slice(brokenJoins)) {
        findings.push({
          start: segment.ttu.tagStart,
          end: segment.ttu.contentStart,
          messageId: 'missing',
          data: { target: lost.target, id: segment.id },
        });
      }
    });
    return findings;
  },
};

const asItem = (link: PlacedLink) => ({ start: link.start, end: link.end, key: link.parsed.key, link });

/**
 * The source link's destination written into the translation's link, when one link changed and one
 * was lost: unless the source's destination already stands in the unit's text, where the translation
 * wrapped it in something else (`[[Invite people](ユーザーを招待)](url)`) that a new target would not mend.
 */
function restoredTarget(text: string, segment: LocatedSegment, link: PlacedLink, lost: PlacedLink): Fix | undefined {
  if (link.kind !== 'inline' || lost.kind !== 'inline' || lost.destEnd === lost.destStart) return undefined;
  const destination = text.slice(lost.destStart, lost.destEnd);
  const unit = text.slice(segment.ttu.contentStart, segment.ttu.contentEnd);
  if (unit.includes(destination)) return undefined;
  return { description: `restore the target \`${destination}\` from the source unit`, edits: [{ start: link.destStart, end: link.destEnd, text: destination }] };
}

/** Whether both lists link the same targets in the same order, as nearly every unit's do: nothing to match up then. */
function sameTargetsInOrder(translation: readonly PlacedLink[], source: readonly PlacedLink[]): boolean {
  if (translation.length !== source.length) return false;
  for (let i = 0; i < translation.length; i++) if (translation[i]!.parsed.key !== source[i]!.parsed.key) return false;
  return true;
}
