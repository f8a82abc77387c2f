import { nearest, type Nearest } from './did-you-mean.js';

/** The six keys the localization pipeline writes into every translated file. */
export const LOCALIZATION_KEYS = [
  'ms.contentlocale',
  'ms.translationtype',
  'ms.locfileid',
  'ms.openlocfilehash',
  'ms.sourcegitcommit',
  'ms.lasthandoff',
] as const;

/**
 * Documented metadata keys of Microsoft Docs / Learn articles (the contributor guide's required and
 * optional metadata, docfx's page keys such as `layout` and `uid`, the older Azure `services`), the
 * Office repositories' own keys seen in their sources, and GitHub's issue-template keys (`.github/`).
 */
export const KNOWN_KEYS: ReadonlySet<string> = new Set([
  ...LOCALIZATION_KEYS,
  'title', 'titleSuffix', 'description', 'keywords', 'author', 'ms.author', 'manager', 'ms.reviewer',
  'ms.date', 'ms.topic', 'ms.service', 'ms.subservice', 'ms.prod', 'ms.technology', 'ms.component',
  'ms.custom', 'ms.collection', 'ms.assetid', 'ms.audience', 'audience', 'ms.devlang', 'ms.workload',
  'ms.tgt_pltfrm', 'ms.localizationpriority', 'localization_priority', 'ROBOTS', 'search.appverid',
  'f1.keywords', 'f1_keywords', 'hideEdit', 'redirect_url', 'redirect_document_id', 'uid', 'appliesto',
  'ms.pagetype', 'ms.mktglfcycl', 'ms.sitesec', 'ms.site', 'ms.suite', 'ms.search.form', 'ms.search.keywords',
  'no-loc', 'zone_pivot_groups', 'feedback_system', 'recommendations', 'searchScope', 'ms.openlocfilepath',
  'ms.update-cycle', 'monikerRange', 'layout', 'services', 'ms.contributors', 'contributors_to_exclude',
  'feedback_product_url', 'feedback_help_link_url', 'feedback_help_link_type', 'breadcrumb_path', 'adobe-target',
  'name', 'about', 'labels', 'assignees',
]);

function normalise(key: string): string {
  return key.toLowerCase().replace(/[\s,\-_:;]+/g, '.').replace(/\.{2,}/g, '.');
}

/** The known key a misspelt one most likely meant: `ms,.custom` → `ms.custom`. */
export function didYouMean(key: string, candidates: Iterable<string>): string | undefined {
  return meaning(key, candidates)?.candidate;
}

/** didYouMean's answer when no other candidate is as likely: the one a repair may write. */
export function onlyMeaning(key: string, candidates: Iterable<string>): string | undefined {
  const found = meaning(key, candidates);
  return found?.only ? found.candidate : undefined;
}

function meaning(key: string, candidates: Iterable<string>): Nearest | undefined {
  // Keys that read alike once normalised (`f1.keywords`, `f1_keywords`) share a form: a key near it could mean either.
  const byNormalForm = new Map<string, string[]>();
  for (const candidate of candidates) {
    if (candidate === key) continue;
    const form = normalise(candidate);
    const same = byNormalForm.get(form);
    if (same) same.push(candidate);
    else byNormalForm.set(form, [candidate]);
  }
  const near = nearest(normalise(key), byNormalForm.keys());
  if (near !== undefined) {
    const keys = byNormalForm.get(near.candidate)!;
    return { candidate: keys.at(-1)!, only: near.only && keys.length === 1 };
  }
  // Text pasted into a key keeps the key's own ends: `munlocking-an-account s.custom` → `ms.custom`.
  let found: Nearest | undefined;
  for (const candidate of candidates) {
    const dot = candidate.indexOf('.');
    if (!(dot > 0 && key.length > candidate.length && key[0] === candidate[0] && key.endsWith(candidate.slice(dot)))) continue;
    if (found) return { candidate: found.candidate, only: false };
    found = { candidate, only: true };
  }
  return found;
}
