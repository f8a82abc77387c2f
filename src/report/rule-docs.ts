import { ruleAnchor } from '../config/docs.js';
import { RULES_DOC_URL } from '../version.js';

/** A rule's section of docs/rules.md (the file problems share one). */
export function ruleDocUrl(id: string): string {
  return `${RULES_DOC_URL}#${ruleAnchor(id)}`;
}
