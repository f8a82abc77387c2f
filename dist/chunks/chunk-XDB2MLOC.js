import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import{ruleDocUrl}from"./chunk-5GCLC6K4.js";import{countBySeverity,localeFromPath}from"./chunk-E3IFBUAH.js";var plural=(n,word)=>`${n} ${word}${n===1?"":"s"}`;var SEVERITIES=["error","warning","info"];var localeOfFinding=f=>localeFromPath(f.file)??"(no locale)";function totalsLine(findings,filesChecked){const c=countBySeverity(findings);return`${plural(filesChecked,"file")} checked: ${plural(c.error,"error")}, ${plural(c.warning,"warning")}, ${c.info} info`}function localeRuleTable(findings){if(findings.length===0)return"";const locales=[...new Set(findings.map(f=>localeFromPath(f.file)??"\u2014"))].sort();const rules=[...new Set(findings.map(f=>f.rule))].sort();const counts=new Map;for(const f of findings){const key=`${f.rule}\0${localeFromPath(f.file)??"\u2014"}`;counts.set(key,(counts.get(key)??0)+1)}const rows=rules.map(rule=>`| \`${rule}\` | ${locales.map(l=>counts.get(`${rule}\0${l}`)??0).join(" | ")} |`);return[`| rule | ${locales.join(" | ")} |`,`|---|${locales.map(()=>"---:").join("|")}|`,...rows].join("\n")}import{createHash}from"node:crypto";var CONTROL=/[\u0000-\u001f\u007f]/g;var CONTROL_PICTURES=9216;var DELETE_PICTURE="\u2421";var BIDI=/[\u202a-\u202e\u2066-\u2069]/g;function visibleControls(text){return text.replace(CONTROL,c=>c==="\x7F"?DELETE_PICTURE:String.fromCharCode(CONTROL_PICTURES+c.charCodeAt(0))).replace(BIDI,c=>`\u27E8U+${c.charCodeAt(0).toString(16).toUpperCase()}\u27E9`)}var ASCII_PUNCTUATION=/[!-/:-@[-`{-~]/g;function markdownText(text){return visibleControls(text).replace(ASCII_PUNCTUATION,"\\$&")}var HTML_ENTITIES={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"};function htmlText(text){return visibleControls(text).replace(/[&<>"']/g,c=>HTML_ENTITIES[c])}function urlPath(path){return path.split("/").map(segment=>encodeURIComponent(segment).replace(/[()'*!]/g,c=>`%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/")}var STYLE=`
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
`;var SCRIPT=`
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
`;var sha256=text=>`'sha256-${createHash("sha256").update(text).digest("base64")}'`;var POLICY=`default-src 'none'; style-src ${sha256(STYLE)}; script-src ${sha256(SCRIPT)}; form-action 'none'; base-uri 'none'`;var EXCERPT_BUDGET_CHARS=8*1024*1024;function formatHtml({findings,filesChecked}){const locales=distinct(findings.map(localeOfFinding));const rules=distinct(findings.map(f=>f.rule));const counts=countBySeverity(findings);const severities=SEVERITIES.filter(s=>counts[s]>0);let budget=EXCERPT_BUDGET_CHARS;let withoutExcerpts=0;const sections=findings.map(f=>{const size=f.context?f.context.translation.text.length+(f.context.source?.text.length??0):0;const shown=size<=budget;if(shown)budget-=size;else withoutExcerpts++;return findingHtml(f,shown)});const cut=withoutExcerpts===0?"":`<p class="clipped">${withoutExcerpts} findings are listed without their units, to keep the page small enough for a browser.</p>`;return`<!DOCTYPE html>
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
<p class="totals">${htmlText(totalsLine(findings,filesChecked))}</p>
${cut}
${findings.length===0?"":`<form>
${filterGroup("locale","Locale",locales)}
${filterGroup("rule","Rule",rules)}
${filterGroup("severity","Severity",severities)}
<output id="shown"></output>
</form>`}
<main>
${sections.join("\n")}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`}var distinct=values=>[...new Set(values)].sort();function filterGroup(name,legend,values){const boxes=values.map(v=>`<label><input type="checkbox" name="${name}" value="${htmlText(v)}" checked> ${htmlText(v)}</label>`);return`<fieldset><legend>${legend}</legend>${boxes.join("")}</fieldset>`}function findingHtml(f,withUnits){const attributes=`data-locale="${htmlText(localeOfFinding(f))}" data-rule="${htmlText(f.rule)}" data-severity="${f.severity}"`;const context=withUnits?f.context:void 0;let units="";if(context){const here=context.segmentId===null?`File, line ${context.translation.line}`:`Translation <code>${htmlText(context.segmentId)}</code>, line ${context.translation.line}`;const panes=[pane("translation",here,context.translation)];if(context.source)panes.push(pane("source",`Source, line ${context.source.line}`,context.source));else if(context.segmentId!==null)panes.push(`<div class="unit source"><h3>Source</h3><pre class="clipped">(no source unit)</pre></div>`);units=`<div class="units${panes.length===1?" single":""}">${panes.join("")}</div>`}return`<section class="finding" ${attributes}>
<div class="head"><span class="severity">${f.severity}</span><span class="where">${htmlText(`${f.file}:${f.line}:${f.column}`)}</span><a class="rule" href="${htmlText(ruleDocUrl(f.rule))}">${htmlText(f.rule)}</a></div>
<p class="message">${htmlText(f.message)}</p>
${units}
</section>`}function pane(kind,heading,excerpt){return`<div class="unit ${kind}"><h3>${heading}</h3><pre>${marked(excerpt)}</pre></div>`}function marked({text,mark,clippedStart,clippedEnd}){const before=clippedStart?'<span class="clipped">\u2026</span>':"";const after=clippedEnd?'<span class="clipped">\u2026</span>':"";if(mark===null)return before+lines(text)+after;const[start,end]=mark;const middle=end>start?`<mark>${lines(text.slice(start,end))}</mark>`:'<mark class="point"></mark>';return before+lines(text.slice(0,start))+middle+lines(text.slice(end))+after}var lines=text=>text.split(/\r\n|\r|\n/).map(htmlText).join("\n");export{plural,SEVERITIES,localeOfFinding,totalsLine,localeRuleTable,markdownText,htmlText,urlPath,formatHtml};
