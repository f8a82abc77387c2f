import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  allRuleMeta,
  rules
} from "./chunk-7352Z2EV.js";

// src/layout/shard.ts
import { createHash } from "node:crypto";
import { relative } from "node:path";
function parseShard(text) {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index >= 1 && count >= 1 && index <= count ? { index, count } : null;
}
function filesOfShard(files, shard, layout, cwd) {
  return files.filter((file) => {
    const digest = createHash("sha1").update(relative(cwd, layout.place(file).groupKey)).digest();
    return digest.readUInt32BE(0) % shard.count === shard.index - 1;
  });
}

// src/version.ts
var VERSION = true ? "0.1.0" : "0.0.0-dev";
var REPOSITORY_URL = "https://github.com/loclint/loclint";
var RULES_DOC_URL = `${REPOSITORY_URL}/blob/main/docs/rules.md`;

// src/config/docs.ts
var fence = (text) => `\`\`\`md
${text}
\`\`\``;
var ruleIds = new Set(rules.map((r) => r.id));
var ruleAnchor = (id) => ruleIds.has(id) ? id : "problems-with-the-file-itself";
function ruleHelp(rule) {
  const out = [`${rule.description}.`, "", `Default severity: **${rule.severity}**. Compares ${rule.scope === "locales" ? "the file with the same article in the other locales and the source" : "within the file"}.`, "", `Why: ${rule.severityReason}`];
  if (rule.options) {
    out.push("", "Options:", "");
    for (const [name, schema] of Object.entries(rule.options)) {
      const s = schema;
      out.push(`- \`${name}\` (default \`${JSON.stringify(s.default)}\`): ${s.description ?? ""}`);
    }
  }
  if (rule.examples) out.push("", "Fails:", "", fence(rule.examples.fail), "", "Passes:", "", fence(rule.examples.pass));
  return out;
}

// src/report/rule-docs.ts
function ruleDocUrl(id) {
  return `${RULES_DOC_URL}#${ruleAnchor(id)}`;
}

// src/report/sarif.ts
var levels = { error: "error", warning: "warning", info: "note" };
var rank = { error: 0, warning: 1, info: 2 };
var MAX_RESULTS_PER_RUN = 25e3;
var MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
var SIZE_MARGIN = 0.9;
var FENCE = /^```/;
function plainText(markdown) {
  const out = [];
  let inFence = false;
  for (const line of markdown) {
    if (FENCE.test(line)) inFence = !inFence;
    else out.push(inFence ? `    ${line}` : line.replace(/\*\*|`/g, ""));
  }
  return out.join("\n");
}
function descriptor(meta) {
  const rule = rules.find((r) => r.id === meta.id);
  const helpUri = ruleDocUrl(meta.id);
  const lines = rule ? ruleHelp(rule) : [`${meta.description}.`, "", "Reported when a file cannot be read as text or a rule fails on it; the rest of the run goes on."];
  const markdown = [...lines, "", `[Documentation](${helpUri})`];
  const name = meta.id.replace(/(^|-)([a-z])/g, (_, _dash, c) => c.toUpperCase());
  return {
    id: meta.id,
    // SARIF1001: a name that is the id in other case (a one-word id) says nothing; it is left out then.
    ...name.toLowerCase() !== meta.id.toLowerCase() && { name },
    shortDescription: { text: `${meta.description}.` },
    // The description and the paragraph after it (default severity, what it compares; for file problems, when they are reported).
    fullDescription: { text: plainText(lines.slice(0, 3)) },
    help: { text: plainText([...lines, "", `Documentation: ${helpUri}`]), markdown: markdown.join("\n") },
    helpUri,
    defaultConfiguration: { level: levels[meta.severity] }
  };
}
function fingerprints(findings) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((f) => {
    const key = f.fingerprint ?? `${f.rule}:${f.file}:${f.line}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return `${key}:${occurrence}`;
  });
}
function sarifFix(f) {
  if (f.fix === void 0) return [];
  const replacements = f.fix.edits.map((e) => ({ deletedRegion: { charOffset: e.start, charLength: e.end - e.start }, insertedContent: { text: e.text } }));
  return [{ description: { text: f.fix.description }, artifactChanges: [{ artifactLocation: { uri: encodeURI(f.file) }, replacements }] }];
}
function result(f, ruleIndex, lineHash) {
  const fixes = sarifFix(f);
  return {
    ruleId: f.rule,
    ...ruleIndex !== void 0 ? { ruleIndex } : {},
    level: levels[f.severity],
    message: { text: f.message },
    partialFingerprints: { primaryLocationLineHash: lineHash },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(f.file) },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }
        }
      }
    ],
    ...fixes.length > 0 ? { fixes } : {}
  };
}
function mostSevere(findings, keep) {
  const order = findings.map((_, i) => i);
  if (keep >= findings.length) return order;
  order.sort((a, b) => rank[findings[a].severity] - rank[findings[b].severity] || a - b);
  return order.slice(0, keep).sort((a, b) => a - b);
}
function sarifLog(driverRules, version, results, notifications) {
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "loclint", version, semanticVersion: version, informationUri: REPOSITORY_URL, rules: driverRules } },
        // Columns and the fixes' character offsets count UTF-16 code units, as JavaScript strings do.
        columnKind: "utf16CodeUnits",
        ...notifications.length > 0 ? { invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }] } : {},
        results
      }
    ]
  };
}
function sarifReport(findings, version = VERSION, ruleMeta = allRuleMeta) {
  const index = new Map(ruleMeta.map((r, i) => [r.id, i]));
  const driverRules = ruleMeta.map(descriptor);
  const hashes = fingerprints(findings);
  const render = (kept2) => {
    const omitted = findings.length - kept2.length;
    const notifications = omitted === 0 ? [] : [
      {
        level: "warning",
        message: { text: `${omitted} of ${findings.length} findings were left out to stay within GitHub code scanning's limits (${MAX_RESULTS_PER_RUN} results per run, ${MAX_UPLOAD_BYTES / 1024 / 1024} MB per upload); the most severe are kept.` }
      }
    ];
    const results = kept2.map((i) => result(findings[i], index.get(findings[i].rule), hashes[i]));
    return { text: JSON.stringify(sarifLog(driverRules, version, results, notifications), null, 2) + "\n", omitted };
  };
  let kept = mostSevere(findings, MAX_RESULTS_PER_RUN);
  let report = render(kept);
  while (Buffer.byteLength(report.text) > MAX_UPLOAD_BYTES) {
    const compressed = process.getBuiltinModule("node:zlib").gzipSync(report.text).length;
    if (compressed <= MAX_UPLOAD_BYTES) break;
    kept = mostSevere(findings, Math.floor(kept.length * MAX_UPLOAD_BYTES * SIZE_MARGIN / compressed));
    report = render(kept);
  }
  return report;
}
function formatSarif(findings, version = VERSION) {
  return sarifReport(findings, version).text;
}

export {
  parseShard,
  filesOfShard,
  VERSION,
  ruleDocUrl,
  sarifReport,
  formatSarif
};
