import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asLocale, localeFromPath, NUMERIC_REGIONS, THREE_LETTER_LANGUAGES, TWO_LETTER_LANGUAGES, TWO_LETTER_REGIONS } from '../src/layout/locale.js';
import { SourceLocale } from '../src/layout/source-locale.js';
import { LocaleLayout } from '../src/layout/layout.js';
import { articleText, edit, lintTree, tree } from './helpers.js';

describe('locale of a path', () => {
  it('reads locale folders in any case and suffixes, and no ordinary folder names', () => {
    expect(asLocale('zh-cn')).toBe('zh-CN');
    expect(asLocale('sr-latn-rs')).toBe('sr-Latn-RS');
    expect(asLocale('go-to')).toBeNull();
    expect(asLocale('AlchemyInsights')).toBeNull();
    expect(localeFromPath('docs/ja-JP/a/b.md')).toBe('ja-JP');
    expect(localeFromPath('docs/a/b.de-de.md')).toBe('de-DE');
    expect(localeFromPath('docs/a/b.md')).toBeNull();
  });

  it('answers as ICU does, from tables that hold every code ICU names in English and no other', () => {
    const languages = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const twoLetters = [...letters].flatMap((a) => [...letters].map((b) => a + b));
    const named = (codes: string[], names: Intl.DisplayNames) => codes.filter((code) => names.of(code) !== undefined);
    expect(named(twoLetters, languages)).toEqual([...TWO_LETTER_LANGUAGES]);
    expect(named(twoLetters.flatMap((ab) => [...letters].map((c) => ab + c)), languages)).toEqual([...THREE_LETTER_LANGUAGES]);
    expect(named(twoLetters.map((code) => code.toUpperCase()), regions)).toEqual([...TWO_LETTER_REGIONS]);
    expect(named(Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0')), regions)).toEqual([...NUMERIC_REGIONS]);
    expect(asLocale('haw-US')).toBe('haw-US');
    expect(asLocale('es-419')).toBe('es-419');
    expect(asLocale('my-db')).toBeNull();
    expect(asLocale('how-to')).toBeNull();
    expect(asLocale('set-up')).toBeNull();
  });
});

describe('LocaleLayout', () => {
  const article = articleText('zh-CN/Boards/archive-a-board.md');

  it('finds the siblings and source of a folder-per-locale file, and groups them under one key', () => {
    const root = tree({ 'zh-CN/a/x.md': article, 'ja-JP/a/x.md': article, 'en-US/a/x.md': '# X\n', 'media/a/x.md': '' });
    const layout = new LocaleLayout(new SourceLocale('en-US'), [], root);
    expect(layout.counterparts(join(root, 'zh-CN/a/x.md'))).toEqual([
      { path: join(root, 'en-US/a/x.md'), locale: 'en-US' },
      { path: join(root, 'ja-JP/a/x.md'), locale: 'ja-JP' },
    ]);
    expect(layout.place(join(root, 'zh-CN/a/x.md')).groupKey).toBe(layout.place(join(root, 'ja-JP/a/x.md')).groupKey);
  });

  it('finds suffix-layout siblings and the unsuffixed source', () => {
    const root = tree({ 'a/x.zh-CN.md': article, 'a/x.ja-JP.md': article, 'a/x.md': '# X\n', 'a/y.ja-JP.md': article });
    const layout = new LocaleLayout(new SourceLocale('en-US'), [], root);
    expect(layout.counterparts(join(root, 'a/x.zh-CN.md'))).toEqual([
      { path: join(root, 'a/x.ja-JP.md'), locale: 'ja-JP' },
      { path: join(root, 'a/x.md'), locale: 'en-US' },
    ]);
  });

  it('finds the same path in other checkouts for one-locale repositories', async () => {
    const zh = tree({ 'docs/x.md': article });
    const ja = tree({ 'docs/x.md': articleText('ja-JP/Boards/archive-a-board.md') });
    const layout = new LocaleLayout(new SourceLocale('en-US'), [ja], zh);
    expect(layout.counterparts(join(zh, 'docs/x.md'))).toEqual([{ path: join(ja, 'docs/x.md'), locale: null }]);
  });

  it('lets the cross-locale rules compare suffix-layout siblings', async () => {
    // Changed in the unit's source copy too: a translation that differs only from its own source unit is link-parity's.
    const target = '](https://docs.example.com/fabrikam/boards/archive#restore-a-board)';
    const changed = edit(edit(article, target, '](https://example.com/other)'), target, '](https://example.com/other)');
    const root = tree({
      'a/x.zh-CN.md': changed,
      'a/x.ja-JP.md': articleText('ja-JP/Boards/archive-a-board.md'),
      'a/x.de-DE.md': articleText('de-DE/Boards/archive-a-board.md'),
    });
    const findings = await lintTree(root, ['a/x.zh-CN.md'], ['links-cross-locale']);
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message.slice(0, 30)}`)).toEqual(['29:1 Link to `https://docs.example.', '29:45 `https://example.com/other` is']);
  });
});
