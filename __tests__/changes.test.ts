import { describe, expect, it } from 'vitest';
import { changesFromApiFiles } from '../src/changes/changes.js';
import { parseHunks, parseNameStatus } from '../src/changes/git.js';

describe('git output', () => {
  it('reads --name-status -z, renames and odd names included', () => {
    const output = ['A', 'docs/zh-CN/a b "q".md', 'M', 'docs/ja-JP/x.md', 'R087', 'old/名.md', 'new/名.md', 'D', 'gone.md', ''].join('\0');
    expect(parseNameStatus(output)).toEqual([
      { status: 'added', path: 'docs/zh-CN/a b "q".md' },
      { status: 'modified', path: 'docs/ja-JP/x.md' },
      { status: 'renamed', path: 'new/名.md', previousPath: 'old/名.md' },
      { status: 'removed', path: 'gone.md' },
    ]);
  });

  it('reads the changed lines of the new file from -U0 hunks (pure deletions change none)', () => {
    const diff = '@@ -3 +3 @@\n-a\n+b\n@@ -10,0 +11,2 @@\n+c\n+d\n@@ -20,2 +22,0 @@\n-e\n-f\n';
    expect(parseHunks(diff)).toEqual([
      { start: 3, end: 3 },
      { start: 11, end: 12 },
    ]);
  });
});

describe('pull-request files from the API', () => {
  it('keeps statuses, renames and patch lines, and warns at the 3,000-file limit', () => {
    const set = changesFromApiFiles([
      { filename: 'a.md', status: 'modified', patch: '@@ -1,2 +1,3 @@\n x\n+y\n z' },
      { filename: 'b.md', status: 'renamed', previous_filename: 'old-b.md' },
      { filename: 'c.md', status: 'unchanged' },
    ]);
    expect(set.changes).toEqual([
      { status: 'modified', path: 'a.md' },
      { status: 'renamed', path: 'b.md', previousPath: 'old-b.md' },
    ]);
    expect(set.lines!.get('a.md')).toEqual([{ start: 1, end: 3 }]);
    expect(set.notes).toEqual([]);
    const many = changesFromApiFiles(Array.from({ length: 3000 }, (_, i) => ({ filename: `f${i}.md`, status: 'added' })));
    expect(many.notes[0]).toMatch(/only the first 3000 files/);
  });
});
