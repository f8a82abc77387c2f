import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleText, edit, lintTree, tree } from './helpers.js';
import { crlfForm } from '../src/document/text.js';

const article = (locale: string) => articleText(`${locale}/Boards/archive-a-board.md`);
const three = (zh: string) =>
  tree({
    'zh-CN/Boards/archive-a-board.md': zh,
    'ja-JP/Boards/archive-a-board.md': article('ja-JP'),
    'de-DE/Boards/archive-a-board.md': article('de-DE'),
  });
/** A link added to a unit and to its source copy: a difference between locales that link-parity does not see. */
const addedInUnit = (zh: string) =>
  edit(edit(zh, '归档看板会保留', '[归档看板](https://example.com/x)会保留'), 'Archiving a board keeps', '[Archiving a board](https://example.com/x) keeps');
const report = async (root: string, rule: string) =>
  (await lintTree(root, ['.'], [rule])).map((f) => `${f.file.split('/')[0]}:${f.line}:${f.column} ${f.message}`);

describe('links-cross-locale', () => {
  it('passes the same article in three locales', async () => {
    expect(await report(three(article('zh-CN')), 'links-cross-locale')).toEqual([]);
  });

  it('reports a link one locale lost, at the unit with the same number, naming the locales', async () => {
    // Lost in the unit's source copy too, so that link-parity, which compares a unit with its source, does not see it.
    const zh = edit(
      edit(article('zh-CN'), '[归档或还原看板](https://docs.example.com/fabrikam/boards/archive#archive-a-board)', '归档或还原看板'),
      '[Archive or restore a board](https://docs.example.com/fabrikam/boards/archive#archive-a-board)',
      'Archive or restore a board',
    );
    expect(await report(three(zh), 'links-cross-locale')).toEqual([
      'zh-CN:27:1 Link to `https://docs.example.com/fabrikam/boards/archive#archive-a-board` is missing here: 1× in most other locales, 0× here (differs from de-DE, ja-JP)',
    ]);
  });

  it('reports a link given twice where the other locales give it once', async () => {
    const link = '[归档或还原看板](https://docs.example.com/fabrikam/boards/archive#archive-a-board)';
    const source = '[Archive or restore a board](https://docs.example.com/fabrikam/boards/archive#archive-a-board)';
    const zh = edit(edit(article('zh-CN'), link, `${link} ${link}`), source, `${source} ${source}`);
    expect(await report(three(zh), 'links-cross-locale')).toEqual([
      'zh-CN:27:117 `https://docs.example.com/fabrikam/boards/archive#archive-a-board` is linked 2× here but 1× in most other locales (differs from de-DE, ja-JP)',
    ]);
  });

  it('reports a link added in one locale, and compares only counterparts of the same source version', async () => {
    const zh = addedInUnit(article('zh-CN'));
    expect(await report(three(zh), 'links-cross-locale')).toEqual([
      'zh-CN:25:31 `https://example.com/x` is linked 1× here but 0× in most other locales (differs from de-DE, ja-JP)',
    ]);
    const otherVersion = edit(zh, 'ms.openlocfilehash: 928f778174e704bf6d50d3b5d95b929a2928fefc', 'ms.openlocfilehash: 0000000000000000000000000000000000000000');
    expect(await report(three(otherVersion), 'links-cross-locale')).toEqual([]);
  });
});

describe('anchor-parity', () => {
  it('passes when the locales define the same anchors', async () => {
    expect(await report(three(article('zh-CN')), 'anchor-parity')).toEqual([]);
  });

  it('reports an anchor renamed in one locale: missing where the others have it, extra where they do not', async () => {
    const zh = edit(article('zh-CN'), '<a name="archive-a-project-board"></a>', '<a name="归档项目看板"></a>');
    expect(await report(three(zh), 'anchor-parity')).toEqual([
      'zh-CN:23:3 Anchor `归档项目看板` is not in de-DE, ja-JP',
      'zh-CN:23:24 Anchor `archive-a-project-board` of de-DE, ja-JP is missing here',
    ]);
  });
});

describe('the source as a counterpart', () => {
  // The source counts only when its bytes hash to the `ms.openlocfilehash` of the translations.
  const withSource = (source: Buffer, hash: string) => {
    const stamped = (text: string) => edit(text, 'ms.openlocfilehash: 928f778174e704bf6d50d3b5d95b929a2928fefc', `ms.openlocfilehash: ${hash}`);
    const root = three(stamped(addedInUnit(article('zh-CN'))));
    for (const locale of ['ja-JP', 'de-DE']) writeFileSync(join(root, locale, 'Boards/archive-a-board.md'), stamped(article(locale)));
    mkdirSync(join(root, 'en-US/Boards'), { recursive: true });
    writeFileSync(join(root, 'en-US/Boards/archive-a-board.md'), source);
    return root;
  };
  const sha1 = (bytes: Buffer) => createHash('sha1').update(bytes).digest('hex');
  const english = Buffer.from(article('de-DE'));

  it.each([
    ['plain UTF-8', english],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), english])],
    ['invalid UTF-8', Buffer.concat([english, Buffer.from([0xff, 0x0a])])],
  ])('is compared when its bytes (%s) hash to ms.openlocfilehash', async (_, source) => {
    const found = await report(withSource(source, sha1(source)), 'links-cross-locale');
    expect(found.filter((f) => f.startsWith('zh-CN:'))).toEqual([
      'zh-CN:25:31 `https://example.com/x` is linked 1× here but 0× in most other locales (differs from de-DE, ja-JP, en-US (source))',
    ]);
  });

  it.each([
    ['plain UTF-8', english],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), english])],
    ['invalid UTF-8', Buffer.concat([english, Buffer.from([0xff, 0x0a])])],
  ])('is compared when its bytes (%s) with CRLF line endings hash to ms.openlocfilehash', async (_, source) => {
    const found = await report(withSource(source, sha1(crlfForm(source))), 'links-cross-locale');
    expect(found.filter((f) => f.startsWith('zh-CN:'))).toEqual([
      'zh-CN:25:31 `https://example.com/x` is linked 1× here but 0× in most other locales (differs from de-DE, ja-JP, en-US (source))',
    ]);
  });

  it('is not compared when its bytes hash to something else', async () => {
    const found = await report(withSource(english, sha1(Buffer.from('another version'))), 'links-cross-locale');
    expect(found.filter((f) => f.startsWith('zh-CN:'))).toEqual([
      'zh-CN:25:31 `https://example.com/x` is linked 1× here but 0× in most other locales (differs from de-DE, ja-JP)',
    ]);
  });
});
