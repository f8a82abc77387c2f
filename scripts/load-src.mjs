// Shared by the scripts: TypeScript from src/ (esbuild bundles it to a temporary ES module) and
// the walk over a folder's Markdown files.
import { build } from 'esbuild';
import { mkdtempSync, readdirSync } from 'node:fs';
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

/** Every Markdown file under a folder, in sorted order (the scripts' shared walk). */
export function markdownFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.md')) out.push(join(d, e.name));
    }
  };
  walk(dir);
  return out;
}
