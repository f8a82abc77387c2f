// Loads TypeScript from src/ in a script: esbuild bundles it to a temporary ES module.
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** `contents` is an ES module in the repository root that re-exports what the script needs. */
export async function loadSource(contents) {
  const outfile = join(mkdtempSync(join(tmpdir(), 'loclint-src-')), 'bundle.mjs');
  await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'error',
  });
  return import(outfile);
}
