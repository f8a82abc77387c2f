import type { LocDocument } from '../document/document.js';
import type { UrlStatus } from '../external/url-status.js';
import type { Fix, Severity } from '../findings/finding.js';

/** What a rule reports: offsets into the document's text, which the engine turns into positions, and one of the rule's messages. */
export type RuleFinding = RuleMessage & {
  start: number;
  end: number;
  /** A finding milder than the rule's default (e.g. a tolerated date shape). */
  severity?: Severity;
  /** The repair, only when it is unambiguous; carried to the finding for --fix, SARIF and review suggestions. */
  fix?: Fix;
  /** An http(s) URL whose answer decides the finding: it stands, with the rule's `answered` message, only if the answer is bad. */
  awaits?: string;
};

/** Which of the rule's `messages` a finding shows, and the values of its `{{name}}` placeholders. */
export interface RuleMessage {
  messageId: string;
  data?: Readonly<Record<string, string | number>>;
}

export interface RuleContext {
  /** The source locale of the repository, `en-US` unless configured. */
  sourceLocale: string;
  /** Whether the document is a translation (true) or a source-locale file (false). */
  localized: boolean;
  /** The same article in the other locales (not the source), parsed on demand. */
  siblings(): readonly LocDocument[];
  /** The same article in the source locale, parsed on demand; null when there is none. */
  source(): LocDocument | null;
  /** Absolute path of the document being checked. */
  filePath: string;
  /** Names in a folder (read once per run); empty when it does not exist. */
  listFolder(absolutePath: string): string[];
  /** Names git's index holds in a folder that the working tree leaves out (a sparse checkout); empty outside git. */
  omittedFromCheckout(absolutePath: string): readonly string[];
  /** Another Markdown file, parsed (once per run), or null when it cannot be read. */
  document(absolutePath: string): LocDocument | null;
  /** The same path in the source locale (`zh-CN/a/b.md` → `en-US/a/b.md`), or null when the layout has none. */
  counterpartInSource(absolutePath: string): string | null;
  /** Whether the run requests external URLs (`--check-external`): findings may then await a URL's answer. */
  checksExternalLinks: boolean;
  /** The source at the translation's `ms.sourcegitcommit` and now, from git; absent when the run has no source history, null when this file has none. */
  sourceVersion?: () => SourceVersion | null;
  /** This rule's options from the configuration. */
  options: Readonly<Record<string, unknown>>;
}

export interface Rule {
  /** kebab-case, stable: shown to users and used in configuration. */
  id: string;
  description: string;
  severity: Severity;
  /** Why the default severity matches the harm (error: breaks rendering, a link, an anchor or the publishing pipeline). */
  severityReason: string;
  /** `document` rules read one file; `locales` rules also read its siblings. */
  scope: 'document' | 'locales';
  /** JSON Schema properties of the rule's options (configuration `rules.<id>.options`). */
  options?: Record<string, object>;
  /** What the rule reports, by message id: text with `{{name}}` placeholders filled from a finding's `data`. Findings carry no text of their own, so every message is declared here and listed in the docs. */
  messages: Readonly<Record<string, string>>;
  /** A short failing and passing example for the documentation. */
  examples?: { fail: string; pass: string };
  check(doc: LocDocument, ctx: RuleContext): RuleFinding[];
  /**
   * For its findings that await a URL: the message once the run has the URL's answer, or null when
   * the answer is good. The URLs of the whole run are requested once, after every file is checked.
   */
  answered?(url: string, status: UrlStatus): RuleMessage | null;
}

/** What git holds of a translation's source at its `ms.sourcegitcommit`, and whether it has changed since. */
export interface SourceVersion {
  commit: string;
  /** Repository-relative path of the source file. */
  path: string;
  /** `no-commit`: the repository lacks the commit; `no-file`: the commit lacks the path. */
  state: 'found' | 'no-commit' | 'no-file';
  /** Whether a missing commit says nothing: the clone is shallow (it may lie beyond the depth), or the repository holds none of the commits the run's files name (they are another repository's). */
  unknowable: boolean;
  /** SHA-1 of the source's bytes at the commit, as they are and with LF made CRLF. */
  rawHash: string | null;
  crlfHash: string | null;
  /** The source at HEAD against the commit's. */
  current: 'same' | 'changed' | 'removed';
  /** The source's text at the commit and at HEAD, when it changed (and neither is larger than a checked file may be). */
  before?: string;
  now?: string;
}
