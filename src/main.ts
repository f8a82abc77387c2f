import { resolve } from 'node:path';
import { startDiff } from './changes/changes.js';
import { changedRange, runnerEvent } from './changes/event.js';
import { tuneV8, workerScript } from './runtime.js';

// The action's entry point. git begins the diff of the event's commits before the rest of the
// action (the checker, Octokit, the reporters) loads, which takes longer than the diff does.
tuneV8();
const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
const event = runnerEvent();
const range = changedRange(event);
const started = range !== null ? startDiff(workspace, range) : null;
const { runAction } = await import('./action.js');
await runAction({ workspace, event, started, workerScript: workerScript(import.meta.url) });
