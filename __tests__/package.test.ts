import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..');
const run = promisify(execFile);
const npm = (args: string[], cwd: string) => run('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, maxBuffer: 16 * 1024 * 1024 });

describe('the npm package', () => {
  it('holds the bundle, the CLI, the action, the docs and the licences, and no tests, sources or fixtures', async () => {
    const { stdout } = await npm(['pack', '--dry-run', '--json'], repo);
    const files = (JSON.parse(stdout) as [{ files: { path: string }[] }])[0].files.map((f) => f.path);
    expect(files.filter((f) => /^(__tests__|src|scripts|examples|\.github)\/|fixtures/.test(f))).toEqual([]);
    for (const expected of ['LICENSE', 'README.md', 'package.json', 'action.yml', 'bin/loclint.js', 'dist/api.js', 'dist/index.js', 'dist/worker.js', 'dist/licenses.txt', 'docs/rules.md']) {
      expect(files, expected).toContain(expected);
    }
  });

  describe('installed from its tarball into another project (offline)', () => {
    let project: string;
    beforeAll(async () => {
      const packed = mkdtempSync(join(tmpdir(), 'loclint-pack-'));
      const { stdout } = await npm(['pack', '--json', '--pack-destination', packed], repo);
      const tarball = join(packed, (JSON.parse(stdout) as [{ filename: string }])[0].filename);
      project = mkdtempSync(join(tmpdir(), 'loclint-consumer-'));
      writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
      // Everything is bundled: the package has no dependencies to fetch.
      await npm(['install', '--offline', tarball], project);
      writeFileSync(join(project, 'broken.md'), '---\ntitle: [a\n---\n# A\n');
    });

    // A runner's environment: importing the action's entry would write the job summary here.
    const runnerEnv = () => ({ ...process.env, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: join(project, 'summary.md'), GITHUB_OUTPUT: join(project, 'output.txt') });

    it("import('loclint') has no side effect and exposes lint and the reporters", async () => {
      const before = readdirSync(project).sort();
      const { stdout, stderr } = await run(
        process.execPath,
        ['-e', "import('loclint').then((m) => console.log(JSON.stringify(Object.fromEntries(Object.entries(m).map(([k, v]) => [k, typeof v])))))"],
        { cwd: project, env: runnerEnv() },
      );
      expect(stderr).toBe('');
      expect(JSON.parse(stdout)).toMatchObject({ lint: 'function', formatText: 'function', formatJson: 'function', formatSarif: 'function', version: 'string' });
      expect(readdirSync(project).sort()).toEqual(before);
      expect(existsSync(join(project, 'summary.md'))).toBe(false);
    });

    it('lints through the library and the installed command', async () => {
      const script = "const { lint, formatText } = await import('loclint'); const r = await lint({ paths: ['broken.md'] }); process.stdout.write(formatText(r.findings, r.filesChecked, false));";
      const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: project, env: runnerEnv() });
      expect(stdout).toMatch(/^broken\.md\nbroken\.md:2:\d+  error  front-matter-parse  /);
      const version = await run(join(project, 'node_modules', '.bin', 'loclint'), ['--version'], { cwd: project });
      expect(version.stdout).toBe(`${JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version}\n`);
    });
  });
});
