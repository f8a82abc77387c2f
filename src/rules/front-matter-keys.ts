/** The six keys the localization pipeline writes into every translated file. */
export const LOCALIZATION_KEYS = [
  'ms.contentlocale',
  'ms.translationtype',
  'ms.locfileid',
  'ms.openlocfilehash',
  'ms.sourcegitcommit',
  'ms.lasthandoff',
] as const;

/** Keys of docs.microsoft.com-style (docfx) metadata, as seen in localized repositories. */
export const KNOWN_KEYS: ReadonlySet<string> = new Set([
  ...LOCALIZATION_KEYS,
  'title', 'titleSuffix', 'description', 'keywords', 'author', 'ms.author', 'manager', 'ms.reviewer',
  'ms.date', 'ms.topic', 'ms.service', 'ms.subservice', 'ms.prod', 'ms.technology', 'ms.component',
  'ms.custom', 'ms.collection', 'ms.assetid', 'ms.audience', 'audience', 'ms.devlang', 'ms.workload',
  'ms.tgt_pltfrm', 'ms.localizationpriority', 'localization_priority', 'ROBOTS', 'search.appverid',
  'f1.keywords', 'f1_keywords', 'hideEdit', 'redirect_url', 'redirect_document_id', 'uid', 'appliesto',
  'ms.pagetype', 'ms.mktglfcycl', 'ms.sitesec', 'ms.site', 'ms.suite', 'ms.search.form', 'ms.search.keywords',
  'no-loc', 'zone_pivot_groups', 'feedback_system', 'recommendations', 'searchScope', 'ms.openlocfilepath',
]);

function normalise(key: string): string {
  return key.toLowerCase().replace(/[\s,\-_:;]+/g, '.').replace(/\.{2,}/g, '.');
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The known key a misspelt one most likely meant: `ms,.custom` → `ms.custom`. */
export function didYouMean(key: string, candidates: Iterable<string>): string | undefined {
  const typed = normalise(key);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === key) continue;
    const distance = editDistance(typed, normalise(candidate));
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  if (best !== undefined && bestDistance <= Math.max(1, Math.floor(best.length / 4))) return best;
  // Text pasted into a key keeps the key's own ends: `munlocking-an-account s.custom` → `ms.custom`.
  for (const candidate of candidates) {
    const dot = candidate.indexOf('.');
    if (dot > 0 && key.length > candidate.length && key[0] === candidate[0] && key.endsWith(candidate.slice(dot))) return candidate;
  }
  return undefined;
}
