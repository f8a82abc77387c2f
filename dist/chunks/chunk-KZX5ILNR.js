import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);

// src/runtime.ts
import { createRequire } from "node:module";
import { availableParallelism, loadavg } from "node:os";
import { setFlagsFromString } from "node:v8";
function workerScript(entryUrl) {
  return true ? new URL("./worker.js", entryUrl) : void 0;
}
var requireHere = createRequire(import.meta.url);
function lazyDependency(name) {
  let loaded;
  return () => loaded ??= requireHere(true ? `../lazy/${name}.cjs` : name);
}
function threadCount(setting = process.env.LOCLINT_THREADS, cores = availableParallelism(), load = loadavg()[0] ?? 0) {
  const n = Number(setting);
  if (setting !== void 0 && Number.isInteger(n) && n > 0) return n;
  return Math.max(1, Math.min(cores, Math.round(cores - load)));
}
var V8_FREEING_ON_MAIN = 13;
function tuneV8() {
  setFlagsFromString("--no-turbofan");
  setFlagsFromString("--semi-space-growth-factor=1");
  setFlagsFromString("--no-parallel-scavenge");
  if (Number(process.versions.v8.split(".")[0]) >= V8_FREEING_ON_MAIN) setFlagsFromString("--no-maglev-destroy-on-background");
}
function compileOnOwnThread() {
  setFlagsFromString("--no-concurrent-recompilation");
}

export {
  workerScript,
  lazyDependency,
  threadCount,
  tuneV8,
  compileOnOwnThread
};
