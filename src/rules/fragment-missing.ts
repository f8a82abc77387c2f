import { dirname, resolve } from 'node:path';
import { zoneAt, type LocDocument } from '../document/document.js';
import { renderedLinks } from '../document/link-zones.js';
import { headingSlug } from '../document/markdown.js';
import { parseTarget } from '../document/targets.js';
import { Suggestions } from '../rules-support/did-you-mean.js';
import type { Rule, RuleContext, RuleFinding } from './rule.js';

/** Every id a link can land on: explicit anchors, the ids of headings, and `top` (HTML scrolls to the top for it). */
export function fragmentsOf(doc: LocDocument): Set<string> {
  const ids = new Set(doc.anchors.map((a) => a.name.toLowerCase()));
  ids.add('top');
  const slugs = new Map<string, number>();
  // A published translation carries no hidden source copy: its heading ids come from the translation,
  // not from a heading inside a source unit or the source unit that ends a heading's line.
  for (const heading of doc.headings) {
    if (zoneAt(doc, heading.start).kind === 'source') continue;
    const slug = headingSlug(heading.text.replace(/<span class="sxs-lookup">[\s\S]*?<\/span><\/span>/g, ''));
    // A repeated heading's id gets a count, as Markdig's (docfx's) auto-identifiers do: `my-library-1`.
    const seen = slugs.get(slug) ?? 0;
    slugs.set(slug, seen + 1);
    ids.add(seen === 0 ? slug : `${slug}-${seen}`);
  }
  return ids;
}

export interface FragmentOptions {
  /** Look fragments up in the source-locale file when the linked file is missing in this locale. */
  fallbackToSource: boolean;
}

function targetDocument(ctx: RuleContext, path: string, options: FragmentOptions): LocDocument | null {
  const doc = ctx.document(path);
  if (doc !== null || !options.fallbackToSource) return doc;
  const inSource = ctx.counterpartInSource(path);
  return inSource === null ? null : ctx.document(inSource);
}

export const fragmentMissing: Rule = {
  id: 'fragment-missing',
  description: 'A `#fragment` names an anchor or heading that exists, in this file or in the linked file',
  severity: 'error',
  severityReason:
    'Error: the link lands at the top of the page instead of the section it names.',
  examples: {
    fail: "[x](#use-power-bi-in-the-cloud-or on-premises)",
    pass: "[x](#use-power-bi-in-the-cloud-or-on-premises)",
  },
  scope: 'locales',
  messages: {
    missing: 'No anchor `#{{fragment}}` in {{where}}{{space}}',
    missingDidYouMean: 'No anchor `#{{fragment}}` in {{where}}{{space}}; did you mean `#{{suggestion}}`?',
  },
  options: {
    'fallback-to-source': {
      type: 'boolean',
      default: true,
      description: 'Look fragments up in the source-locale file when the linked file is missing in this locale',
    },
  },
  check(doc, ctx) {
    const options: FragmentOptions = { fallbackToSource: ctx.options['fallback-to-source'] !== false };
    const findings: RuleFinding[] = [];
    // Most files link to no fragment: ids are gathered when a link asks, once per file.
    const idsOf = new Map<LocDocument, Set<string>>();
    const fragments = (d: LocDocument) => {
      let ids = idsOf.get(d);
      if (ids === undefined) idsOf.set(d, (ids = fragmentsOf(d)));
      return ids;
    };
    const suggestions = new Suggestions();
    const report = (start: number, end: number, fragment: string, ids: Set<string>, where: string) => {
      const suggestion = suggestions.closest(fragment.replace(/\s+/g, '-'), ids, where);
      const space = /\s/.test(fragment) ? ' (a target with a space is not rendered as a link)' : '';
      findings.push(suggestion ? { start, end, messageId: 'missingDidYouMean', data: { fragment, where, space, suggestion } } : { start, end, messageId: 'missing', data: { fragment, where, space } });
    };
    const links = renderedLinks(doc);
    for (let j = 0; j < links.length; j++) {
      const link = links[j]!;
      const { parsed } = link;
      if (parsed.fragment === null || parsed.fragment === '') continue;
      if (parsed.kind === 'fragment') {
        if (!fragments(doc).has(parsed.fragment)) report(link.start, link.end, parsed.fragment, fragments(doc), 'this file');
      } else if (parsed.kind === 'relative' && /\.md$/i.test(parsed.base)) {
        const linked = targetDocument(ctx, resolve(dirname(ctx.filePath), parsed.base), options);
        if (linked === null) continue; // a missing file is relative-link-missing's finding
        const ids = fragments(linked);
        if (!ids.has(parsed.fragment)) report(link.start, link.end, parsed.fragment, ids, `\`${parsed.base}\``);
      }
    }
    // `[text](#two words)` is no link at all; readers still meant a fragment.
    for (let i = 0; i < doc.looseLinks.length; i++) {
      const loose = doc.looseLinks[i]!;
      const parsed = parseTarget(loose.target);
      if (parsed.kind === 'fragment' && parsed.fragment && !fragments(doc).has(parsed.fragment)) report(loose.start, loose.end, parsed.fragment, fragments(doc), 'this file');
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
