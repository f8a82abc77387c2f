import { dirname, join, relative as relativePath, resolve, sep } from 'node:path';
import { derived, type LocDocument } from '../document/document.js';
import { renderedLinks } from '../document/link-zones.js';
import { relativeFilePath } from '../document/targets.js';
import type { Severity } from '../findings/finding.js';
import { reporterOf } from '../rules-support/counterparts.js';
import { Suggestions } from '../rules-support/did-you-mean.js';
import type { Rule, RuleContext, RuleFinding } from './rule.js';

type Lookup = { found: true; actualCase: string | null } | { found: false; suggestion?: string };

/**
 * Walks the path folder by folder with the real listings, so case is checked as a case-sensitive host
 * would. A name the working tree lacks may be one a sparse checkout left out: the commit holds it.
 */
function lookup(ctx: RuleContext, absolute: string, suggestions: Suggestions): Lookup {
  const parts = absolute.split(sep).filter(Boolean);
  let current: string = sep;
  let caseDiffers = false;
  for (const part of parts) {
    let names: readonly string[] = ctx.listFolder(current);
    let name = names.find((n) => n === part);
    if (name === undefined) {
      names = [...names, ...ctx.omittedFromCheckout(current)];
      name = names.find((n) => n === part) ?? names.find((n) => n.toLowerCase() === part.toLowerCase());
      if (name === undefined) return { found: false, suggestion: suggestions.closest(part, names, current) };
      if (name !== part) caseDiffers = true;
    }
    current = join(current, name);
  }
  return { found: true, actualCase: caseDiffers ? current : null };
}

const FALLBACKS: readonly (Severity | 'off')[] = ['off', 'info', 'warning', 'error'];

/** The relative paths a document links to, as written (without fragment or query). */
function relativeTargets(doc: LocDocument): ReadonlySet<string> {
  return derived(doc, collectRelativeTargets);
}

function collectRelativeTargets(doc: LocDocument): Set<string> {
  const targets = new Set<string>();
  const links = renderedLinks(doc);
  for (let i = 0; i < links.length; i++) if (links[i]!.parsed.kind === 'relative') targets.add(relativeFilePath(links[i]!.parsed));
  return targets;
}

export const relativeLinkMissing: Rule = {
  id: 'relative-link-missing',
  description: "A relative link or include points to a file that exists in this locale, with the file name's exact case",
  severity: 'error',
  severityReason:
    'Error: the link or image is broken for every reader. A target only the source locale has is `info` by default (`fallback`): the publishing system serves the English file. A broken link copied from the source is reported once, on the source. In a sparse checkout, a file the working tree leaves out but the git index holds (skip-worktree) exists: the publishing system builds from the whole commit.',
  examples: {
    fail: "![x](media/16353_mouse_over.gif)  (on disk: media/16353_Mouse_over.gif)",
    pass: "![x](media/16353_Mouse_over.gif)",
  },
  scope: 'locales',
  options: {
    fallback: {
      enum: FALLBACKS,
      default: 'info',
      description: 'Severity when the target exists only in the source locale (the publishing system falls back to it)',
    },
  },
  messages: {
    caseDiffers: '`{{target}}` differs in case from the file on disk (`{{onDisk}}`): it breaks on case-sensitive hosts',
    caseDiffersEveryLocale:
      '`{{target}}` differs in case from the file on disk (`{{onDisk}}`): it breaks on case-sensitive hosts (every locale of the article links to it so: the fix belongs in the source)',
    onlyInSource: '`{{target}}` exists only in the source locale ({{sourceLocale}}); readers get the untranslated file',
    missing: '`{{target}}` does not exist{{hint}}',
    missingEveryLocale: '`{{target}}` does not exist{{hint}} (every locale of the article links to it: the fix belongs in the source)',
  },
  check(doc, ctx) {
    const option = ctx.options.fallback;
    const fallback = FALLBACKS.includes(option as Severity) ? (option as Severity | 'off') : 'info';
    const findings: RuleFinding[] = [];
    const suggestions = new Suggestions();
    const dir = dirname(ctx.filePath);
    const links = renderedLinks(doc);
    for (let i = 0; i < links.length; i++) {
      const link = links[i]!;
      if (link.parsed.kind !== 'relative') continue;
      const relative = relativeFilePath(link.parsed);
      if (relative === '') continue;
      const absolute = resolve(dir, relative);
      const at = { start: link.destStart, end: link.destEnd };
      const here = lookup(ctx, absolute, suggestions);
      const copied = (other: LocDocument) => relativeTargets(other).has(relative);
      if (here.found) {
        if (here.actualCase !== null) {
          // The source reports it only when its own copy of the target differs in case as well.
          const inSource = ctx.counterpartInSource(absolute);
          const sourceLookup = inSource === null ? null : lookup(ctx, inSource, suggestions);
          const sourceToo = sourceLookup !== null && sourceLookup.found && sourceLookup.actualCase !== null;
          const who = ctx.source() !== null && !sourceToo ? 'here' : reporterOf(doc, ctx, copied);
          if (who === 'elsewhere') continue;
          const onDisk = relativePath(dir, here.actualCase).split(sep).join('/');
          findings.push({ ...at, messageId: who === 'article' ? 'caseDiffersEveryLocale' : 'caseDiffers', data: { target: relative, onDisk } });
        }
        continue;
      }
      const inSource = ctx.counterpartInSource(absolute);
      if (inSource !== null && lookup(ctx, inSource, suggestions).found) {
        if (fallback !== 'off') {
          findings.push({ ...at, severity: fallback, messageId: 'onlyInSource', data: { target: relative, sourceLocale: ctx.sourceLocale } });
        }
        continue;
      }
      const who = reporterOf(doc, ctx, copied);
      if (who === 'elsewhere') continue;
      const hint = here.suggestion ? `; did you mean \`${here.suggestion}\`?` : '';
      findings.push({ ...at, messageId: who === 'article' ? 'missingEveryLocale' : 'missing', data: { target: relative, hint } });
    }
    return findings;
  },
};
