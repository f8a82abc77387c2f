import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { END_TO_END } from './action-harness.js';

const repo = join(import.meta.dirname, '..');
const bin = join(repo, 'bin', 'loclint.js');

/** Runs the built CLI as a user would, from the repository root. */
async function loclint(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { cwd: repo, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('loclint CLI', END_TO_END, () => {
  it('checks the bundled sample: the seed article is clean, every planted defect is found', async () => {
    const { code, stdout } = await loclint('--format', 'json', 'examples');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { version: number; files: number; findings: { file: string; rule: string; line: number }[] };
    expect(report.version).toBe(1);
    expect(report.files).toBe(7);
    expect(report.findings.filter((f) => f.file.endsWith('share-a-card.md'))).toEqual([]);
    const rulesIn = (name: string) => [...new Set(report.findings.filter((f) => f.file === `examples/zh-CN/BoardsHelp/${name}`).map((f) => f.rule))].sort();
    expect(rulesIn('defects-front-matter.md')).toEqual([
      'front-matter-empty-value', 'front-matter-format', 'front-matter-locale', 'front-matter-required', 'front-matter-unknown-key',
    ]);
    // The emptied unit also lost its link: link-parity says so. The `</span>` planted in unit 581fd-105's text
    // closes the unit early: span-balance reports that span, and the pairing it broke is not reported again.
    expect(rulesIn('defects-segments.md')).toEqual(['link-parity', 'segment-empty', 'segment-id-unique', 'segment-order', 'segment-prefix', 'span-balance']);
    expect(rulesIn('defects-yaml.md')).toEqual(['front-matter-parse']);
  });

  it('prints text grouped by file with path:line:col, severity, rule and message', async () => {
    const { code, stdout } = await loclint('examples/zh-CN/BoardsHelp/defects-yaml.md');
    expect(code).toBe(1);
    expect(stdout.split('\n')).toEqual([
      'examples/zh-CN/BoardsHelp/defects-yaml.md',
      'examples/zh-CN/BoardsHelp/defects-yaml.md:3:1  error  front-matter-parse  YAML: Implicit keys need to be on a single line',
      'examples/zh-CN/BoardsHelp/defects-yaml.md:5:1  error  front-matter-parse  YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      '',
      '1 file checked: 2 errors, 0 warnings, 0 info',
      '',
    ]);
  });

  it('writes SARIF 2.1.0 with the rule registry as driver rules', async () => {
    const { stdout } = await loclint('--format', 'sarif', 'examples/zh-CN/BoardsHelp/defects-front-matter.md');
    const sarif = JSON.parse(stdout);
    expect(sarif.version).toBe('2.1.0');
    const driver = sarif.runs[0].tool.driver;
    expect(driver.rules.map((r: { id: string }) => r.id)).toContain('segment-pair');
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'front-matter-locale');
    expect(driver.rules[result.ruleIndex].id).toBe('front-matter-locale');
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'examples/zh-CN/BoardsHelp/defects-front-matter.md' },
      region: { startLine: 19, startColumn: 19, endLine: 19, endColumn: 24 },
    });
  });

  it('exits 0 on a clean file, and by --fail-on decides what fails', async () => {
    expect((await loclint('examples/de-DE')).code).toBe(0);
    const warningsOnly = 'examples/zh-CN/BoardsHelp/defects-front-matter.md';
    expect((await loclint('--fail-on', 'never', warningsOnly)).code).toBe(0);
    const quiet = await loclint('--quiet', '--format', 'json', warningsOnly);
    expect(JSON.parse(quiet.stdout).findings.every((f: { severity: string }) => f.severity === 'error')).toBe(true);
  });

  it('exits 2 on a usage or configuration error', async () => {
    expect((await loclint('--format', 'xml', 'examples')).code).toBe(2);
    expect((await loclint('--no-such-flag')).code).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'loclint-cli-'));
    writeFileSync(join(dir, 'bad.yml'), 'rules:\n  segment-pear: off\n');
    const bad = await loclint('--config', join(dir, 'bad.yml'), 'examples');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(`loclint: ${join(dir, 'bad.yml')}:2:3: unknown key \`segment-pear\`; did you mean \`segment-pair\`?\n`);
  });

  it('turns a rule off or changes its severity through the config file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loclint-cli-'));
    writeFileSync(join(dir, 'loclint.yml'), 'rules:\n  front-matter-parse: warning\n');
    const { code, stdout } = await loclint('--config', join(dir, 'loclint.yml'), '--format', 'json', 'examples/zh-CN/BoardsHelp/defects-yaml.md');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).findings.map((f: { severity: string }) => f.severity)).toEqual(['warning', 'warning']);
  });

  it('writes a baseline (exit 0), then reports only what is new, and rejects a bad --shard', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loclint-cli-'));
    const baseline = join(dir, 'baseline.json');
    const written = await loclint('--write-baseline', baseline, 'examples');
    expect(written.code).toBe(0);
    expect(written.stderr).toMatch(/^loclint: wrote \d+ finding\(s\) to /);
    expect(JSON.parse(readFileSync(baseline, 'utf8')).entries.length).toBeGreaterThan(10);
    const again = await loclint('--baseline', baseline, '--format', 'json', 'examples');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).findings).toEqual([]);
    expect((await loclint('--shard', '5/4', 'examples')).code).toBe(2);
  });
});
