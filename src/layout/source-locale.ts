/**
 * The run's source locale: the one answer every stage gets to "is this locale the source's?" (the
 * layout's counterparts, the document's locale, the engine's choice of an article's source). Locale
 * names compare without case, as folders and front matter spell them both ways (`en-us`, `en-US`);
 * the configured name is lower-cased once.
 */
export class SourceLocale {
  private readonly lower: string;

  constructor(
    /** As configured (or given by `--source-locale`), for messages and for paths the layout names. */
    readonly name: string,
  ) {
    this.lower = name.toLowerCase();
  }

  /** Whether a locale name (null: none known) is the source's. */
  is(locale: string | null): boolean {
    return locale !== null && locale.toLowerCase() === this.lower;
  }
}
