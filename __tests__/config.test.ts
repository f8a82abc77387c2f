import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, ruleSettingsFor } from '../src/config/config.js';
import { articleText, edit, lintTree, tree } from './helpers.js';

async function configError(yaml: string): Promise<string> {
  const dir = tree({ '.loclint.yml': yaml });
  try {
    await loadConfig(join(dir, '.loclint.yml'));
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message.slice(dir.length + '/.loclint.yml'.length);
  }
  throw new Error('no error');
}

describe('loadConfig', () => {
  it('takes allow-private as true or CIDR ranges, refuses anything else, and bounds max-age-hours', async () => {
    expect(await configError('external-links: { allow-private: ["intranet.local"] }')).toBe(
      ': external-links.allow-private: `intranet.local` is not an address or a CIDR range such as 10.0.0.0/8',
    );
    expect(await configError('external-links: { allow-private: ["10.0.0.0/33"] }')).toContain('`10.0.0.0/33` is not an address or a CIDR range');
    expect(await configError('external-links: { allow-private: yes }')).toMatch(/allow-private/);
    expect(await configError('external-links: { max-age-hours: 100000 }')).toMatch(/max-age-hours must be <= 720/);
  });

  it('reads every setting', async () => {
    const dir = tree({
      '.loclint.yml': [
        'source-locale: en-GB',
        'fail-on: warning',
        'include: ["docs/**/*.md"]',
        'ignore: ["**/includes/**"]',
        'locale-roots: [../docs.de-DE]',
        'rules:',
        '  segment-order: off',
        '  relative-link-missing: { severity: warning, options: { fallback: warning } }',
        'overrides:',
        '  - files: ["**/zh-CN/**"]',
        '    rules: { segment-order: error }',
        'url-locale-patterns: ["[?&]ui=[a-z]{2}-[a-z]{2}"]',
        'external-links: { timeout-ms: 5000, skip: ["^https://localhost"], allow-private: ["10.20.0.0/16", "fd00::/8"] }',
      ].join('\n'),
    });
    const config = await loadConfig(join(dir, '.loclint.yml'));
    expect(config).toMatchObject({ sourceLocale: 'en-GB', failOn: 'warning', include: ['docs/**/*.md'], ignore: ['**/includes/**'], localeRoots: ['../docs.de-DE'] });
    expect(config.externalLinks).toEqual({ timeoutMs: 5000, skip: ['^https://localhost'], allowPrivate: ['10.20.0.0/16', 'fd00::/8'] });
    expect(ruleSettingsFor(config, 'docs/de-DE/a.md', 'segment-order')).toEqual({ severity: 'off' });
    expect(ruleSettingsFor(config, 'docs/zh-CN/a.md', 'segment-order').severity).toBe('error');
    expect(ruleSettingsFor(config, 'docs/zh-CN/a.md', 'relative-link-missing')).toEqual({ severity: 'warning', options: { fallback: 'warning' } });
  });

  it('names the line, column and a did-you-mean for an unknown key', async () => {
    expect(await configError('source-locale: en-US\nfail_on: error\n')).toBe(':2:1: unknown key `fail_on`; did you mean `fail-on`?');
    expect(await configError('rules:\n  segment-pair: off\n  link-paritty: warning\n')).toBe(':3:3: unknown key `link-paritty`; did you mean `link-parity`?');
    expect(await configError('rules:\n  relative-link-missing:\n    options: { fallbak: info }\n')).toBe(':3:16: unknown key `fallbak`; did you mean `fallback`?');
  });

  it('names the place of a bad value', async () => {
    expect(await configError('fail-on: always\n')).toBe(':1:10: fail-on must be one of error, warning, never, not `always`');
    expect(await configError('rules:\n  segment-pair: loud\n')).toBe(':2:17: rules.segment-pair must be one of off, info, warning, error, not `loud`');
    expect(await configError('include: docs\n')).toBe(':1:10: include must be a list, not `docs`');
    // The repository's text never reaches the terminal as control characters.
    expect(await configError('fail-on: "\\e[31mred"\n')).toBe(':1:10: fail-on must be one of error, warning, never, not `\\u001b[31mred`');
    expect(await configError('rules: [\n')).toMatch(/^:2:1: /);
  });

  it('lists every problem at once, in the file\'s order, each with its place and a did-you-mean', async () => {
    const dir = tree({
      '.loclint.yml': [
        'fail-on: warnin',
        'include: docs',
        'rules:',
        '  segment-pear: off',
        '  segment-pair: { severity: loud }',
        'external-links: { retries: 99 }',
        'overrides:',
        '  - files: []',
      ].join('\n'),
    });
    const path = join(dir, '.loclint.yml');
    await expect(loadConfig(path)).rejects.toThrow(
      new ConfigError(
        [
          '1:10: fail-on must be one of error, warning, never, not `warnin`; did you mean `warning`?',
          '2:10: include must be a list, not `docs`',
          '4:3: unknown key `segment-pear`; did you mean `segment-pair`?',
          '5:29: rules.segment-pair.severity must be one of off, info, warning, error, not `loud`',
          '6:28: external-links.retries must be <= 10',
          "8:5: overrides[0] must have required property 'rules'",
          '8:12: overrides[0].files must NOT have fewer than 1 items',
        ]
          .map((line) => `${path}:${line}`)
          .join('\n'),
      ),
    );
  });

  it('never runs code: a `!!js/function` tag is read as the string it holds', async () => {
    const dir = tree({ '.loclint.yml': 'source-locale: !!js/function "function () { globalThis.pwned = 1 }"\n' });
    expect((await loadConfig(join(dir, '.loclint.yml'))).sourceLocale).toBe('function () { globalThis.pwned = 1 }');
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });
});

describe('configuration in a run', () => {
  const zh = articleText('zh-CN/Boards/archive-a-board.md');
  const broken = edit(zh, 'ms.locfileid: "61472083"', 'ms.locfileid: 61472083');

  it('applies severities, offs and per-path overrides to findings', async () => {
    const root = tree({ 'zh-CN/a.md': broken, 'zh-CN/includes/b.md': broken });
    const config = await loadConfigFrom(root, 'rules:\n  front-matter-format: warning\noverrides:\n  - files: ["**/includes/**"]\n    rules: { front-matter-format: off }\n');
    const findings = await lintTree(root, ['.'], undefined, config);
    expect(findings.map((f) => `${f.file} ${f.rule} ${f.severity}`)).toEqual(['zh-CN/a.md front-matter-format warning']);
  });
});

async function loadConfigFrom(root: string, yaml: string) {
  writeFileSync(join(root, '.loclint.yml'), yaml);
  return loadConfig(join(root, '.loclint.yml'));
}

describe('url-locale-patterns', () => {
  it('lets links that differ only in a configured locale part compare equal', async () => {
    const zh = articleText('zh-CN/Boards/archive-a-board.md');
    const swapped = edit(
      zh,
      '](https://docs.example.com/fabrikam/boards/archive#archive-a-board) 中的步骤',
      '](https://docs.example.com/fabrikam/boards/archive?ui=zh-CN#archive-a-board) 中的步骤',
    );
    const root = tree({ 'zh-CN/a.md': swapped });
    expect((await lintTree(root, ['.'], ['link-parity'])).map((f) => f.line)).toEqual([27]);
    const config = await loadConfigFrom(root, "url-locale-patterns: ['[?&]ui=[a-z]{2}-[a-z]{2}']\n");
    expect(await lintTree(root, ['.'], ['link-parity'], config)).toEqual([]);
  });
});

describe('rule option patterns', () => {
  it('are checked when the configuration loads: one RE2 cannot run is an error naming its key', async () => {
    const root = tree({ 'ru-RU/a.md': '' });
    const good = await loadConfigFrom(root, "rules:\n  command-parity:\n    options:\n      patterns: ['^Contoso\\.[A-Z]\\w+$']\n");
    expect(ruleSettingsFor(good, 'ru-RU/a.md', 'command-parity').options).toEqual({ patterns: ['^Contoso\\.[A-Z]\\w+$'] });
    const error = await loadConfigFrom(root, "overrides:\n  - files: ['**']\n    rules:\n      command-parity:\n        options:\n          patterns: ['(a)\\1']\n").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain('overrides[0].rules.command-parity.options.patterns[0]');
  });
});
