import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding, TextEdit } from '../src/findings/finding.js';
import { fixFiles, planFixes, unifiedDiff } from '../src/fix/apply.js';

/** A finding at `line` whose fix makes the edits. */
function fixable(rule: string, line: number, ...edits: TextEdit[]): Finding {
  return { file: 'a.md', line, column: 1, endLine: line, endColumn: 1, rule, severity: 'error', message: rule, fix: { description: `fix ${rule}`, edits } };
}

describe('planFixes', () => {
  it('makes fixes that fit together, an identical one once, and skips the ones that overlap or touch', () => {
    const text = 'alpha beta gamma delta';
    const plan = planFixes(text, [
      fixable('one', 1, { start: 0, end: 5, text: 'ALPHA' }),
      fixable('two', 1, { start: 3, end: 8, text: 'x' }), // overlaps one
      fixable('three', 1, { start: 11, end: 16, text: 'GAMMA' }),
      fixable('four', 1, { start: 11, end: 16, text: 'GAMMA' }), // identical to three: made, once
      fixable('five', 1, { start: 16, end: 16, text: '!' }), // an insertion where three ends: no one order
      fixable('six', 1, { start: 17, end: 22, text: 'DELTA' }, { start: 12, end: 13, text: 'A' }), // spans 12..22: overlaps three
      fixable('seven', 1, { start: 2, end: 4, text: '' }, { start: 3, end: 5, text: '' }), // its own edits overlap
    ]);
    expect(plan.text).toBe('ALPHA beta GAMMA delta');
    expect(plan.applied.map((f) => f.rule)).toEqual(['one', 'three', 'four']);
    expect(plan.skipped.map((s) => `${s.finding.rule}: ${s.reason}`)).toEqual([
      'seven: its edits overlap each other or lie outside the file',
      'two: it overlaps the fix of one at 1:1',
      'six: it overlaps the fix of three at 1:1',
      'five: it overlaps the fix of three at 1:1',
    ]);
  });

  it("writes inserted line ends as the text's own", () => {
    const insert = fixable('x', 1, { start: 3, end: 3, text: 'a\nb\r\n' });
    expect(planFixes('one\r\ntwo\r\n', [insert]).text).toBe('onea\r\nb\r\n\r\ntwo\r\n');
    expect(planFixes('one\ntwo\n', [insert]).text).toBe('onea\nb\r\n\ntwo\n');
  });
});

/** Whether `git apply` takes the diff to `before` and makes `after`: the diff is one patch tools read. */
function applies(before: string, diff: string, after: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'loclint-diff-'));
  writeFileSync(join(dir, 'a.md'), before);
  writeFileSync(join(dir, 'fix.diff'), diff);
  execFileSync('git', ['apply', '--unsafe-paths', '--whitespace=nowarn', 'fix.diff'], { cwd: dir });
  expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(after);
}

describe('unifiedDiff', () => {
  const lines = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`);
  const text = `${lines.join('\n')}\n`;
  const at = (line: number) => text.indexOf(`line ${line}\n`);

  it('shows each change with three lines around it, and one hunk for changes close together', () => {
    const edits = [
      { start: at(2), end: at(2) + 6, text: 'LINE 2' },
      { start: at(4), end: at(5), text: '' }, // line 4 removed
      { start: at(17), end: at(17), text: 'new\n' },
    ];
    const plan = planFixes(text, edits.map((e, i) => fixable(`r${i}`, 1, e)));
    const diff = unifiedDiff('a.md', text, plan.edits);
    expect(diff).toBe(
      [
        '--- a/a.md', '+++ b/a.md',
        '@@ -1,7 +1,6 @@', ' line 1', '-line 2', '+LINE 2', ' line 3', '-line 4', ' line 5', ' line 6', ' line 7',
        '@@ -14,7 +13,8 @@', ' line 14', ' line 15', ' line 16', '-line 17', '+new', '+line 17', ' line 18', ' line 19', ' line 20', '',
      ].join('\n'),
    );
    applies(text, diff, plan.text);
  });

  it('marks a last line without a line feed, and keeps the CR of CRLF lines', () => {
    const crlf = 'a\r\nb\r\nlast';
    const plan = planFixes(crlf, [fixable('x', 3, { start: 6, end: 10, text: 'LAST' }), fixable('y', 1, { start: 0, end: 1, text: 'A' })]);
    const diff = unifiedDiff('a.md', crlf, plan.edits);
    expect(diff).toBe('--- a/a.md\n+++ b/a.md\n@@ -1,3 +1,3 @@\n-a\r\n+A\r\n b\r\n-last\n\\ No newline at end of file\n+LAST\n\\ No newline at end of file\n');
    applies(crlf, diff, 'A\r\nb\r\nLAST');
    expect(unifiedDiff('a.md', crlf, [])).toBe('');
  });
});

describe('fixFiles', () => {
  const tree = () => {
    const dir = mkdtempSync(join(tmpdir(), 'loclint-fixfiles-'));
    mkdirSync(join(dir, 'docs'));
    return dir;
  };

  it('writes UTF-8 with its BOM, UTF-16LE and UTF-16BE with theirs, and leaves no temporary file', () => {
    const dir = tree();
    const text = 'ms.locfileid: 123\r\n';
    const quote = (file: string) => ({ ...fixable('q', 1, { start: 14, end: 17, text: '"123"' }), file });
    writeFileSync(join(dir, 'docs', 'bom.md'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    writeFileSync(join(dir, 'docs', 'le.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    writeFileSync(join(dir, 'docs', 'be.md'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    const run = fixFiles(['bom', 'le', 'be'].map((n) => quote(`docs/${n}.md`)), { cwd: dir, roots: [dir], write: true });
    expect(run.refused).toEqual([]);
    const fixed = 'ms.locfileid: "123"\r\n';
    expect(readFileSync(join(dir, 'docs', 'bom.md'))).toEqual(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(fixed)]));
    expect(readFileSync(join(dir, 'docs', 'le.md'))).toEqual(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixed, 'utf16le')]));
    expect(readFileSync(join(dir, 'docs', 'be.md'))).toEqual(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(fixed, 'utf16le').swap16()]));
    expect(readdirSync(join(dir, 'docs')).sort()).toEqual(['be.md', 'bom.md', 'le.md']);
  });

  it('refuses a file whose bytes would not survive, and one outside the tree; a dry run writes nothing', () => {
    const dir = tree();
    const invalid = Buffer.concat([Buffer.from('ms.locfileid: 123\n'), Buffer.from([0xff])]);
    writeFileSync(join(dir, 'docs', 'bad.md'), invalid);
    writeFileSync(join(dir, 'docs', 'ok.md'), 'ms.locfileid: 123\n');
    const outside = mkdtempSync(join(tmpdir(), 'loclint-outside-'));
    writeFileSync(join(outside, 'x.md'), 'ms.locfileid: 123\n');
    const quote = (file: string) => ({ ...fixable('q', 1, { start: 14, end: 17, text: '"123"' }), file });
    const findings = [quote('docs/bad.md'), quote('docs/ok.md'), quote(join(outside, 'x.md'))];
    const dry = fixFiles(findings, { cwd: dir, roots: [join(dir, 'docs')], write: false });
    expect(dry.files.map((f) => [f.file, f.text])).toEqual([['docs/ok.md', 'ms.locfileid: "123"\n']]);
    expect(dry.refused.map((r) => `${r.file}: ${r.reason}`)).toEqual([
      'docs/bad.md: its bytes are not all text in one encoding, and writing it back would change them',
      `${join(outside, 'x.md')}: Symbolic link leads outside the checked tree: not read`,
    ]);
    expect(readFileSync(join(dir, 'docs', 'ok.md'), 'utf8')).toBe('ms.locfileid: 123\n');
    expect(readFileSync(join(dir, 'docs', 'bad.md'))).toEqual(invalid);
  });
});
