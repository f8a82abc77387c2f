import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/config.js';
import { collectFiles } from '../src/engine/discover.js';
import { lintFiles } from '../src/engine/engine.js';
import type { Rule } from '../src/rules/rule.js';
import { tree } from './helpers.js';

/** What the check stage told a rule about each file: whether it is a translation, its article's source, and its path in the source locale. */
function probe(root: string, seen: Map<string, unknown>): Rule {
  const rel = (path: string | null | undefined) => (path == null ? null : path.startsWith(root) ? path.slice(root.length + 1) : path);
  return {
    id: 'probe',
    description: 'records what the check stage says about the source',
    severity: 'info',
    severityReason: 'a test',
    scope: 'locales',
    messages: {},
    check(doc, ctx) {
      seen.set(doc.path, { localized: ctx.localized, source: ctx.source()?.path ?? null, inSource: rel(ctx.counterpartInSource(ctx.filePath)) });
      return [];
    },
  };
}

const SEGMENT = '# <span data-ttu-id="581fd-101">Titel</span><span class="sxs-lookup"><span data-stu-id="581fd-101">Title</span></span>\n';

describe('one answer to "is this the source?"', () => {
  it('is the same in every stage under a --source-locale override, whatever the case of the folder and the front matter', async () => {
    const root = tree({
      // The source declares its own locale, in another case than the override's.
      'de-de/a.md': '---\nms.contentlocale: de-de\n---\n# Titel\n',
      'en-us/a.md': `---\nms.contentlocale: en-us\n---\n${SEGMENT}`,
      // The suffix layout: the file without a suffix is the source.
      'docs/b.md': '# B\n',
      'docs/b.en-us.md': `---\nms.contentlocale: en-us\n---\n${SEGMENT}`,
    });
    const seen = new Map<string, unknown>();
    const { files } = collectFiles(['.'], root);
    await lintFiles(files, { cwd: root, config: { ...defaultConfig(), sourceLocale: 'DE-de' }, rules: [probe(root, seen)] });
    expect(Object.fromEntries(seen)).toEqual({
      'de-de/a.md': { localized: false, source: null, inSource: null },
      'en-us/a.md': { localized: true, source: 'de-de/a.md', inSource: join('de-de', 'a.md') },
      'docs/b.md': { localized: false, source: null, inSource: null },
      'docs/b.en-us.md': { localized: true, source: 'docs/b.md', inSource: join('docs', 'b.md') },
    });
  });
});
