import type { Severity } from '../findings/finding.js';

export interface RuleMeta {
  id: string;
  description: string;
  severity: Severity;
}

/** Problems the engine finds before or around the rules: reported, never thrown. */
export const fileProblems = {
  encoding: { id: 'file-encoding', description: 'The file is UTF-8 text (not binary, no invalid bytes)', severity: 'error' },
  tooLarge: { id: 'file-too-large', description: 'The file is within the size limit', severity: 'error' },
  tooComplex: { id: 'file-too-complex', description: 'The file can be read within the work budget (no runaway nesting or irregular markup); past it the rest of the file is read more simply and still checked', severity: 'error' },
  unreadable: { id: 'file-unreadable', description: 'The file can be read (exists, permitted, not a symlink loop)', severity: 'error' },
  internalError: { id: 'internal-error', description: 'A rule failed on this file; the other rules still ran', severity: 'error' },
} as const satisfies Record<string, RuleMeta>;
