// Bundled alone as dist/lazy/ignore.cjs (see src/runtime.ts: lazyDependency).
module.exports = require('ignore');
