// Text from checked files (names, ids, messages that quote them) as it goes into Markdown and HTML:
// shown as the characters it holds, never read as syntax.

const CONTROL = /[\u0000-\u001f\u007f]/g;
/** U+2400 + code: the Control Pictures block shows each C0 control as a visible sign (␊ for \n). */
const CONTROL_PICTURES = 0x2400;
const DELETE_PICTURE = '\u2421';

/** Marks that reorder text when displayed (bidirectional embeddings, overrides, isolates); RLM and LRM, common in translations, only nudge it. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * C0 controls and DEL as their visible pictures, so a newline cannot end a line, list item or table
 * row; bidirectional marks as their code point, so a name cannot show its characters out of order.
 */
export function visibleControls(text: string): string {
  return text
    .replace(CONTROL, (c) => (c === '\u007f' ? DELETE_PICTURE : String.fromCharCode(CONTROL_PICTURES + c.charCodeAt(0))))
    .replace(BIDI, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase()}⟩`);
}

/** CommonMark lets a backslash escape any ASCII punctuation, and GFM's table cells take `\|` too. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/**
 * Literal text in Markdown (a paragraph, list item or table cell): every ASCII punctuation mark is
 * backslash-escaped, so no backtick opens a code span, no `<` a tag, no `[`…`](` a link, no `|` a
 * cell, no `&` an entity, and no `www.`/`https:` becomes an autolink.
 */
export function markdownText(text: string): string {
  return visibleControls(text).replace(ASCII_PUNCTUATION, '\\$&');
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Literal text in HTML, inside an element or a quoted attribute. */
export function htmlText(text: string): string {
  return visibleControls(text).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

/**
 * A `/`-separated path as URL path segments: each percent-encoded, and the parentheses and quotes
 * encodeURIComponent leaves alone encoded too, so the URL cannot close a Markdown link destination.
 */
export function urlPath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[()'*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}
