import { createHash } from 'node:crypto';
import { countBySeverity, type Excerpt, type Finding } from '../findings/finding.js';
import { htmlText } from './escape.js';
import { ruleDocUrl } from './rule-docs.js';
import { localeOfFinding, SEVERITIES, totalsLine } from './tables.js';


const STYLE = `
:root { color-scheme: light dark; --line: #8884; --error: #d1242f; --warning: #9a6700; --info: #0969da; --mark: #ffd33d80; }
body { font: 14px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 1400px; padding: 0 1.5rem 3rem; }
h1 { font-size: 1.4rem; margin: 1.2rem 0 .3rem; }
.totals { margin: 0 0 1rem; }
form { display: flex; flex-wrap: wrap; gap: .6rem 2rem; padding: .7rem 1rem; border: 1px solid var(--line); border-radius: 6px; position: sticky; top: 0; background: Canvas; z-index: 1; }
fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .2rem .8rem; align-items: center; }
legend { float: left; font-weight: 600; margin-right: .5rem; }
#shown { align-self: center; margin-left: auto; color: GrayText; }
.finding { border: 1px solid var(--line); border-left: 4px solid var(--sev); border-radius: 6px; margin: .8rem 0; padding: .5rem .8rem; }
.finding[data-severity="error"] { --sev: var(--error); }
.finding[data-severity="warning"] { --sev: var(--warning); }
.finding[data-severity="info"] { --sev: var(--info); }
.head { display: flex; flex-wrap: wrap; gap: .3rem .8rem; align-items: baseline; }
.severity { color: var(--sev); font-weight: 600; text-transform: uppercase; font-size: .8rem; }
.where, .rule { font-family: ui-monospace, monospace; }
.message { margin: .3rem 0 .5rem; overflow-wrap: anywhere; }
.units { display: grid; grid-template-columns: 1fr 1fr; gap: .8rem; }
.units.single { grid-template-columns: 1fr; }
.unit h3 { font-size: .8rem; font-weight: 600; margin: 0 0 .2rem; color: GrayText; }
pre { margin: 0; padding: .5rem; background: #8881; border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; font: 12.5px/1.5 ui-monospace, monospace; }
mark { background: var(--mark); color: inherit; outline: 2px solid #bf8700; border-radius: 2px; }
mark.point { display: inline-block; width: 2px; height: 1.2em; vertical-align: text-bottom; background: #bf8700; outline: 0; }
.clipped { color: GrayText; }
[hidden] { display: none !important; }
`;

/** Shows the findings that every checked box of each group allows; counts what is shown. */
const SCRIPT = `
const form = document.querySelector('form');
const findings = [...document.querySelectorAll('.finding')];
const shown = document.getElementById('shown');
function apply() {
  const allowed = {};
  for (const box of form.querySelectorAll('input[type=checkbox]')) {
    (allowed[box.name] ??= new Set());
    if (box.checked) allowed[box.name].add(box.value);
  }
  let count = 0;
  for (const f of findings) {
    const visible = allowed.locale.has(f.dataset.locale) && allowed.rule.has(f.dataset.rule) && allowed.severity.has(f.dataset.severity);
    f.hidden = !visible;
    if (visible) count++;
  }
  shown.textContent = count + ' of ' + findings.length + ' findings shown';
}
form.addEventListener('change', apply);
apply();
`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
/** Nothing but the page's own style and script runs, and nothing is fetched. */
const POLICY = `default-src 'none'; style-src ${sha256(STYLE)}; script-src ${sha256(SCRIPT)}; form-action 'none'; base-uri 'none'`;

/** Excerpt text past this many characters is left out (findings still listed): a browser stays responsive. */
const EXCERPT_BUDGET_CHARS = 8 * 1024 * 1024;

export interface HtmlInput {
  findings: readonly Finding[];
  filesChecked: number;
}

/**
 * One self-contained page: every finding with its translated unit beside its source unit (or its
 * lines, outside segments), the finding's range marked, and filters by locale, rule and severity.
 * Inline style and script only, allowed by hash, so the page requests nothing; every text from a
 * file is escaped.
 */
export function formatHtml({ findings, filesChecked }: HtmlInput): string {
  const locales = distinct(findings.map(localeOfFinding));
  const rules = distinct(findings.map((f) => f.rule));
  const counts = countBySeverity(findings);
  const severities = SEVERITIES.filter((s) => counts[s] > 0);
  let budget = EXCERPT_BUDGET_CHARS;
  let withoutExcerpts = 0;
  const sections = findings.map((f) => {
    const size = f.context ? f.context.translation.text.length + (f.context.source?.text.length ?? 0) : 0;
    const shown = size <= budget;
    if (shown) budget -= size;
    else withoutExcerpts++;
    return findingHtml(f, shown);
  });
  const cut = withoutExcerpts === 0 ? '' : `<p class="clipped">${withoutExcerpts} findings are listed without their units, to keep the page small enough for a browser.</p>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>loclint report</title>
<style>${STYLE}</style>
</head>
<body>
<h1>loclint report</h1>
<p class="totals">${htmlText(totalsLine(findings, filesChecked))}</p>
${cut}
${
  findings.length === 0
    ? ''
    : `<form>
${filterGroup('locale', 'Locale', locales)}
${filterGroup('rule', 'Rule', rules)}
${filterGroup('severity', 'Severity', severities)}
<output id="shown"></output>
</form>`
}
<main>
${sections.join('\n')}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

const distinct = (values: readonly string[]) => [...new Set(values)].sort();

function filterGroup(name: string, legend: string, values: readonly string[]): string {
  const boxes = values.map((v) => `<label><input type="checkbox" name="${name}" value="${htmlText(v)}" checked> ${htmlText(v)}</label>`);
  return `<fieldset><legend>${legend}</legend>${boxes.join('')}</fieldset>`;
}

function findingHtml(f: Finding, withUnits: boolean): string {
  const attributes = `data-locale="${htmlText(localeOfFinding(f))}" data-rule="${htmlText(f.rule)}" data-severity="${f.severity}"`;
  const context = withUnits ? f.context : undefined;
  let units = '';
  if (context) {
    const here = context.segmentId === null ? `File, line ${context.translation.line}` : `Translation <code>${htmlText(context.segmentId)}</code>, line ${context.translation.line}`;
    const panes = [pane('translation', here, context.translation)];
    if (context.source) panes.push(pane('source', `Source, line ${context.source.line}`, context.source));
    else if (context.segmentId !== null) panes.push(`<div class="unit source"><h3>Source</h3><pre class="clipped">(no source unit)</pre></div>`);
    units = `<div class="units${panes.length === 1 ? ' single' : ''}">${panes.join('')}</div>`;
  }
  return `<section class="finding" ${attributes}>
<div class="head"><span class="severity">${f.severity}</span><span class="where">${htmlText(`${f.file}:${f.line}:${f.column}`)}</span><a class="rule" href="${htmlText(ruleDocUrl(f.rule))}">${htmlText(f.rule)}</a></div>
<p class="message">${htmlText(f.message)}</p>
${units}
</section>`;
}

function pane(kind: string, heading: string, excerpt: Excerpt): string {
  return `<div class="unit ${kind}"><h3>${heading}</h3><pre>${marked(excerpt)}</pre></div>`;
}

/** The excerpt's text with the finding's range in `<mark>` (a thin bar when the range is empty). */
function marked({ text, mark, clippedStart, clippedEnd }: Excerpt): string {
  const before = clippedStart ? '<span class="clipped">…</span>' : '';
  const after = clippedEnd ? '<span class="clipped">…</span>' : '';
  if (mark === null) return before + lines(text) + after;
  const [start, end] = mark;
  const middle = end > start ? `<mark>${lines(text.slice(start, end))}</mark>` : '<mark class="point"></mark>';
  return before + lines(text.slice(0, start)) + middle + lines(text.slice(end)) + after;
}

/** Excerpt text keeps its line breaks (it is shown in <pre>); every other control shows as its picture. */
const lines = (text: string) =>
  text
    .split(/\r\n|\r|\n/)
    .map(htmlText)
    .join('\n');
