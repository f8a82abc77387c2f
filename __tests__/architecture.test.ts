import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { END_TO_END } from './action-harness.js';

const root = join(import.meta.dirname, '..');
const depcruise = join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruiser.mjs');
const config = join(root, '.dependency-cruiser.cjs');

/** Runs the project's dependency rules over `paths` from `cwd`; resolves with the exit code and report. */
function cruise(cwd: string, paths: string[]): Promise<{ code: number; out: string }> {
  return new Promise((done) =>
    execFile(process.execPath, [depcruise, '--config', config, '--output-type', 'err', ...paths], { cwd, timeout: END_TO_END.timeout }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code ?? 1) : 0, out: stdout + stderr }),
    ),
  );
}

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'loclint-arch-'));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' } }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('the architecture (.dependency-cruiser.cjs)', END_TO_END, () => {
  it('holds for src/', async () => {
    const { code, out } = await cruise(root, ['src']);
    expect(out).not.toMatch(/error/);
    expect(code).toBe(0);
  });

  it.each([
    ['rules-are-pure', { 'src/rules/bad.ts': "import { x } from '../report/text.js';\nexport const y = x;\n", 'src/report/text.ts': 'export const x = 1;\n' }],
    ['rules-are-pure', { 'src/rules-support/bad.ts': "import { x } from '../report/text.js';\nexport const y = x;\n", 'src/report/text.ts': 'export const x = 1;\n' }],
    ['model-knows-no-rules', { 'src/document/bad.ts': "import { x } from '../rules/rule.js';\nexport const y = x;\n", 'src/rules/rule.ts': 'export const x = 1;\n' }],
    ['reporters-read-findings', { 'src/report/bad.ts': "import { x } from '../document/document.js';\nexport const y = x;\n", 'src/document/document.ts': 'export const x = 1;\n' }],
    ['publishers-read-findings', { 'src/publish/bad.ts': "import { x } from '../document/document.js';\nexport const y = x;\n", 'src/document/document.ts': 'export const x = 1;\n' }],
    ['stages-below-pipeline', { 'src/findings/bad.ts': "import { x } from '../engine/engine.js';\nexport const y = x;\n", 'src/engine/engine.ts': 'export const x = 1;\n' }],
    ['stages-below-pipeline', { 'src/changes/bad.ts': "import { x } from '../engine/check.js';\nexport const y = x;\n", 'src/engine/check.ts': 'export const x = 1;\n' }],
    ['engine-stages-below-engine', { 'src/engine/check.ts': "import { x } from './pipeline.js';\nexport const y = x;\n", 'src/engine/pipeline.ts': 'export const x = 1;\n' }],
    ['faces-are-entry-points', { 'src/engine/engine.ts': "import { x } from '../cli.js';\nexport const y = x;\n", 'src/cli.ts': 'export const x = 1;\n' }],
    ['no-cycles', { 'src/a.ts': "import { b } from './b.js';\nexport const a = b;\n", 'src/b.ts': "import { a } from './a.js';\nexport const b = () => a;\n" }],
  ])('fails on a forbidden import (%s)', async (rule, files) => {
    const { code, out } = await cruise(tree(files), ['src']);
    expect(out).toContain(rule);
    expect(code).not.toBe(0);
  });
});
