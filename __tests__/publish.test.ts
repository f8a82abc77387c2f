import { describe, expect, it, vi } from 'vitest';
import { publishAll, publishers, type Outcome, type PublishContext, type Publisher, type PublishSettings } from '../src/publish/publish.js';

const settings: PublishSettings = { annotations: true, sarifFile: '', htmlFile: '', summary: true, checkRun: true, suggestions: true, maxSuggestions: 20 };
const outcome: Outcome = { findings: [], filesChecked: 0, failed: false, notes: [] };
const context: PublishContext = {
  settings,
  workspace: '/nowhere',
  owner: 'o',
  repo: 'r',
  serverUrl: 'https://github.com',
  headSha: '0'.repeat(40),
  pullNumber: null,
  github: null,
  changedLines: null,
  texts: () => null,
};

function recorder(log: string[], name: string, remote: boolean, behaviour: () => void = () => undefined): Publisher {
  return { name, remote, enabled: () => name !== 'off', publish: () => (log.push(name), behaviour()) };
}

describe('publishAll', () => {
  it('runs every local publisher, then the verdict, then the remote ones, in list order; a disabled one not at all', async () => {
    const log: string[] = [];
    const list = [recorder(log, 'remote 1', true), recorder(log, 'local 1', false), recorder(log, 'off', false), recorder(log, 'remote 2', true), recorder(log, 'local 2', false)];
    await publishAll(outcome, context, () => log.push('verdict'), list);
    expect(log).toEqual(['local 1', 'local 2', 'verdict', 'remote 1', 'remote 2']);
  });

  it('goes on past a publisher that throws, with a warning that names it', async () => {
    const log: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const list = [recorder(log, 'broken', false, () => { throw new Error('disk full'); }), recorder(log, 'local', false), recorder(log, 'remote', true, () => { throw new Error('503'); })];
      await publishAll(outcome, context, () => log.push('verdict'), list);
      const lines = write.mock.calls.map(([text]) => String(text));
      expect(lines.filter((l) => l.startsWith('::warning::'))).toEqual(['::warning::Could not publish the broken: disk full\n', '::warning::Could not publish the remote: 503\n']);
    } finally {
      write.mockRestore();
    }
    expect(log).toEqual(['broken', 'local', 'verdict', 'remote']);
  });

  it('lists the action\'s publishers, each enabled by its own input, the GitHub API ones remote', () => {
    expect(publishers.map((p) => [p.name, p.remote])).toEqual([
      ['annotations', false],
      ['files and outputs', false],
      ['job summary', false],
      ['check run', true],
      ['review of suggestions', true],
    ]);
    const none: PublishSettings = { ...settings, annotations: false, summary: false, checkRun: false, suggestions: false };
    expect(publishers.filter((p) => p.enabled(none)).map((p) => p.name)).toEqual(['files and outputs']);
  });
});
