// Replaced by the bundler with package.json's version; the fallback serves tests run from source.
declare const __LOCLINT_VERSION__: string | undefined;
export const VERSION: string = typeof __LOCLINT_VERSION__ === 'string' ? __LOCLINT_VERSION__ : '0.0.0-dev';
