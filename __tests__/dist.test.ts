import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

describe('dist/', () => {
  it('is the build of src/ (GitHub runs the committed bundle)', async () => {
    const run = promisify(execFile)(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'build.mjs'), '--check']);
    await expect(run).resolves.toBeDefined();
  });

  it('starts the action without loading the HTTP clients (Octokit, undici), which load when needed', async () => {
    // Every module the action's entry imports statically, and what they import.
    const loaded = new Set<string>();
    const visit = (file: string) => {
      if (loaded.has(file)) return;
      loaded.add(file);
      const code = readFileSync(file, 'utf8');
      for (const [, spec] of code.matchAll(/^(?:import|export)\b[^;]*?["'](\.{1,2}\/[^"']+)["']/gms)) visit(join(dirname(file), spec!));
    };
    visit(join(import.meta.dirname, '..', 'dist', 'index.js'));
    const startup = [...loaded].map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(loaded.size).toBeGreaterThan(1);
    expect(startup).not.toMatch(/node_modules\/undici\//);
    expect(startup).not.toMatch(/node_modules\/@octokit\/core\//);
    // The OIDC client still answers when asked for: the real one is loaded then (here it finds no token URL).
    const { OidcClient } = await import('../scripts/shims/actions-core-oidc.mjs');
    await expect(OidcClient.getIDToken()).rejects.toThrow(/ACTIONS_ID_TOKEN_REQUEST/);
  });

  it('runs on the Node the action ships for', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
  });
});
