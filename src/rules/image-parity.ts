import type { LocatedSegment } from '../document/document.js';
import { inlinePairs } from '../document/inline-tokens.js';
import { placedLinks, type PlacedLink } from '../document/link-zones.js';
import { isImage } from '../document/links.js';
import { pairItems, type Item } from '../document/parity.js';
import { brokenJunctions } from './link-syntax.js';
import type { Rule, RuleFinding } from './rule.js';

interface Image extends Item {
  link: PlacedLink;
}

/** A unit's images, the translation's and the source's, each in text order, and the keys of the translation's other links. */
interface UnitImages {
  translation: Image[];
  source: Image[];
  translationLinks: Set<string> | null;
}

export const imageParity: Rule = {
  id: 'image-parity',
  description: "A translated unit shows the images of its source unit: each `![alt](src)` and `<img src>` keeps its `src` (the alt text and title may be translated)",
  severity: 'error',
  severityReason:
    'Error: an image the translation lost, or whose `src` changed, is a picture (often the icon a step tells the reader to click) that the reader of that locale does not see or sees broken.',
  examples: {
    fail: '单击](media/Boards-RemoveIcon.gif)**删除** ![删除图标。 … click **Remove** ![Remove icon](media/Boards-RemoveIcon.gif).',
    pass: '单击 **删除** ![删除图标](media/Boards-RemoveIcon.gif)。 … click **Remove** ![Remove icon](media/Boards-RemoveIcon.gif).',
  },
  scope: 'document',
  messages: {
    changed: 'Image `{{source}}` in the source of {{id}} is `{{here}}` here',
    linkedNotImage: 'Image `{{target}}` in the source of {{id}} is a link to it in the translation, not an image',
    missing: 'Image `{{target}}` in the source of {{id}} is missing from the translation',
    extra: 'Image `{{target}}` in the translation of {{id}} is not in its source unit',
  },
  check(doc) {
    const { text } = doc;
    const bySegment = new Map<LocatedSegment, UnitImages>();
    const links = placedLinks(doc);
    for (let i = 0; i < links.length; i++) {
      const link = links[i]!;
      if (link.segment === null || link.zone === 'outside') continue;
      let images = bySegment.get(link.segment);
      if (images === undefined) bySegment.set(link.segment, (images = { translation: [], source: [], translationLinks: null }));
      if (isImage(text, link)) images[link.zone].push({ start: link.start, end: link.end, key: link.parsed.key, link });
      else if (link.zone === 'translation') (images.translationLinks ??= new Set()).add(link.parsed.key);
    }
    const findings: RuleFinding[] = [];
    if (bySegment.size === 0) return findings;
    const pairs = inlinePairs(doc);
    for (let index = 0; index < pairs.length; index++) {
      const { segment, translation } = pairs[index]!;
      const images = bySegment.get(segment);
      if (images === undefined || (images.source.length === 0 && images.translation.length === 0)) continue;
      const { changed, missing, extra } = pairItems(images.source, images.translation);
      for (const { source, translation: here } of changed) {
        const restored = text.slice(source.link.destStart, source.link.destEnd);
        findings.push({
          start: here.link.destStart,
          end: here.link.destEnd,
          messageId: 'changed',
          data: { source: source.link.target, id: segment.id, here: here.link.target },
          fix: { description: `restore the source's \`${restored}\``, edits: [{ start: here.link.destStart, end: here.link.destEnd, text: restored }] },
        });
      }
      // An image lost by breaking its `](` is link-syntax's finding: one for the cause.
      const lost = missing.length > 0 && brokenJunctions(text, segment).length > 0 ? [] : missing;
      for (const image of lost) {
        const linked = images.translationLinks?.has(image.key) === true;
        findings.push({
          start: translation.tagStart,
          end: translation.contentStart,
          messageId: linked ? 'linkedNotImage' : 'missing',
          data: { target: image.link.target, id: segment.id },
        });
      }
      // The reader of the translation sees more than the source shows, not less: milder.
      for (const image of extra) {
        findings.push({ start: image.start, end: image.end, severity: 'warning', messageId: 'extra', data: { target: image.link.target, id: segment.id } });
      }
    }
    return findings;
  },
};
