import type { Rule } from './rule.js';

/** A folder's locale as `ms.contentlocale` writes it (`zh-cn` → `zh-CN`), or null when it is no language tag. */
function canonicalLocale(locale: string): string | null {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? null;
  } catch {
    return null;
  }
}

export const frontMatterLocale: Rule = {
  id: 'front-matter-locale',
  description: "`ms.contentlocale` names the locale of the file's folder",
  severity: 'error',
  severityReason:
    'Error: a wrong `ms.contentlocale` publishes the page as another language\'s.',
  examples: {
    fail: "# in zh-CN/…\nms.contentlocale: de-DE",
    pass: "# in zh-CN/…\nms.contentlocale: zh-CN",
  },
  scope: 'document',
  messages: {
    otherFolder: '`ms.contentlocale` is `{{locale}}` but the file is in the {{folder}} folder',
  },
  check(doc) {
    const entry = doc.frontMatter?.get('ms.contentlocale');
    if (!entry || typeof entry.value !== 'string' || entry.value === '' || doc.pathLocale === null) return [];
    if (entry.value.toLowerCase() === doc.pathLocale.toLowerCase()) return [];
    const locale = canonicalLocale(doc.pathLocale);
    const quote = entry.quoted ? doc.text[entry.valueStart]! : '';
    return [
      {
        start: entry.valueStart,
        end: entry.valueEnd,
        messageId: 'otherFolder',
        data: { locale: entry.value, folder: doc.pathLocale },
        ...(locale !== null && {
          fix: { description: `write the folder's locale, \`${locale}\``, edits: [{ start: entry.valueStart, end: entry.valueEnd, text: `${quote}${locale}${quote}` }] },
        }),
      },
    ];
  },
};
