import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

describe('dist/', () => {
  it('is the build of src/ (GitHub runs the committed bundle)', async () => {
    const run = promisify(execFile)(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'build.mjs'), '--check']);
    await expect(run).resolves.toBeDefined();
  });

  it('runs on the Node the action ships for', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
  });
});
