import { alertMarker } from './alert-marker.js';
import { anchorDuplicate } from './anchor-duplicate.js';
import { anchorParity } from './anchor-parity.js';
import { codeParity } from './code-parity.js';
import { commandParity } from './command-parity.js';
import { emphasisParity } from './emphasis-parity.js';
import { externalLink } from './external-link.js';
import { fileProblems, type RuleMeta } from '../rules-support/file-problems.js';
import { fragmentMissing } from './fragment-missing.js';
import { frontMatterEmptyValue } from './front-matter-empty-value.js';
import { frontMatterFormat } from './front-matter-format.js';
import { frontMatterLocale } from './front-matter-locale.js';
import { frontMatterParse } from './front-matter-parse.js';
import { frontMatterRequired } from './front-matter-required.js';
import { frontMatterUnknownKey } from './front-matter-unknown-key.js';
import { htmlTagParity } from './html-tag-parity.js';
import { imageParity } from './image-parity.js';
import { linkEmptyTarget } from './link-empty-target.js';
import { linkEmptyText } from './link-empty-text.js';
import { linkParity } from './link-parity.js';
import { linksCrossLocale } from './links-cross-locale.js';
import { linkSyntax } from './link-syntax.js';
import { numberParity } from './number-parity.js';
import { placeholderParity } from './placeholder-parity.js';
import { relativeLinkMissing } from './relative-link-missing.js';
import type { Rule } from './rule.js';
import { segmentEmpty } from './segment-empty.js';
import { segmentIdFormat } from './segment-id-format.js';
import { segmentIdUnique } from './segment-id-unique.js';
import { segmentOrder } from './segment-order.js';
import { segmentPair } from './segment-pair.js';
import { segmentPrefix } from './segment-prefix.js';
import { sourceStale } from './source-stale.js';
import { spanBalance } from './span-balance.js';
import { tableStructure } from './table-structure.js';
import { uiPathParity } from './ui-path-parity.js';
import { untranslated } from './untranslated.js';

/** The one list of rules: checks, configuration, documentation and SARIF metadata all come from it. */
export const rules: readonly Rule[] = [
  frontMatterParse,
  frontMatterRequired,
  frontMatterFormat,
  frontMatterLocale,
  frontMatterUnknownKey,
  frontMatterEmptyValue,
  segmentPair,
  segmentIdFormat,
  segmentIdUnique,
  segmentPrefix,
  segmentOrder,
  spanBalance,
  segmentEmpty,
  linkParity,
  imageParity,
  htmlTagParity,
  tableStructure,
  alertMarker,
  emphasisParity,
  uiPathParity,
  codeParity,
  commandParity,
  placeholderParity,
  numberParity,
  untranslated,
  linkEmptyText,
  linkSyntax,
  linkEmptyTarget,
  anchorDuplicate,
  anchorParity,
  linksCrossLocale,
  fragmentMissing,
  relativeLinkMissing,
  sourceStale,
  externalLink,
];

/** Every id a finding can carry, with its metadata. */
export const allRuleMeta: readonly RuleMeta[] = [...rules, ...Object.values(fileProblems)];
