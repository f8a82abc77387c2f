import { inlinePairs, type CodeSpan } from '../document/inline-tokens.js';
import { pairItems } from '../document/parity.js';
import { UnitChar } from '../document/unit-chars.js';
import type { Rule, RuleFinding } from './rule.js';

/** Source code spans per unit looked up in the translation's text; past them a missing span is reported without the look. */
const MAX_LOOKED_UP = 32;
/** Characters of a code span shown in a message. */
const SHOWN = 60;

const shown = (key: string) => (key.length > SHOWN ? `${key.slice(0, SHOWN)}…` : key);

export const codeParity: Rule = {
  id: 'code-parity',
  description: 'Inline code (`…`) of a source unit is in the translated unit unchanged: none missing, none altered',
  severity: 'error',
  severityReason:
    'Error: inline code holds what the reader types or reads on screen (a command, a value, a name); a changed span is wrong text set as code, and a lost one drops it.',
  examples: {
    fail: '<span data-ttu-id="3c7e0-104">Введите `Получить-BoardMember`.</span><span class="sxs-lookup"><span data-stu-id="3c7e0-104">Type `Get-BoardMember`.</span></span>',
    pass: '<span data-ttu-id="3c7e0-104">Введите `Get-BoardMember`.</span><span class="sxs-lookup"><span data-stu-id="3c7e0-104">Type `Get-BoardMember`.</span></span>',
  },
  scope: 'document',
  messages: {
    changed: 'Code `{{source}}` in the source of {{id}} is `{{here}}` here',
    missing: 'Code `{{source}}` in the source of {{id}} is missing here',
  },
  check(doc) {
    const { text } = doc;
    const findings: RuleFinding[] = [];
    const pairs = inlinePairs(doc);
    for (let index = 0; index < pairs.length; index++) {
      const pair = pairs[index]!;
      if ((pair.segment.sourceChars & UnitChar.BACKTICK) === 0) continue;
      // Read when needed: a unit's inline parts are worked out on the first read.
      const { segment, translation, sourceInline } = pair;
      if (sourceInline.code.length === 0) continue;
      const { translationInline } = pair;
      const { changed, missing } = pairItems(sourceInline.code, translationInline.code);
      // Pairs in order are the source's spans one for one only when both units have as many.
      const oneForOne = sourceInline.code.length === translationInline.code.length;
      for (const { source, translation: here } of changed) {
        findings.push({
          start: here.start,
          end: here.end,
          messageId: 'changed',
          data: { source: shown(source.key), id: segment.id, here: shown(here.key) },
          ...(oneForOne && { fix: { description: `restore \`${shown(source.key)}\` from the source unit`, edits: [{ start: here.start, end: here.end, text: text.slice(source.start, source.end) }] } }),
        });
      }
      let lookedUp = 0;
      const translationText = missing.length > 0 ? text.slice(translation.contentStart, translation.contentEnd) : '';
      for (const span of missing) {
        // The same text outside backticks (bold, say) still reads right: only the code style is lost.
        if (lookedUp++ < MAX_LOOKED_UP && outsideCode(translationText, span)) continue;
        findings.push({
          start: translation.tagStart,
          end: translation.contentStart,
          messageId: 'missing',
          data: { source: shown(span.key), id: segment.id },
        });
      }
    }
    return findings;
  },
};

function outsideCode(translationText: string, span: CodeSpan): boolean {
  return span.key !== '' && translationText.includes(span.key);
}
