/** Git's environment: no prompt, and no pager or editor that a repository's configuration could name. */
export const gitEnv = () => ({ ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', GIT_OPTIONAL_LOCKS: '0' });
