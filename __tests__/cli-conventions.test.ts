import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROGRESS_AFTER_MS, progressLine, runCli, useColour, type CliIo } from '../src/cli.js';
import { reporters } from '../src/report/registry.js';

const repo = join(import.meta.dirname, '..');
const bin = join(repo, 'bin', 'loclint.js');
const ESC = '\x1b[';
const BROKEN = '---\ntitle: [a\n---\n# A\n';

/** The built CLI as a user runs it, piped (not a terminal), with the given environment on top of a clean one. */
function loclint(args: string[], options: { env?: Record<string, string>; input?: string; cwd?: string } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', ...options.env };
  return new Promise((done) => {
    const child = execFile(process.execPath, [bin, ...args], { cwd: options.cwd ?? repo, env }, (error, stdout, stderr) =>
      done({ code: error ? (error as { code: number }).code : 0, stdout, stderr }),
    );
    child.stdin!.end(options.input ?? '');
  });
}

/** runCli in this process, with every stream a string. */
async function inProcess(argv: string[], io: Partial<CliIo> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd: repo,
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdin: async () => '',
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    ...io,
  });
  return { code, stdout, stderr };
}

const readmeTable = () => {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8');
  return readme.slice(readme.indexOf('| exit code |')).split('\n\n')[0]!.split('\n').slice(2);
};

describe('exit codes (the README table, row by row)', () => {
  it('the README has one row per case tested here', () => {
    expect(readmeTable().map((row) => row.split('|')[1]!.trim())).toEqual(['0', '0', '1', '2', '2', '2', '2']);
  });

  it('0: no finding at the fail level', async () => {
    expect((await loclint(['examples/de-DE'])).code).toBe(0);
    expect((await loclint(['--fail-on', 'never', 'examples'])).code).toBe(0);
  });

  it('0: --help (-h) and --version', async () => {
    const help = await loclint(['-h']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: loclint /);
    expect((await loclint(['--help'])).stdout).toBe(help.stdout);
    const version = await loclint(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toBe(`${JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version}\n`);
  });

  it('1: findings at the fail level', async () => {
    expect((await loclint(['examples'])).code).toBe(1);
  });

  it('2: usage error, one line and a hint (an unknown option or value, a path that names nothing, a glob that matches nothing)', async () => {
    const hint = "Run 'loclint --help' for usage.\n";
    for (const [args, line] of [
      [['--frob'], "loclint: Unknown option '--frob'\n"],
      [['--format', 'xml', 'examples'], `loclint: unknown format \`xml\`: ${reporters.map((r) => r.name).join(', ')}\n`],
      [['examples/nope.md'], 'loclint: no such file or folder, and no file matches: "examples/nope.md"\n'],
      [['examples/**/*.txt'], 'loclint: no such file or folder, and no file matches: "examples/**/*.txt"\n'],
    ] as const) {
      const run = await loclint([...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(line + hint);
    }
  });

  it('2: configuration error, every problem listed, one line each', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loclint-cli-'));
    writeFileSync(join(dir, '.loclint.yml'), 'fail-on: always\nrules:\n  segment-pear: off\n');
    writeFileSync(join(dir, 'a.md'), '# A\n');
    const run = await loclint(['.'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `loclint: ${join(dir, '.loclint.yml')}:1:10: fail-on must be one of error, warning, never, not \`always\`\n` +
        `loclint: ${join(dir, '.loclint.yml')}:3:3: unknown key \`segment-pear\`; did you mean \`segment-pair\`?\n`,
    );
  });

  it('2: a report or baseline that cannot be written, one line', async () => {
    const run = await loclint(['--format', 'sarif', '--output', '/nonexistent/dir/x.sarif', 'examples']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`loclint: --output: cannot write "/nonexistent/dir/x.sarif": ENOENT: no such file or directory, open '/nonexistent/dir/x.sarif'\n`);
  });

  it('2: internal error, one line; --debug adds the stack', async () => {
    const closed = { stdout: () => { throw new Error('write EPIPE'); } };
    const plain = await inProcess(['examples/de-DE'], closed);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toBe('loclint: internal error: write EPIPE (--debug shows where)\n');
    const debug = await inProcess(['--debug', 'examples/de-DE'], closed);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/^loclint: internal error: Error: write EPIPE\n\s+at /);
  });
});

describe('paths', () => {
  it('expands a glob itself (quoted, as a shell would leave it)', async () => {
    const run = await loclint(['--format', 'json', 'examples/*/BoardsHelp/share-a-card.md']);
    expect(JSON.parse(run.stdout).files).toBe(4);
  });

  it('reads `-` from standard input, checked as --stdin-filename (default stdin.md)', async () => {
    const named = await loclint(['--format', 'json', '--stdin-filename', 'examples/zh-CN/BoardsHelp/x.md', '-'], { input: BROKEN });
    expect(named.code).toBe(1);
    expect(JSON.parse(named.stdout).findings.map((f: { file: string; rule: string }) => `${f.file} ${f.rule}`)).toEqual(['examples/zh-CN/BoardsHelp/x.md front-matter-parse']);
    const unnamed = await loclint(['--format', 'json', '-'], { input: BROKEN });
    expect(JSON.parse(unnamed.stdout).findings[0].file).toBe('stdin.md');
    expect((await loclint(['--stdin-filename', 'a.md', 'examples'])).code).toBe(2);
  });
});

describe('colour', () => {
  const defects = 'examples/zh-CN/BoardsHelp/defects-yaml.md';
  it('is off when piped, on with FORCE_COLOR or --color, off with NO_COLOR or --no-color', async () => {
    expect((await loclint([defects])).stdout).not.toContain(ESC);
    expect((await loclint([defects], { env: { FORCE_COLOR: '1' } })).stdout).toContain(ESC);
    expect((await loclint([defects], { env: { FORCE_COLOR: '0' } })).stdout).not.toContain(ESC);
    expect((await loclint([defects], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await loclint(['--color', defects], { env: { NO_COLOR: '1' } })).stdout).toContain(ESC);
    expect((await loclint(['--no-color', defects], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain(ESC);
  });

  it('is on for a terminal unless told otherwise', () => {
    expect(useColour(undefined, {}, true)).toBe(true);
    expect(useColour(undefined, { NO_COLOR: '1' }, true)).toBe(false);
    expect(useColour(false, {}, true)).toBe(false);
  });
});

describe('progress line', () => {
  const clock = () => {
    let now = 0;
    return { now: () => now, advance: (ms: number) => void (now += ms) };
  };
  const lines = (io: { stderrIsTTY: boolean; env: Record<string, string> }) => {
    let err = '';
    const time = clock();
    const progress = progressLine({ ...io, stderr: (t) => void (err += t) }, time.now);
    progress.update(100, 1000);
    time.advance(PROGRESS_AFTER_MS);
    progress.update(500, 1000);
    progress.clear();
    return err;
  };

  it(`shows on a terminal once a run takes ${PROGRESS_AFTER_MS} ms, then clears`, () => {
    expect(lines({ stderrIsTTY: true, env: {} })).toBe('\r\x1b[Kloclint: 500 of 1,000 files (50 %)\r\x1b[K');
  });

  it('never shows in CI or when standard error is not a terminal', () => {
    expect(lines({ stderrIsTTY: true, env: { CI: 'true' } })).toBe('');
    expect(lines({ stderrIsTTY: false, env: {} })).toBe('');
  });
});
