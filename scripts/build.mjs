// Bundles the action (dist/index.js), the CLI (dist/cli.js), the library (dist/api.js) and their worker thread (dist/worker.js). With --check, builds in memory
// and fails when the committed dist/ differs: GitHub runs dist/, so a stale bundle is a bug.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const check = process.argv.includes('--check');

/** @actions/core's OIDC client, and with it undici, loads only when a token is asked for. */
// esbuild names importers by their real path, which differs from root's when node_modules is a link.
const actionsCore = join(realpathSync(join(root, 'node_modules')), '@actions', 'core', 'lib', 'core.js');
const lazyOidc = {
  name: 'lazy-oidc',
  setup(build) {
    build.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, ({ importer }) =>
      importer === actionsCore ? { path: join(root, 'scripts', 'shims', 'actions-core-oidc.mjs') } : undefined,
    );
  },
};

/** gray-matter's default engines (js-yaml's YAML, and eval for JavaScript) are all replaced by loclint's. */
const noDefaultEngines = {
  name: 'no-default-engines',
  setup(build) {
    const grayMatter = join(root, 'node_modules', 'gray-matter');
    build.onResolve({ filter: /^\.\.?\/(lib\/)?engines$/ }, ({ importer }) =>
      importer.startsWith(grayMatter + '/') ? { path: join(root, 'scripts', 'shims', 'gray-matter-engines.cjs') } : undefined,
    );
  },
};

/**
 * Bottleneck (under Octokit's retry and throttling plugins) yields to the event loop before each
 * step of a job with setTimeout(0), which Node rounds up to 1 ms: 16 such waits, one after the
 * other, held a pull request's single check-run request back by ~20 ms. setImmediate yields as
 * well, without the wait; delays above 0 keep their timer.
 */
const bottleneckYield = {
  name: 'bottleneck-yield',
  setup(build) {
    const slow = 'return setTimeout(resolve, t);';
    build.onLoad({ filter: /[\\/]bottleneck[\\/]light\.js$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      if (!source.includes(slow)) throw new Error(`bottleneck-yield: ${path} no longer yields with \`${slow}\`; review the patch`);
      return { contents: source.replace(slow, 'return t > 0 ? setTimeout(resolve, t) : setImmediate(resolve);'), loader: 'js' };
    });
  },
};

const result = await build({
  absWorkingDir: root,
  entryPoints: { index: 'src/main.ts', cli: 'src/cli.ts', api: 'src/api.ts', worker: 'src/worker.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  // Shared code and lazily imported dependencies (Octokit) go to chunks, so a run
  // that needs neither starts without loading them.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // Bundled CommonJS dependencies call require(); ESM output has to provide it.
  banner: { js: "import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);" },
  define: { __LOCLINT_VERSION__: JSON.stringify(version), __LOCLINT_BUNDLED__: 'true' },
  legalComments: 'none',
  // Without comments and indentation, Node reads and V8 pre-parses a third less at every start, and
  // no comment's non-ASCII character makes a whole chunk a two-byte string. Names stay, for stacks.
  minifyWhitespace: true,
  plugins: [lazyOidc, noDefaultEngines, bottleneckYield],
  metafile: true,
  write: false,
  logLevel: 'warning',
});

// The parsers few files need, and the file finding only the main thread does, each a CommonJS file
// of its own that src/runtime.ts loads on first use.
const lazy = await build({
  absWorkingDir: root,
  entryPoints: {
    yaml: 'scripts/shims/lazy-yaml.cjs',
    parse5: 'scripts/shims/lazy-parse5.cjs',
    tinyglobby: 'scripts/shims/lazy-tinyglobby.cjs',
    ignore: 'scripts/shims/lazy-ignore.cjs',
    re2js: 'scripts/shims/lazy-re2js.cjs',
  },
  outdir: 'dist/lazy',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'cjs',
  legalComments: 'none',
  metafile: true,
  write: false,
  logLevel: 'warning',
});
// lazyDependency finds dist/lazy/ from its own file's place: it must be bundled into dist/chunks/.
const loaders = result.outputFiles.filter((f) => f.text.includes('../lazy/'));
if (loaders.length === 0 || loaders.some((f) => dirname(f.path) !== join(root, 'dist', 'chunks'))) {
  console.error(`the lazy-dependency loader is bundled into ${loaders.map((f) => f.path).join(', ') || 'no file'}, not dist/chunks/`);
  process.exit(1);
}
/**
 * dist/licenses.txt: the licence of every package the bundles hold, from esbuild's list of their
 * inputs. The bundles drop legal comments, so this file carries the notices the licences ask for.
 */
function licenceNotices(...metafiles) {
  const packages = new Map();
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (match) packages.set(match[1], join(root, input.slice(0, match.index + match[0].length)));
    }
  }
  const sections = [...packages].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, dir]) => {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const licenceFile = readdirSync(dir).find((f) => /^licen[cs]e(\.(md|txt))?$/i.test(f));
    const text = licenceFile ? readFileSync(join(dir, licenceFile), 'utf8').trim() : `(the package ships no licence file; its package.json says ${manifest.license})`;
    return `${name}@${manifest.version} (${manifest.license})\n\n${text}\n`;
  });
  const header = `Third-party software bundled in dist/ (${packages.size} packages), with their licences.\n`;
  return { path: join(root, 'dist', 'licenses.txt'), text: [header, ...sections].join(`\n${'-'.repeat(78)}\n\n`) };
}

const outputFiles = [...result.outputFiles, ...lazy.outputFiles, licenceNotices(result.metafile, lazy.metafile)];

const stale = [];
const expected = new Set(outputFiles.map((f) => f.path));
// Chunks of an older build are stale too.
for (const name of readdirSync(join(root, 'dist'), { recursive: true })) {
  const path = join(root, 'dist', name);
  if (statSync(path).isFile() && !expected.has(path)) {
    if (check) stale.push(path);
    else rmSync(path);
  }
}
for (const file of outputFiles) {
  let current = null;
  try {
    current = readFileSync(file.path, 'utf8');
  } catch {}
  if (current === file.text) continue;
  if (check) stale.push(file.path);
  else {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.text);
  }
}
if (stale.length > 0) {
  console.error(`dist/ is stale (${stale.map((p) => p.slice(root.length + 1)).join(', ')}): run npm run build and commit dist/`);
  process.exit(1);
}
