import { describe, expect, it } from 'vitest';
import { anchorDuplicate } from '../src/rules/anchor-duplicate.js';
import { anchorParity } from '../src/rules/anchor-parity.js';
import { fragmentMissing } from '../src/rules/fragment-missing.js';
import { frontMatterParse } from '../src/rules/front-matter-parse.js';
import { frontMatterUnknownKey } from '../src/rules/front-matter-unknown-key.js';
import { linkParity } from '../src/rules/link-parity.js';
import { linkSyntax } from '../src/rules/link-syntax.js';
import { linksCrossLocale } from '../src/rules/links-cross-locale.js';
import { relativeLinkMissing } from '../src/rules/relative-link-missing.js';
import { segmentPair } from '../src/rules/segment-pair.js';
import { spanBalance } from '../src/rules/span-balance.js';
import { docOf, run } from './helpers.js';

/** A translated unit and its source unit, as the localization pipeline writes them. */
const unit = (id: string, translation: string, source: string) =>
  `<span data-ttu-id="${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>`;

const front = (locale: string, hash = '0123456789abcdef0123456789abcdef01234567') =>
  `---\ntitle: Article\nms.contentlocale: ${locale}\nms.openlocfilehash: ${hash}\n---\n\n`;

const messages = (findings: readonly { line: number; message: string }[]) => findings.map((f) => `${f.line} ${f.message}`);

describe('an anchor inside a source unit is the source copy of the translation anchor', () => {
  // The heading shape of the real files: the anchor opens both the translation and its hidden source.
  const heading = (name: string, translation: string, source: string, id: string) =>
    `${unit(id, `<a name="${name}"></a>\n\n## ${translation}`, `<a name="${name}"></a>\n\n## ${source}`)}\n\n`;
  const zh = docOf(`${front('zh-CN')}${heading('identity', '身份', 'Identity', 'abcde-128')}[身份](#identity)\n`);

  it('is not a duplicate of it (anchor-duplicate)', () => {
    expect(run(anchorDuplicate, zh)).toEqual([]);
  });

  it('still reports two anchors of the same name in the translation', () => {
    const twice = docOf(`${front('zh-CN')}${heading('setup', '设置', 'Setup', 'abcde-101')}${heading('setup', '设置', 'Setup', 'abcde-102')}`);
    expect(messages(run(anchorDuplicate, twice))).toEqual(['13 Anchor `setup` is already defined on line 7: links to it reach only the first']);
  });

  it('does not stand in for an anchor the translation lost (anchor-parity, fragment-missing)', () => {
    const lost = docOf(`${front('zh-CN')}${unit('abcde-128', '## 身份', '<a name="identity"></a>\n\n## Identity')}\n\n[身份](#identity)\n`);
    const ja = docOf(`${front('ja-JP')}${heading('identity', 'ID', 'Identity', 'fedcb-128')}`, 'docs/ja-JP/article.md');
    expect(messages(run(anchorParity, lost, { siblings: () => [ja] }))).toEqual(['7 Anchor `identity` of ja-JP is missing here']);
    expect(messages(run(fragmentMissing, lost))).toEqual(['11 No anchor `#identity` in this file']);
    expect(run(fragmentMissing, zh)).toEqual([]);
  });
});

describe('link-syntax', () => {
  const check = (translation: string, source: string, after = '') => run(linkSyntax, docOf(`${unit('581fd-110', translation, source)}${after}\n`));

  it('reads backslash-escaped brackets as text: `\\[User name\\]` kept as `\\ [用户名 \\]`', () => {
    expect(check('在 \\ [用户名 \\] 中键入名称。', 'Type the name in \\[User name\\].')).toEqual([]);
  });

  it('reports an unbalanced bracket in plain text as a warning', () => {
    const findings = check('在 [电子邮件线程中，第二封邮件包含第一封邮件。', 'In an email thread, the second message contains the first message.');
    expect(findings.map((f) => `${f.severity} ${f.message}`)).toEqual(['warning Unbalanced brackets in 581fd-110: 1 more `[` than `]`; the source balances']);
  });

  it('reports `] (` where the source has `](`, when the link closes in the next unit', () => {
    const findings = check(
      '[Informationen in Outlook importieren] (https://support.microsoft.com/office/import-a-pst-file',
      '[Import information into Outlook](https://support.microsoft.com/office/import-a-pst-file',
      ` ${unit('581fd-111', ').', ').')}`,
    );
    expect(findings.map((f) => `${f.severity} ${f.column} ${f.message}`)).toEqual([
      'error 68 Space between `]` and `(` where the source has `](`: the link is not rendered (581fd-110)',
    ]);
  });

  it('reports `\\](` where the source has `](`', () => {
    const findings = check('请参阅[此处\\](https://example.com/a)。', 'See [here](https://example.com/a).');
    expect(findings.map((f) => f.message)).toEqual(['Escaped `\\]` before `(` where the source has `](`: the link is not rendered (581fd-110)']);
  });

  it('does not report `] (` where the source has no link there: `[**開く**] (...)` for `**Open** (...)`', () => {
    expect(check('[**開く**] (...) を選択します。', 'Select **Open** (...).')).toEqual([]);
  });

  it('does not report a bracket pair the translation wraps around a link the source has', () => {
    expect(check('[[プレミアム セキュリティ設定](https://outlook.live.com/a)] (', 'go to [Premium Security settings](https://outlook.live.com/a) (')).toEqual([]);
  });
});

describe('a span in the text that breaks the pairing gives one finding, on the span', () => {
  const findings = (text: string) => {
    const doc = docOf(`${text}\n`);
    return [...run(segmentPair, doc), ...run(spanBalance, doc)].map((f) => `${f.rule} ${f.column} ${f.message}`);
  };

  it('reports an unclosed `<span>` (`Company.<span>com`) and not the units it displaced as missing', () => {
    const text = `${unit('581fd-105', '请访问 Contoso Company.<span>com 网站。', 'Go to the Contoso Company.<span>com website.')} ${unit('581fd-106', '然后登录。', 'Then sign in.')}`;
    expect(findings(text)).toEqual([
      'span-balance 51 `<span>` is never closed: it takes the `</span>` of translated unit 581fd-105, which then holds its source unit; the source unit has it too, so the fix belongs in the source',
    ]);
    const doc = docOf(`${text}\n`);
    expect(doc.segments.map((s) => [s.id, text.slice(s.stu!.contentStart, s.stu!.contentEnd)])).toEqual([
      ['581fd-105', 'Go to the Contoso Company.<span>com website.'],
      ['581fd-106', 'Then sign in.'],
    ]);
  });

  it('reports an unclosed `<span>` only the translation has', () => {
    expect(findings(unit('581fd-105', '请访问 Contoso Company.<span>com 网站。', 'Go to the Contoso Company.com website.'))).toEqual([
      'span-balance 51 `<span>` is never closed: it takes the `</span>` of translated unit 581fd-105, which then holds its source unit',
    ]);
  });

  it('reports a `</span>` in the text that closes its unit early, once for the translation and the source', () => {
    const text = unit('a0de1-112', 'Befolgen Sie die Anweisungen </span> in diesem [Artikel](https://example.com/a).', 'Follow the instructions</span> found in this [article](https://example.com/a).');
    expect(findings(text)).toEqual([
      'span-balance 60 `</span>` in the text of translated unit a0de1-112 closes the unit early; the source unit has it too, so the fix belongs in the source',
    ]);
    const [segment] = docOf(`${text}\n`).segments;
    expect(text.slice(segment!.stu!.contentStart, segment!.stu!.contentEnd)).toBe('Follow the instructions</span> found in this [article](https://example.com/a).');
  });

  it('still reports a translated unit that has no source unit, and a stray `</span>` outside units', () => {
    expect(findings('<span data-ttu-id="581fd-103">译文</span> text </span>')).toEqual([
      'segment-pair 1 Translated unit 581fd-103 has no `sxs-lookup` source unit after it',
      'span-balance 46 Stray `</span>`: no open span to close',
    ]);
  });
});

describe('front-matter-unknown-key', () => {
  const article = (locale: string, extra: string) =>
    docOf(`---\ntitle: Shared mailbox\nms.author: pebaum\nms.custom: ''\n${extra}ms.contentlocale: ${locale}\n---\n\nText.\n`, `docs/${locale}/article.md`);
  const locales = ['ar-SA', 'de-DE', 'ja-JP', 'ru-RU', 'zh-CN'];

  it('reports a key that is not a key at all (`ms.common:`) copied into every locale, once for the article, as a warning', () => {
    const docs = locales.map((l) => article(l, 'ms.common:\n'));
    const findings = docs.map((doc) => run(frontMatterUnknownKey, doc, { siblings: () => docs.filter((d) => d !== doc) }));
    expect(findings.map((f) => f.map((x) => `${x.severity} ${x.line} ${x.message}`))).toEqual([
      ['warning 5 Unknown front-matter key `ms.common`; every locale of the article has it, so the fix belongs in the source'],
      [],
      [],
      [],
      [],
    ]);
  });

  it('reports a key one translation introduced as an error, with a did-you-mean', () => {
    const docs = locales.map((l) => article(l, l === 'de-DE' ? 'ms.colection: Adm_O365\n' : ''));
    const de = docs[1]!;
    expect(run(frontMatterUnknownKey, de, { siblings: () => docs.filter((d) => d !== de) }).map((f) => `${f.severity} ${f.message}`)).toEqual([
      'error Unknown front-matter key `ms.colection` (did you mean `ms.collection`?): the other locales do not have it',
    ]);
  });

  it('reports a key the source carries on the source file only', () => {
    const source = docOf(`---\ntitle: Shared mailbox\nms.common:\n---\n\nText.\n`, 'docs/en-US/article.md');
    const zh = article('zh-CN', 'ms.common:\n');
    expect(run(frontMatterUnknownKey, zh, { source: () => source })).toEqual([]);
    expect(run(frontMatterUnknownKey, source, { localized: false }).map((f) => `${f.severity} ${f.message}`)).toEqual([
      'warning Unknown front-matter key `ms.common`; every translation copies it from this source file',
    ]);
  });
});

describe('relative-link-missing', () => {
  const article = (locale: string) => docOf(`${unit('581fd-110', '请参阅[内容搜索](content-search.md)。', 'See [Content search](content-search.md).')}\n`, `docs/${locale}/article.md`);

  it('reports a broken link the translation copied from the source on the source file only', () => {
    const source = docOf('See [Content search](content-search.md).\n', 'docs/en-US/article.md');
    const zh = article('zh-CN');
    const context = { listFolder: () => ['article.md'], counterpartInSource: (p: string) => p.replace('/zh-CN/', '/en-US/') };
    expect(run(relativeLinkMissing, zh, { ...context, source: () => source })).toEqual([]);
    expect(run(relativeLinkMissing, zh, context).map((f) => f.message)).toEqual(['`content-search.md` does not exist']);
    expect(run(relativeLinkMissing, source, { ...context, localized: false }).map((f) => f.message)).toEqual(['`content-search.md` does not exist']);
  });

  it('reports one every locale copied, with no source at hand, once for the article', () => {
    const docs = ['de-DE', 'ja-JP', 'zh-CN'].map(article);
    const findings = docs.map((doc) => run(relativeLinkMissing, doc, { siblings: () => docs.filter((d) => d !== doc) }).map((f) => f.message));
    expect(findings).toEqual([['`content-search.md` does not exist (every locale of the article links to it: the fix belongs in the source)'], [], []]);
  });
});

describe('fragment-missing', () => {
  it('finds the id of a repeated heading (`#my-library-1`) and `#top`, as a browser does', () => {
    const doc = docOf('# My Library\n\nSee [the second](#my-library-1), [back](#top).\n\n## My Library\n\nText.\n', 'docs/en-US/article.md');
    expect(run(fragmentMissing, doc, { localized: false })).toEqual([]);
    expect(messages(run(fragmentMissing, docOf('# My Library\n\nSee [x](#my-library-1).\n')))).toEqual(['3 No anchor `#my-library-1` in this file; did you mean `#my-library`?']);
  });
});

describe('a link lost in a unit gives one finding', () => {
  it('from link-parity, which compares the unit with its source; links-cross-locale leaves it', () => {
    const doc = (locale: string, translation: string) =>
      docOf(`${front(locale)}${unit('e7e0d-117', translation, 'For details, see [Security Incident Management](http://aka.ms/Office365SIM).')}\n`, `docs/${locale}/article.md`);
    const zh = doc('zh-TW', '針對特定的詳細資訊，請參閱 < <b0>Office 365 安全性事件管理</b0>。');
    const others = [doc('fr-FR', 'Voir [Gestion des incidents](http://aka.ms/Office365SIM).'), doc('ko-KR', '[보안 사고 관리](http://aka.ms/Office365SIM)를 참조하세요.')];
    expect(run(linkParity, zh).map((f) => f.message)).toEqual(['Link to `http://aka.ms/Office365SIM` in the source of e7e0d-117 is missing from the translation']);
    expect(run(linksCrossLocale, zh, { siblings: () => others })).toEqual([]);
  });
});

describe('front-matter-parse', () => {
  it('reads a quoted value that goes on at column 0, as the publishing pipeline does, and warns', () => {
    const text = '---\ntitle: Ignore text\nms.date: 9/14/2017\ndescription: "Learn how to define the rule. \n"\nms.topic: article\n---\n\n# Ignore text\n';
    const doc = docOf(text, 'docs/en-US/article.md');
    expect(run(frontMatterParse, doc).map((f) => `${f.severity} ${f.line} ${f.message}`)).toEqual([
      'warning 5 YAML: a quoted value goes on in a line that is not indented; strict YAML parsers reject it',
    ]);
    const topic = doc.frontMatter!.get('ms.topic')!;
    expect([topic.value, text.slice(topic.keyStart, topic.keyEnd)]).toEqual(['article', 'ms.topic']);
    expect(doc.frontMatter!.get('description')!.value).toBe('Learn how to define the rule. ');
  });

  it('still reports a quote that never closes', () => {
    const doc = docOf('---\ntitle: "Ignore text\nms.date: 9/14/2017\n---\n\nText.\n', 'docs/en-US/article.md');
    expect(run(frontMatterParse, doc).map((f) => f.severity)).toEqual(['error']);
  });
});

describe('links-cross-locale', () => {
  it('does not report a unit that links as its own source does, when the other locales broke the link', () => {
    const source = 'click **Edit** ![Edit icon](../media/ITPro-EAC-EditIcon.gif).';
    const doc = (locale: string, translation: string) => docOf(`${front(locale)}${unit('412b5-125', translation, source)}\n`, `docs/${locale}/article.md`);
    const ko = doc('ko-KR', '편집 아이콘 ![](../media/ITPro-EAC-EditIcon.gif)편집을 클릭 합니다.');
    const broken = [doc('es-ES', 'a continuación](../media/ITPro-EAC-EditIcon.gif), haga clic en **Editar** ![icono de edición.'), doc('fr-FR', 'puis cliquez sur **Modifier** ![icône Modifier.')];
    expect(run(linksCrossLocale, ko, { siblings: () => broken })).toEqual([]);
  });
});

describe('relative-link-missing, case', () => {
  const zh = docOf(`${unit('581fd-110', '![图](Media/image1.png)', '![Image](Media/image1.png)')}\n`, 'docs/zh-CN/article.md');
  const source = docOf('![Image](Media/image1.png)\n', 'docs/en-US/article.md');
  const listing = (names: Record<string, string[]>) => (folder: string) => names[folder.replace(/^\/nonexistent\/docs\/[a-zA-Z-]+/, '')] ?? [];
  const context = { counterpartInSource: (p: string) => p.replace('/zh-CN/', '/en-US/'), source: () => source };

  it('leaves a case difference copied from the source to the source file', () => {
    const listFolder = (folder: string) => (folder === '/' ? ['nonexistent'] : folder === '/nonexistent' ? ['docs'] : folder === '/nonexistent/docs' ? ['en-US', 'zh-CN'] : listing({ '': ['media', 'article.md'], '/media': ['image1.png'] })(folder));
    expect(run(relativeLinkMissing, zh, { ...context, listFolder })).toEqual([]);
  });

  it('reports one only the translation has, when the source folder has the linked case', () => {
    const listFolder = (folder: string) =>
      folder === '/' ? ['nonexistent'] : folder === '/nonexistent' ? ['docs'] : folder === '/nonexistent/docs' ? ['en-US', 'zh-CN'] : folder.includes('/en-US') ? listing({ '': ['Media', 'article.md'], '/Media': ['image1.png'] })(folder) : listing({ '': ['media', 'article.md'], '/media': ['image1.png'] })(folder);
    expect(run(relativeLinkMissing, zh, { ...context, listFolder }).map((f) => f.message)).toEqual([
      '`Media/image1.png` differs in case from the file on disk (`media/image1.png`): it breaks on case-sensitive hosts',
    ]);
  });
});

describe('a link lost by a broken `](`', () => {
  it('is link-syntax finding only, not link-parity too', () => {
    const doc = docOf(`${unit('f164b-111', 'اشترِ [التراخيص\\](https://example.com/buy-licenses).', 'Buy [licenses](https://example.com/buy-licenses).')}\n`);
    expect(run(linkSyntax, doc)).toHaveLength(1);
    expect(run(linkParity, doc)).toEqual([]);
    const lost = docOf(`${unit('f164b-112', '购买许可证。', 'Buy [licenses](https://example.com/buy-licenses).')}\n`);
    expect(run(linkParity, lost)).toHaveLength(1);
  });
});
