import type { Rule, RuleFinding } from './rule.js';

export const spanBalance: Rule = {
  id: 'span-balance',
  description: 'Every `<span>` is closed and every `</span>` closes one',
  severity: 'error',
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
      if (p.kind === 'stray-close') findings.push({ ...at, message: 'Stray `</span>`: no open span to close' });
      else if (p.kind === 'unclosed') findings.push({ ...at, message: `\`<span${p.id ? ` ${p.id}` : ''}>\` is never closed` });
    }
    return findings;
  },
};
