import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';

// Set by the bundler: only the bundle has a worker entry (dist/worker.js) beside its entry points.
declare const __LOCLINT_BUNDLED__: boolean | undefined;

/** The worker entry beside a bundled entry point; none when run from source, where one thread does all. */
export function workerScript(entryUrl: string): URL | undefined {
  return typeof __LOCLINT_BUNDLED__ === 'boolean' ? new URL('./worker.js', entryUrl) : undefined;
}

/** Threads for a run: the setting (a flag or LOCLINT_THREADS) when it is a positive whole number, else one per core. */
export function threadCount(setting: string | undefined = process.env.LOCLINT_THREADS): number {
  const n = Number(setting);
  return setting !== undefined && Number.isInteger(n) && n > 0 ? n : availableParallelism();
}

/**
 * Keeps V8 to its quick optimizing tier (Maglev). Over a large run TurboFan spends about a core-second
 * recompiling loclint's hot functions, for no gain in wall time on one thread, and takes the core a
 * worker thread needs (`npm run bench` shows both). Set by the entry points, for the whole process.
 */
export function preferQuickJit(): void {
  setFlagsFromString('--no-turbofan');
}
