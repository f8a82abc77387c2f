import type { SpanProblem } from '../document/segments.js';
import type { Rule, RuleFinding, RuleMessage } from './rule.js';

const IN_SOURCE_TOO = '; the source unit has it too, so the fix belongs in the source';

function strayMessage(p: SpanProblem): RuleMessage {
  if (p.unit === undefined) return { messageId: 'stray' };
  return { messageId: 'closesUnit', data: { unit: p.unit, where: p.alsoInSource ? IN_SOURCE_TOO : '' } };
}

function unclosedMessage(p: SpanProblem): RuleMessage {
  if (p.unit !== undefined) return { messageId: 'takesUnitClose', data: { unit: p.unit, where: p.alsoInSource ? IN_SOURCE_TOO : '' } };
  return { messageId: 'unclosed', data: { id: p.id ? ` ${p.id}` : '' } };
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
  messages: {
    stray: 'Stray `</span>`: no open span to close',
    closesUnit: '`</span>` in the text of translated unit {{unit}} closes the unit early{{where}}',
    takesUnitClose: '`<span>` is never closed: it takes the `</span>` of translated unit {{unit}}, which then holds its source unit{{where}}',
    unclosed: '`<span{{id}}>` is never closed',
  },
  check(doc) {
    const findings: RuleFinding[] = [];
    for (let i = 0; i < doc.spanProblems.length; i++) {
      const p = doc.spanProblems[i]!;
      const at = { start: p.start, end: p.end };
      if (p.kind === 'stray-close') findings.push({ ...at, ...strayMessage(p) });
      else if (p.kind === 'unclosed') findings.push({ ...at, ...unclosedMessage(p) });
    }
    return findings;
  },
};
