import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  allRuleMeta
} from "./chunk-O6CAHTM4.js";

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

// src/report/sarif.ts
var levels = { error: "error", warning: "warning", info: "note" };
function toSarif(findings, version, ruleMeta = allRuleMeta) {
  const index = new Map(ruleMeta.map((r, i) => [r.id, i]));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "loclint",
            version,
            rules: ruleMeta.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              defaultConfiguration: { level: levels[r.severity] }
            }))
          }
        },
        results: findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: index.get(f.rule),
          level: levels[f.severity],
          message: { text: f.message },
          ...f.fingerprint ? { partialFingerprints: { "loclint/v1": f.fingerprint } } : {},
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(f.file) },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }
              }
            }
          ]
        }))
      }
    ]
  };
}
function formatSarif(findings, version) {
  return JSON.stringify(toSarif(findings, version), null, 2) + "\n";
}

// src/version.ts
var VERSION = true ? "0.1.0" : "0.0.0-dev";

export {
  parseShard,
  filesOfShard,
  formatSarif,
  VERSION
};
