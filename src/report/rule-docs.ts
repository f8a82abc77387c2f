import { rules } from '../rules/index.js';
import { RULES_DOC_URL } from '../version.js';

/** A rule's section of docs/rules.md: each registered rule has a heading of its id; the file problems share one. */
export function ruleDocUrl(id: string): string {
  return `${RULES_DOC_URL}#${rules.some((r) => r.id === id) ? id : 'problems-with-the-file-itself'}`;
}
