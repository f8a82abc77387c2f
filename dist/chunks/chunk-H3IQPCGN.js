import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);

// src/source/git-env.ts
var gitEnv = () => ({ ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", GIT_OPTIONAL_LOCKS: "0" });

export {
  gitEnv
};
