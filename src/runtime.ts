import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';

// Set by the bundler: only the bundle has a worker entry (dist/worker.js) beside its entry points.
declare const __LOCLINT_BUNDLED__: boolean | undefined;

/** The worker entry beside a bundled entry point; none when run from source, where one thread does all. */
export function workerScript(entryUrl: string): URL | undefined {
  return typeof __LOCLINT_BUNDLED__ === 'boolean' ? new URL('./worker.js', entryUrl) : undefined;
}

/**
 * Parsers that only a few files (or a configuration file) need, and the glob and .gitignore
 * matchers that only the thread finding the files needs, loaded when first needed.
 */
export type LazyDependency = 'yaml' | 'parse5' | 'tinyglobby' | 'ignore' | 're2js';

const requireHere = createRequire(import.meta.url);

/**
 * A dependency loaded on first use, synchronously, so that no thread pays for it at start: the YAML
 * parser and parse5 are 440 KB of the 600 KB every thread loaded, for the few files the fast paths
 * leave to them (`npm run corpus:parsers` counts them). The bundle carries each as a CommonJS file
 * of its own in dist/lazy/, beside dist/chunks/ where this code is bundled (the build checks that);
 * from source, it is the package itself.
 */
export function lazyDependency<T>(name: LazyDependency): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= requireHere(typeof __LOCLINT_BUNDLED__ === 'boolean' ? `../lazy/${name}.cjs` : name) as T);
}

/**
 * Threads for a run: the setting (a flag or LOCLINT_THREADS) when it is a positive whole number,
 * else one per idle core, counting a core idle when the last minute's load leaves at least half of
 * it: a thread on a core another process is using gains no wall time and costs CPU. (The engine
 * adds a thread only for a run large enough to repay its start.)
 */
export function threadCount(setting: string | undefined = process.env.LOCLINT_THREADS, cores = availableParallelism(), load = loadavg()[0] ?? 0): number {
  const n = Number(setting);
  if (setting !== undefined && Number.isInteger(n) && n > 0) return n;
  return Math.max(1, Math.min(cores, Math.round(cores - load)));
}

/**
 * V8 settings for a run, made by the entry points for the whole process (workers included), as
 * `npm run bench` measured them over 14,605 files:
 * - no TurboFan, only the quick optimizing tier (Maglev): TurboFan spent about a core-second
 *   recompiling loclint's hot functions, for no gain in wall time on one thread, and took the core a
 *   worker thread needs;
 * - a young generation that does not grow: left to grow, V8 takes it to tens of megabytes for a
 *   run's stream of short-lived objects, and peak memory to ~360 MB instead of ~190 MB, for no gain
 *   in time;
 * - young-generation collections on the thread that needs them: this small a generation is
 *   collected every megabyte, and sharing each collection among threads cost more than it saved
 *   (4–7 % of the time);
 * - a finished compilation's memory freed on the thread that ran the code: freed on V8's background
 *   threads, it stayed in their memory pools, and a third of the peak memory was compilers' leftovers.
 */
/** The first V8 major version (Node 24's) known to take --no-maglev-destroy-on-background. */
const V8_FREEING_ON_MAIN = 13;

export function tuneV8(): void {
  setFlagsFromString('--no-turbofan');
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--no-parallel-scavenge');
  // A flag V8 does not know is reported on standard error: this one came after Node 22's V8.
  if (Number(process.versions.v8.split('.')[0]) >= V8_FREEING_ON_MAIN) setFlagsFromString('--no-maglev-destroy-on-background');
}

/**
 * For a run on several threads: each thread compiles its hot code on its own, between its files.
 * Compiled on V8's background threads, the code of every thread took the cores the checking threads
 * needed (A/B, 15 alternating rounds over 14,605 files on 2 cores: 1.13 → 1.09 s). Set before the
 * workers start; a run on one thread keeps the background compiler, which then has a core to itself.
 */
export function compileOnOwnThread(): void {
  setFlagsFromString('--no-concurrent-recompilation');
}
