import type { FrontMatterEntry } from '../document/front-matter.js';
import type { Fix } from '../findings/finding.js';
import type { Rule, RuleFinding } from './rule.js';

const HASH = /^[0-9a-f]{40}$/;
const ANY_CASE_HASH = /^[0-9a-fA-F]{40}$/;
const DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const LOOSE_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
/** `2021-02-15`, as a YAML 1.1 tool or a translator writes a date: one reading only, year first. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(month: number, day: number, year: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Where an entry's value is: findings point there. */
const valueOf = (entry: FrontMatterEntry) => ({ start: entry.valueStart, end: entry.valueEnd });

/** The value written as `value`, in the quotes it had (the entry's range holds them). */
function rewrite(text: string, entry: FrontMatterEntry, value: string, description: string): Fix {
  const quote = entry.quoted ? text[entry.valueStart]! : '';
  return { description, edits: [{ start: entry.valueStart, end: entry.valueEnd, text: `${quote}${value}${quote}` }] };
}

/** MM/DD/YYYY values seen to be calendar dates: files repeat a handful of handoff dates. */
const calendarDates = new Set<string>();

function dateFinding(text: string, entry: FrontMatterEntry, value: string, tolerateLoose: boolean): RuleFinding | null {
  if (calendarDates.has(value)) return null;
  const strict = DATE.exec(value);
  if (strict && isCalendarDate(Number(strict[1]), Number(strict[2]), Number(strict[3]))) {
    if (calendarDates.size < 10_000) calendarDates.add(value);
    return null;
  }
  const loose = LOOSE_DATE.exec(value);
  const at = valueOf(entry);
  if (loose && isCalendarDate(Number(loose[1]), Number(loose[2]), Number(loose[3]))) {
    const padded = `${loose[1]!.padStart(2, '0')}/${loose[2]!.padStart(2, '0')}/${loose[3]}`;
    return {
      ...at,
      severity: tolerateLoose ? 'warning' : 'error',
      messageId: 'dateShape',
      data: { key: entry.key, value, written: padded },
      fix: rewrite(text, entry, padded, `write \`${entry.key}\` as \`${padded}\``),
    };
  }
  const iso = ISO_DATE.exec(value);
  if (iso && isCalendarDate(Number(iso[2]), Number(iso[3]), Number(iso[1]))) {
    const written = `${iso[2]}/${iso[3]}/${iso[1]}`;
    return { ...at, messageId: 'dateShape', data: { key: entry.key, value, written }, fix: rewrite(text, entry, written, `write \`${entry.key}\` as \`${written}\``) };
  }
  return { ...at, messageId: 'notDate', data: { key: entry.key, value } };
}

export const frontMatterFormat: Rule = {
  id: 'front-matter-format',
  description: 'Localization metadata values have their formats: 40-hex hashes, MM/DD/YYYY dates, quoted digits for ms.locfileid, HT or MT',
  severity: 'error',
  severityReason:
    'Error when a key is malformed: the handoff pipeline reads the localization keys to match a translation to its source, and a malformed `ms.date` is published as it is. An unpadded date (`4/8/2021`), which the pipeline itself writes and reads, is a warning.',
  examples: {
    fail: "ms.locfileid: 50254551\nms.lasthandoff: 2021-02-15",
    pass: "ms.locfileid: \"50254551\"\nms.lasthandoff: 02/15/2021",
  },
  scope: 'document',
  messages: {
    notHash: '`{{key}}` is `{{value}}`, not a 40-digit lowercase hex hash',
    dateShape: '`{{key}}` is `{{value}}`; write it as MM/DD/YYYY: `{{written}}`',
    notDate: '`{{key}}` is `{{value}}`, not a MM/DD/YYYY date',
    locfileidNotDigits: '`ms.locfileid` is `{{value}}`, not digits',
    locfileidUnquoted: '`ms.locfileid` must be quoted: `"{{value}}"`',
    translationType: '`ms.translationtype` is `{{value}}`; expected HT (human) or MT (machine)',
  },
  check(doc) {
    const findings: RuleFinding[] = [];
    const entries = doc.frontMatter?.entries ?? [];
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      const { value } = entry;
      // Empty values are front-matter-empty-value's to report.
      if (typeof value !== 'string' || value === '') continue;
      switch (entry.key) {
        case 'ms.openlocfilehash':
        case 'ms.sourcegitcommit':
          if (HASH.test(value)) break;
          findings.push({
            ...valueOf(entry),
            messageId: 'notHash',
            data: { key: entry.key, value },
            // Hex reads the same in either case: lowercase is the only change that keeps the hash.
            ...(ANY_CASE_HASH.test(value) && { fix: rewrite(doc.text, entry, value.toLowerCase(), `write \`${entry.key}\` in lowercase`) }),
          });
          break;
        case 'ms.lasthandoff':
        case 'ms.date': {
          const finding = dateFinding(doc.text, entry, value, entry.key === 'ms.date');
          if (finding) findings.push(finding);
          break;
        }
        case 'ms.locfileid':
          if (!/^\d+$/.test(value)) findings.push({ ...valueOf(entry), messageId: 'locfileidNotDigits', data: { value } });
          else if (!entry.quoted) {
            findings.push({ ...valueOf(entry), messageId: 'locfileidUnquoted', data: { value }, fix: rewrite(doc.text, entry, `"${value}"`, 'quote `ms.locfileid`') });
          }
          break;
        case 'ms.translationtype': {
          if (value === 'HT' || value === 'MT') break;
          const upper = value.toUpperCase();
          findings.push({
            ...valueOf(entry),
            messageId: 'translationType',
            data: { value },
            ...((upper === 'HT' || upper === 'MT') && { fix: rewrite(doc.text, entry, upper, `write \`ms.translationtype\` as \`${upper}\``) }),
          });
          break;
        }
      }
    }
    return findings;
  },
};
