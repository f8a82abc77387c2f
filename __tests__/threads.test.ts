import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFiles } from '../src/engine/discover.js';
import { lintFiles } from '../src/engine/engine.js';
import { compareFindings, type Finding } from '../src/findings/finding.js';
import { END_TO_END } from './action-harness.js';
import { articlesDir } from './helpers.js';

// The command users run: bin/loclint.js over the bundled dist/cli.js.
const cli = join(import.meta.dirname, '..', 'bin', 'loclint.js');

/**
 * The test articles (fixtures/articles) copied into `copies` folders: enough files to share among
 * threads. Every other folder is named past Latin-1: paths cross to a worker as UTF-8 bytes. Each
 * set also has a file only the YAML parser and parse5 read (a repeated key, a character reference
 * in a tag), which a worker loads on first use.
 */
function manyArticles(copies: number): string {
  const root = mkdtempSync(join(tmpdir(), 'loclint-threads-'));
  for (let i = 0; i < copies; i++) {
    const set = join(root, i % 2 === 0 ? `set-${i}` : `文档-${i}`, 'articles');
    cpSync(articlesDir, set, { recursive: true });
    writeFileSync(
      join(set, 'zh-CN', 'Boards', 'parsers-on-first-use.md'),
      '---\ntitle: a\ntitle: b\n---\n<span data-ttu-id="1a2b3-101" title="R&amp;D">译文</span><span class="sxs-lookup"><span data-stu-id="1a2b3-101">Text</span></span>\n',
    );
  }
  return root;
}

const root = manyArticles(100);
/** Markdown files of one set: the test articles and the one written beside them. */
const perSet = readdirSync(join(root, 'set-0'), { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.md')).length;

async function runCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: root, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('checking on several threads', END_TO_END, () => {
  it('the bundled CLI finds the same findings, in the same order, on one thread and on two', async () => {
    const [one, two] = await Promise.all([runCli('--format', 'json', '--threads', '1', '.'), runCli('--format', 'json', '--threads', '2', '.')]);
    const report = JSON.parse(one.stdout) as { files: number; findings: unknown[] };
    expect(report.files).toBe(100 * perSet);
    expect(report.findings.length).toBeGreaterThan(100);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe('');
  });

  it('stops the workers it started ahead when the run turns out too small to share', async () => {
    // The workers start before the files are found; were they not stopped, the process would not exit.
    const [one, two] = await Promise.all([runCli('--format', 'json', '--threads', '1', 'set-0'), runCli('--format', 'json', '--threads', '2', 'set-0')]);
    expect((JSON.parse(two.stdout) as { files: number }).files).toBe(perSet);
    expect(two).toEqual(one);
  });

  it('refuses a thread count that is not a whole number from 1', async () => {
    const run = await runCli('--threads', '0', '.');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--threads takes a whole number from 1');
  });

  it('the bundled worker takes batches, and the findings are those of one thread', async () => {
    // Enough files that this thread is still checking long after the worker has loaded.
    const large = manyArticles(300);
    const { files } = collectFiles(['.'], large);
    const alone = await lintFiles(files, { cwd: large });
    const streamed: Finding[] = [];
    let batches = 0;
    const onBatch = (found: readonly Finding[]) => {
      batches++;
      streamed.push(...found);
    };
    const shared = await lintFiles(files, { cwd: large, threads: 2, workerScript: new URL('../dist/worker.js', import.meta.url), onBatch });
    expect(alone.threads).toBe(1);
    expect(shared.threads).toBe(2);
    expect(shared.findings).toEqual(alone.findings);
    // Every batch is told once, from either thread, as it is done: together they are the run's findings.
    expect(batches).toBeGreaterThan(1);
    expect(streamed.sort(compareFindings)).toEqual(alone.findings);
  });

  it('leaves the findings found so far in FILE.partial when the run is killed, and replaces it with the report when done', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'loclint-partial-')), 'report.json');
    const partial = `${out}.partial`;
    const child = spawn(process.execPath, [cli, '--format', 'json', '--threads', '1', '--output', out, '.'], { cwd: root, stdio: 'ignore' });
    // Killed as soon as one batch's findings are written: the run is seconds long, the wait a few milliseconds.
    const lines = await new Promise<string[]>((resolve, reject) => {
      const poll = setInterval(() => {
        const written = existsSync(partial) ? readFileSync(partial, 'utf8').split('\n').slice(0, -1) : [];
        if (written.length === 0) return;
        clearInterval(poll);
        child.kill('SIGKILL');
        resolve(written);
      }, 5);
      child.once('exit', () => {
        clearInterval(poll);
        reject(new Error('the run ended before any finding was written'));
      });
    });
    await new Promise((resolve) => child.once('exit', resolve));
    const found = lines.map((line) => JSON.parse(line) as Finding);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(Object.keys(f)).toEqual(expect.arrayContaining(['file', 'line', 'column', 'rule', 'severity', 'message']));
    expect(existsSync(out)).toBe(false);

    const done = await runCli('--format', 'json', '--output', out, '.');
    expect(done.code).toBe(1);
    expect(existsSync(partial)).toBe(false);
    expect((JSON.parse(readFileSync(out, 'utf8')) as { files: number }).files).toBe(100 * perSet);
  });

  it('checks the batches a failed worker took, so that nothing is lost', async () => {
    const { files } = collectFiles(['.'], root);
    const alone = await lintFiles(files, { cwd: root });
    const workerScript = new URL('./fixtures/workers/take-all-and-die.mjs', import.meta.url);
    const streamed: Finding[] = [];
    const withFailedWorker = await lintFiles(files, { cwd: root, threads: 2, workerScript, onBatch: (found) => streamed.push(...found) });
    expect(withFailedWorker.threads).toBe(1);
    expect(withFailedWorker.findings).toEqual(alone.findings);
    expect(streamed.sort(compareFindings)).toEqual(alone.findings);
  });
});
