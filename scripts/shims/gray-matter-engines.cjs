// Stands in for gray-matter's default engines in the bundle. loclint hands gray-matter its own
// engines for every language it names (YAML is parsed elsewhere, with positions; code is refused),
// so the defaults are never used, and the real module loads js-yaml, and with it esprima, on import.
module.exports = {};
