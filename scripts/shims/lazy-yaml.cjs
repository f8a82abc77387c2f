// Bundled alone as dist/lazy/yaml.cjs (see src/runtime.ts: lazyDependency).
module.exports = require('yaml');
