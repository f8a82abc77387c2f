/** The architecture as rules (npm test runs them): faces → pipeline → stages; no cycles. */
const FACES = '^src/(cli|main|action|api|worker)\\.ts$';
/** The engine and its stages, but the read stage: the one reader of files, which every stage that reads (dependents, fixes) uses. */
const PIPELINE = '^src/engine/(?!read\\.ts$)';
const GITHUB = '(^|/)node_modules/@(actions|octokit)/';

module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', comment: 'A cycle makes the order of module start-up matter.', from: {}, to: { circular: true } },
    {
      name: 'faces-are-entry-points',
      severity: 'error',
      comment: 'Only a face may import a face: the faces turn their inputs into one run and call the pipeline.',
      from: { pathNot: FACES },
      to: { path: FACES },
    },
    {
      name: 'stages-below-pipeline',
      severity: 'error',
      comment: 'Stages are called by the pipeline; they never call it back.',
      from: { path: '^src/(document|rules|rules-support|findings|layout|config|report|publish|external|changes|source|fix)/' },
      to: { path: PIPELINE },
    },
    {
      name: 'engine-stages-below-engine',
      severity: 'error',
      comment: 'The engine runs its stages (discover, read, check, parallel) in turn; a stage never calls the engine or the pipeline back.',
      from: { path: '^src/engine/(discover|read|check|parallel|paths)\\.ts$' },
      to: { path: '^src/engine/(engine|pipeline)\\.ts$' },
    },
    {
      name: 'rules-are-pure',
      severity: 'error',
      comment: 'A rule and its helpers read a document and return findings: no reporters, git, GitHub or network.',
      from: { path: '^src/rules(-support)?/' },
      to: { path: ['^src/report/', '^src/changes/', '^src/source/', GITHUB, '^src/external/(check-urls|addresses)\\.ts$', '^node:(child_process|http|https|net|dns)$'] },
    },
    {
      name: 'model-knows-no-rules',
      severity: 'error',
      comment: 'The document model is read by rules and reporters, and knows neither.',
      from: { path: '^src/document/' },
      to: { path: ['^src/rules(-support)?/', '^src/report/', '^src/changes/', '^src/source/', '^src/external/', GITHUB] },
    },
    {
      name: 'reporters-read-findings',
      severity: 'error',
      comment: 'Reporters format findings; documents are the pipeline’s business.',
      from: { path: '^src/report/' },
      to: { path: ['^src/document/', '^src/changes/'] },
    },
    {
      name: 'publishers-read-findings',
      severity: 'error',
      comment: 'Publishers hand findings and reports to GitHub; what they need of the tree, the face passes in.',
      from: { path: '^src/publish/' },
      to: { path: ['^src/document/', '^src/rules(-support)?/', '^src/source/', '^src/engine/read\\.ts$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
