import { LOCALIZATION_KEYS } from '../rules-support/front-matter-keys.js';
import type { Rule } from './rule.js';

export const frontMatterRequired: Rule = {
  id: 'front-matter-required',
  description: `A localized file's front matter has the six localization keys (${LOCALIZATION_KEYS.join(', ')})`,
  severity: 'error',
  severityReason:
    'Error: the publishing pipeline rejects or misfiles a translated page without its localization keys.',
  examples: {
    fail: "---\ntitle: 组写回\nms.contentlocale: zh-CN\n---",
    pass: "---\ntitle: 组写回\nms.contentlocale: zh-CN\nms.translationtype: HT\nms.locfileid: \"50254551\"\nms.openlocfilehash: 8d1d32875f0f1890f03defbfb3b483500ff1c653\nms.sourcegitcommit: ee1cff8e7e6b52a33fce7c17783de65aa79ad25a\nms.lasthandoff: 02/15/2021\n---",
  },
  scope: 'document',
  messages: {
    missing: 'Localized file has no `{{key}}` in its front matter',
  },
  check(doc, ctx) {
    const fm = doc.frontMatter;
    // Unparsed front matter is front-matter-parse's finding; listing six missing keys would only add noise.
    if (!ctx.localized || fm === null || fm.problems.length > 0) return [];
    const missing = LOCALIZATION_KEYS.filter((key) => fm.get(key) === undefined);
    return missing.map((key) => ({ start: 0, end: 3, messageId: 'missing', data: { key } }));
  },
};
