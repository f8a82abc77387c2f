import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { END_TO_END } from './action-harness.js';

/** Every file an entry of the bundle imports statically, and what they import. */
function staticImports(entry: string): Set<string> {
  const loaded = new Set<string>();
  const visit = (file: string) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(/^(?:import|export)\b[^;]*?["'](\.{1,2}\/[^"']+)["']/gms)) visit(join(dirname(file), spec!));
  };
  visit(join(import.meta.dirname, '..', 'dist', entry));
  return loaded;
}

describe('dist/', END_TO_END, () => {
  it('is the build of src/ (GitHub runs the committed bundle)', async () => {
    const run = promisify(execFile)(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'build.mjs'), '--check']);
    await expect(run).resolves.toBeDefined();
  });

  it('starts the action without loading the HTTP clients (Octokit, undici), which load when needed', async () => {
    const loaded = staticImports('index.js');
    const startup = [...loaded].map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(loaded.size).toBeGreaterThan(1);
    expect(startup).not.toMatch(/node_modules\/undici\//);
    expect(startup).not.toMatch(/node_modules\/@octokit\/core\//);
    // The OIDC client still answers when asked for: the real one is loaded then (here it finds no token URL).
    const { OidcClient } = await import('../scripts/shims/actions-core-oidc.mjs');
    await expect(OidcClient.getIDToken()).rejects.toThrow(/ACTIONS_ID_TOKEN_REQUEST/);
  });

  it('starts every thread without the YAML parser, parse5 and the glob and .gitignore matchers, and loads them for the files that need them', async () => {
    for (const entry of ['index.js', 'cli.js', 'worker.js']) {
      const startup = [...staticImports(entry)].map((file) => readFileSync(file, 'utf8')).join('\n');
      expect(startup, entry).not.toMatch(/node_modules\/(yaml|parse5|tinyglobby|fdir|picomatch|ignore)\//);
    }
    // A repeated key leaves the front matter to the YAML parser; a character reference leaves the
    // first tag to parse5, and the repeated unit id shows that the tag was read.
    const dir = mkdtempSync(join(tmpdir(), 'loclint-lazy-'));
    writeFileSync(
      join(dir, 'a.zh-CN.md'),
      '---\ntitle: a\ntitle: b\n---\n' +
        '<span data-ttu-id="1a2b3-101" title="R&amp;D">译文</span><span class="sxs-lookup"><span data-stu-id="1a2b3-101">Text</span></span>\n\n' +
        '<span data-ttu-id="1a2b3-101">又</span><span class="sxs-lookup"><span data-stu-id="1a2b3-101">Again</span></span>\n',
    );
    const cli = join(import.meta.dirname, '..', 'bin', 'loclint.js');
    const { stdout } = await promisify(execFile)(process.execPath, [cli, '--format', 'json', '--fail-on', 'never', 'a.zh-CN.md'], { cwd: dir });
    const rules = (JSON.parse(stdout) as { findings: { rule: string; message: string }[] }).findings.map((f) => `${f.rule}: ${f.message}`);
    expect(rules).toContainEqual(expect.stringMatching(/^front-matter-parse: YAML: Map keys must be unique/));
    expect(rules).toContainEqual(expect.stringMatching(/^segment-id-unique: Segment id 1a2b3-101 is already used on line 5/));
    expect(rules.filter((r) => r.startsWith('internal-error'))).toEqual([]);
  });

  it('runs on the Node the action ships for', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
  });
});
