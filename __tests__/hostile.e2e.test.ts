import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { END_TO_END } from './action-harness.js';

/**
 * The hostile set of issue 13, checked by the bundled CLI in one run: every file is reported, nothing
 * in them runs, nothing outside the tree is read, and the whole run ends within the deadline (the
 * child is killed past it, so a stage that turns quadratic fails the test instead of hanging it).
 */
const DEADLINE_MS = 30_000;
const bin = join(import.meta.dirname, '..', 'bin', 'loclint.js');

const unit = (id: number, text: string, source: string) =>
  `<span data-ttu-id="581fd-${id}">${text}</span><span class="sxs-lookup"><span data-stu-id="581fd-${id}">${source}</span></span>`;
const head = '---\ntitle: 看板\nms.contentlocale: zh-CN\nms.translationtype: MT\nms.locfileid: "50254551"\n---\n';
const SECRET = 'loclint-secret-7f3a9c';

function hostileTree(): { root: string; marker: string; files: Record<string, string> } {
  const root = mkdtempSync(join(tmpdir(), 'loclint-hostile-'));
  const marker = join(root, 'executed');
  const files: Record<string, string> = {
    'nested.md': head + '<span data-ttu-id="581fd-101">'.repeat(20_000) + '译文' + '</span>'.repeat(20_000) + '\n',
    'long-line.md': head + 'a'.repeat(10_000_000) + '\n',
    'wide-line.md': head + `${unit(101, '译文', 'Source')} `.repeat(20_000) + '\n',
    'brackets.md': head + '['.repeat(1_000_000) + '\n',
    'link-openers.md': head + '[a]('.repeat(500_000) + '\n',
    'backticks.md': head + Array.from({ length: 2_000 }, (_, i) => `${'`'.repeat(i + 1)} x `).join('') + '\n',
    'unclosed-spans.md': head + '<span '.repeat(20_000) + '\n',
    'unclosed-anchors.md': head + '<a href="'.repeat(50_000) + '\n',
    'front-matter-spans.md': '---\n' + '<span '.repeat(300_000) + '\n',
    'alias-bomb.md':
      '---\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' +
      Array.from({ length: 8 }, (_, i) => `${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`).join('\n') +
      '\n---\n# 看板\n',
    'aliases.md': '---\na: &a x\nb: [' + Array(100_000).fill('*a').join(',') + ']\n---\n# 看板\n',
    'flow-keys.md': '---\nb: {' + Array.from({ length: 100_000 }, (_, i) => `k${i}: 1`).join(', ') + '}\n---\n# 看板\n',
    'js.md': `---js\nrequire('fs').writeFileSync(${JSON.stringify(marker)}, 'ran')\n---\n# 看板\n`,
    'coffee.md': `---coffee\nrequire('fs').writeFileSync ${JSON.stringify(marker)}, 'ran'\n---\n# 看板\n`,
    'odd\nname `x` <img src=x>.md': head + unit(101, '[链接](missing.md)', '[link](missing.md)') + '\n',
  };
  mkdirSync(join(root, 'zh-CN'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'zh-CN', name), text);
  const outside = mkdtempSync(join(tmpdir(), 'loclint-outside-'));
  writeFileSync(join(outside, 'secret.md'), `---\ntitle: ${SECRET}\n---\n[${SECRET}](${SECRET}.md) <a name="${SECRET}"></a>\n`);
  symlinkSync(join(outside, 'secret.md'), join(root, 'zh-CN', 'escape.md'));
  symlinkSync(outside, join(root, 'zh-CN', 'escape-folder'));
  symlinkSync('loop.md', join(root, 'zh-CN', 'loop.md'));
  symlinkSync('.', join(root, 'zh-CN', 'self'));
  return { root, marker, files };
}

interface Report {
  findings: { file: string; rule: string; message: string }[];
}

describe('the hostile set', END_TO_END, () => {
  it(`is checked by the bundled CLI within ${DEADLINE_MS / 1000} s: each bad file reported, nothing run, nothing outside read`, async () => {
    const { root, marker, files } = hostileTree();
    const { stdout } = await promisify(execFile)(process.execPath, [bin, '--format', 'json', '--fail-on', 'never', 'zh-CN'], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
      timeout: DEADLINE_MS,
      maxBuffer: 1 << 28,
    });
    const report = JSON.parse(stdout) as Report;
    const rulesOf = (name: string) => new Set(report.findings.filter((f) => f.file === `zh-CN/${name}`).map((f) => f.rule));

    expect(report.findings.filter((f) => f.rule === 'internal-error')).toEqual([]);
    for (const name of Object.keys(files)) expect(rulesOf(name).size, name).toBeGreaterThan(0);
    expect(rulesOf('long-line.md')).toContain('file-too-large');
    expect(rulesOf('unclosed-anchors.md')).toContain('file-too-complex');
    expect(rulesOf('nested.md')).toContain('segment-pair');
    for (const name of ['alias-bomb.md', 'aliases.md', 'flow-keys.md', 'js.md', 'coffee.md']) expect(rulesOf(name), name).toContain('front-matter-parse');
    expect(rulesOf('odd\nname `x` <img src=x>.md')).toContain('relative-link-missing');
    for (const name of ['escape.md', 'loop.md']) expect(rulesOf(name), name).toContain('file-unreadable');

    expect(existsSync(marker)).toBe(false);
    expect(stdout).not.toContain(SECRET);
  });
});
