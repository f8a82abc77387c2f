import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../src/findings/finding.js';
import { allRuleMeta, rules } from '../src/rules/index.js';
import { MAX_RESULTS_PER_RUN, MAX_UPLOAD_BYTES, sarifReport } from '../src/report/sarif.js';
import { RULES_DOC_URL } from '../src/version.js';

const repo = join(import.meta.dirname, '..');
const corpus = process.env.LOCLINT_CORPUS ?? join(repo, '..', 'shared', 'corpus');
const run = promisify(execFile);

const finding = (i: number, severity: Severity, extra: Partial<Finding> = {}): Finding => ({
  file: 'docs/zh-CN/a.md',
  line: i + 1,
  column: 1,
  endLine: i + 1,
  endColumn: 2,
  rule: 'link-empty-target',
  severity,
  message: 'Link has no target',
  fingerprint: `fp${i}`,
  ...extra,
});

const parse = (findings: readonly Finding[]) => JSON.parse(sarifReport(findings, '1.2.3').text) as Log;

describe('SARIF for GitHub code scanning', () => {
  it('describes every rule with a full description, help in text and Markdown from the docs, and a link to its section', () => {
    const driver = parse([]).runs[0]!.tool.driver;
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.version).toBe('1.2.3');
    expect(driver.rules!.map((r) => r.id)).toEqual(allRuleMeta.map((r) => r.id));
    const headings = new Set(readFileSync(join(repo, 'docs', 'rules.md'), 'utf8').match(/^## .+$/gm)!.map((h) => h.slice(3).toLowerCase().replace(/ /g, '-')));
    for (const descriptor of driver.rules!) {
      expect(descriptor.fullDescription?.text, descriptor.id).toBeTruthy();
      expect(descriptor.help?.text, descriptor.id).toBeTruthy();
      expect(descriptor.help?.markdown, descriptor.id).toContain(descriptor.helpUri);
      const [base, anchor] = descriptor.helpUri!.split('#');
      expect(base).toBe(RULES_DOC_URL);
      expect(headings.has(anchor!), `${descriptor.id} → #${anchor}`).toBe(true);
    }
    const withExamples = rules.find((r) => r.examples)!;
    const help = driver.rules!.find((r) => r.id === withExamples.id)!.help!;
    expect(help.markdown).toContain(withExamples.examples!.fail);
    expect(help.text).not.toContain('```');
  });

  it('gives each result its own primaryLocationLineHash, also when findings share a content fingerprint', () => {
    const same = { fingerprint: 'abc' };
    const results = parse([finding(0, 'error', same), finding(1, 'error', same), finding(2, 'error')]).runs[0]!.results!;
    expect(results.map((r) => r.partialFingerprints)).toEqual([
      { primaryLocationLineHash: 'abc:1' },
      { primaryLocationLineHash: 'abc:2' },
      { primaryLocationLineHash: 'fp2:1' },
    ]);
  });

  it(`keeps a run within ${MAX_RESULTS_PER_RUN} results, the errors first, and says what was cut`, () => {
    const findings = Array.from({ length: MAX_RESULTS_PER_RUN + 1000 }, (_, i) => finding(i, i >= MAX_RESULTS_PER_RUN ? 'error' : 'warning'));
    const report = sarifReport(findings);
    expect(report.omitted).toBe(1000);
    const run = (JSON.parse(report.text) as Log).runs[0]!;
    expect(run.results).toHaveLength(MAX_RESULTS_PER_RUN);
    expect(run.results!.filter((r) => r.level === 'error')).toHaveLength(1000);
    expect(run.invocations![0]!.toolExecutionNotifications![0]!.message.text).toMatch(/^1000 of 26000 findings were left out/);
  });

  it('keeps the gzipped upload under GitHub’s size limit', () => {
    // Incompressible messages: 14,000 × 1 KiB of random text is over the limit even gzipped.
    const findings = Array.from({ length: 14_000 }, (_, i) => finding(i, 'error', { message: randomBytes(768).toString('base64') }));
    const report = sarifReport(findings);
    expect(report.omitted).toBeGreaterThan(0);
    expect(gzipSync(report.text).length).toBeLessThanOrEqual(MAX_UPLOAD_BYTES);
    expect((JSON.parse(report.text) as Log).runs[0]!.results).toHaveLength(findings.length - report.omitted);
  });

  it('says on standard error when the CLI cut a run (a file of 25,010 empty links)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loclint-sarif-'));
    writeFileSync(join(dir, 'a.md'), `# A\n\n${Array.from({ length: MAX_RESULTS_PER_RUN + 10 }, (_, i) => `[a${i}]()`).join('\n\n')}\n`);
    const cli = await run(process.execPath, [join(repo, 'bin', 'loclint.js'), '--format', 'sarif', '--fail-on', 'never', '--output', 'a.sarif', 'a.md'], { cwd: dir });
    expect(cli.stderr).toBe(`loclint: SARIF holds ${MAX_RESULTS_PER_RUN} of ${MAX_RESULTS_PER_RUN + 10} findings, the most severe, within GitHub code scanning's limits\n`);
    expect((JSON.parse(readFileSync(join(dir, 'a.sarif'), 'utf8')) as Log).runs[0]!.results).toHaveLength(MAX_RESULTS_PER_RUN);
  });

  it('gives a result with a fix its replacements, by character offset and length in UTF-16 code units, and none to the rest', () => {
    const fix = { description: 'quote `ms.locfileid`', edits: [{ start: 610, end: 618, text: '"61472083"' }, { start: 700, end: 700, text: 'x' }] };
    const log = parse([finding(0, 'error', { fix, file: 'docs/zh-CN/a b.md' }), finding(1, 'error')]);
    expect(log.runs[0]!.columnKind).toBe('utf16CodeUnits');
    const [fixed, plain] = log.runs[0]!.results!;
    expect(fixed!.fixes).toEqual([
      {
        description: { text: 'quote `ms.locfileid`' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'docs/zh-CN/a%20b.md' },
            replacements: [
              { deletedRegion: { charOffset: 610, charLength: 8 }, insertedContent: { text: '"61472083"' } },
              { deletedRegion: { charOffset: 700, charLength: 0 }, insertedContent: { text: 'x' } },
            ],
          },
        ],
      },
    ]);
    expect(plain).not.toHaveProperty('fixes');
  });

  // The multitool's validate exits 0 whatever it finds: its own SARIF output is read instead.
  const multitool = (() => {
    try {
      return createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
    } catch {
      return null;
    }
  })();
  const targets = [
    { name: 'examples', path: join(repo, 'examples') },
    { name: 'the enterprise corpus', path: join(corpus, 'enterprise') },
  ];
  for (const { name, path } of targets) {
    const missing = !existsSync(path) ? `${path} is absent` : multitool === null ? '@microsoft/sarif-multitool is not installed' : null;
    if (missing) console.log(`skipped: SARIF Multitool over ${name}: ${missing}`);
    it.skipIf(missing !== null)(`passes SARIF Multitool's Sarif and GitHub rules over ${name}: 0 errors, 0 warnings`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'loclint-sarif-'));
      const sarif = join(dir, 'loclint.sarif');
      await run(process.execPath, [join(repo, 'bin', 'loclint.js'), '--format', 'sarif', '--fail-on', 'never', '--output', sarif, path], { cwd: repo });
      const results = (JSON.parse(readFileSync(sarif, 'utf8')) as Log).runs[0]!.results!;
      expect(results.length).toBeGreaterThan(0);
      // Fixes are validated too: both targets have findings that offer one (4 of 16 in examples, 149 of 644 in enterprise).
      expect(results.some((r) => r.fixes !== undefined)).toBe(true);
      const verdict = join(dir, 'validation.sarif');
      await run(multitool!, ['validate', sarif, '--rule-kind', 'Sarif;Gh', '-o', verdict]);
      const problems = (JSON.parse(readFileSync(verdict, 'utf8')) as Log).runs[0]!.results!.filter((r) => r.level !== 'note' && r.level !== 'none');
      expect(problems.map((r) => `${r.ruleId}: ${JSON.stringify(r.message)}`)).toEqual([]);
    });
  }
});
