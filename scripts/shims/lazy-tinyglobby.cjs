// Bundled alone as dist/lazy/tinyglobby.cjs (see src/runtime.ts: lazyDependency).
module.exports = require('tinyglobby');
