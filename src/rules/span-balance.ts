import type { SpanProblem } from '../document/segments.js';
import type { Rule, RuleFinding } from './rule.js';

const IN_SOURCE_TOO = '; the source unit has it too, so the fix belongs in the source';

function strayMessage(p: SpanProblem): string {
  if (p.unit === undefined) return 'Stray `</span>`: no open span to close';
  const where = p.alsoInSource ? IN_SOURCE_TOO : '';
  return `\`</span>\` in the text of translated unit ${p.unit} closes the unit early${where}`;
}

function unclosedMessage(p: SpanProblem): string {
  if (p.unit !== undefined) {
    const where = p.alsoInSource ? IN_SOURCE_TOO : '';
    return `\`<span>\` is never closed: it takes the \`</span>\` of translated unit ${p.unit}, which then holds its source unit${where}`;
  }
  return `\`<span${p.id ? ` ${p.id}` : ''}>\` is never closed`;
}

export const spanBalance: Rule = {
  id: 'span-balance',
  description: 'Every `<span>` is closed and every `</span>` closes one',
  severity: 'error',
  severityReason:
    'Error: an unbalanced span swallows the text after it into the hidden source, or leaves markup on the page.',
  examples: {
    fail: "<span data-ttu-id=\"581fd-103\">译文</span>。</span>",
    pass: "<span data-ttu-id=\"581fd-103\">译文。</span>",
  },
  scope: 'document',
  check(doc) {
    const findings: RuleFinding[] = [];
    for (let i = 0; i < doc.spanProblems.length; i++) {
      const p = doc.spanProblems[i]!;
      const at = { start: p.start, end: p.end };
      if (p.kind === 'stray-close') findings.push({ ...at, message: strayMessage(p) });
      else if (p.kind === 'unclosed') findings.push({ ...at, message: unclosedMessage(p) });
    }
    return findings;
  },
};
