// Replaced by the bundler with package.json's version; the fallback serves tests run from source.
declare const __LOCLINT_VERSION__: string | undefined;
export const VERSION: string = typeof __LOCLINT_VERSION__ === 'string' ? __LOCLINT_VERSION__ : '0.0.0-dev';

/** The repository: the tool's information URI in SARIF, and the base of every rule's documentation link. */
export const REPOSITORY_URL = 'https://github.com/loclint/loclint';

/** docs/rules.md on the default branch, where each rule has a heading of its id. */
export const RULES_DOC_URL = `${REPOSITORY_URL}/blob/main/docs/rules.md`;
