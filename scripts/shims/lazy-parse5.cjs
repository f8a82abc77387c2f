// Bundled alone as dist/lazy/parse5.cjs (see src/runtime.ts: lazyDependency).
module.exports = require('parse5');
