// Shared by the scripts: TypeScript from src/ (esbuild bundles it to a temporary ES module) and
// the walk over a folder's Markdown files.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * `contents` is an ES module in the repository root that re-exports what the script needs. The
 * bundle is written under node_modules/.cache, where the dependencies src/ loads on first use
 * (runtime.ts: lazyDependency) resolve.
 */
export async function loadSource(contents) {
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'loclint-src-'));
  const outfile = join(dir, 'bundle.mjs');
  await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    banner: { js: "import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);" },
    logLevel: 'error',
  });
  try {
    return await import(outfile);
  } finally {
    // Loaded: the file is no longer read (a dependency loaded later resolves from the folder's place).
    rmSync(dir, { recursive: true, force: true });
  }
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

/** mulberry32: a small seedable generator, so that a sample or a fuzz run can be drawn again. */
export function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
