// Bundled alone as dist/lazy/re2js.cjs (see src/runtime.ts: lazyDependency): only configurations with patterns load it.
module.exports = require('re2js');
