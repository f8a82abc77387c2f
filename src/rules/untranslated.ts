import type { LocDocument } from '../document/document.js';
import { type InlinePair, inlinePairs } from '../document/inline-tokens.js';
import { UnitChar } from '../document/unit-chars.js';
import { tokenKind } from './command-parity.js';
import type { Rule, RuleFinding } from './rule.js';

/** Characters of a unit shown in a message. */
const SHOWN = 60;

/**
 * Lower-case words a unit needs to be prose left untranslated rather than a name (`Exchange Online`,
 * `Skype for Business`, `Forms`), a letter (`a`) or a label of the product, which stay in English.
 */
const MIN_COMMON_WORDS = 2;

/**
 * English words only a sentence has (`the`, `to`, `you`): a source unit without one is a name, a code
 * line (`where {$_.Name}`), or an article written in another language for one market (`Como pagar com
 * boleto`, kept as it is in every locale).
 */
const ENGLISH_WORDS = new Set(
  'the to of and or is are you your with for this that be by from can not it if on in an at will have has use does when which'.split(' '),
);

/** Words of two letters or more, all letters, starting lower case, and whether one is a word only English sentences have. */
function commonWords(prose: string): { count: number; english: boolean } {
  let count = 0;
  let english = false;
  for (const word of prose.split(/\s+/)) {
    if (word.length < 2 || !/^\p{Ll}\p{L}*$/u.test(word)) continue;
    count++;
    english ||= ENGLISH_WORDS.has(word);
  }
  return { count, english };
}

/**
 * The article's code: its fenced blocks and the code spans of its source units. A unit the code uses
 * literally (`$deptName="Senior and strategic staff"`) names a group or a value the reader types, which
 * stays as the script has it. Worked out only when a unit is left equal to its source, which is rare.
 */
function codeOf(doc: LocDocument, pairs: readonly InlinePair[]): string {
  const parts = doc.codeBlocks.map(([start, end]) => doc.text.slice(start, end));
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i]!;
    // A unit without a backtick has no code span: its inline parts are not worked out for it.
    if ((pair.segment.sourceChars & UnitChar.BACKTICK) === 0) continue;
    const code = pair.sourceInline.code;
    for (let s = 0; s < code.length; s++) parts.push(code[s]!.key);
  }
  return parts.join('\n');
}

/** The configured product names, longest first so that `Microsoft Teams` goes before `Teams`; kept per options object. */
const namesByOptions = new WeakMap<object, readonly string[]>();

function productNames(options: Readonly<Record<string, unknown>>): readonly string[] {
  let names = namesByOptions.get(options);
  if (names === undefined) {
    const raw = Array.isArray(options.productNames) ? options.productNames : [];
    names = raw.map(String).filter((name) => name !== '').sort((a, b) => b.length - a.length);
    namesByOptions.set(options, names);
  }
  return names;
}

export const untranslated: Rule = {
  id: 'untranslated',
  description: 'A unit of a human translation (`ms.translationtype: HT`) is translated: not left equal to its source, unless it holds no prose but code, tokens, names and configured product names',
  severity: 'info',
  severityReason:
    'Info until it tells names from prose better: over the corpus about half of what it finds is a product name, an error message or a code line rightly kept in English (`Microsoft 365 Apps for business`, `Error SMTP error from remote server`), which configured product names only partly cover. An English sentence left in a translated article still reads, for some.',
  options: {
    productNames: {
      type: 'array',
      items: { type: 'string' },
      description: 'Names that stay in English in every locale (`Microsoft Teams`, `Fabrikam Boards`): a unit of nothing else is not reported',
    },
  },
  examples: {
    fail: '<span data-ttu-id="8b2c4-104">Cards you follow are listed first.</span><span class="sxs-lookup"><span data-stu-id="8b2c4-104">Cards you follow are listed first.</span></span>',
    pass: '<span data-ttu-id="8b2c4-104">Fabrikam Boards</span><span class="sxs-lookup"><span data-stu-id="8b2c4-104">Fabrikam Boards</span></span>',
  },
  scope: 'document',
  messages: {
    untranslated: 'Unit {{id}} of a human translation is left equal to its source: `{{text}}`',
  },
  check(doc, ctx) {
    if (doc.frontMatter?.get('ms.translationtype')?.value !== 'HT') return [];
    const { text } = doc;
    const names = productNames(ctx.options);
    // Sentences are told from names by English words only when the source is English.
    const english = ctx.sourceLocale.toLowerCase().startsWith('en');
    const findings: RuleFinding[] = [];
    const pairs = inlinePairs(doc);
    let code: string | null = null;
    for (let index = 0; index < pairs.length; index++) {
      // The source's inline parts are read only for a unit left equal to it: they are worked out on the first read.
      const { segment, source, translation } = pairs[index]!;
      if (source.contentEnd - source.contentStart !== translation.contentEnd - translation.contentStart) continue;
      const unitText = text.slice(source.contentStart, source.contentEnd);
      if (unitText !== text.slice(translation.contentStart, translation.contentEnd)) continue;
      if ((code ??= codeOf(doc, pairs)).includes(unitText.trim())) continue;
      // What is left to translate: the unit's words that are no code-like token, with product names taken out.
      const kept: string[] = [];
      const { sourceInline } = pairs[index]!;
      for (let w = 0; w < sourceInline.words.length; w++) {
        const word = sourceInline.words.key(w);
        if (tokenKind(word) === null) kept.push(word);
      }
      let prose = kept.join(' ');
      for (const name of names) prose = prose.split(name).join(' ');
      const words = commonWords(prose);
      if (words.count < MIN_COMMON_WORDS || (english && !words.english)) continue;
      const shown = prose.trim().replace(/\s+/g, ' ');
      findings.push({
        start: translation.tagStart,
        end: translation.contentStart,
        messageId: 'untranslated',
        data: { id: segment.id, text: shown.length > SHOWN ? `${shown.slice(0, SHOWN)}…` : shown },
      });
    }
    return findings;
  },
};
