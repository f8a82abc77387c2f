// npm run bench [-- folder] — times loclint's full check (every rule but external links) against
// the floor (scripts/floor.mjs: read + one regex) and markdownlint-cli2 with one rule, over the
// same files, alternating the commands (and the same check with the parity rules off, and with
// another checkout's loclint when BENCH_REFERENCE names one); prints medians, ratios (wall, CPU),
// peak memory, files per second, the scaling points, the action's cold start, and the action on
// replayed pull requests of 1, 10 and 50 files in a git copy of the folder against bare Node
// start-up. Not a test: wall time depends on the machine.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { markdownFiles, root } from './load-src.mjs';
import { fakeGitHub, replayRepository, runnerEnvironment } from './pr-replay.mjs';

const folder = process.argv[2] ?? join(root, '..', 'shared', 'corpus', 'alchemy');
if (!existsSync(folder)) {
  console.log(`No corpus at ${folder}: pass a folder of Markdown files.`);
  process.exit(0);
}
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const reference = process.env.BENCH_REFERENCE;
const node = process.execPath;
const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/**
 * Wall seconds, and (when GNU time is there) CPU seconds — user and system, of every thread and of
 * the children it waited for (git) — and peak RSS in MB of one command.
 */
function measure(command, args, options = {}) {
  const started = process.hrtime.bigint();
  const result = time
    ? spawnSync(time, ['-f', '%U %S %M', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, ...options })
    : spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  const [user, system, kb] = time ? result.stderr.trim().split('\n').at(-1).split(' ').map(Number) : [NaN, NaN, NaN];
  return { seconds, cpu: user + system, mb: kb / 1024 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const work = mkdtempSync(join(tmpdir(), 'loclint-bench-'));
const mdlConfig = join(work, '.markdownlint-cli2.jsonc');
writeFileSync(mdlConfig, JSON.stringify({ config: { default: false, 'no-trailing-spaces': true }, noProgress: true, outputFormatters: [] }));
const loclint = join(root, 'bin', 'loclint.js');
// The translation QA family (code, commands, alerts, placeholders, emphasis, tags, images, UI paths,
// tables, numbers, untranslated units), off: what the full check costs without it, in the same rounds.
const parityRules = ['code-parity', 'command-parity', 'alert-marker', 'placeholder-parity', 'emphasis-parity', 'html-tag-parity', 'image-parity', 'ui-path-parity', 'table-structure', 'number-parity', 'untranslated'];
const parityOff = join(work, 'parity-off.yml');
writeFileSync(parityOff, `rules:\n${parityRules.map((id) => `  ${id}: off\n`).join('')}`);
const commands = {
  floor: (paths) => [node, [join(root, 'scripts', 'floor.mjs'), ...paths]],
  loclint: (paths) => [node, [loclint, '--format', 'json', '--output', join(work, 'out.json'), ...paths]],
  'loclint --threads 1': (paths) => [node, [loclint, '--threads', '1', '--format', 'json', '--output', join(work, 'out.json'), ...paths]],
  'parity off --threads 1': (paths) => [node, [loclint, '--threads', '1', '--config', parityOff, '--format', 'json', '--output', join(work, 'out.json'), ...paths]],
  // Another checkout's loclint (BENCH_REFERENCE=dir), for a before-and-after in the same rounds; both on
  // one thread, as the thread count each picks depends on the load of the moment.
  ...(reference && { 'reference --threads 1': (paths) => [node, [join(reference, 'bin', 'loclint.js'), '--threads', '1', '--format', 'json', '--output', join(work, 'out.json'), ...paths]] }),
  'markdownlint-cli2': (paths) => [node, [join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), '--config', mdlConfig, ...paths.map((p) => (p.endsWith('.md') ? p : `${p}/**/*.md`))]],
};

const files = markdownFiles(folder);
console.log(`machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; node ${process.version}`);
console.log(`corpus: ${folder} (${files.length} files); ${rounds} alternating rounds (markdownlint-cli2: 1 round); warm cache\n`);

const results = {};
const loadAtStart = loadavg();
measure(...commands.floor([folder])); // warm the page cache
for (let round = 0; round < rounds; round++) {
  for (const [name, make] of Object.entries(commands)) {
    if (name === 'markdownlint-cli2' && (round > 0 || process.env.BENCH_SKIP_MARKDOWNLINT)) continue;
    (results[name] ??= []).push(measure(...make([folder])));
  }
}
const floor = median(results.floor.map((r) => r.seconds));
const floorCpu = median(results.floor.map((r) => r.cpu));
const floorMb = median(results.floor.map((r) => r.mb));
console.log(`load average at start: ${loadAtStart.map((l) => l.toFixed(2)).join(', ')}`);
console.log('command                  median s   × floor   CPU s   × floor CPU   peak MB   × floor MB   files/s');
for (const [name, runs] of Object.entries(results)) {
  const s = median(runs.map((r) => r.seconds));
  const cpu = median(runs.map((r) => r.cpu));
  const mb = median(runs.map((r) => r.mb));
  console.log(
    `${name.padEnd(24)} ${s.toFixed(2).padStart(8)}  ${(s / floor).toFixed(2).padStart(7)}  ${cpu.toFixed(2).padStart(6)}  ${(cpu / floorCpu).toFixed(2).padStart(11)}  ${mb.toFixed(0).padStart(8)}  ${(mb / floorMb).toFixed(2).padStart(10)}  ${Math.round(files.length / s).toString().padStart(8)}`,
  );
}

const ratio = (measured, name, of) => median(results[of].map((r) => r[measured])) / median(results[name].map((r) => r[measured]));
const one = 'loclint --threads 1';
console.log(`\nthe parity rules (${parityRules.length}), on one thread: loclint with them on is ${ratio('seconds', 'parity off --threads 1', one).toFixed(2)}× the wall time and ${ratio('cpu', 'parity off --threads 1', one).toFixed(2)}× the CPU time of loclint with them off`);
if (reference) {
  console.log(`against ${reference}, both on one thread: ${ratio('seconds', 'reference --threads 1', one).toFixed(2)}× its wall time and ${ratio('cpu', 'reference --threads 1', one).toFixed(2)}× its CPU time`);
}

console.log('\nscaling (loclint, median of 3): files → seconds, ms per file, × floor on the same files');
// Subsets take whole articles (every locale of each), as a repository grows, so that each point
// reads the same siblings per file as the full run.
const articleOf = (path) => path.replace(/\/[a-z]{2}-[A-Z]{2}\//, '/*/');
const articles = [...new Set(files.map(articleOf))];
for (const n of [1000, 4000, files.length]) {
  const chosen = new Set(articles.slice(0, Math.ceil((n / files.length) * articles.length)));
  const subset = files.filter((f) => chosen.has(articleOf(f)));
  const listFile = subset.length === files.length ? [folder] : subset;
  // Alternated, as above: the machine's drift falls on both alike.
  const runs = [0, 1, 2].map(() => [measure(...commands.loclint(listFile)).seconds, measure(...commands.floor(listFile)).seconds]);
  const l = median(runs.map(([loclintSeconds]) => loclintSeconds));
  const f = median(runs.map(([, floorSeconds]) => floorSeconds));
  console.log(`${String(subset.length).padStart(6)} files  ${l.toFixed(2).padStart(6)} s  ${((l / subset.length) * 1000).toFixed(3)} ms/file  ${(l / f).toFixed(2)}× floor`);
}

const empty = mkdtempSync(join(tmpdir(), 'loclint-empty-'));
execFileSync('git', ['init', '-q'], { cwd: empty });
const env = { ...process.env, GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_WORKSPACE: empty, GITHUB_REPOSITORY: 'o/r', 'INPUT_CHECK-RUN': 'false', INPUT_SUMMARY: 'false', INPUT_TOKEN: '' };
const starts = Array.from({ length: 10 }, () => measure(node, [join(root, 'dist', 'index.js')], { env, cwd: empty }).seconds);
const bare = Array.from({ length: 10 }, () => measure(node, ['-e', '0']).seconds);
console.log(`\naction cold start (node dist/index.js, no files): median ${(median(starts) * 1000).toFixed(0)} ms; bare node -e 0: ${(median(bare) * 1000).toFixed(0)} ms`);

// The job loclint exists for: a pull request of a few files in a repository of thousands, the
// bundled action as a runner starts it (event, GITHUB_* environment, the check run published to a
// local API stand-in), each run followed by bare Node start-up, the least any action costs.
const sizes = [1, 10, 50];
const prRounds = Number(process.env.BENCH_PR_ROUNDS ?? 9);
const replay = replayRepository(folder, sizes);
const api = await fakeGitHub();
console.log(`\npull requests (node dist/index.js in a git copy of the corpus; ${prRounds} rounds alternating with node -e 0; load average ${loadavg().map((l) => l.toFixed(2)).join(', ')})`);
console.log('files   median s   × node   CPU s   × node CPU   peak MB');
for (const n of sizes) {
  replay.checkout(n);
  const env = runnerEnvironment(replay.workspace, replay.heads[n], api.url);
  const runs = Array.from({ length: prRounds }, () => [measure(node, [join(root, 'dist', 'index.js')], { env, cwd: replay.workspace }), measure(node, ['-e', '0'])]);
  const action = (key) => median(runs.map(([a]) => a[key]));
  const bareNode = (key) => median(runs.map(([, b]) => b[key]));
  console.log(
    `${String(n).padStart(5)}  ${action('seconds').toFixed(3).padStart(9)}  ${(action('seconds') / bareNode('seconds')).toFixed(2).padStart(6)}  ${action('cpu').toFixed(2).padStart(6)}  ${(action('cpu') / bareNode('cpu')).toFixed(2).padStart(10)}  ${action('mb').toFixed(0).padStart(8)}`,
  );
}
await api.stop();
