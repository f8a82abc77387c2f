import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  LinearPattern,
  MAX_CACHE_AGE_HOURS,
  parseRange
} from "./chunk-W6LVDYC7.js";
import {
  compileOnOwnThread,
  lazyDependency
} from "./chunk-KZX5ILNR.js";
import {
  AMPERSAND,
  APOSTROPHE,
  ARABIC_DECIMAL_SEPARATOR,
  ARABIC_INDIC_DIGIT_0,
  ARABIC_INDIC_DIGIT_9,
  ARABIC_THOUSANDS_SEPARATOR,
  ASCII_END,
  ASTERISK,
  AT_SIGN,
  BACKSLASH,
  BACKTICK,
  BANG,
  BYTE_ORDER_MARK,
  CASE_BIT,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  CLOSE_PAREN,
  COLON,
  COMMA,
  CR,
  DASH,
  DELETE,
  DIGIT_0,
  DIGIT_1,
  DIGIT_9,
  DOLLAR,
  DOT,
  EN_QUAD,
  EQUALS,
  EXTENDED_ARABIC_INDIC_DIGIT_0,
  EXTENDED_ARABIC_INDIC_DIGIT_9,
  FULLWIDTH_COMMA,
  FULLWIDTH_DIGIT_0,
  FULLWIDTH_DIGIT_9,
  FULLWIDTH_PIPE,
  GREATER_THAN,
  HAIR_SPACE,
  HASH,
  IDEOGRAPHIC_COMMA,
  INLINE_MARKS,
  KELVIN_SIGN,
  LESS_THAN,
  LF,
  LINE_SEPARATOR,
  LOWER_A,
  LOWER_D,
  LOWER_F,
  LOWER_H,
  LOWER_K,
  LOWER_N,
  LOWER_P,
  LOWER_S,
  LOWER_Z,
  LineIndex,
  NARROW_NO_BREAK_SPACE,
  NO_BREAK_SPACE,
  OGHAM_SPACE,
  OPEN_BRACE,
  OPEN_BRACKET,
  OPEN_PAREN,
  PARAGRAPH_SEPARATOR,
  PERCENT,
  PIPE,
  PLUS,
  QUOTE,
  SEMICOLON,
  SLASH,
  SPACE,
  TAB,
  TILDE,
  UNDERSCORE,
  UPPER_A,
  UPPER_H,
  UPPER_K,
  UPPER_S,
  UPPER_Z,
  codesOf,
  crlfForm,
  decodeUtf8,
  detached,
  gitEnv,
  inOffsetOrder,
  isDigit,
  isSpace,
  looksBinary
} from "./chunk-KETDNUKI.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-ABWFEKAN.js";

// node_modules/kind-of/index.js
var require_kind_of = __commonJS({
  "node_modules/kind-of/index.js"(exports, module) {
    var toString = Object.prototype.toString;
    module.exports = function kindOf(val) {
      if (val === void 0) return "undefined";
      if (val === null) return "null";
      var type = typeof val;
      if (type === "boolean") return "boolean";
      if (type === "string") return "string";
      if (type === "number") return "number";
      if (type === "symbol") return "symbol";
      if (type === "function") {
        return isGeneratorFn(val) ? "generatorfunction" : "function";
      }
      if (isArray(val)) return "array";
      if (isBuffer(val)) return "buffer";
      if (isArguments(val)) return "arguments";
      if (isDate(val)) return "date";
      if (isError(val)) return "error";
      if (isRegexp(val)) return "regexp";
      switch (ctorName(val)) {
        case "Symbol":
          return "symbol";
        case "Promise":
          return "promise";
        // Set, Map, WeakSet, WeakMap
        case "WeakMap":
          return "weakmap";
        case "WeakSet":
          return "weakset";
        case "Map":
          return "map";
        case "Set":
          return "set";
        // 8-bit typed arrays
        case "Int8Array":
          return "int8array";
        case "Uint8Array":
          return "uint8array";
        case "Uint8ClampedArray":
          return "uint8clampedarray";
        // 16-bit typed arrays
        case "Int16Array":
          return "int16array";
        case "Uint16Array":
          return "uint16array";
        // 32-bit typed arrays
        case "Int32Array":
          return "int32array";
        case "Uint32Array":
          return "uint32array";
        case "Float32Array":
          return "float32array";
        case "Float64Array":
          return "float64array";
      }
      if (isGeneratorObj(val)) {
        return "generator";
      }
      type = toString.call(val);
      switch (type) {
        case "[object Object]":
          return "object";
        // iterators
        case "[object Map Iterator]":
          return "mapiterator";
        case "[object Set Iterator]":
          return "setiterator";
        case "[object String Iterator]":
          return "stringiterator";
        case "[object Array Iterator]":
          return "arrayiterator";
      }
      return type.slice(8, -1).toLowerCase().replace(/\s/g, "");
    };
    function ctorName(val) {
      return typeof val.constructor === "function" ? val.constructor.name : null;
    }
    function isArray(val) {
      if (Array.isArray) return Array.isArray(val);
      return val instanceof Array;
    }
    function isError(val) {
      return val instanceof Error || typeof val.message === "string" && val.constructor && typeof val.constructor.stackTraceLimit === "number";
    }
    function isDate(val) {
      if (val instanceof Date) return true;
      return typeof val.toDateString === "function" && typeof val.getDate === "function" && typeof val.setDate === "function";
    }
    function isRegexp(val) {
      if (val instanceof RegExp) return true;
      return typeof val.flags === "string" && typeof val.ignoreCase === "boolean" && typeof val.multiline === "boolean" && typeof val.global === "boolean";
    }
    function isGeneratorFn(name, val) {
      return ctorName(name) === "GeneratorFunction";
    }
    function isGeneratorObj(val) {
      return typeof val.throw === "function" && typeof val.return === "function" && typeof val.next === "function";
    }
    function isArguments(val) {
      try {
        if (typeof val.length === "number" && typeof val.callee === "function") {
          return true;
        }
      } catch (err) {
        if (err.message.indexOf("callee") !== -1) {
          return true;
        }
      }
      return false;
    }
    function isBuffer(val) {
      if (val.constructor && typeof val.constructor.isBuffer === "function") {
        return val.constructor.isBuffer(val);
      }
      return false;
    }
  }
});

// node_modules/is-extendable/index.js
var require_is_extendable = __commonJS({
  "node_modules/is-extendable/index.js"(exports, module) {
    "use strict";
    module.exports = function isExtendable(val) {
      return typeof val !== "undefined" && val !== null && (typeof val === "object" || typeof val === "function");
    };
  }
});

// node_modules/extend-shallow/index.js
var require_extend_shallow = __commonJS({
  "node_modules/extend-shallow/index.js"(exports, module) {
    "use strict";
    var isObject = require_is_extendable();
    module.exports = function extend(o) {
      if (!isObject(o)) {
        o = {};
      }
      var len = arguments.length;
      for (var i = 1; i < len; i++) {
        var obj = arguments[i];
        if (isObject(obj)) {
          assign(o, obj);
        }
      }
      return o;
    };
    function assign(a, b) {
      for (var key in b) {
        if (hasOwn(b, key)) {
          a[key] = b[key];
        }
      }
    }
    function hasOwn(obj, key) {
      return Object.prototype.hasOwnProperty.call(obj, key);
    }
  }
});

// node_modules/section-matter/index.js
var require_section_matter = __commonJS({
  "node_modules/section-matter/index.js"(exports, module) {
    "use strict";
    var typeOf = require_kind_of();
    var extend = require_extend_shallow();
    module.exports = function(input, options) {
      if (typeof options === "function") {
        options = { parse: options };
      }
      var file = toObject(input);
      var defaults = { section_delimiter: "---", parse: identity };
      var opts = extend({}, defaults, options);
      var delim = opts.section_delimiter;
      var lines = file.content.split(/\r?\n/);
      var sections = null;
      var section = createSection();
      var content = [];
      var stack = [];
      function initSections(val) {
        file.content = val;
        sections = [];
        content = [];
      }
      function closeSection(val) {
        if (stack.length) {
          section.key = getKey(stack[0], delim);
          section.content = val;
          opts.parse(section, sections);
          sections.push(section);
          section = createSection();
          content = [];
          stack = [];
        }
      }
      for (var i = 0; i < lines.length; i++) {
        var line = lines[i];
        var len = stack.length;
        var ln = line.trim();
        if (isDelimiter(ln, delim)) {
          if (ln.length === 3 && i !== 0) {
            if (len === 0 || len === 2) {
              content.push(line);
              continue;
            }
            stack.push(ln);
            section.data = content.join("\n");
            content = [];
            continue;
          }
          if (sections === null) {
            initSections(content.join("\n"));
          }
          if (len === 2) {
            closeSection(content.join("\n"));
          }
          stack.push(ln);
          continue;
        }
        content.push(line);
      }
      if (sections === null) {
        initSections(content.join("\n"));
      } else {
        closeSection(content.join("\n"));
      }
      file.sections = sections;
      return file;
    };
    function isDelimiter(line, delim) {
      if (line.slice(0, delim.length) !== delim) {
        return false;
      }
      if (line.charAt(delim.length + 1) === delim.slice(-1)) {
        return false;
      }
      return true;
    }
    function toObject(input) {
      if (typeOf(input) !== "object") {
        input = { content: input };
      }
      if (typeof input.content !== "string" && !isBuffer(input.content)) {
        throw new TypeError("expected a buffer or string");
      }
      input.content = input.content.toString();
      input.sections = [];
      return input;
    }
    function getKey(val, delim) {
      return val ? val.slice(delim.length).trim() : "";
    }
    function createSection() {
      return { key: "", data: "", content: "" };
    }
    function identity(val) {
      return val;
    }
    function isBuffer(val) {
      if (val && val.constructor && typeof val.constructor.isBuffer === "function") {
        return val.constructor.isBuffer(val);
      }
      return false;
    }
  }
});

// scripts/shims/gray-matter-engines.cjs
var require_gray_matter_engines = __commonJS({
  "scripts/shims/gray-matter-engines.cjs"(exports, module) {
    module.exports = {};
  }
});

// node_modules/strip-bom-string/index.js
var require_strip_bom_string = __commonJS({
  "node_modules/strip-bom-string/index.js"(exports, module) {
    "use strict";
    module.exports = function(str) {
      if (typeof str === "string" && str.charAt(0) === "\uFEFF") {
        return str.slice(1);
      }
      return str;
    };
  }
});

// node_modules/gray-matter/lib/utils.js
var require_utils = __commonJS({
  "node_modules/gray-matter/lib/utils.js"(exports) {
    "use strict";
    var stripBom = require_strip_bom_string();
    var typeOf = require_kind_of();
    exports.define = function(obj, key, val) {
      Reflect.defineProperty(obj, key, {
        enumerable: false,
        configurable: true,
        writable: true,
        value: val
      });
    };
    exports.isBuffer = function(val) {
      return typeOf(val) === "buffer";
    };
    exports.isObject = function(val) {
      return typeOf(val) === "object";
    };
    exports.toBuffer = function(input) {
      return typeof input === "string" ? Buffer.from(input) : input;
    };
    exports.toString = function(input) {
      if (exports.isBuffer(input)) return stripBom(String(input));
      if (typeof input !== "string") {
        throw new TypeError("expected input to be a string or buffer");
      }
      return stripBom(input);
    };
    exports.arrayify = function(val) {
      return val ? Array.isArray(val) ? val : [val] : [];
    };
    exports.startsWith = function(str, substr, len) {
      if (typeof len !== "number") len = substr.length;
      return str.slice(0, len) === substr;
    };
  }
});

// node_modules/gray-matter/lib/defaults.js
var require_defaults = __commonJS({
  "node_modules/gray-matter/lib/defaults.js"(exports, module) {
    "use strict";
    var engines2 = require_gray_matter_engines();
    var utils = require_utils();
    module.exports = function(options) {
      const opts = Object.assign({}, options);
      opts.delimiters = utils.arrayify(opts.delims || opts.delimiters || "---");
      if (opts.delimiters.length === 1) {
        opts.delimiters.push(opts.delimiters[0]);
      }
      opts.language = (opts.language || opts.lang || "yaml").toLowerCase();
      opts.engines = Object.assign({}, engines2, opts.parsers, opts.engines);
      return opts;
    };
  }
});

// node_modules/gray-matter/lib/engine.js
var require_engine = __commonJS({
  "node_modules/gray-matter/lib/engine.js"(exports, module) {
    "use strict";
    module.exports = function(name, options) {
      let engine = options.engines[name] || options.engines[aliase(name)];
      if (typeof engine === "undefined") {
        throw new Error('gray-matter engine "' + name + '" is not registered');
      }
      if (typeof engine === "function") {
        engine = { parse: engine };
      }
      return engine;
    };
    function aliase(name) {
      switch (name.toLowerCase()) {
        case "js":
        case "javascript":
          return "javascript";
        case "coffee":
        case "coffeescript":
        case "cson":
          return "coffee";
        case "yaml":
        case "yml":
          return "yaml";
        default: {
          return name;
        }
      }
    }
  }
});

// node_modules/gray-matter/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/gray-matter/lib/stringify.js"(exports, module) {
    "use strict";
    var typeOf = require_kind_of();
    var getEngine = require_engine();
    var defaults = require_defaults();
    module.exports = function(file, data, options) {
      if (data == null && options == null) {
        switch (typeOf(file)) {
          case "object":
            data = file.data;
            options = {};
            break;
          case "string":
            return file;
          default: {
            throw new TypeError("expected file to be a string or object");
          }
        }
      }
      const str = file.content;
      const opts = defaults(options);
      if (data == null) {
        if (!opts.data) return file;
        data = opts.data;
      }
      const language = file.language || opts.language;
      const engine = getEngine(language, opts);
      if (typeof engine.stringify !== "function") {
        throw new TypeError('expected "' + language + '.stringify" to be a function');
      }
      data = Object.assign({}, file.data, data);
      const open = opts.delimiters[0];
      const close = opts.delimiters[1];
      const matter2 = engine.stringify(data, options).trim();
      let buf = "";
      if (matter2 !== "{}") {
        buf = newline(open) + newline(matter2) + newline(close);
      }
      if (typeof file.excerpt === "string" && file.excerpt !== "") {
        if (str.indexOf(file.excerpt.trim()) === -1) {
          buf += newline(file.excerpt) + newline(close);
        }
      }
      return buf + newline(str);
    };
    function newline(str) {
      return str.slice(-1) !== "\n" ? str + "\n" : str;
    }
  }
});

// node_modules/gray-matter/lib/excerpt.js
var require_excerpt = __commonJS({
  "node_modules/gray-matter/lib/excerpt.js"(exports, module) {
    "use strict";
    var defaults = require_defaults();
    module.exports = function(file, options) {
      const opts = defaults(options);
      if (file.data == null) {
        file.data = {};
      }
      if (typeof opts.excerpt === "function") {
        return opts.excerpt(file, opts);
      }
      const sep7 = file.data.excerpt_separator || opts.excerpt_separator;
      if (sep7 == null && (opts.excerpt === false || opts.excerpt == null)) {
        return file;
      }
      const delimiter = typeof opts.excerpt === "string" ? opts.excerpt : sep7 || opts.delimiters[0];
      const idx = file.content.indexOf(delimiter);
      if (idx !== -1) {
        file.excerpt = file.content.slice(0, idx);
      }
      return file;
    };
  }
});

// node_modules/gray-matter/lib/to-file.js
var require_to_file = __commonJS({
  "node_modules/gray-matter/lib/to-file.js"(exports, module) {
    "use strict";
    var typeOf = require_kind_of();
    var stringify = require_stringify();
    var utils = require_utils();
    module.exports = function(file) {
      if (typeOf(file) !== "object") {
        file = { content: file };
      }
      if (typeOf(file.data) !== "object") {
        file.data = {};
      }
      if (file.contents && file.content == null) {
        file.content = file.contents;
      }
      utils.define(file, "orig", utils.toBuffer(file.content));
      utils.define(file, "language", file.language || "");
      utils.define(file, "matter", file.matter || "");
      utils.define(file, "stringify", function(data, options) {
        if (options && options.language) {
          file.language = options.language;
        }
        return stringify(file, data, options);
      });
      file.content = utils.toString(file.content);
      file.isEmpty = false;
      file.excerpt = "";
      return file;
    };
  }
});

// node_modules/gray-matter/lib/parse.js
var require_parse = __commonJS({
  "node_modules/gray-matter/lib/parse.js"(exports, module) {
    "use strict";
    var getEngine = require_engine();
    var defaults = require_defaults();
    module.exports = function(language, str, options) {
      const opts = defaults(options);
      const engine = getEngine(language, opts);
      if (typeof engine.parse !== "function") {
        throw new TypeError('expected "' + language + '.parse" to be a function');
      }
      return engine.parse(str, opts);
    };
  }
});

// node_modules/gray-matter/index.js
var require_gray_matter = __commonJS({
  "node_modules/gray-matter/index.js"(exports, module) {
    "use strict";
    var fs = __require("fs");
    var sections = require_section_matter();
    var defaults = require_defaults();
    var stringify = require_stringify();
    var excerpt3 = require_excerpt();
    var engines2 = require_gray_matter_engines();
    var toFile = require_to_file();
    var parse = require_parse();
    var utils = require_utils();
    function matter2(input, options) {
      if (input === "") {
        return { data: {}, content: input, excerpt: "", orig: input };
      }
      let file = toFile(input);
      const cached = matter2.cache[file.content];
      if (!options) {
        if (cached) {
          file = Object.assign({}, cached);
          file.orig = cached.orig;
          return file;
        }
        matter2.cache[file.content] = file;
      }
      return parseMatter(file, options);
    }
    function parseMatter(file, options) {
      const opts = defaults(options);
      const open = opts.delimiters[0];
      const close = "\n" + opts.delimiters[1];
      let str = file.content;
      if (opts.language) {
        file.language = opts.language;
      }
      const openLen = open.length;
      if (!utils.startsWith(str, open, openLen)) {
        excerpt3(file, opts);
        return file;
      }
      if (str.charAt(openLen) === open.slice(-1)) {
        return file;
      }
      str = str.slice(openLen);
      const len = str.length;
      const language = matter2.language(str, opts);
      if (language.name) {
        file.language = language.name;
        str = str.slice(language.raw.length);
      }
      let closeIndex = str.indexOf(close);
      if (closeIndex === -1) {
        closeIndex = len;
      }
      file.matter = str.slice(0, closeIndex);
      const block = file.matter.replace(/^\s*#[^\n]+/gm, "").trim();
      if (block === "") {
        file.isEmpty = true;
        file.empty = file.content;
        file.data = {};
      } else {
        file.data = parse(file.language, file.matter, opts);
      }
      if (closeIndex === len) {
        file.content = "";
      } else {
        file.content = str.slice(closeIndex + close.length);
        if (file.content[0] === "\r") {
          file.content = file.content.slice(1);
        }
        if (file.content[0] === "\n") {
          file.content = file.content.slice(1);
        }
      }
      excerpt3(file, opts);
      if (opts.sections === true || typeof opts.section === "function") {
        sections(file, opts.section);
      }
      return file;
    }
    matter2.engines = engines2;
    matter2.stringify = function(file, data, options) {
      if (typeof file === "string") file = matter2(file, options);
      return stringify(file, data, options);
    };
    matter2.read = function(filepath, options) {
      const str = fs.readFileSync(filepath, "utf8");
      const file = matter2(str, options);
      file.path = filepath;
      return file;
    };
    matter2.test = function(str, options) {
      return utils.startsWith(str, defaults(options).delimiters[0]);
    };
    matter2.language = function(str, options) {
      const opts = defaults(options);
      const open = opts.delimiters[0];
      if (matter2.test(str)) {
        str = str.slice(open.length);
      }
      const language = str.slice(0, str.search(/\r?\n/));
      return {
        raw: language,
        name: language ? language.trim() : ""
      };
    };
    matter2.cache = {};
    matter2.clearCache = function() {
      matter2.cache = {};
    };
    module.exports = matter2;
  }
});

// src/document/front-matter.ts
var import_gray_matter = __toESM(require_gray_matter(), 1);
var yaml = lazyDependency("yaml");
var refuse = (language) => () => {
  throw new Error(`front matter in ${language} is not read: loclint never evaluates code from the checked repository`);
};
var engines = {
  yaml: () => ({}),
  javascript: refuse("JavaScript"),
  js: refuse("JavaScript"),
  json: refuse("JSON"),
  coffee: refuse("CoffeeScript")
};
var MAX_ALIASES = 50;
var MAX_YAML_CHARS = 64 * 1024;
var MAX_COLONS = 2e3;
function splitMatter(text) {
  const plain = text.charCodeAt(3) === LF || text.charCodeAt(3) === CR && text.charCodeAt(4) === LF;
  return plain && text.startsWith("---") ? plainSplit(text) : grayMatterSplit(text);
}
function plainSplit(text) {
  const close = text.indexOf("\n---", 3);
  const matter2 = close === -1 ? text.slice(3) : text.slice(3, close);
  return { yamlStart: 3, matter: matter2 };
}
function grayMatterSplit(text) {
  const close = text.indexOf("\n---", 3);
  const split = (0, import_gray_matter.default)(close === -1 ? text : text.slice(0, close + 4), { engines, language: "yaml" });
  const language = import_gray_matter.default.language(text.slice(3), { language: "yaml" });
  return { yamlStart: 3 + language.raw.length, matter: split.matter };
}
function parseFrontMatter(text) {
  if (!/^---[^\S\r\n]*[A-Za-z]*[^\S\r\n]*\r?(\n|$)/.test(text)) return null;
  const problems = [];
  const entries = [];
  const fm = {
    end: text.length,
    closed: false,
    entries,
    problems,
    get: (key) => firstEntry(entries, key)
  };
  let split;
  try {
    split = splitMatter(text);
  } catch (error) {
    problems.push({ start: 0, end: 3, message: error.message });
    return fm;
  }
  const { yamlStart } = split;
  const yamlText = split.matter.replace(/\r$/, "");
  const closingAt = yamlStart + split.matter.length;
  if (closingAt < text.length) {
    const lineEnd2 = text.indexOf("\n", closingAt + 1);
    fm.closed = true;
    fm.end = lineEnd2 === -1 ? text.length : lineEnd2 + 1;
  }
  if (!fm.closed) {
    problems.push({ start: 0, end: 3, message: "Front matter is not closed: no `---` line ends it" });
    return fm;
  }
  const spanAt = yamlText.includes("<") ? firstUnitTag(yamlText) : -1;
  if (spanAt !== -1) {
    const start = yamlStart + spanAt;
    problems.push({
      start,
      end: text.indexOf(">", start) + 1 || start + 5,
      message: "Front matter is wrapped in segment spans: the YAML was sent for translation and no longer parses"
    });
    return fm;
  }
  const mapping = simpleMapping(text, yamlStart, yamlStart + yamlText.length) ?? boundedYamlMapping(yamlText, yamlStart);
  entries.push(...mapping.entries);
  problems.push(...mapping.problems);
  return fm;
}
function firstEntry(entries, key) {
  for (let i = 0; i < entries.length; i++) if (entries[i].key === key) return entries[i];
  return void 0;
}
function boundedYamlMapping(yamlText, yamlStart) {
  const refuse2 = (what) => ({ entries: [], problems: [{ start: yamlStart, end: yamlStart, message: `Front matter ${what}: too large to read as YAML, not checked` }] });
  if (yamlText.length > MAX_YAML_CHARS) return refuse2(`is ${yamlText.length} characters, over ${MAX_YAML_CHARS}`);
  let colons = 0;
  for (let at = yamlText.indexOf(":"); at !== -1 && colons <= MAX_COLONS; at = yamlText.indexOf(":", at + 1)) colons++;
  return colons > MAX_COLONS ? refuse2(`holds more than ${MAX_COLONS} \`:\` (keys, or values with colons)`) : yamlMapping(yamlText, yamlStart);
}
function yamlMapping(yamlText, yamlStart) {
  const entries = [];
  const problems = [];
  const { isMap, isScalar, parseDocument: parseDocument2 } = yaml();
  const options = { version: "1.2", schema: "failsafe", uniqueKeys: true, prettyErrors: false };
  let doc = parseDocument2(yamlText, options);
  let inFile = (offset) => yamlStart + offset;
  if (doc.errors.length > 0) {
    const lenient = indentedContinuations(yamlText);
    const retried = lenient === null ? null : parseDocument2(lenient.text, options);
    if (lenient === null || retried === null || retried.errors.length > 0) {
      for (const error of doc.errors) problems.push({ start: inFile(error.pos[0]), end: inFile(error.pos[1]), message: `YAML: ${error.message}` });
      return { entries, problems };
    }
    doc = retried;
    inFile = (offset) => yamlStart + lenient.original(offset);
    for (const at of lenient.lines) {
      problems.push({ start: yamlStart + at, end: yamlStart + at, severity: "warning", message: "YAML: a quoted value goes on in a line that is not indented; strict YAML parsers reject it" });
    }
  }
  if (yamlText.includes("*") && countAliases(doc.contents) > MAX_ALIASES) {
    problems.push({ start: inFile(0), end: inFile(0), message: `YAML uses more than ${MAX_ALIASES} aliases: refused` });
    return { entries, problems };
  }
  const root = doc.contents;
  if (root === null || isScalar(root) && (root.value === "" || root.value === null)) return { entries, problems };
  if (!isMap(root)) {
    const [s, e] = root.range ?? [0, 0];
    problems.push({ start: inFile(s), end: inFile(e), message: "Front matter is not a mapping of keys to values" });
    return { entries, problems };
  }
  for (const pair of root.items) {
    if (!isScalar(pair.key)) continue;
    const [keyStart, keyEnd] = pair.key.range ?? [0, 0];
    const value = pair.value;
    const [valueStart, valueEnd] = value?.range ?? [keyEnd, keyEnd];
    entries.push({
      key: String(pair.key.value),
      keyStart: inFile(keyStart),
      keyEnd: inFile(keyEnd),
      value: readValue(value),
      quoted: isScalar(value) && (value.type === "QUOTE_DOUBLE" || value.type === "QUOTE_SINGLE"),
      valueStart: inFile(valueStart),
      valueEnd: inFile(valueEnd)
    });
  }
  return { entries, problems };
}
function indentedContinuations(yamlText) {
  const lines = [];
  let open = false;
  for (let at = 0; at < yamlText.length; ) {
    const end = yamlText.indexOf("\n", at) === -1 ? yamlText.length : yamlText.indexOf("\n", at) + 1;
    const line = yamlText.slice(at, end);
    if (open && line.trim() !== "" && !/^\s/.test(line)) lines.push(at);
    if (open) open = !closesQuote(line, 0);
    else {
      const value = /^[^\s#:][^:]*:\s+"/.exec(line);
      open = value !== null && !closesQuote(line, value[0].length);
    }
    at = end;
  }
  if (lines.length === 0) return null;
  let text = "";
  let from = 0;
  for (const at of lines) {
    text += `${yamlText.slice(from, at)} `;
    from = at;
  }
  text += yamlText.slice(from);
  const original = (offset) => {
    let shift = 0;
    while (shift < lines.length && lines[shift] + shift < offset) shift++;
    return offset - shift;
  };
  return { text, lines, original };
}
function closesQuote(line, from) {
  for (let i = from; i < line.length; i++) {
    if (line[i] === "\\") i++;
    else if (line[i] === '"') return true;
  }
  return false;
}
var KEY_START = new Uint8Array(ASCII_END);
var KEY_CHAR = new Uint8Array(ASCII_END);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_") KEY_START[ch.charCodeAt(0)] = KEY_CHAR[ch.charCodeAt(0)] = 1;
KEY_CHAR[DOT] = KEY_CHAR[DASH] = 1;
KEY_CHAR[SPACE] = KEY_CHAR[COMMA] = 1;
function keyLine(text, from, to, line) {
  let c = text.charCodeAt(from);
  if (!(c < ASCII_END && KEY_START[c] === 1)) return false;
  let keyHash = c;
  let colon = from + 1;
  for (; colon < to && (c = text.charCodeAt(colon)) < ASCII_END && KEY_CHAR[c] === 1; colon++) keyHash = Math.imul(keyHash, 31) + c | 0;
  if (colon === to || c !== COLON || text.charCodeAt(colon - 1) === SPACE) return false;
  let end = to;
  while (end > colon + 1 && text.charCodeAt(end - 1) === SPACE) end--;
  let start = colon + 1;
  while (start < end && text.charCodeAt(start) === SPACE) start++;
  if (start === colon + 1 && start < end) return false;
  for (let i = start; i < end; i++) {
    c = text.charCodeAt(i);
    if (c === CR || c === LINE_SEPARATOR || c === PARAGRAPH_SEPARATOR) return false;
  }
  line.keyEnd = colon;
  line.keyHash = keyHash;
  line.tokenStart = start;
  line.tokenEnd = end;
  return true;
}
var keysByHash = /* @__PURE__ */ new Map();
var MAX_KEYS_KEPT = 1e4;
function keyAt(text, start, end, hash) {
  const known = keysByHash.get(hash);
  if (known !== void 0 && known.length === end - start && text.startsWith(known, start)) return known;
  const key = text.slice(start, end);
  if (keysByHash.size < MAX_KEYS_KEPT) keysByHash.set(hash, internalized(key));
  return key;
}
function internalized(s) {
  return Object.keys({ [s]: 0 })[0];
}
var SIMPLE_ITEM = /^( *)- (.*?) *$/;
var PLAIN = /^(?![-?:,[\]{}#&*!|>'"%@`\s])(?:[^:#\t]|:(?! |$)|(?<! )#)*(?<!:)$/;
function scalar(text, start, end) {
  const first = text.charCodeAt(start);
  if (end - start >= 2 && isQuote(first)) {
    if (text.charCodeAt(end - 1) !== first) return null;
    let value2 = "";
    let from = start + 1;
    for (let i = start + 1; i < end - 1; i++) {
      const c = text.charCodeAt(i);
      if (c === first) return null;
      if (first === QUOTE && c === BACKSLASH) {
        const escaped = text.charCodeAt(i + 1);
        if (escaped !== QUOTE && escaped !== BACKSLASH || i + 1 === end - 1) return null;
        value2 += text.slice(from, i);
        from = ++i;
      }
    }
    return value2 + text.slice(from, end - 1);
  }
  const value = text.slice(start, end);
  return plainAtSight(text, start, end) || PLAIN.test(value) ? value : null;
}
var isQuote = (c) => c === QUOTE || c === APOSTROPHE;
function plainAtSight(text, start, end) {
  const first = text.charCodeAt(start);
  if (!(first < ASCII_END && KEY_START[first] === 1)) return false;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === COLON || c === HASH || c === TAB) return false;
  }
  return true;
}
function simpleMapping(text, start, end) {
  const entries = [];
  const keyHashes = [];
  let list = null;
  const m = { keyEnd: 0, keyHash: 0, tokenStart: 0, tokenEnd: 0 };
  let lineStart = start;
  while (lineStart <= end) {
    let lineEnd2 = text.indexOf("\n", lineStart);
    if (lineEnd2 === -1 || lineEnd2 > end) lineEnd2 = end;
    const contentEnd2 = lineEnd2 > lineStart && text.charCodeAt(lineEnd2 - 1) === CR ? lineEnd2 - 1 : lineEnd2;
    const next = lineEnd2 + 1;
    const first = lineStart < contentEnd2 ? text.charCodeAt(lineStart) : -1;
    const line = first >= 0 && first < ASCII_END && KEY_START[first] === 1 ? null : text.slice(lineStart, contentEnd2);
    if (line !== null && line.trim() === "") {
      lineStart = next;
      continue;
    }
    const item = line !== null && (first === SPACE || first === DASH) ? SIMPLE_ITEM.exec(line) : null;
    if (item) {
      const indent = item[1].length;
      if (list === null || list.items.length > 0 && indent !== list.indent) return null;
      const tokenStart = lineStart + indent + 2;
      const value = scalar(text, tokenStart, tokenStart + item[2].length);
      if (value === null || value === "") return null;
      if (list.items.length === 0) {
        list.indent = indent;
        list.entry.valueStart = lineStart + indent;
      }
      list.items.push(value);
      list.entry.value = list.items;
      list.entry.valueEnd = Math.min(next, end);
      lineStart = next;
      continue;
    }
    if (!keyLine(text, lineStart, contentEnd2, m)) return null;
    const key = keyAt(text, lineStart, m.keyEnd, m.keyHash);
    for (let i = 0; i < keyHashes.length; i++) if (keyHashes[i] === m.keyHash && entries[i].key === key) return null;
    keyHashes.push(m.keyHash);
    if (m.tokenStart === m.tokenEnd) {
      const entry = { key, keyStart: lineStart, keyEnd: m.keyEnd, value: "", quoted: false, valueStart: contentEnd2, valueEnd: contentEnd2 };
      entries.push(entry);
      list = { entry, items: [], indent: 0 };
    } else {
      const value = scalar(text, m.tokenStart, m.tokenEnd);
      if (value === null) return null;
      const quoted2 = isQuote(text.charCodeAt(m.tokenStart));
      entries.push({ key, keyStart: lineStart, keyEnd: m.keyEnd, value, quoted: quoted2, valueStart: m.tokenStart, valueEnd: m.tokenEnd });
      list = null;
    }
    lineStart = next;
  }
  return { entries, problems: [] };
}
function readValue(node) {
  if (node === null) return null;
  const { isScalar, isSeq } = yaml();
  if (isScalar(node)) return node.value === null ? "" : String(node.value);
  if (isSeq(node)) return node.items.map((item) => isScalar(item) ? String(item.value ?? "") : "");
  return null;
}
function countAliases(node) {
  let count = 0;
  yaml().visit(node, { Alias: () => void count++ });
  return count;
}
var SPAN_OPEN = /<span\s/gi;
var UNIT_ATTRIBUTE = /data-(?:ttu|stu)-id/gi;
var SPAN_OPEN_LENGTH = "<span ".length;
function firstUnitTag(text) {
  let tagEnd = -1;
  let attribute = -1;
  SPAN_OPEN.lastIndex = 0;
  for (let open = SPAN_OPEN.exec(text); open !== null; open = SPAN_OPEN.exec(text)) {
    const at = open.index;
    if (tagEnd < at) {
      const gt = text.indexOf(">", at);
      tagEnd = gt === -1 ? text.length : gt;
    }
    if (attribute < at + SPAN_OPEN_LENGTH) {
      UNIT_ATTRIBUTE.lastIndex = at + SPAN_OPEN_LENGTH;
      attribute = UNIT_ATTRIBUTE.exec(text)?.index ?? text.length;
    }
    if (attribute < tagEnd) return at;
  }
  return -1;
}

// src/document/html-tags.ts
var parse5 = lazyDependency("parse5");
var RAW_TAG_LIMIT = 4096;
var OPEN_TAG = /<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>/y;
var CLOSE_TAG = /<\/[A-Za-z][A-Za-z0-9-]*\s*>/y;
var INLINE_HTML = /(?:<!---->|<!--->|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<![A-Za-z][^>]*>|<!\[CDATA\[[\s\S]*?\]\]>)/y;
var TAG_NAME = new Uint8Array(ASCII_END);
var ATTRIBUTE_NAME = new Uint8Array(ASCII_END);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") TAG_NAME[ch.charCodeAt(0)] = ATTRIBUTE_NAME[ch.charCodeAt(0)] = 1;
for (const ch of "0123456789-") TAG_NAME[ch.charCodeAt(0)] = 2;
for (const ch of "_:") ATTRIBUTE_NAME[ch.charCodeAt(0)] = 1;
for (const ch of "0123456789.-") ATTRIBUTE_NAME[ch.charCodeAt(0)] = 2;
function plainTagLength(text, at, limit) {
  let i = at + 1;
  const closing = text.charCodeAt(i) === SLASH;
  if (closing) i++;
  let c = text.charCodeAt(i);
  if (!(c < ASCII_END && TAG_NAME[c] === 1)) return 0;
  while ((c = text.charCodeAt(++i)) < ASCII_END && TAG_NAME[c] > 0) ;
  let end;
  if (closing) {
    if (text.charCodeAt(i) !== GREATER_THAN) return 0;
    end = i + 1;
  } else {
    if (text.charCodeAt(i) !== SPACE) return 0;
    const nameStart = ++i;
    c = text.charCodeAt(i);
    if (!(c < ASCII_END && ATTRIBUTE_NAME[c] === 1)) return 0;
    while ((c = text.charCodeAt(++i)) < ASCII_END && ATTRIBUTE_NAME[c] > 0) ;
    if (isUrlAttribute(text, nameStart, i)) return 0;
    if (text.charCodeAt(i) !== EQUALS || text.charCodeAt(i + 1) !== QUOTE) return 0;
    let close = i + 2;
    for (c = text.charCodeAt(close); c !== QUOTE; c = text.charCodeAt(++close)) if (c === EQUALS || close >= at + limit) return 0;
    if (text.charCodeAt(close + 1) !== GREATER_THAN) return 0;
    end = close + 2;
  }
  return end - at <= limit ? end - at : 0;
}
function isUrlAttribute(text, from, to) {
  const name = to - from === 4 ? "href" : to - from === 3 ? "src" : null;
  if (name === null) return false;
  for (let i = 0; i < name.length; i++) if ((text.charCodeAt(from + i) | CASE_BIT) !== name.charCodeAt(i)) return false;
  return true;
}
function matchLength(pattern, text) {
  pattern.lastIndex = 0;
  return pattern.test(text) ? pattern.lastIndex : 0;
}
function tagLengthAtStart(window) {
  return matchLength(OPEN_TAG, window) || matchLength(CLOSE_TAG, window);
}
function rawHtmlLengthAtStart(window) {
  return tagLengthAtStart(window) || matchLength(INLINE_HTML, window);
}
function rawTagLength(text, at, limit) {
  return tagLengthAtStart(text.slice(at, Math.min(at + limit, at + RAW_TAG_LIMIT)));
}
var Attributes = class {
  /** Names and values, alternating: most tags carry one attribute, and a Map per tag costs more than it saves. */
  constructor(pairs) {
    this.pairs = pairs;
  }
  pairs;
  get(name) {
    return valueIn(this.pairs, name);
  }
  *[Symbol.iterator]() {
    for (let i = 0; i < this.pairs.length; i += 2) yield [this.pairs[i], this.pairs[i + 1]];
  }
};
var NO_ATTRIBUTES = new Attributes([]);
var ODD_TAG_LIMIT = 16 * 1024;
var ODD_TAG_READ_PER_CHAR = 1;
var TagScanner = class {
  constructor(text, skipped) {
    this.text = text;
    this.skipped = skipped;
    this.oddTagBudget = ODD_TAG_READ_PER_CHAR * text.length + ODD_TAG_LIMIT;
  }
  text;
  skipped;
  name = "span";
  closing = false;
  start = -1;
  end = 0;
  /** `<!-- … -->` comments met so far, from `<!--` to just past their end. */
  comments = [];
  /**
   * Offsets of the `<` met so far that the inline scan must read (scanInline): all but those of plain
   * span and anchor tags, which it steps over unseen (a localized file has six per unit). Plain:
   * `</span>` or `</a>`, or one attribute, neither href nor src, with a value free of `=`, line
   * breaks and link syntax. Such a tag gives no link, and holds nothing the scan would stop at,
   * whether it steps over it (plainTagLength) or not.
   */
  linkStops = [];
  /**
   * Start and end, two to a tag, of the plain tags met so far (those not in linkStops): raw HTML as
   * CommonMark reads it too, which the inline scan keeps as ranges without reading them again.
   */
  plainTags = [];
  /** Whether the current tag is plain in that sense. */
  plainForLinks = false;
  /** The current tag's attributes, when not the one ` name="value"` that the offsets below mark. */
  attributes = NO_ATTRIBUTES;
  nameStart = 0;
  nameEnd = 0;
  valueEnd = 0;
  skip = 0;
  from = 0;
  /** What parse5 may still read; past it, odd tags are text. */
  oddTagBudget;
  /** The first odd tag read as text because the budget was spent; -1 while it lasts. */
  budgetSpentAt = -1;
  attribute(name) {
    if (this.nameStart === this.nameEnd) return this.attributes.get(name);
    const { text, nameStart, nameEnd } = this;
    return nameEnd - nameStart === name.length && text.startsWith(name, nameStart) ? text.slice(nameEnd + 2, this.valueEnd) : void 0;
  }
  /** The current tag's attributes in source order. */
  attributeList() {
    if (this.nameStart === this.nameEnd) return [...this.attributes];
    return [[this.text.slice(this.nameStart, this.nameEnd), this.text.slice(this.nameEnd + 2, this.valueEnd)]];
  }
  /** Moves to the next tag; false when there is none. */
  next() {
    const { text, skipped } = this;
    for (let start = text.indexOf("<", this.from); start !== -1; start = text.indexOf("<", this.from)) {
      let next = start + 1;
      this.from = next;
      const closing = text.charCodeAt(next) === SLASH;
      const nameStart = closing ? next + 1 : next;
      const nameLength = tagNameLength(text, nameStart);
      const comment = nameLength === 0 && !closing && text.startsWith("!--", next);
      if (nameLength === 0 && !comment) {
        this.linkStops.push(start);
        continue;
      }
      while (this.skip < skipped.length && skipped[this.skip][1] <= start) this.skip++;
      if (this.skip < skipped.length && skipped[this.skip][0] <= start) {
        this.from = skipped[this.skip][1];
        continue;
      }
      if (comment) {
        next = /^<!---?>/.test(text.slice(start, start + 6)) ? text.indexOf(">", start) + 1 : commentEnd(text, start + 4);
        this.comments.push([start, next]);
        this.stopsWithin(start, next);
        this.from = next;
        continue;
      }
      const nameEnd = nameStart + nameLength;
      this.from = nameEnd;
      this.nameStart = this.nameEnd = 0;
      this.attributes = NO_ATTRIBUTES;
      this.plainForLinks = false;
      let end = closing ? -1 : this.oneQuotedAttributeEnd(nameEnd);
      if (end === -1) {
        end = wellFormedEnd(text, nameEnd);
        if (end !== -1 && !closing) {
          const attributes = readAttributes(text, nameEnd, end - 1);
          if (attributes === null) end = -1;
          else this.attributes = attributes;
        }
      }
      if (end === -1) {
        if (this.oddTagBudget <= 0) {
          if (this.budgetSpentAt === -1) this.budgetSpentAt = start;
          this.linkStops.push(start);
          continue;
        }
        const odd = readWithParse5(text, start);
        this.oddTagBudget -= odd === null ? Math.min(ODD_TAG_LIMIT, text.length - start) : odd.end - start;
        if (odd === null) {
          this.linkStops.push(start);
          continue;
        }
        end = odd.end;
        this.attributes = odd.attrs;
        this.stopsWithin(start, end);
      } else if (closing ? end !== nameEnd + 1 : !this.plainForLinks) this.linkStops.push(start);
      else this.plainTags.push(start, end);
      this.name = nameLength === 4 ? "span" : "a";
      this.closing = closing;
      this.start = start;
      this.end = this.from = end;
      return true;
    }
    this.from = text.length;
    return false;
  }
  /** Every `<` in text[from, to) as a link stop. */
  stopsWithin(from, to) {
    for (let at = this.text.indexOf("<", from); at !== -1 && at < to; at = this.text.indexOf("<", at + 1)) this.linkStops.push(at);
  }
  /**
   * Marks ` name="value">` at `from`, the shape of nearly every opening tag of a localized file
   * (`<span data-ttu-id="581fd-102">`), and returns the tag's end; -1 for any other shape. The value
   * holds no `<` or `>` (where wellFormedEnd would end or refuse the tag) and no character reference
   * (readAttributes hands those to parse5), so the tag reads as readAttributes would read it.
   */
  oneQuotedAttributeEnd(from) {
    const { text } = this;
    if (text.charCodeAt(from) !== SPACE) return -1;
    const nameStart = from + 1;
    let i = nameStart;
    let c = text.charCodeAt(i);
    while (c >= LOWER_A && c <= LOWER_Z || c === DASH) c = text.charCodeAt(++i);
    if (i === nameStart || c !== EQUALS || text.charCodeAt(i + 1) !== QUOTE) return -1;
    let close = i + 2;
    let plain = !isUrlAttribute(text, nameStart, i);
    for (c = text.charCodeAt(close); c !== QUOTE; c = text.charCodeAt(++close)) {
      if (c === AMPERSAND || c === LESS_THAN || c === GREATER_THAN || close >= text.length) return -1;
      if (c < ASCII_END && LINK_SYNTAX[c] === 1) plain = false;
    }
    if (text.charCodeAt(close + 1) !== GREATER_THAN) return -1;
    this.plainForLinks = plain;
    this.nameStart = nameStart;
    this.nameEnd = i;
    this.valueEnd = close;
    return close + 2;
  }
};
function readTagAt(text, start, limit) {
  const length = rawTagLength(text, start, limit);
  if (length === 0) return null;
  const end = start + length;
  const closing = text.charCodeAt(start + 1) === SLASH;
  const nameStart = closing ? start + 2 : start + 1;
  let nameEnd = nameStart;
  while (nameEnd < end && isTagNameChar(text.charCodeAt(nameEnd))) nameEnd++;
  const name = text.slice(nameStart, nameEnd).toLowerCase();
  const attributes = closing ? NO_ATTRIBUTES : readAttributes(text, nameEnd, end - 1) ?? readWithParse5(text, start)?.attrs ?? NO_ATTRIBUTES;
  return { name, closing, start, end, attributes };
}
var isTagNameChar = (c) => c < ASCII_END && TAG_NAME[c] > 0;
var LINK_SYNTAX = new Uint8Array(ASCII_END);
for (const ch of INLINE_MARKS + "=\n\r") LINK_SYNTAX[ch.charCodeAt(0)] = 1;
function wellFormedEnd(text, from) {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === GREATER_THAN) return i + 1;
    if (c === LESS_THAN) return -1;
  }
  return -1;
}
function tagNameLength(text, at) {
  const first = text.charCodeAt(at) | CASE_BIT;
  const span = first === LOWER_S && (text.charCodeAt(at + 1) | CASE_BIT) === LOWER_P && (text.charCodeAt(at + 2) | CASE_BIT) === LOWER_A && (text.charCodeAt(at + 3) | CASE_BIT) === LOWER_N;
  const length = first === LOWER_A ? 1 : span ? 4 : 0;
  const after = text.charCodeAt(at + length);
  const ends = isSpace(after) || after === GREATER_THAN || after === SLASH;
  return length > 0 && ends ? length : 0;
}
function commentEnd(text, from) {
  const close = /--!?>/g;
  close.lastIndex = from;
  const m = close.exec(text);
  return m ? m.index + m[0].length : text.length;
}
var isNameChar = (c) => c >= LOWER_A && c <= LOWER_Z || c === DASH || !isSpace(c) && c !== QUOTE && c !== APOSTROPHE && c !== LESS_THAN && c !== GREATER_THAN && c !== SLASH && c !== EQUALS;
var isUnquotedChar = (c) => !isSpace(c) && c !== QUOTE && c !== APOSTROPHE && c !== LESS_THAN && c !== GREATER_THAN && c !== EQUALS && c !== BACKTICK;
function readAttributes(text, from, to) {
  let pairs = null;
  let i = from;
  for (; ; ) {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (i === to) return pairs === null ? NO_ATTRIBUTES : new Attributes(pairs);
    if (text.charCodeAt(i) === SLASH) {
      i++;
      continue;
    }
    const nameStart = i;
    let upper = false;
    for (let c = text.charCodeAt(i); i < to && isNameChar(c); c = text.charCodeAt(++i)) if (c >= UPPER_A && c <= UPPER_Z) upper = true;
    if (i === nameStart) return null;
    const name = upper ? text.slice(nameStart, i).toLowerCase() : text.slice(nameStart, i);
    let j = i;
    while (j < to && isSpace(text.charCodeAt(j))) j++;
    let value = "";
    if (text.charCodeAt(j) === EQUALS && j < to) {
      j++;
      while (j < to && isSpace(text.charCodeAt(j))) j++;
      const quote = text.charCodeAt(j);
      if (j < to && (quote === QUOTE || quote === APOSTROPHE)) {
        const close = text.indexOf(quote === QUOTE ? '"' : "'", j + 1);
        if (close === -1 || close >= to) return null;
        value = text.slice(j + 1, close);
        i = close + 1;
      } else {
        const valueStart = j;
        while (j < to && isUnquotedChar(text.charCodeAt(j))) j++;
        if (j === valueStart) return null;
        value = text.slice(valueStart, j);
        i = j;
      }
      if (value.includes("&")) return null;
    }
    if (pairs === null) pairs = [name, value];
    else if (valueIn(pairs, name) === void 0) pairs.push(name, value);
  }
}
function valueIn(pairs, name) {
  for (let i = 0; i < pairs.length; i += 2) if (pairs[i] === name) return pairs[i + 1];
  return void 0;
}
function readWithParse5(text, start) {
  let found = null;
  const take = (token) => {
    if (found === null && token.location?.startOffset === 0) {
      found = { end: start + token.location.endOffset, attrs: new Attributes(token.attrs.flatMap((a) => [a.name, a.value])) };
    }
    tokenizer.pause();
  };
  const ignore2 = () => {
  };
  const handler = {
    onStartTag: take,
    onEndTag: take,
    onComment: ignore2,
    onDoctype: ignore2,
    onEof: ignore2,
    onCharacter: ignore2,
    onNullCharacter: ignore2,
    onWhitespaceCharacter: ignore2
  };
  const tokenizer = new (parse5()).Tokenizer({ sourceCodeLocationInfo: true }, handler);
  tokenizer.write(text.slice(start, start + ODD_TAG_LIMIT), true);
  return found;
}

// src/document/links.ts
var ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
var HTML_URL_ATTR = /\s(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\xA0" };
function isImage(text, link) {
  if (link.kind === "image") return true;
  if (link.kind !== "html" || text.slice(link.start + 1, link.start + 4).toLowerCase() !== "img") return false;
  const after = text.charCodeAt(link.start + 4);
  return isSpace(after) || after === SLASH || after === GREATER_THAN;
}
function decodeDestination(raw) {
  return decodeEntities(raw.includes("\\") ? raw.replace(/\\([!-/:-@[-`{-~])/g, "$1") : raw);
}
function decodeEntities(raw) {
  if (!raw.includes("&")) return raw;
  return raw.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]+);/g, (whole, ref) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 1114111 ? String.fromCodePoint(code) : "\uFFFD";
    }
    return ENTITIES[ref] ?? whole;
  });
}
function normalizeLabel(label) {
  return label.trim().replace(/\s+/g, " ").toLowerCase().toUpperCase();
}
function spacedTargetEnd(text, at) {
  let end = at + 2;
  let lineEnds = 0;
  let spaced = false;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (c === OPEN_PAREN || c === CLOSE_PAREN || c === LF && ++lineEnds > 1) break;
    if (isSpace(c)) spaced = true;
  }
  return spaced && text.charCodeAt(end) === CLOSE_PAREN ? end + 1 : -1;
}
function collectHtmlUrls(tag, offset, links2) {
  HTML_URL_ATTR.lastIndex = 0;
  for (let m = HTML_URL_ATTR.exec(tag); m !== null; m = HTML_URL_ATTR.exec(tag)) {
    const value = m[2] ?? m[3] ?? m[4] ?? "";
    const valueStart = offset + m.index + m[0].length - value.length - (m[4] === void 0 ? 1 : 0);
    links2.push({
      kind: "html",
      start: offset,
      end: offset + tag.length,
      textStart: offset,
      textEnd: offset,
      destStart: valueStart,
      destEnd: valueStart + value.length,
      target: decodeEntities(value)
    });
  }
}
var MAX_DESTINATION_PARENS = 32;
function readLinkTail(text, close, limit) {
  let i = close + 1;
  if (text.charCodeAt(i) !== OPEN_PAREN) return null;
  i = skipSpace(text, i + 1, limit);
  if (i < 0) return null;
  let destStart = i;
  let destEnd = i;
  let raw = "";
  if (text.charCodeAt(i) === LESS_THAN) {
    let j = i + 1;
    for (; j < limit; j++) {
      const c = text.charCodeAt(j);
      if (c === BACKSLASH && j + 1 < limit && ASCII_PUNCTUATION.test(text[j + 1])) j++;
      else if (c === GREATER_THAN || c === LESS_THAN || c === LF || c === CR) break;
    }
    if (text.charCodeAt(j) !== GREATER_THAN) return null;
    destStart = i + 1;
    destEnd = j;
    raw = text.slice(destStart, destEnd);
    i = j + 1;
  } else {
    let depth = 0;
    let j = i;
    for (; j < limit; j++) {
      const c = text.charCodeAt(j);
      if (c === BACKSLASH && j + 1 < limit && ASCII_PUNCTUATION.test(text[j + 1])) j++;
      else if (c === OPEN_PAREN) {
        if (++depth > MAX_DESTINATION_PARENS) return null;
      } else if (c === CLOSE_PAREN) {
        if (depth === 0) break;
        depth--;
      } else if (c <= SPACE || c === DELETE) break;
    }
    if (depth !== 0) return null;
    destEnd = j;
    raw = text.slice(destStart, destEnd);
    i = j;
  }
  const afterDest = i;
  i = skipSpace(text, i, limit);
  if (i < 0) return null;
  const quote = text[i];
  if (i > afterDest && (quote === '"' || quote === "'" || quote === "(")) {
    const closer = quote === "(" ? ")" : quote;
    let j = i + 1;
    for (; j < limit; j++) {
      const c = text[j];
      if (c === "\\" && j + 1 < limit && ASCII_PUNCTUATION.test(text[j + 1])) j++;
      else if (c === closer) break;
      else if (quote === "(" && c === "(") return null;
    }
    if (j >= limit) return null;
    i = skipSpace(text, j + 1, limit);
    if (i < 0) return null;
  }
  if (text.charCodeAt(i) !== CLOSE_PAREN) return null;
  return { end: i + 1, destStart, destEnd, target: decodeDestination(raw) };
}
function skipSpace(text, i, limit) {
  let newlines = 0;
  for (; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR && text.charCodeAt(i + 1) !== LF) {
      if (++newlines > 1) return -1;
    } else if (c !== SPACE && c !== TAB && c !== CR) break;
  }
  return i < limit ? i : -1;
}
function readReference(text, textStart, close, definitions) {
  let label = text.slice(textStart, close);
  let end = close + 1;
  const full = /^\[((?:[^\\[\]]|\\.){0,999})\]/.exec(text.slice(close + 1, close + 1002));
  if (full) {
    if (full[1].trim() !== "") label = full[1];
    end = close + 1 + full[0].length;
  }
  const definition = definitions.get(normalizeLabel(label));
  if (definition === void 0) return null;
  return { end, destStart: definition.destStart, destEnd: definition.destEnd, target: definition.target, label: normalizeLabel(label) };
}

// src/document/tables.ts
function linePrefix(text, lineStart, lineEnd2) {
  let quotes = 0;
  let at = lineStart;
  for (; ; ) {
    let i = at;
    while (i < at + 3 && text.charCodeAt(i) === SPACE) i++;
    if (i >= lineEnd2 || text.charCodeAt(i) !== GREATER_THAN) break;
    quotes++;
    at = i + 1;
    if (isBlank(text.charCodeAt(at))) at++;
  }
  let indent = 0;
  for (let c = text.charCodeAt(at); at < lineEnd2 && isBlank(c); c = text.charCodeAt(++at)) indent = c === TAB ? indent + 4 - indent % 4 : indent + 1;
  return { quotes, indent, contentStart: at };
}
var isBlank = (c) => c === SPACE || c === TAB;
function contentEndOf(text, lineStart, lineEnd2) {
  let end = lineEnd2;
  while (end > lineStart && (text.charCodeAt(end - 1) === LF || text.charCodeAt(end - 1) === CR || isBlank(text.charCodeAt(end - 1)))) end--;
  return end;
}
function listMarkerEnd(text, at) {
  let i = at;
  const c = text.charCodeAt(i);
  if (c === DASH || c === ASTERISK || c === PLUS) return i + 1;
  while (i < at + 9 && isDigit(text.charCodeAt(i))) i++;
  if (i === at || text.charCodeAt(i) !== DOT && text.charCodeAt(i) !== CLOSE_PAREN) return -1;
  return i + 1;
}
function listMarkerAt(text, at, end) {
  let i = listMarkerEnd(text, at);
  if (i < 0) return 0;
  if (i === end) return i - at;
  if (!isBlank(text.charCodeAt(i))) return 0;
  const marker = i;
  while (i < end && i < marker + 4 && isBlank(text.charCodeAt(i))) i++;
  return (i < end && isBlank(text.charCodeAt(i)) ? marker + 1 : i) - at;
}
function delimiterCells(text, from, to) {
  let i = from;
  let marked = false;
  if (text.charCodeAt(i) === PIPE) {
    marked = true;
    i = skipBlanks(text, i + 1, to);
  }
  let cells = 0;
  while (i < to) {
    if (text.charCodeAt(i) === COLON) {
      marked = true;
      i++;
    }
    const dashes = i;
    while (i < to && text.charCodeAt(i) === DASH) i++;
    if (i === dashes) return -1;
    if (text.charCodeAt(i) === COLON) {
      marked = true;
      i++;
    }
    cells++;
    i = skipBlanks(text, i, to);
    if (i === to) break;
    if (text.charCodeAt(i) !== PIPE) return -1;
    marked = true;
    i = skipBlanks(text, i + 1, to);
  }
  return marked && cells > 0 ? cells : -1;
}
function skipBlanks(text, from, to) {
  let i = from;
  while (i < to && isBlank(text.charCodeAt(i))) i++;
  return i;
}
function headerCells(text, from, to) {
  let cells = 0;
  let marks = 0;
  let opens = text.charCodeAt(from) !== PIPE;
  if (opens) marks++;
  for (let i = from; i < to; ) {
    let c = text.charCodeAt(i);
    if (isBlank(c)) {
      i++;
      continue;
    }
    marks++;
    if (opens) {
      opens = false;
      cells++;
    }
    if (c === PIPE) {
      opens = true;
      i++;
      continue;
    }
    while (i < to && !isBlank(c) && c !== PIPE) {
      i++;
      if (c === BACKSLASH && i < to && (text.charCodeAt(i) === BACKSLASH || text.charCodeAt(i) === PIPE)) i++;
      c = text.charCodeAt(i);
    }
  }
  return marks > 1 ? cells : -1;
}
function isThematicBreak(text, from, to) {
  const mark = text.charCodeAt(from);
  if (mark !== DASH && mark !== ASTERISK && mark !== UNDERSCORE) return false;
  let marks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === mark) marks++;
    else if (!isBlank(c)) return false;
  }
  return marks >= 3;
}
function opensAtxHeading(text, from, to) {
  let i = from;
  while (i < to && i < from + 7 && text.charCodeAt(i) === HASH) i++;
  return i > from && i - from <= 6 && (i === to || isBlank(text.charCodeAt(i)));
}
function mayOpenDelimiterRow(text, at) {
  const c = text.charCodeAt(at);
  if (c === DASH) {
    const next = text.charCodeAt(at + 1);
    return next === DASH || next === PIPE || next === COLON;
  }
  return c === PIPE || c === COLON;
}
function tableAt(text, headerStart, lineStart, lineEnd2) {
  let at = lineStart;
  for (let c = text.charCodeAt(at); c === SPACE || c === TAB || c === GREATER_THAN; c = text.charCodeAt(++at)) ;
  if (!mayOpenDelimiterRow(text, at)) return null;
  const row = linePrefix(text, lineStart, lineEnd2);
  if (!mayOpenDelimiterRow(text, row.contentStart)) return null;
  const end = contentEndOf(text, lineStart, lineEnd2);
  const cells = delimiterCells(text, row.contentStart, end);
  if (cells < 0) return null;
  const header = linePrefix(text, headerStart, lineStart);
  if (header.quotes !== row.quotes) return null;
  const headerEnd = contentEndOf(text, headerStart, lineStart);
  const marker = listMarkerAt(text, header.contentStart, headerEnd);
  let column;
  if (marker > 0) {
    column = header.indent + marker;
    if (row.indent < column || row.indent - column > 3) return null;
  } else {
    if (row.indent > 3 && row.indent - header.indent > 3) return null;
    column = Math.min(header.indent, row.indent);
  }
  return headerCells(text, header.contentStart + marker, headerEnd) === cells ? { quotes: row.quotes, column } : null;
}
function isTableRow(text, lineStart, lineEnd2, table, opensHtmlBlock2) {
  const prefix = linePrefix(text, lineStart, lineEnd2);
  const { contentStart: contentStart2 } = prefix;
  const end = contentEndOf(text, lineStart, lineEnd2);
  if (contentStart2 >= end || prefix.quotes !== table.quotes) return false;
  if (prefix.indent < table.column || prefix.indent - table.column > 3) return false;
  if (listMarkerAt(text, contentStart2, end) > 0 || isThematicBreak(text, contentStart2, end) || opensAtxHeading(text, contentStart2, end)) return false;
  return text.charCodeAt(contentStart2) !== LESS_THAN || !opensHtmlBlock2(text.slice(contentStart2, end));
}
var CellEnds = class {
  constructor(text) {
    this.text = text;
  }
  text;
  next = -1;
  /** Pushes onto `offsets` the `|` of the row text[from, to) that end a cell: those after an even run of backslashes. */
  push(from, to, offsets) {
    const { text } = this;
    if (this.next < from) this.next = pipeFrom(text, from);
    for (; this.next < to; this.next = pipeFrom(text, this.next + 1)) {
      let slashes = 0;
      while (this.next - 1 - slashes >= from && text.charCodeAt(this.next - 1 - slashes) === BACKSLASH) slashes++;
      if (slashes % 2 === 0) offsets.push(this.next);
    }
  }
};
function pipeFrom(text, from) {
  const at = text.indexOf("|", from);
  return at === -1 ? text.length : at;
}

// src/document/block-zones.ts
var BLOCK_TAGS = new Set(
  "address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul".split(" ")
);
var LIST_OR_QUOTE = /^ {0,3}(?:[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|>)/;
var ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/;
var THEMATIC_OR_SETEXT = /^ {0,3}(?:(?:[-*_][ \t]*){3,}|=+[ \t]*)$/;
var DEFINITION = / {0,3}\[((?:[^\\[\]]|\\.){1,999})\]:[ \t]*(?:\r?\n[ \t]*)?(<(?:[^\n<>\\]|\\.)*>|[^\s<>]\S*)(?:(?:[ \t]+|[ \t]*\r?\n[ \t]*)("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?[ \t]*(?=\r?\n|$)/y;
function indentOf(line) {
  let i = 0;
  while (i < line.length && (line.charCodeAt(i) === SPACE || line.charCodeAt(i) === TAB)) i++;
  return i;
}
function scanBlockZones(text, lines, codeBlocks) {
  const breaks = [];
  const cellEnds = [];
  const opaque = [];
  const htmlBlocks = [];
  const definitions = [];
  const starts = lines.starts;
  let code = 0;
  let inParagraph = false;
  let html = null;
  let htmlStart = 0;
  let table = null;
  let pipes = null;
  for (let i = 0; i < starts.length; i++) {
    const lineStart = starts[i];
    const lineEnd2 = i + 1 < starts.length ? starts[i + 1] : text.length;
    while (code < codeBlocks.length && codeBlocks[code][1] <= lineStart) code++;
    if (code < codeBlocks.length && codeBlocks[code][0] <= lineStart) {
      inParagraph = false;
      table = null;
      continue;
    }
    if (table !== null) {
      breaks.push(lineStart);
      if (isTableRow(text, lineStart, lineEnd2, table, opensHtmlBlock)) {
        pipes.push(lineStart, lineEnd2, cellEnds);
        continue;
      }
      table = null;
      inParagraph = false;
    }
    if (html === null) {
      if (opensParagraphLine(text.charCodeAt(lineStart)) || opensWithInlineTag(text, lineStart, lineEnd2)) {
        inParagraph = true;
        continue;
      }
      if (isAtxHeadingLine(text, lineStart)) {
        breaks.push(lineStart, lineEnd2);
        inParagraph = false;
        continue;
      }
      const marker = listMarkerLength(text, lineStart);
      if (marker > 0 && opensWithInlineTag(text, lineStart + marker, lineEnd2)) {
        breaks.push(lineStart);
        inParagraph = true;
        continue;
      }
    }
    let contentEnd2 = lineEnd2;
    if (contentEnd2 > lineStart && text.charCodeAt(contentEnd2 - 1) === LF) contentEnd2--;
    if (contentEnd2 > lineStart && text.charCodeAt(contentEnd2 - 1) === CR) contentEnd2--;
    const line = text.slice(lineStart, contentEnd2);
    const blank = line.trim() === "";
    if (html) {
      if (!blank && html.indent > 0 && indentOf(line) < html.indent) {
        opaque.push([htmlStart, lineStart]);
        htmlBlocks.push([htmlStart, lineStart]);
        html = null;
        inParagraph = false;
        i--;
        continue;
      }
      const ends = html.end === "blank" ? blank : line.includes("-->");
      if (ends) {
        const end = html.end === "blank" ? lineStart : lineEnd2;
        opaque.push([htmlStart, end]);
        htmlBlocks.push([htmlStart, end]);
        html = null;
        breaks.push(end);
        inParagraph = false;
      }
      continue;
    }
    if (blank) {
      breaks.push(lineStart);
      inParagraph = false;
      continue;
    }
    table = inParagraph ? tableAt(text, starts[i - 1], lineStart, lineEnd2) : null;
    if (table !== null) {
      breaks.push(starts[i - 1], lineStart);
      pipes ??= new CellEnds(text);
      pipes.push(starts[i - 1], lineStart, cellEnds);
      inParagraph = false;
      continue;
    }
    const content = line.replace(/^(?: {0,3}>[ \t]?)+/, "");
    const item = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+/.exec(content);
    const htmlStartKind = htmlBlockStart(item ? content.slice(item[0].length) : content, inParagraph && !item);
    if (htmlStartKind !== null) {
      breaks.push(lineStart);
      htmlStart = lineStart;
      if (htmlStartKind === "comment" && line.indexOf("-->", line.indexOf("<!--") + 4) !== -1) {
        opaque.push([lineStart, lineEnd2]);
        htmlBlocks.push([lineStart, lineEnd2]);
        breaks.push(lineEnd2);
        inParagraph = false;
      } else html = { end: htmlStartKind, indent: item && content === line ? item[0].length : 0 };
      continue;
    }
    if (!inParagraph) {
      DEFINITION.lastIndex = lineStart;
      const d = DEFINITION.exec(text);
      if (d) {
        const dest = d[2];
        const destStart = d.index + d[0].indexOf(dest, d[0].indexOf("]:") + 2);
        const bracketed = dest.startsWith("<");
        definitions.push({
          label: normalizeLabel(d[1]),
          start: d.index,
          end: d.index + d[0].length,
          destStart: destStart + (bracketed ? 1 : 0),
          destEnd: destStart + dest.length - (bracketed ? 1 : 0),
          target: decodeDestination(bracketed ? dest.slice(1, -1) : dest)
        });
        opaque.push([d.index, d.index + d[0].length]);
        breaks.push(d.index + d[0].length);
        while (i + 1 < starts.length && starts[i + 1] <= d.index + d[0].length) i++;
        continue;
      }
    }
    if (ATX.test(content)) {
      breaks.push(lineStart, lineEnd2);
      inParagraph = false;
    } else if (LIST_OR_QUOTE.test(line) || THEMATIC_OR_SETEXT.test(line)) {
      breaks.push(lineStart);
      inParagraph = !THEMATIC_OR_SETEXT.test(line);
    } else inParagraph = true;
  }
  if (html) {
    opaque.push([htmlStart, text.length]);
    htmlBlocks.push([htmlStart, text.length]);
  }
  return { breaks, cellEnds, opaque, htmlBlocks, definitions };
}
function opensParagraphLine(c) {
  return c >= ASCII_END ? !isSpace(c) : c < ASCII_END && ORDINARY_ASCII[c] === 1;
}
var ORDINARY_ASCII = new Uint8Array(ASCII_END);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!\"$%&'(),./;?@\\]^`{}~") ORDINARY_ASCII[ch.charCodeAt(0)] = 1;
function opensWithInlineTag(text, at, lineEnd2) {
  const second = text.charCodeAt(at + 1);
  const inline = text.charCodeAt(at) === LESS_THAN && (second === LOWER_S ? text.startsWith("span ", at + 1) : second === LOWER_A && text.charCodeAt(at + 2) === SPACE);
  if (!inline) return false;
  const length = plainTagLength(text, at, lineEnd2 - at);
  return length > 0 && at + length < lineEnd2 && !isSpace(text.charCodeAt(at + length));
}
function isAtxHeadingLine(text, lineStart) {
  let i = lineStart;
  while (i < lineStart + 6 && text.charCodeAt(i) === HASH) i++;
  const after = text.charCodeAt(i);
  return i > lineStart && (after === SPACE || after === TAB || after === LF || after === CR || Number.isNaN(after));
}
function listMarkerLength(text, lineStart) {
  const markerEnd = listMarkerEnd(text, lineStart);
  if (markerEnd < 0) return 0;
  let i = markerEnd;
  while (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB) i++;
  return i > markerEnd ? i - lineStart : 0;
}
var opensHtmlBlock = (line) => htmlBlockStart(line, false) !== null;
function htmlBlockStart(line, inParagraph) {
  const m = /^ {0,3}<(\/?)([A-Za-z][A-Za-z0-9-]*|!--)/.exec(line);
  if (!m) return null;
  if (m[2] === "!--") return "comment";
  const after = line.slice(m[0].length);
  if (BLOCK_TAGS.has(m[2].toLowerCase()) && /^(?:[\s/>]|$)/.test(after)) return "blank";
  if (inParagraph || /^(?:script|pre|style|textarea)$/i.test(m[2])) return null;
  const rest = line.replace(/^ {0,3}/, "");
  const length = tagLengthAtStart(rest);
  return length > 0 && rest.slice(length).trim() === "" ? "blank" : null;
}

// src/document/code-spans.ts
var CodeSpanCloser = class {
  constructor(text) {
    this.text = text;
  }
  text;
  limit = -1;
  /** Every run in [origin, scanned) is in `runs`. */
  origin = 0;
  scanned = 0;
  runs = /* @__PURE__ */ new Map();
  /** Per length, the first kept run not before the last question's start (questions come in text order). */
  cursors = /* @__PURE__ */ new Map();
  /** Just past the run of `run` backticks in [from, limit) that closes a span opened before `from`, or -1. */
  closeOf(from, run, limit) {
    if (limit !== this.limit || from < this.origin) {
      this.limit = limit;
      this.origin = this.scanned = from;
      this.runs.clear();
      this.cursors.clear();
    }
    const kept = this.runs.get(run);
    if (kept !== void 0) {
      let k = this.cursors.get(run) ?? 0;
      while (k < kept.length && kept[k] < from) k++;
      this.cursors.set(run, k);
      if (k < kept.length) return kept[k] + run;
    }
    const { text } = this;
    for (let j = text.indexOf("`", Math.max(from, this.scanned)); j !== -1 && j < limit; j = text.indexOf("`", j)) {
      let length = 1;
      while (j + length < limit && text.charCodeAt(j + length) === BACKTICK) length++;
      const same = this.runs.get(length);
      if (same === void 0) this.runs.set(length, [j]);
      else same.push(j);
      this.scanned = j + length;
      if (length === run) return j + length;
      j += length;
    }
    this.scanned = limit;
    return -1;
  }
};
function codeSpans(text, start, end) {
  const range = text.slice(start, end);
  const spans = [];
  let at = range.indexOf("`");
  if (at === -1) return spans;
  const closer = new CodeSpanCloser(range);
  while (at !== -1) {
    let run = 1;
    while (range.charCodeAt(at + run) === BACKTICK) run++;
    const escaped = escapedAt(range, at, 0) ? 1 : 0;
    const close = run > escaped ? closer.closeOf(at + run, run - escaped, range.length) : -1;
    if (close !== -1) spans.push([start + at + escaped, start + close]);
    at = range.indexOf("`", close === -1 ? at + run : close);
  }
  return spans;
}
function escapedAt(text, at, start) {
  let slashes = 0;
  while (at - 1 - slashes >= start && text.charCodeAt(at - 1 - slashes) === BACKSLASH) slashes++;
  return slashes % 2 === 1;
}

// src/document/inline-scan.ts
var INLINE_KINDS = ["code-span", "link", "image", "autolink", "include", "raw-html"];
var CODE_SPAN = 0;
var LINK = 1;
var IMAGE = 2;
var AUTOLINK_KIND = 3;
var INCLUDE = 4;
var RAW_HTML = 5;
var InlineRanges = class {
  constructor(slots, rawHtml = noHtml) {
    this.slots = slots;
    this.rawHtml = rawHtml;
  }
  slots;
  rawHtml;
  html = null;
  all = null;
  /** All ranges, raw HTML merged in: in start order a link comes before the tags of its text. */
  merged() {
    if (this.all !== null) return this.all;
    const { slots } = this;
    const html = this.htmlRanges();
    if (html.length === 0) return this.all = slots;
    const all = [];
    let h = 0;
    for (let i = 0; i < slots.length; i += 3) {
      for (; h < html.length && html[h] < slots[i + 1]; h += 2) all.push(RAW_HTML, html[h], html[h + 1]);
      all.push(slots[i], slots[i + 1], slots[i + 2]);
    }
    for (; h < html.length; h += 2) all.push(RAW_HTML, html[h], html[h + 1]);
    return this.all = all;
  }
  htmlRanges() {
    return this.html ??= this.rawHtml();
  }
  get length() {
    return this.merged().length / 3;
  }
  kind(i) {
    return INLINE_KINDS[this.merged()[3 * i]];
  }
  start(i) {
    return this.merged()[3 * i + 1];
  }
  end(i) {
    return this.merged()[3 * i + 2];
  }
  /** The [start, end) of the ranges of one kind that lie within [from, to), in text order. */
  within(kind, from, to) {
    const wanted = INLINE_KINDS.indexOf(kind);
    const html = wanted === RAW_HTML;
    const slots = html ? this.htmlRanges() : this.slots;
    const width = html ? 2 : 3;
    const count = slots.length / width;
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (slots[width * mid + width - 2] < from) lo = mid + 1;
      else hi = mid;
    }
    const found = [];
    for (let i = lo; i < count && slots[width * i + width - 2] < to; i++) {
      if ((html || slots[width * i] === wanted) && slots[width * i + width - 1] <= to) found.push([slots[width * i + width - 2], slots[width * i + width - 1]]);
    }
    return found;
  }
};
var NO_HTML = [];
var noHtml = () => NO_HTML;
var NO_RANGES = new InlineRanges([]);
function rangeKind(kind) {
  switch (kind) {
    case "inline":
    case "reference":
      return LINK;
    case "image":
      return IMAGE;
    case "autolink":
      return AUTOLINK_KIND;
    case "include":
      return INCLUDE;
    default:
      return -1;
  }
}
function inlineRanges(codeSpans2, links2, rawHtml) {
  const slots = [];
  let c = 0;
  for (let k = 0; k < links2.length; k++) {
    const link = links2[k];
    const kind = rangeKind(link.kind);
    if (kind === -1) continue;
    for (; c < codeSpans2.length && codeSpans2[c] < link.start; c += 2) slots.push(CODE_SPAN, codeSpans2[c], codeSpans2[c + 1]);
    slots.push(kind, link.start, link.end);
  }
  for (; c < codeSpans2.length; c += 2) slots.push(CODE_SPAN, codeSpans2[c], codeSpans2[c + 1]);
  return new InlineRanges(slots, rawHtml);
}
function withPlainTags(text, visited, plain, codeSpans2, skips, links2) {
  if (plain.length === 0) return visited;
  const html = [];
  let v = 0;
  let s = 0;
  let skipEnd = -1;
  let c = 0;
  let l = 0;
  let linkEnd = -1;
  for (let p = 0; p < plain.length; p += 2) {
    const start = plain[p];
    while (s < skips.length && skips[s][0] <= start) skipEnd = Math.max(skipEnd, skips[s++][1]);
    if (skipEnd > start) continue;
    while (c < codeSpans2.length && codeSpans2[c + 1] <= start) c += 2;
    if (c < codeSpans2.length && codeSpans2[c] <= start) continue;
    if (escapedAt(text, start, c > 0 ? codeSpans2[c - 1] : 0)) continue;
    for (; l < links2.length && links2[l].start <= start; l++) {
      const link = links2[l];
      if (link.kind === "autolink") linkEnd = Math.max(linkEnd, link.end);
      else if (rangeKind(link.kind) !== -1 && link.destStart <= start) linkEnd = Math.max(linkEnd, link.destEnd);
    }
    if (linkEnd > start) continue;
    for (; v < visited.length && visited[v] < start; v += 2) html.push(visited[v], visited[v + 1]);
    if (html.length > 0 && html[html.length - 1] > start) continue;
    html.push(start, plain[p + 1]);
  }
  for (; v < visited.length; v += 2) html.push(visited[v], visited[v + 1]);
  return html;
}
var AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>\x00-\x1f]*)>/y;
var EMAIL_AUTOLINK = /<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;
var EMAIL_LOCAL = new Uint8Array(ASCII_END);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.!#$%&'*+/=?^_`{|}~-") EMAIL_LOCAL[ch.charCodeAt(0)] = 1;
function mayBeAutolink(text, at) {
  let i = at + 1;
  let c = text.charCodeAt(i);
  while (c < ASCII_END && EMAIL_LOCAL[c] === 1) c = text.charCodeAt(++i);
  return c === COLON || c === AT_SIGN;
}
function execAtStart(pattern, text) {
  pattern.lastIndex = 0;
  return pattern.exec(text);
}
var READ_AT = [...INLINE_MARKS];
function scanInline(text, lines, codeBlocks, lessThans, plainTags = []) {
  const block = scanBlockZones(text, lines, codeBlocks);
  const definitions = /* @__PURE__ */ new Map();
  for (const d of block.definitions) if (!definitions.has(d.label)) definitions.set(d.label, d);
  const links2 = [];
  const skips = inOffsetOrder([...codeBlocks, ...block.opaque], (range) => range[0]);
  const breaks = inOffsetOrder(block.breaks, (offset) => offset);
  let skip = 0;
  let nextBreak = 0;
  const openers = [];
  const n = text.length;
  const codeSpans2 = new CodeSpanCloser(text);
  const spans = [];
  const html = [];
  const blockEnd = () => nextBreak < breaks.length ? breaks[nextBreak] : n;
  const { cellEnds } = block;
  let nextCellEnd = 0;
  const codeEnd = (i) => {
    while (nextCellEnd < cellEnds.length && cellEnds[nextCellEnd] <= i) nextCellEnd++;
    return nextCellEnd < cellEnds.length ? Math.min(cellEnds[nextCellEnd], blockEnd()) : blockEnd();
  };
  const readAt = new Int32Array(READ_AT.length).fill(-1);
  let lessThan = 0;
  const nextSpecial = (from) => {
    while (lessThan < lessThans.length && lessThans[lessThan] < from) lessThan++;
    let next = lessThan < lessThans.length ? lessThans[lessThan] : n;
    for (let k = 0; k < READ_AT.length; k++) {
      if (readAt[k] < from) {
        const at = text.indexOf(READ_AT[k], from);
        readAt[k] = at === -1 ? n : at;
      }
      if (readAt[k] < next) next = readAt[k];
    }
    return next;
  };
  for (let i = nextSpecial(0); i < n; i = nextSpecial(i + 1)) {
    while (nextBreak < breaks.length && breaks[nextBreak] <= i) {
      nextBreak++;
      openers.length = 0;
    }
    while (skip < skips.length && skips[skip][1] <= i) skip++;
    if (skip < skips.length && skips[skip][0] <= i) {
      i = skips[skip][1] - 1;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) {
      if (i + 1 < n && ASCII_PUNCTUATION.test(text[i + 1])) i++;
    } else if (c === BACKTICK) {
      let run = 1;
      while (text.charCodeAt(i + run) === BACKTICK) run++;
      const close = codeSpans2.closeOf(i + run, run, codeEnd(i));
      if (close !== -1) spans.push(i, close);
      i = (close === -1 ? i + run : close) - 1;
    } else if (c === LESS_THAN) {
      const plain = plainTagLength(text, i, Math.min(n - i, RAW_TAG_LIMIT));
      if (plain > 0) {
        html.push(i, i + plain);
        i += plain - 1;
        continue;
      }
      const rest = text.slice(i, Math.min(n, i + RAW_TAG_LIMIT));
      const autolink = mayBeAutolink(text, i);
      const url = autolink ? execAtStart(AUTOLINK, rest) : null;
      const auto = url ?? (autolink ? execAtStart(EMAIL_AUTOLINK, rest) : null);
      if (auto) {
        const email = url === null;
        links2.push({
          kind: "autolink",
          start: i,
          end: i + auto[0].length,
          textStart: i + 1,
          textEnd: i + auto[0].length - 1,
          destStart: i + 1,
          destEnd: i + auto[0].length - 1,
          target: (email ? "mailto:" : "") + auto[1]
        });
        i += auto[0].length - 1;
        continue;
      }
      const length = rawHtmlLengthAtStart(rest);
      if (length > 0) {
        html.push(i, i + length);
        if (text.charCodeAt(i + 1) !== SLASH) collectHtmlUrls(rest.slice(0, length), i, links2);
        i += length - 1;
      }
    } else if (c === OPEN_BRACKET) {
      openers.push({ at: i, image: false, active: true });
    } else if (c === BANG && text.charCodeAt(i + 1) === OPEN_BRACKET) {
      openers.push({ at: i, image: true, active: true });
      i++;
    } else if (c === CLOSE_BRACKET) {
      const opener = openers.pop();
      if (opener === void 0 || !opener.active) continue;
      const textStart = opener.at + (opener.image ? 2 : 1);
      const link = readLinkTail(text, i, blockEnd()) ?? readReference(text, textStart, i, definitions);
      if (link === null) continue;
      const include = !opener.image && followsInclude(text, opener.at);
      links2.push({
        kind: opener.image ? "image" : include ? "include" : link.label !== void 0 ? "reference" : "inline",
        start: opener.at,
        end: link.end,
        textStart,
        textEnd: i,
        destStart: link.destStart,
        destEnd: link.destEnd,
        target: link.target,
        ...link.label !== void 0 ? { label: link.label } : {}
      });
      if (!opener.image) {
        for (const o of openers) if (!o.image) o.active = false;
      }
      i = link.end - 1;
    }
  }
  for (const [start, end] of block.htmlBlocks) {
    const chunk = text.slice(start, end);
    const tags = /<[A-Za-z][^<>]*>/g;
    for (let m = tags.exec(chunk); m !== null; m = tags.exec(chunk)) collectHtmlUrls(m[0], start + m.index, links2);
  }
  inOffsetOrder(links2, (link) => link.start);
  return {
    links: links2,
    definitions: block.definitions,
    looseLinks: findLooseLinks(text, links2, skips),
    inline: html.length === 0 && plainTags.length === 0 && spans.length === 0 && links2.length === 0 ? NO_RANGES : inlineRanges(spans, links2, () => withPlainTags(text, html, plainTags, spans, skips, links2))
  };
}
function findLooseLinks(text, links2, skips) {
  const loose = [];
  const skipped = (offset) => skips.some(([start, end]) => start <= offset && offset < end);
  let begun = 0;
  let furthestEnd = -1;
  for (let at = text.indexOf("]("); at !== -1; ) {
    while (begun < links2.length && links2[begun].start <= at) furthestEnd = Math.max(furthestEnd, links2[begun++].end);
    if (at < furthestEnd) {
      at = text.indexOf("](", at + 1);
      continue;
    }
    const end = spacedTargetEnd(text, at);
    if (end === -1) {
      at = text.indexOf("](", at + 1);
      continue;
    }
    const target = text.slice(at + 2, end - 1).trim();
    if (target !== "" && !skipped(at)) loose.push({ start: at, end, target });
    at = text.indexOf("](", end);
  }
  return loose;
}
function followsInclude(text, at) {
  const from = Math.max(0, at - 12);
  let end = at;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  return end - from >= 9 && text.charCodeAt(end - 9) === OPEN_BRACKET && text.charCodeAt(end - 8) === BANG && text.slice(end - 7, end).toLowerCase() === "include";
}

// src/document/markdown.ts
var FENCE = /^(?:[ \t]*>)*[ \t]*(`{3,}|~{3,})(.*)$/;
function atxHeading(line) {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === SPACE) i++;
  const hashes = i;
  while (line.charCodeAt(i) === HASH) i++;
  const level = i - hashes;
  if (level < 1 || level > 6) return null;
  if (i < line.length && !isBlank2(line.charCodeAt(i))) return null;
  while (isBlank2(line.charCodeAt(i))) i++;
  let end = line.length;
  while (end > i && isBlank2(line.charCodeAt(end - 1))) end--;
  let hashRun = end;
  while (hashRun > i && line.charCodeAt(hashRun - 1) === HASH) hashRun--;
  if (hashRun < end && hashRun > i && isBlank2(line.charCodeAt(hashRun - 1))) {
    end = hashRun;
    while (end > i && isBlank2(line.charCodeAt(end - 1))) end--;
  }
  const text = line.slice(i, end);
  return /[\r\n\u2028\u2029]/.test(line) ? null : { level, text };
}
var isBlank2 = (c) => c === SPACE || c === TAB;
function mayOpenBlock(text, lineStart) {
  let i = lineStart;
  let c = text.charCodeAt(i);
  while (c === SPACE || c === TAB || c === GREATER_THAN) c = text.charCodeAt(++i);
  return c === BACKTICK || c === TILDE || c === HASH;
}
function scanBlocks(text, lines) {
  const codeBlocks = [];
  const headings = [];
  let fence = null;
  const starts = lines.starts;
  for (let n = 0; n < starts.length; n++) {
    const lineStart = starts[n];
    if (!mayOpenBlock(text, lineStart)) continue;
    const lineEnd2 = n + 1 < starts.length ? starts[n + 1] : text.length;
    const line = text.slice(lineStart, lineEnd2).replace(/\r?\n$|\r$/, "");
    const f = FENCE.exec(line);
    if (fence) {
      if (f && f[1][0] === fence.char && f[1].length >= fence.length && f[2].trim() === "") {
        codeBlocks.push([fence.start, lineEnd2]);
        fence = null;
      }
      continue;
    }
    if (f) {
      if (f[1][0] === "`" && f[2].includes("`")) continue;
      fence = { char: f[1][0], length: f[1].length, start: lineStart };
      continue;
    }
    const h = atxHeading(line);
    if (h) headings.push({ level: h.level, start: lineStart + line.indexOf("#"), end: lineStart + line.length, text: h.text });
  }
  if (fence) codeBlocks.push([fence.start, text.length]);
  return { codeBlocks, headings };
}
function containersAt(text, offset, lineStart) {
  let prefix = text.slice(lineStart, offset);
  const containers = [];
  const quote = /^[ \t]*>[ \t]?/;
  if (quote.test(prefix)) {
    containers.push("blockquote");
    while (quote.test(prefix)) prefix = prefix.replace(quote, "");
  }
  if (/^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(prefix)) containers.push("list-item");
  if (/^ {0,3}#{1,6}[ \t]/.test(prefix)) containers.push("heading");
  else if (/^[ \t]*\|/.test(prefix) || /(?:^|[^\\])\|/.test(prefix)) containers.push("table-cell");
  else if (/<t[dh][\s>]/i.test(prefix)) containers.push("html-table-cell");
  if (/\[[^\]]*$/.test(prefix)) containers.push("link-text");
  if (containers.length === 0 || containers.at(-1) === "blockquote" || containers.at(-1) === "list-item") containers.push("paragraph");
  return containers;
}
function withoutTags(text) {
  const last = text.lastIndexOf(">");
  return last === -1 ? text : text.slice(0, last + 1).replace(/<[^>]*>/g, "") + text.slice(last + 1);
}
function linkTextsOnly(text) {
  let out = "";
  let from = 0;
  let close = -1;
  let paren = -1;
  for (let i = text.indexOf("["); i !== -1; i = text.indexOf("[", Math.max(i + 1, from))) {
    if (close < i) close = text.indexOf("]", i);
    if (close === -1) break;
    if (text[close + 1] !== "(") continue;
    if (paren < close + 2) paren = text.indexOf(")", close + 2);
    if (paren === -1) break;
    const start = i > from && text[i - 1] === "!" ? i - 1 : i;
    out += text.slice(from, start) + text.slice(i + 1, close);
    from = paren + 1;
  }
  return out + text.slice(from);
}
function headingSlug(text) {
  return linkTextsOnly(withoutTags(text)).toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").trim().replace(/\s/g, "-");
}
function visibleText(html) {
  return withoutTags(html).trim();
}
function hasVisibleText(text, start, end) {
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  if (i === end) return false;
  return text.charCodeAt(i) !== LESS_THAN || visibleText(text.slice(start, end)) !== "";
}

// src/document/segments.ts
var SpanPairing = class {
  constructor(text, makeSegment) {
    this.text = text;
    this.makeSegment = makeSegment;
  }
  text;
  makeSegment;
  segments = [];
  problems = [];
  /** Spans open now, innermost last, are the first `depth`; those past it are kept to be reused (three per unit). */
  stack = [];
  depth = 0;
  lastClosedTtu = null;
  /** The last plain span closed, and the last `</span>` that closed nothing: the two ways text breaks a unit's pairing. */
  lastPlainClosed = null;
  lastStray = null;
  /** A unit closed early by a `</span>` in its text, until its source unit shows whether it has one too. */
  closedEarly = null;
  /** The unit whose `</span>` an unclosed plain span took, and the problem reported for it. */
  tookClose = null;
  take(tag) {
    const { stack, problems } = this;
    if (!tag.closing) {
      const ttu = tag.attribute("data-ttu-id");
      if (ttu !== void 0 && this.depth > 0 && this.sourceTookLookupClose(stack[this.depth - 1])) this.depth--;
      const stu = ttu === void 0 ? tag.attribute("data-stu-id") : void 0;
      let lookupOf = null;
      let kind = ttu !== void 0 ? "ttu" : stu !== void 0 ? "stu" : "other";
      if (kind === "other" && isLookupClass(tag.attribute("class"))) {
        const last = this.lastClosedTtu;
        kind = "lookup";
        lookupOf = last !== null && onlySpaceBetween(this.text, last.ttu.end, tag.start) ? last : null;
        if (lookupOf === null) lookupOf = this.recoverUnit(tag);
      }
      const open2 = stack[this.depth] ??= { kind, start: 0, end: 0, id: void 0, stu: null, ttu: null };
      open2.kind = kind;
      open2.start = tag.start;
      open2.end = tag.end;
      open2.id = ttu ?? stu;
      open2.stu = null;
      open2.ttu = lookupOf;
      this.depth++;
      return;
    }
    if (this.depth === 0) {
      const early = this.closedEarly;
      const stu = early?.unit.stu ?? null;
      const lookupClose = early?.lookupClose ?? null;
      if (stu !== null && lookupClose !== null && onlyTextBetween(this.text, stu.end, lookupClose.start) && onlySpaceBetween(this.text, lookupClose.end, tag.start)) {
        stu.contentEnd = lookupClose.start;
        stu.end = lookupClose.end;
        early.stray.alsoInSource = true;
        this.closedEarly = null;
        return;
      }
      problems.push(this.lastStray = { kind: "stray-close", start: tag.start, end: tag.end });
      return;
    }
    const open = stack[--this.depth];
    if (open.kind === "other") this.lastPlainClosed = { tagStart: open.start, contentStart: open.end, contentEnd: tag.start, end: tag.end };
    if (open.kind === "ttu") {
      const segment = this.makeSegment(open.id, { tagStart: open.start, contentStart: open.end, contentEnd: tag.start, end: tag.end });
      this.segments.push(segment);
      this.lastClosedTtu = segment;
    } else if (open.kind === "stu") {
      const lookup2 = this.depth > 0 ? stack[this.depth - 1] : null;
      if (lookup2?.kind === "lookup" && lookup2.stu === null) {
        const unit = lookup2.ttu;
        const id = unit !== null && unit.id === open.id ? unit.id : open.id;
        lookup2.stu = { tagStart: open.start, contentStart: open.end, contentEnd: tag.start, end: tag.end, id };
      } else problems.push({ kind: "stu-without-ttu", start: open.start, end: open.end, id: open.id });
    } else if (open.kind === "lookup") {
      closeLookup(open, problems);
      const early = this.closedEarly;
      if (early !== null && open.ttu === early.unit) early.lookupClose = { start: tag.start, end: tag.end };
      if (open.ttu === this.lastClosedTtu) this.lastClosedTtu = null;
    }
  }
  /**
   * The translated unit a lookup with none right before it belongs to, when text broke the pairing in
   * one of two ways, or null. A plain `<span>` left open in the unit (`Company.<span>com`) took the
   * unit's `</span>`, so the unit is still open at its lookup: it ends at the `</span>` the span took,
   * and the span is reported as the one never closed. A `</span>` in the unit's text closed it early, so the real end came as a
   * `</span>` that closed nothing: the unit ends there, and the early one is reported instead.
   */
  recoverUnit(lookup2) {
    const { stack, problems } = this;
    const top = this.depth > 0 ? stack[this.depth - 1] : null;
    if (top !== null && top.kind === "ttu") {
      const plain = this.lastPlainClosed;
      const taker = plain !== null && plain.tagStart > top.end ? plain : null;
      this.depth--;
      const unit = this.makeSegment(top.id, { tagStart: top.start, contentStart: top.end, contentEnd: taker?.contentEnd ?? lookup2.start, end: taker?.end ?? lookup2.start });
      this.segments.push(unit);
      if (taker !== null) {
        const problem = { kind: "unclosed", start: taker.tagStart, end: taker.contentStart, unit: unit.id };
        problems.push(problem);
        this.tookClose = { unit, problem };
      } else problems.push({ kind: "unclosed", start: top.start, end: top.end, id: top.id });
      return unit;
    }
    const last = this.lastClosedTtu;
    const stray = this.lastStray;
    if (last === null || stray === null || stray.start < last.ttu.end) return null;
    if (!onlyTextBetween(this.text, last.ttu.end, stray.start) || !onlyTextBetween(this.text, stray.end, lookup2.start)) return null;
    const early = { start: last.ttu.contentEnd, end: last.ttu.end };
    last.ttu.contentEnd = stray.start;
    last.ttu.end = stray.end;
    stray.start = early.start;
    stray.end = early.end;
    stray.unit = last.id;
    this.closedEarly = { unit: last, stray, lookupClose: null };
    this.lastStray = null;
    return last;
  }
  /**
   * Whether an open lookup is one whose `</span>` the source unit's copy of an unclosed plain span
   * took (the source unit closed on the lookup's `</span>`): then it is closed here, and the span it
   * holds is the one already reported in the translated unit.
   */
  sourceTookLookupClose(open) {
    const took = this.tookClose;
    const plain = this.lastPlainClosed;
    if (open.kind !== "lookup" || open.stu === null || took === null || open.ttu !== took.unit || plain === null) return false;
    if (plain.tagStart < open.stu.contentStart || plain.end > open.stu.contentEnd) return false;
    open.stu.contentEnd = plain.contentEnd;
    open.stu.end = plain.end;
    closeLookup(open, this.problems);
    took.problem.alsoInSource = true;
    this.tookClose = null;
    return true;
  }
  finish() {
    const { stack, problems, segments } = this;
    if (this.depth > 0 && this.sourceTookLookupClose(stack[this.depth - 1])) this.depth--;
    for (let i = 0; i < this.depth; i++) {
      const open = stack[i];
      problems.push({ kind: "unclosed", start: open.start, end: open.end, id: open.id });
      if (open.kind === "lookup") closeLookup(open, problems);
    }
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i];
      if (segment.stu === null) {
        problems.push({ kind: "ttu-without-stu", start: segment.ttu.tagStart, end: segment.ttu.contentStart, id: segment.id });
      }
    }
    inOffsetOrder(problems, (p) => p.start);
    return { segments, problems };
  }
};
function isLookupClass(value) {
  return value === "sxs-lookup" || value !== void 0 && /(?:^|\s)sxs-lookup(?:\s|$)/.test(value);
}
function onlySpaceBetween(text, from, to) {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}
function onlyTextBetween(text, from, to) {
  const lt = text.indexOf("<", from);
  return lt === -1 || lt >= to;
}
function closeLookup(open, problems) {
  if (open.stu === null) return;
  if (open.ttu === null) {
    problems.push({ kind: "stu-without-ttu", start: open.stu.tagStart, end: open.stu.contentStart, id: open.stu.id });
    return;
  }
  open.ttu.stu = open.stu;
  if (open.stu.id !== open.ttu.id) {
    problems.push({ kind: "id-mismatch", start: open.stu.tagStart, end: open.stu.contentStart, id: open.ttu.id, otherId: open.stu.id });
  }
}

// src/layout/locale.ts
import { basename } from "node:path";
var TWO_LETTER_LANGUAGES = new Set(
  "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik in io is it iu iw ja ji jv jw ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mo mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg sh si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu".split(" ")
);
var TWO_LETTER_REGIONS = new Set(
  "AC AD AE AF AG AI AL AM AN AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BU BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CP CQ CR CS CU CV CW CX CY CZ DD DE DG DJ DK DM DO DY DZ EA EC EE EG EH ER ES ET EU EZ FI FJ FK FM FO FR FX GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU HV IC ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NH NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA QO RE RH RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SU SV SX SY SZ TA TC TD TF TG TH TJ TK TL TM TN TO TP TR TT TV TW TZ UA UG UK UM UN US UY UZ VA VC VD VE VG VI VN VU WF WS XA XB XK YD YE YT YU ZA ZM ZR ZW ZZ".split(" ")
);
var displayNames = null;
function namedByIcu(language, region) {
  if (TWO_LETTER_LANGUAGES.has(language) && TWO_LETTER_REGIONS.has(region)) return true;
  displayNames ??= {
    language: new Intl.DisplayNames(["en"], { type: "language", fallback: "none" }),
    region: new Intl.DisplayNames(["en"], { type: "region", fallback: "none" })
  };
  return displayNames.language.of(language) !== void 0 && displayNames.region.of(region) !== void 0;
}
var SHAPE = /^([a-z]{2,3})(?:-([A-Za-z]{4}))?-([A-Za-z]{2}|\d{3})$/i;
var cache = /* @__PURE__ */ new Map();
function asLocale(segment) {
  if (!mayBeLocale(segment, 0, segment.length)) return null;
  let known = cache.get(segment);
  if (known !== void 0) return known;
  known = null;
  const m = SHAPE.exec(segment);
  if (m) {
    const language = m[1].toLowerCase();
    const script = m[2] ? m[2][0].toUpperCase() + m[2].slice(1).toLowerCase() : void 0;
    const region = m[3].toUpperCase();
    if (namedByIcu(language, region)) {
      known = [language, script, region].filter(Boolean).join("-");
    }
  }
  cache.set(segment, known);
  return known;
}
function mayBeLocale(text, start, end) {
  const length = end - start;
  return length >= 5 && length <= 12 && (text.charCodeAt(start + 2) === DASH || text.charCodeAt(start + 3) === DASH);
}
var byFolder = /* @__PURE__ */ new Map();
function localeOfPath(path) {
  const folder = path.slice(0, Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
  let found = byFolder.get(folder);
  if (found === void 0) {
    found = null;
    const segments = folder.split(/[\\/]/);
    for (let i = segments.length - 2; i >= 0; i--) {
      const locale = asLocale(segments[i]);
      if (locale !== null) {
        found = { locale, segmentIndex: i };
        break;
      }
    }
    byFolder.set(folder, found);
  }
  return found;
}
var SUFFIX = /^(.*)\.([A-Za-z]{2,3}(?:-[A-Za-z]{4})?-(?:[A-Za-z]{2}|\d{3}))\.md$/i;
function suffixLocale(fileName) {
  const m = SUFFIX.exec(fileName);
  const locale = m ? asLocale(m[2]) : null;
  return m && locale !== null ? { stem: m[1], locale } : null;
}
function localeFromPath(path) {
  return localeOfPath(path)?.locale ?? suffixLocale(basename(path))?.locale ?? null;
}

// src/document/targets.ts
function decode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
function withoutLocales(path) {
  let could = false;
  for (let start = 0, end = 0; !could && start <= path.length; start = end + 1) {
    end = path.indexOf("/", start);
    if (end === -1) end = path.length;
    could = mayBeLocale(path, start, end);
  }
  if (!could) return path;
  return path.split("/").filter((segment) => asLocale(segment) === null).join("/");
}
var NO_PATTERNS = [];
var parsed = /* @__PURE__ */ new WeakMap();
function parseTarget(raw, urlLocalePatterns = NO_PATTERNS) {
  let cache2 = parsed.get(urlLocalePatterns);
  if (cache2 === void 0) parsed.set(urlLocalePatterns, cache2 = /* @__PURE__ */ new Map());
  let result = cache2.get(raw);
  if (result === void 0) {
    if (cache2.size > 1e5) cache2.clear();
    const own = detached(raw);
    cache2.set(own, result = parseTargetUncached(own, urlLocalePatterns));
  }
  return result;
}
function parseTargetUncached(raw, urlLocalePatterns) {
  const target = raw.trim();
  if (target === "") return { kind: "empty", base: "", fragment: null, key: "" };
  const hash = target.indexOf("#");
  const rawBase = hash === -1 ? target : target.slice(0, hash);
  const fragment = hash === -1 ? null : decode(target.slice(hash + 1)).toLowerCase();
  let kind;
  let base;
  const url = /^([A-Za-z][A-Za-z0-9+.-]*):(\/\/([^/?#]*))?(.*)$/.exec(rawBase);
  if (url && url[2] !== void 0) {
    kind = "external";
    const rest = urlLocalePatterns.reduce((s, pattern) => pattern.removeAll(s), decode(url[4]));
    base = `${url[1].toLowerCase()}://${url[3].toLowerCase()}${withoutLocales(rest).toLowerCase()}`;
  } else if (url && url[1].length > 1) {
    kind = "other-scheme";
    base = `${url[1].toLowerCase()}:${decode(url[4])}`;
  } else if (rawBase === "") {
    kind = "fragment";
    base = "";
  } else {
    kind = rawBase.startsWith("/") ? "site-absolute" : "relative";
    base = withoutLocales(decode(rawBase));
  }
  return { kind, base, fragment, key: fragment === null ? base : `${base}#${fragment}` };
}
function relativeFilePath(target) {
  return target.base.replace(/\?.*$/, "");
}

// src/document/document.ts
function derived(doc, derive) {
  const values = doc.derivedValues ??= /* @__PURE__ */ new Map();
  let value = values.get(derive);
  if (value === void 0) values.set(derive, value = derive(doc));
  return value;
}
var Located = class {
  constructor(id, ttu, text, lines) {
    this.id = id;
    this.ttu = ttu;
    this.text = text;
    this.lines = lines;
    this.idParts = segmentIdParts(id);
  }
  id;
  ttu;
  text;
  lines;
  stu = null;
  idParts;
  cachedContainers = null;
  /** Computed when asked for: no rule reads containers yet. */
  get containers() {
    if (this.cachedContainers === null) {
      const lineStart = this.lines.lineStart(this.lines.position(this.ttu.tagStart).line);
      this.cachedContainers = containersAt(this.text, this.ttu.tagStart, lineStart);
    }
    return this.cachedContainers;
  }
};
var NO_HASH = () => null;
function parseDocument(path, text, options = {}) {
  const lines = new LineIndex(text);
  const frontMatter = parseFrontMatter(text);
  const { codeBlocks, headings } = scanBlocks(text, lines);
  const skipped = frontMatter?.closed ? [[0, frontMatter.end], ...codeBlocks] : codeBlocks;
  const tags = new TagScanner(text, skipped);
  const pairing = new SpanPairing(text, (id, ttu) => new Located(id, ttu, text, lines));
  const anchors = [];
  while (tags.next()) {
    if (tags.name === "span") pairing.take(tags);
    else if (!tags.closing) {
      const name = tags.attribute("name") ?? tags.attribute("id");
      if (name !== void 0) anchors.push({ name, start: tags.start, end: tags.end });
    }
  }
  const limits = [];
  if (tags.budgetSpentAt !== -1) {
    limits.push({ start: tags.budgetSpentAt, message: "Too many irregular HTML tags to read each as a browser does: from here on, tags without a plain closing `>` are read as text" });
  }
  const { segments, problems } = pairing.finish();
  const { links: links2, definitions, looseLinks, inline } = scanInline(text, lines, skipped, tags.linkStops, tags.plainTags);
  inOffsetOrder(segments, (s) => s.ttu.tagStart);
  return {
    path,
    text,
    lines,
    pathLocale: localeFromPath(path),
    contentHash: options.contentHash ?? NO_HASH,
    frontMatter,
    segments,
    spanProblems: problems,
    anchors: outsideSourceUnits(anchors, segments),
    headings,
    codeBlocks,
    comments: tags.comments,
    links: links2,
    definitions,
    looseLinks,
    inline,
    urlLocalePatterns: options.urlLocalePatterns ?? NO_PATTERNS,
    limits,
    derivedValues: null
  };
}
function outsideSourceUnits(anchors, segments) {
  const sources = [];
  for (let i = 0; i < segments.length; i++) if (segments[i].stu !== null) sources.push(segments[i].stu);
  if (sources.length === 0 || anchors.length === 0) return anchors;
  inOffsetOrder(sources, (s) => s.contentStart);
  const own = [];
  let next = 0;
  let furthest = -1;
  for (let i = 0; i < anchors.length; i++) {
    const anchor = anchors[i];
    while (next < sources.length && sources[next].contentStart <= anchor.start) furthest = Math.max(furthest, sources[next++].contentEnd);
    if (furthest <= anchor.start) own.push(anchor);
  }
  return own;
}
function segmentIdParts(id) {
  if (id.length < 9 || id.charCodeAt(5) !== DASH) return null;
  for (let i = 0; i < 5; i++) {
    const c = id.charCodeAt(i);
    if (!(isDigit(c) || c >= LOWER_A && c <= LOWER_F)) return null;
  }
  const merged = id.charCodeAt(6) === LOWER_P;
  const digitsFrom = merged ? 7 : 6;
  if (id.length - digitsFrom < 3 || id.length - digitsFrom > 4) return null;
  let number = 0;
  for (let i = digitsFrom; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (!isDigit(c)) return null;
    number = number * 10 + c - DIGIT_0;
  }
  return { prefix: id.slice(0, 5), merged, number };
}
function localeOf(doc) {
  const declared = doc.frontMatter?.get("ms.contentlocale")?.value;
  return doc.pathLocale ?? (typeof declared === "string" && declared !== "" ? declared : null);
}
function isSourceDocument(doc, source) {
  const locale = localeOf(doc);
  if (locale !== null) return source.is(locale);
  return !doc.frontMatter?.get("ms.contentlocale") && doc.segments.length === 0;
}
function zoneAt(doc, offset) {
  const segments = doc.segments;
  const lo = unitsStartingBy(segments, offset);
  const reach = derived(doc, unitReach);
  for (let i = lo - 1; i >= 0 && reach[i] > offset; i--) {
    const segment = segments[i];
    if (segment.ttu.contentStart <= offset && offset < segment.ttu.contentEnd) return { kind: "translation", segment };
    if (segment.stu && segment.stu.contentStart <= offset && offset < segment.stu.contentEnd) return { kind: "source", segment };
  }
  return OUTSIDE;
}
var OUTSIDE = { kind: "outside" };
function unitsStartingBy(segments, offset) {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (segments[mid].ttu.tagStart <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function unitReach(doc) {
  const reach = new Int32Array(doc.segments.length);
  let furthest = -1;
  for (let i = 0; i < doc.segments.length; i++) {
    const { ttu, stu } = doc.segments[i];
    furthest = Math.max(furthest, ttu.contentEnd, stu === null ? -1 : stu.contentEnd);
    reach[i] = furthest;
  }
  return reach;
}

// src/rules-support/counterparts.ts
function openlocfilehash(doc) {
  const value = doc.frontMatter?.get("ms.openlocfilehash")?.value;
  return typeof value === "string" && value !== "" ? value : null;
}
function comparableCounterparts(doc, ctx) {
  const hash = openlocfilehash(doc);
  const result = [];
  const siblings = ctx.siblings();
  for (let i = 0; i < siblings.length; i++) {
    const sibling = siblings[i];
    const other = openlocfilehash(sibling);
    if (hash === null || other === null || other === hash) result.push({ doc: sibling, label: localeOf(sibling) ?? sibling.path, isSource: false });
  }
  const source = ctx.source();
  if (source && hash !== null && (source.contentHash() === hash || source.contentHash(true) === hash)) {
    result.push({ doc: source, label: `${localeOf(source) ?? ctx.sourceLocale} (source)`, isSource: true });
  }
  return result;
}
function keysOf(maps) {
  const seen = /* @__PURE__ */ new Set();
  const keys = [];
  const add = (_, key) => {
    if (seen.has(key)) return;
    seen.add(key);
    keys.push(key);
  };
  for (let i = 0; i < maps.length; i++) maps[i].forEach(add);
  return keys;
}
function sameEntries(a, b, alike = () => true) {
  if (a.size !== b.size) return false;
  let same = true;
  a.forEach((value, key) => {
    if (same && (!b.has(key) || !alike(value, b.get(key)))) same = false;
  });
  return same;
}
function majority(values) {
  for (let i = 0; i < values.length; i++) {
    let count = 0;
    for (let j = 0; j < values.length; j++) if (values[j] === values[i]) count++;
    if (count * 2 > values.length) return values[i];
  }
  return null;
}
function placeOfCounterpartOffset(doc, other, offset) {
  const segment = other.segments.find((s) => s.ttu.tagStart <= offset && offset < (s.stu?.end ?? s.ttu.end)) ?? other.segments.find((s) => s.ttu.tagStart >= offset);
  const parts = segment?.idParts ?? null;
  if (parts) {
    const here = doc.segments.find((s) => {
      const p = s.idParts;
      return p !== null && p.number === parts.number && p.merged === parts.merged;
    });
    if (here) return { start: here.ttu.tagStart, end: here.ttu.contentStart };
  }
  const bodyStart = doc.frontMatter?.closed ? doc.frontMatter.end : 0;
  return { start: bodyStart, end: bodyStart };
}
function reporterOf(doc, ctx, has) {
  if (!ctx.localized) return "here";
  if (copiedFromSource(ctx, has)) return "elsewhere";
  const siblings = ctx.siblings();
  if (siblings.length === 0 || !siblings.every(has)) return "here";
  return siblings.some((s) => s.path < doc.path) ? "elsewhere" : "article";
}
function copiedFromSource(ctx, has) {
  if (!ctx.localized) return false;
  const source = ctx.source();
  return source !== null && has(source);
}

// src/rules/alert-marker.ts
var ALERT_TYPES = /* @__PURE__ */ new Set(["NOTE", "TIP", "IMPORTANT", "CAUTION", "WARNING"]);
var TYPE_LIST = "NOTE, TIP, IMPORTANT, CAUTION, WARNING";
var MARKER_OPEN = "[!";
var MAX_MARKER = 40;
function bracketToken(text, at, limit) {
  if (text.charCodeAt(at) !== OPEN_BRACKET) return null;
  const stop = Math.min(limit, at + MAX_MARKER);
  for (let i = at + 1; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN_BRACKET) return null;
    if (c === CLOSE_BRACKET) return text.charCodeAt(i + 1) === OPEN_PAREN ? null : { start: at, end: i + 1, text: text.slice(at, i + 1) };
  }
  return null;
}
function markerWord(token) {
  const t = token.text;
  if (t.charCodeAt(1) !== BANG) return null;
  const word = t.slice(2, -1).trimStart();
  return new RegExp("^\\p{L}+$", "u").test(word) ? word : null;
}
var isAlertType = (word) => ALERT_TYPES.has(word.toUpperCase());
function onQuoteLine(text, offset) {
  let quoted2 = false;
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return quoted2;
    if (c === GREATER_THAN) quoted2 = true;
    else if (c !== SPACE && c !== TAB) return false;
  }
  return quoted2;
}
function firstNonSpace(text, from, to) {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i;
}
function nonTypeMarkers(doc) {
  const { text } = doc;
  const found = [];
  const take = (at, limit) => {
    const token = bracketToken(text, at, limit);
    const word = token && markerWord(token);
    if (token && word !== null && !isAlertType(word)) found.push(token);
  };
  const starts = doc.lines.starts;
  let block = 0;
  for (let n = 0; n < starts.length; n++) {
    const lineStart = starts[n];
    while (block < doc.codeBlocks.length && doc.codeBlocks[block][1] <= lineStart) block++;
    if (block < doc.codeBlocks.length && doc.codeBlocks[block][0] <= lineStart) continue;
    let i = lineStart;
    let quoted2 = false;
    for (let c = text.charCodeAt(i); c === SPACE || c === TAB || c === GREATER_THAN; c = text.charCodeAt(++i)) if (c === GREATER_THAN) quoted2 = true;
    if (quoted2) take(i, starts[n + 1] ?? text.length);
  }
  const { segments } = doc;
  for (let index = 0; index < segments.length; index++) {
    const { ttu, stu } = segments[index];
    if (stu !== null && text.charCodeAt(firstNonSpace(text, stu.contentStart, stu.contentEnd)) === OPEN_BRACKET && onQuoteLine(text, ttu.tagStart)) {
      take(firstNonSpace(text, stu.contentStart, stu.contentEnd), stu.contentEnd);
    }
  }
  return found;
}
function meantType(word) {
  const last = word.charCodeAt(word.length - 1);
  const singular = last === LOWER_S || last === UPPER_S ? word.slice(0, -1) : "";
  return isAlertType(singular) ? singular : null;
}
var alertMarker = {
  id: "alert-marker",
  description: "A DocFX alert keeps its marker: the translation neither translates nor damages it nor pastes a translated marker into its text, and the marker names an alert type",
  severity: "error",
  severityReason: "Error: a marker DocFX does not know (`[!\u30D2\u30F3\u30C8]`, `[!TIPS]`) turns the alert into a plain quote that shows the marker as text. Warning, once per article, when the source carries a non-type marker: every locale inherits it and the fix belongs in the source.",
  examples: {
    fail: '> <span data-ttu-id="e05a0-107">[!\u30D2\u30F3\u30C8]</span><span class="sxs-lookup"><span data-stu-id="e05a0-107">[!TIP]</span></span>',
    pass: '> <span data-ttu-id="e05a0-107">[!TIP]</span><span class="sxs-lookup"><span data-stu-id="e05a0-107">[!TIP]</span></span>'
  },
  scope: "locales",
  messages: {
    markerChanged: "Alert marker `{{marker}}` in the source of {{id}} is `{{here}}` here; DocFX shows a marker it does not know as text",
    markerMissing: "Alert marker `{{marker}}` in the source of {{id}} is missing here; DocFX shows a marker it does not know as text",
    pasted: "`{{marker}}` in the translation of {{id}} is a marker pasted as text (the source unit has none): DocFX shows it literally inside the alert",
    nonTypeInSource: "`{{marker}}` is no alert type{{hint}}: DocFX shows it as text, and every translation copies it from this source file",
    nonTypeEveryLocale: "`{{marker}}` is no alert type{{hint}}: DocFX shows it as text; every locale of the article has it, so the fix belongs in the source",
    nonType: "`{{marker}}` is no alert type{{hint}}: DocFX shows it as text"
  },
  check(doc, ctx) {
    const { text } = doc;
    const findings = [];
    if (!text.includes(MARKER_OPEN)) return findings;
    const { segments } = doc;
    for (let index = 0; index < segments.length; index++) {
      const segment = segments[index];
      const { ttu, stu } = segment;
      if (stu === null) continue;
      const sourceAt = firstNonSpace(text, stu.contentStart, stu.contentEnd);
      const sourceToken = bracketToken(text, sourceAt, stu.contentEnd);
      const sourceWord = sourceToken && markerWord(sourceToken);
      const translatedAt = firstNonSpace(text, ttu.contentStart, ttu.contentEnd);
      if (sourceToken !== null && sourceWord !== null) {
        if (!onQuoteLine(text, ttu.tagStart)) continue;
        const translated = bracketToken(text, translatedAt, ttu.contentEnd);
        if (translated !== null && translated.text.toUpperCase() === sourceToken.text.toUpperCase()) continue;
        findings.push({
          start: translated?.start ?? ttu.tagStart,
          end: translated?.end ?? ttu.contentStart,
          ...translated === null ? { messageId: "markerMissing", data: { marker: sourceToken.text, id: segment.id } } : { messageId: "markerChanged", data: { marker: sourceToken.text, id: segment.id, here: translated.text } },
          ...translated && { fix: { description: `restore \`${sourceToken.text}\` from the source unit`, edits: [{ start: translated.start, end: translated.end, text: sourceToken.text }] } }
        });
        continue;
      }
      const pasted = pastedMarker(text, ttu.contentStart, ttu.contentEnd);
      if (pasted === null || !onQuoteLine(text, ttu.tagStart) || text.slice(stu.contentStart, stu.contentEnd).includes(pasted.text)) continue;
      const after = firstNonSpace(text, pasted.end, ttu.contentEnd);
      findings.push({
        start: pasted.start,
        end: pasted.end,
        messageId: "pasted",
        data: { marker: pasted.text, id: segment.id },
        fix: { description: `remove \`${pasted.text}\`, which the source unit does not have`, edits: [{ start: pasted.start, end: after, text: "" }] }
      });
    }
    for (const token of derived(doc, nonTypeMarkers)) findings.push(...nonTypeFinding(doc, ctx, token));
    return findings;
  }
};
function pastedMarker(text, from, to) {
  const unit = text.slice(from, to);
  for (let i = unit.indexOf(MARKER_OPEN); i !== -1; i = unit.indexOf(MARKER_OPEN, i + 2)) {
    const token = bracketToken(text, from + i, to);
    if (token !== null && markerWord(token) !== null) return token;
  }
  return null;
}
function nonTypeFinding(doc, ctx, token) {
  const has = (other) => derived(other, nonTypeMarkers).some((t) => t.text === token.text);
  const who = reporterOf(doc, ctx, has);
  if (who === "elsewhere") return [];
  const word = markerWord(token);
  const meant = meantType(word);
  const hint = meant === null ? ` (types: ${TYPE_LIST})` : ` (did you mean \`[!${meant.toUpperCase()}]\`?)`;
  const at = { start: token.start, end: token.end };
  const data = { marker: token.text, hint };
  if (!ctx.localized) return [{ ...at, severity: "warning", messageId: "nonTypeInSource", data }];
  if (who === "article") return [{ ...at, severity: "warning", messageId: "nonTypeEveryLocale", data }];
  return [{ ...at, messageId: "nonType", data }];
}

// src/rules/anchor-duplicate.ts
function duplicatesOf(doc) {
  const firstLine = /* @__PURE__ */ new Map();
  const repeated = [];
  for (let i = 0; i < doc.anchors.length; i++) {
    const anchor = doc.anchors[i];
    const name = anchor.name.toLowerCase();
    if (!firstLine.has(name)) firstLine.set(name, doc.lines.position(anchor.start).line);
    else repeated.push({ name: anchor.name, start: anchor.start, end: anchor.end });
  }
  return { firstLine, repeated };
}
var repeatedNames = (doc) => new Set(derived(doc, duplicatesOf).repeated.map((r) => r.name.toLowerCase()));
var anchorDuplicate = {
  id: "anchor-duplicate",
  description: "No `<a name>` or `<a id>` anchor is defined twice in a file",
  severity: "error",
  severityReason: "Error: the second anchor of a name can never be reached, so every link meant for it lands on the first. A duplicate the source file has too is reported once, on the source, where the fix belongs.",
  examples: {
    fail: '## <a name="setup"></a>\u2026\n## <a name="setup"></a>\u2026',
    pass: '## <a name="setup"></a>\u2026\n## <a name="setup-1"></a>\u2026'
  },
  scope: "locales",
  messages: {
    duplicate: "Anchor `{{name}}` is already defined on line {{line}}: links to it reach only the first"
  },
  check(doc, ctx) {
    const { firstLine, repeated } = derived(doc, duplicatesOf);
    if (repeated.length === 0) return [];
    const findings = [];
    for (const { name, start, end } of repeated) {
      if (copiedFromSource(ctx, (source) => derived(source, repeatedNames).has(name.toLowerCase()))) continue;
      findings.push({ start, end, messageId: "duplicate", data: { name, line: firstLine.get(name.toLowerCase()) } });
    }
    return findings;
  }
};

// src/rules/anchor-parity.ts
function anchorsOf(doc, withHeadings) {
  return derived(doc, withHeadings ? anchorsAndHeadingIds : anchorsOnly);
}
var anchorsOnly = (doc) => anchorNames(doc, false);
var anchorsAndHeadingIds = (doc) => anchorNames(doc, true);
function anchorNames(doc, withHeadings) {
  const names = /* @__PURE__ */ new Map();
  for (let i = 0; i < doc.anchors.length; i++) {
    const name = doc.anchors[i].name.toLowerCase();
    if (!names.has(name)) names.set(name, doc.anchors[i].start);
  }
  if (withHeadings) {
    for (let i = 0; i < doc.headings.length; i++) {
      const h = doc.headings[i];
      const slug = headingSlug(h.text);
      if (!names.has(slug)) names.set(slug, h.start);
    }
  }
  return names;
}
var anchorParity = {
  id: "anchor-parity",
  description: "A file defines the same `<a name>` anchors as the same article in the other locales and the source",
  severity: "error",
  severityReason: "Error: an anchor the other locales define and this one lacks breaks every link to it from other pages, which link by the same name in every locale.",
  examples: {
    fail: 'zh-CN: <a name="\u7EC4\u5199\u56DE"></a>, other locales: <a name="group-writeback"></a>',
    pass: 'every locale: <a name="group-writeback"></a>'
  },
  scope: "locales",
  messages: {
    notElsewhere: "Anchor `{{name}}` is not in {{lacking}}",
    missing: "Anchor `{{name}}` of {{holders}} is missing here"
  },
  check(doc, ctx) {
    if (!ctx.localized) return [];
    const others = comparableCounterparts(doc, ctx).map((c) => ({ ...c, anchors: anchorsOf(c.doc, c.isSource) }));
    if (others.length === 0) return [];
    const here = anchorsOf(doc, false);
    if (others.every((o) => sameEntries(here, o.anchors))) return [];
    const names = keysOf([here, ...others.filter((o) => !o.isSource).map((o) => o.anchors)]);
    const findings = [];
    for (let k = 0; k < names.length; k++) {
      const name = names[k];
      const verdict = majority(others.map((o) => o.anchors.has(name) ? 1 : 0));
      if (verdict === null) continue;
      const expected2 = verdict === 1;
      const at = here.get(name);
      if (at !== void 0 && !expected2) {
        const lacking = others.filter((o) => !o.anchors.has(name)).map((o) => o.label);
        findings.push({ start: at, end: at, messageId: "notElsewhere", data: { name, lacking: lacking.join(", ") } });
      } else if (at === void 0 && expected2) {
        const holders = others.filter((o) => o.anchors.has(name));
        const model = holders.find((o) => !o.isSource) ?? holders[0];
        findings.push({
          ...placeOfCounterpartOffset(doc, model.doc, model.anchors.get(name)),
          messageId: "missing",
          data: { name, holders: holders.map((o) => o.label).join(", ") }
        });
      }
    }
    return findings.sort((a, b) => a.start - b.start);
  }
};

// src/document/parity.ts
function unitPairs(segments) {
  const pairs = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (segment.stu !== null) pairs.push({ segment, translation: segment.ttu, source: segment.stu });
  }
  return pairs;
}
function pairItems(source, translation) {
  const waiting = /* @__PURE__ */ new Map();
  for (let i = 0; i < translation.length; i++) waiting.set(translation[i].key, (waiting.get(translation[i].key) ?? 0) + 1);
  const unmatchedSource = [];
  const matchedKeys = /* @__PURE__ */ new Map();
  for (let i = 0; i < source.length; i++) {
    const item = source[i];
    const left = waiting.get(item.key) ?? 0;
    if (left > 0) {
      waiting.set(item.key, left - 1);
      matchedKeys.set(item.key, (matchedKeys.get(item.key) ?? 0) + 1);
    } else unmatchedSource.push(item);
  }
  const unmatchedTranslation = [];
  for (let i = 0; i < translation.length; i++) {
    const item = translation[i];
    const matched = matchedKeys.get(item.key) ?? 0;
    if (matched > 0) matchedKeys.set(item.key, matched - 1);
    else unmatchedTranslation.push(item);
  }
  const paired = Math.min(unmatchedSource.length, unmatchedTranslation.length);
  return {
    changed: unmatchedSource.slice(0, paired).map((item, i) => ({ source: item, translation: unmatchedTranslation[i] })),
    missing: unmatchedSource.slice(paired),
    extra: unmatchedTranslation.slice(paired)
  };
}

// src/document/inline-tokens.ts
var MAX_ENTITY = 32;
var MAX_WORD = 200;
var isEscapable = (c) => c >= BANG && c <= SLASH || c >= COLON && c <= AT_SIGN || c >= OPEN_BRACKET && c <= BACKTICK || c >= OPEN_BRACE && c <= TILDE;
var isAsciiLetter = (c) => c >= UPPER_A && c <= UPPER_Z || c >= LOWER_A && c <= LOWER_Z;
var isAsciiAlnum = (c) => isAsciiLetter(c) || isDigit(c);
var WORD_PUNCTUATION = new Set("_-.=%$\\/:{}@#~+".split("").map((c) => c.charCodeAt(0)));
var ASCII_BREAKS = new Uint8Array(ASCII_END);
for (const c of "*\"'()[]<>,;!?|`^ 	\n\v\f\r") ASCII_BREAKS[c.charCodeAt(0)] = 1;
var WIDE_BREAKS = [
  [NO_BREAK_SPACE, NO_BREAK_SPACE],
  [OGHAM_SPACE, OGHAM_SPACE],
  [EN_QUAD, HAIR_SPACE],
  [BYTE_ORDER_MARK, BYTE_ORDER_MARK],
  // Hyphens and dashes (U+2010–2015) stay in a word: `Get‑Mailbox` with a non-breaking hyphen is a changed cmdlet.
  [8214, 8303],
  // quotes, ellipsis, ‹ ›, and the line, paragraph, narrow and mathematical spaces
  [171, 171],
  // «
  [187, 187],
  // »
  [11904, 40959],
  // CJK radicals, punctuation and the ideographic space, kana, ideographs
  [44032, 55215],
  // hangul syllables
  [4352, 4607],
  // hangul jamo
  [63744, 64255],
  // CJK compatibility ideographs
  [65072, 65103],
  // CJK compatibility forms
  [65280, 65519],
  // fullwidth forms: （），：
  [1548, 1548],
  // Arabic comma
  [1563, 1563],
  // Arabic semicolon
  [1567, 1567],
  // Arabic question mark
  [1748, 1748]
  // Arabic full stop
];
var IN_WORD = 0;
var ENDS_WORD = 1;
var MAY_OPEN = 2;
var CHAR_CLASS = new Uint8Array(65536);
for (let c = 0; c < ASCII_END; c++) if (ASCII_BREAKS[c] === 1) CHAR_CLASS[c] = ENDS_WORD;
for (const [first, last] of WIDE_BREAKS) CHAR_CLASS.fill(ENDS_WORD, first, last + 1);
function breaksWord(c) {
  return c < ASCII_END ? ASCII_BREAKS[c] === 1 : CHAR_CLASS[c] === ENDS_WORD;
}
for (const c of [BACKTICK, BACKSLASH, LESS_THAN, CLOSE_BRACKET, AMPERSAND, COLON]) CHAR_CLASS[c] = MAY_OPEN;
function urlEnd(text, i, end) {
  let j = i + 3;
  for (; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c >= ASCII_END || isSpace(c) || c === LESS_THAN || c === GREATER_THAN || c === QUOTE || c === BACKTICK || c === CLOSE_PAREN || c === CLOSE_BRACKET || c === ASTERISK) break;
  }
  return j;
}
function entityEnd(text, i, end) {
  if (text.charCodeAt(i) !== AMPERSAND) return -1;
  let j = i + 1;
  if (text.charCodeAt(j) === HASH) j++;
  const from = j;
  while (j < end && j - from < MAX_ENTITY && isAsciiAlnum(text.charCodeAt(j))) j++;
  return j > from && text.charCodeAt(j) === SEMICOLON ? j + 1 : -1;
}
function codeKey(text, from, to) {
  return text.slice(from, to).replace(/\s+/g, " ").trim();
}
function wordKey(text, from, to) {
  const raw = text.slice(from, to);
  return raw.includes("\\") ? raw.replace(/\\([!-/:-@[-`{-~])/g, "$1") : raw;
}
var Words = class {
  constructor(text, bounds) {
    this.text = text;
    this.bounds = bounds;
  }
  text;
  bounds;
  get length() {
    return this.bounds.length >> 1;
  }
  start(i) {
    return this.bounds[2 * i];
  }
  end(i) {
    return this.bounds[2 * i + 1];
  }
  /** The word's text as rendered, made on each call: escaped punctuation without its backslash. */
  key(i) {
    return wordKey(this.text, this.bounds[2 * i], this.bounds[2 * i + 1]);
  }
  item(i) {
    return { start: this.start(i), end: this.end(i), key: this.key(i) };
  }
};
var NextOf = class {
  constructor(text, char) {
    this.text = text;
    this.char = char;
  }
  text;
  char;
  at = -1;
  from(i) {
    if (this.at < i) {
      const found = this.text.indexOf(this.char, i);
      this.at = found === -1 ? Infinity : found;
    }
    return this.at;
  }
};
var scratch = [];
var scratchLength = 0;
function endWord(text, wordStart, at) {
  if (wordStart === -1) return -1;
  let to = at;
  while (to > wordStart && (text.charCodeAt(to - 1) === DOT || text.charCodeAt(to - 1) === COLON || text.charCodeAt(to - 1) === COMMA)) to--;
  if (to > wordStart && to - wordStart <= MAX_WORD) {
    scratch[scratchLength++] = wordStart;
    scratch[scratchLength++] = to;
  }
  return -1;
}
var NONE = Object.freeze([]);
function unitInline(text, start, end) {
  scratchLength = 0;
  let code = null;
  let tags = null;
  let spans = null;
  let span = 0;
  let nextGreater = null;
  let nextParen = null;
  let wordStart = -1;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const kind = CHAR_CLASS[c];
    if (kind === IN_WORD) {
      if (wordStart === -1) wordStart = i;
      i++;
      continue;
    }
    if (kind === ENDS_WORD) {
      if (wordStart !== -1) wordStart = endWord(text, wordStart, i);
      i++;
      continue;
    }
    if (c === BACKTICK) {
      spans ??= codeSpans(text, start, end);
      while (span < spans.length && spans[span][0] < i) span++;
      if (span < spans.length && spans[span][0] === i) {
        const [, spanEnd] = spans[span];
        wordStart = endWord(text, wordStart, i);
        let contentStart2 = i;
        while (text.charCodeAt(contentStart2) === BACKTICK) contentStart2++;
        (code ??= []).push({ start: i, end: spanEnd, key: codeKey(text, contentStart2, spanEnd - (contentStart2 - i)) });
        i = spanEnd;
        continue;
      }
    }
    if (c === BACKSLASH && i + 1 < end && isEscapable(text.charCodeAt(i + 1))) {
      if (WORD_PUNCTUATION.has(text.charCodeAt(i + 1))) {
        if (wordStart === -1) wordStart = i;
      } else wordStart = endWord(text, wordStart, i);
      i += 2;
      continue;
    }
    if (c === LESS_THAN && (isAsciiLetter(text.charCodeAt(i + 1)) || text.charCodeAt(i + 1) === SLASH || text.charCodeAt(i + 1) === BANG)) {
      const close = (nextGreater ??= new NextOf(text, ">")).from(i);
      if (close < end) {
        wordStart = endWord(text, wordStart, i);
        (tags ??= []).push({ start: i, end: close + 1, key: text.slice(i, close + 1) });
        i = close + 1;
        continue;
      }
    }
    if (c === CLOSE_BRACKET && text.charCodeAt(i + 1) === OPEN_PAREN) {
      const close = (nextParen ??= new NextOf(text, ")")).from(i);
      if (close < end) {
        wordStart = endWord(text, wordStart, i);
        i = close + 1;
        continue;
      }
    }
    if (c === AMPERSAND) {
      const entity = entityEnd(text, i, end);
      if (entity !== -1) {
        wordStart = endWord(text, wordStart, i);
        i = entity;
        continue;
      }
    }
    if (c === COLON && wordStart !== -1 && text.charCodeAt(i + 1) === SLASH && text.charCodeAt(i + 2) === SLASH) {
      wordStart = -1;
      i = urlEnd(text, i, end);
      continue;
    }
    if (breaksWord(c)) wordStart = endWord(text, wordStart, i);
    else if (wordStart === -1) wordStart = i;
    i++;
  }
  endWord(text, wordStart, end);
  return { code: code ?? NONE, tags: tags ?? NONE, words: new Words(text, scratch.slice(0, scratchLength)) };
}
var APART = /[`\\<&]|:(?=\/\/)/g;
var LINK_OPEN = "](";
var links = [];
var keepsInWord = (c) => CHAR_CLASS[c] === IN_WORD || c === COLON;
function runEnd(text, i, end) {
  while (i < end && keepsInWord(text.charCodeAt(i))) i++;
  return i;
}
function markedWords(text, start, end, marks, apart, linkOpens) {
  let count = 0;
  for (let p = linkOpens.next(start); p < end; p = linkOpens.next(links[count - 1])) {
    const close = text.indexOf(")", p);
    if (close === -1 || close >= end) break;
    links[count++] = p;
    links[count++] = close + 1;
  }
  let link = 0;
  for (let q = apart.next(start); q < end; q = apart.next(links[link + 1])) {
    while (link < count && links[link + 1] <= q) link += 2;
    if (link >= count || q < links[link]) return null;
  }
  scratchLength = 0;
  link = 0;
  let at = start;
  for (let i = marks.next(start); i < end; i = marks.next(at)) {
    while (link < count && links[link + 1] <= i) link += 2;
    if (link < count && i >= links[link]) {
      at = links[link + 1];
      continue;
    }
    if (!keepsInWord(text.charCodeAt(i))) {
      at = i + 1;
      continue;
    }
    let from = i;
    while (from > at && keepsInWord(text.charCodeAt(from - 1))) from--;
    let to = runEnd(text, i + 1, end);
    endWord(text, from, to);
    at = end;
    for (let next = to; next < end; next++) {
      while (link < count && links[link + 1] <= next) link += 2;
      if (link < count && next >= links[link]) next = links[link + 1] - 1;
      else if (keepsInWord(text.charCodeAt(next))) {
        to = runEnd(text, next + 1, end);
        endWord(text, next, to);
        at = to;
        if (marks.next(next) >= to) break;
        next = to;
      }
    }
  }
  return new Words(text, scratch.slice(0, scratchLength));
}
var Pair = class {
  constructor(pair, text) {
    this.text = text;
    this.segment = pair.segment;
    this.source = pair.source;
    this.translation = pair.translation;
  }
  text;
  segment;
  source;
  translation;
  sourced = null;
  translated = null;
  get sourceInline() {
    return this.sourced ??= unitInline(this.text, this.source.contentStart, this.source.contentEnd);
  }
  get translationInline() {
    return this.translated ??= unitInline(this.text, this.translation.contentStart, this.translation.contentEnd);
  }
};
var MatchAhead = class {
  constructor(text, pattern) {
    this.text = text;
    this.pattern = pattern;
  }
  text;
  pattern;
  /** The first match at or after `from`, Infinity when there is none. */
  at = -1;
  from = 0;
  within(start, end) {
    return this.next(start) < end;
  }
  /** The offset of the first match at or after `start`, Infinity when there is none. */
  next(start) {
    if (start < this.from || start > this.at) {
      this.from = start;
      const { pattern } = this;
      if (typeof pattern === "string") {
        const at = this.text.indexOf(pattern, start);
        this.at = at === -1 ? Infinity : at;
      } else {
        pattern.lastIndex = start;
        this.at = pattern.test(this.text) ? pattern.lastIndex - 1 : Infinity;
      }
    }
    return this.at;
  }
};
var FirstOf = class {
  parts;
  constructor(text, literals) {
    this.parts = literals.map((literal) => new MatchAhead(text, literal));
  }
  within(start, end) {
    return this.next(start) < end;
  }
  next(start) {
    let first = Infinity;
    for (let i = 0; i < this.parts.length; i++) {
      const at = this.parts[i].next(start);
      if (at < first) first = at;
    }
    return first;
  }
};
function inlinePairs(doc) {
  return derived(doc, pairsOf);
}
function pairsOf(doc) {
  const pairs = [];
  const units = unitPairs(doc.segments);
  for (let i = 0; i < units.length; i++) pairs.push(new Pair(units[i], doc.text));
  return pairs;
}

// src/rules/code-parity.ts
var MAX_LOOKED_UP = 32;
var SHOWN = 60;
var shown = (key) => key.length > SHOWN ? `${key.slice(0, SHOWN)}\u2026` : key;
var BACKTICK2 = "`";
var codeParity = {
  id: "code-parity",
  description: "Inline code (`\u2026`) of a source unit is in the translated unit unchanged: none missing, none altered",
  severity: "error",
  severityReason: "Error: inline code holds what the reader types or reads on screen (a command, a value, a name); a changed span is wrong text set as code, and a lost one drops it.",
  examples: {
    fail: '<span data-ttu-id="3c7e0-104">\u0412\u0432\u0435\u0434\u0438\u0442\u0435 `\u041F\u043E\u043B\u0443\u0447\u0438\u0442\u044C-BoardMember`.</span><span class="sxs-lookup"><span data-stu-id="3c7e0-104">Type `Get-BoardMember`.</span></span>',
    pass: '<span data-ttu-id="3c7e0-104">\u0412\u0432\u0435\u0434\u0438\u0442\u0435 `Get-BoardMember`.</span><span class="sxs-lookup"><span data-stu-id="3c7e0-104">Type `Get-BoardMember`.</span></span>'
  },
  scope: "document",
  messages: {
    changed: "Code `{{source}}` in the source of {{id}} is `{{here}}` here",
    missing: "Code `{{source}}` in the source of {{id}} is missing here"
  },
  check(doc) {
    const { text } = doc;
    const findings = [];
    const backticks = new MatchAhead(text, BACKTICK2);
    const pairs = inlinePairs(doc);
    for (let index = 0; index < pairs.length; index++) {
      const pair = pairs[index];
      if (!backticks.within(pair.source.contentStart, pair.source.contentEnd)) continue;
      const { segment, translation, sourceInline } = pair;
      if (sourceInline.code.length === 0) continue;
      const { translationInline } = pair;
      const { changed, missing } = pairItems(sourceInline.code, translationInline.code);
      const oneForOne = sourceInline.code.length === translationInline.code.length;
      for (const { source, translation: here } of changed) {
        findings.push({
          start: here.start,
          end: here.end,
          messageId: "changed",
          data: { source: shown(source.key), id: segment.id, here: shown(here.key) },
          ...oneForOne && { fix: { description: `restore \`${shown(source.key)}\` from the source unit`, edits: [{ start: here.start, end: here.end, text: text.slice(source.start, source.end) }] } }
        });
      }
      let lookedUp = 0;
      const translationText = missing.length > 0 ? text.slice(translation.contentStart, translation.contentEnd) : "";
      for (const span of missing) {
        if (lookedUp++ < MAX_LOOKED_UP && outsideCode(translationText, span)) continue;
        findings.push({
          start: translation.tagStart,
          end: translation.contentStart,
          messageId: "missing",
          data: { source: shown(span.key), id: segment.id }
        });
      }
    }
    return findings;
  }
};
function outsideCode(translationText, span) {
  return span.key !== "" && translationText.includes(span.key);
}

// src/rules/command-parity.ts
var APPROVED_VERBS = new Set(
  "Add Clear Close Copy Enter Exit Find Format Get Hide Join Lock Move New Open Optimize Pop Push Redo Remove Rename Reset Resize Search Select Set Show Skip Split Step Switch Undo Unlock Watch Connect Disconnect Read Receive Send Write Backup Checkpoint Compare Compress Convert ConvertFrom ConvertTo Dismount Edit Expand Export Group Import Initialize Limit Merge Mount Out Publish Restore Save Sync Unpublish Update Debug Measure Ping Repair Resolve Test Trace Approve Assert Build Complete Confirm Deny Deploy Disable Enable Install Invoke Register Request Restart Resume Start Stop Submit Suspend Uninstall Unregister Wait Block Grant Protect Revoke Unblock Unprotect Use".split(" ")
);
var COMPOUND_NOUNS = /* @__PURE__ */ new Set(["In", "Ins", "On", "Ons", "Only", "Up", "Ups", "Out", "Off", "Source", "Write", "Over", "Back", "Down"]);
var MAX_PARTS = 8;
var MIN_SHARED = 3;
var GUID = /^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$/;
var EMAIL = /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}$/;
var ENV_VARIABLE = /^(?:%[A-Za-z_][A-Za-z0-9_()]{0,63}%|\$env:[A-Za-z_][A-Za-z0-9_]{0,63})/i;
var REGISTRY = /^(?:HKEY_[A-Z_]{2,40}|HKLM|HKCU|HKCR|HKCC|HKU)(?::?\\|$)/;
var PARAMETER = /^-[A-Za-z][A-Za-z0-9]{1,63}$/;
var SETTING = /^[A-Za-z_][A-Za-z0-9_.-]{0,63}=[^=]{1,100}$/;
var FILE = /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,150}\.(?:[a-z0-9]{2,6}|[A-Z0-9]{2,6})$/;
var WINDOWS_PATH = /^(?:[A-Za-z]:\\|\\\\[A-Za-z0-9]|%[A-Za-z_]+%\\)/;
var UNIX_PATH = /^(?:~|\.{1,2})?\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_./-]*$/;
var TOKEN_CHARS = /[-.\\/=@%$]/;
var TOKEN_CODES = new Uint8Array(ASCII_END);
for (const c of "-.\\/=@%$") TOKEN_CODES[c.charCodeAt(0)] = 1;
var MAY_BE_TOKEN = /[\\/=@%$]|(?<![A-Za-z0-9])-(?=[A-Za-z])|(?<=[a-z\\])-(?=[A-Z])|(?<=[0-9a-fA-F\\])-(?=[0-9a-fA-F])|\.(?=[A-Za-z0-9]{2})|H(?=K)/g;
function mayBeToken(text, start, end) {
  if (text.startsWith("HK", start)) return true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < ASCII_END && TOKEN_CODES[c] === 1) return true;
  }
  return false;
}
function mayHoldToken(text, start, end) {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < ASCII_END && TOKEN_CODES[c] === 1) return true;
    if ((c === LOWER_H || c === UPPER_H) && i + 1 < end) {
      const next = text.charCodeAt(i + 1);
      if (next === LOWER_K || next === UPPER_K || next === KELVIN_SIGN) return true;
    }
  }
  return false;
}
function tokenKind(word) {
  if (!TOKEN_CHARS.test(word) && !word.startsWith("HK")) return null;
  const first = word.charCodeAt(0);
  if (GUID.test(word)) return "guid";
  if (word.includes("@")) return EMAIL.test(word) ? "email" : null;
  if (ENV_VARIABLE.test(word)) return word.includes("\\") ? "path" : "variable";
  if (REGISTRY.test(word)) return "registry";
  if (WINDOWS_PATH.test(word) || UNIX_PATH.test(word)) return "path";
  if (first === DASH) return PARAMETER.test(word) ? "parameter" : null;
  if (word.includes("=")) return SETTING.test(word) ? "setting" : null;
  const dash = word.indexOf("-");
  if (dash > 0 && isCmdlet(word, dash)) return "cmdlet";
  if (FILE.test(word) && isFileName(word)) return "file";
  return null;
}
function isCmdlet(word, dash) {
  if (!APPROVED_VERBS.has(word.slice(0, dash))) return false;
  const noun = word.slice(dash + 1);
  return /^[A-Z][A-Za-z0-9]{1,80}$/.test(noun) && !COMPOUND_NOUNS.has(noun);
}
function isFileName(word) {
  const parts = word.split(".");
  if (!/[A-Za-z]/.test(parts[0]) || !/[A-Za-z]/.test(parts.at(-1))) return false;
  return parts.every((part) => part.length > 0) && !parts.every((part) => part.length <= 2);
}
var caseless = (kind) => kind !== "pattern";
function keyOf(kind, word) {
  if (kind === "setting") return word.slice(0, word.indexOf("=") + 1).toLowerCase();
  return caseless(kind) ? word.toLowerCase() : word;
}
function looksCodeLike(word) {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === DASH || c === BACKSLASH || c === PERCENT || c === DOT || c === EQUALS || c === AT_SIGN) return true;
  }
  return false;
}
function sharedEnds(a, b) {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let prefix = 0;
  while (prefix < x.length && prefix < y.length && x.charCodeAt(prefix) === y.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < x.length - prefix && suffix < y.length - prefix && x.charCodeAt(x.length - 1 - suffix) === y.charCodeAt(y.length - 1 - suffix)) suffix++;
  return prefix + suffix;
}
var compiledPatterns = /* @__PURE__ */ new WeakMap();
function patternsOf(options) {
  const raw = options.patterns;
  if (!Array.isArray(raw) || raw.length === 0) return [];
  let compiled = compiledPatterns.get(options);
  if (compiled === void 0) {
    compiled = raw.map((source) => LinearPattern.compile(String(source)));
    compiledPatterns.set(options, compiled);
  }
  return compiled;
}
var commandParity = {
  id: "command-parity",
  description: "Code-like text of a source unit outside backticks (cmdlets, parameters, `key=value`, file names, paths, registry keys, GUIDs, e-mail addresses, environment variables) appears verbatim in the translated unit",
  severity: "error",
  severityReason: "Error: a cmdlet, parameter, path or setting rewritten by translation (`-Identit\xE4t`, `\u041F\u043E\u043B\u0443\u0447\u0438\u0442\u044C-Mailbox`) is a command the reader copies and that fails.",
  options: {
    patterns: {
      type: "array",
      items: { type: "string" },
      description: "More tokens, as patterns (RE2 syntax) a whole word of the source unit matches, e.g. `^Contoso\\\\.[A-Z]\\\\w+$`"
    }
  },
  examples: {
    fail: '<span data-ttu-id="977ba-120">\u0418\u0441\u043F\u043E\u043B\u044C\u0437\u0443\u0439\u0442\u0435 \u043F\u0430\u0440\u0430\u043C\u0435\u0442\u0440 -Identit\xE4t.</span><span class="sxs-lookup"><span data-stu-id="977ba-120">Use the -Identity parameter.</span></span>',
    pass: '<span data-ttu-id="977ba-120">\u0418\u0441\u043F\u043E\u043B\u044C\u0437\u0443\u0439\u0442\u0435 \u043F\u0430\u0440\u0430\u043C\u0435\u0442\u0440 -Identity.</span><span class="sxs-lookup"><span data-stu-id="977ba-120">Use the -Identity parameter.</span></span>'
  },
  scope: "document",
  messages: {
    changed: "`{{token}}` in the source of {{id}} is `{{here}}` here: {{kind}} must stay as written",
    missing: "`{{token}}` in the source of {{id}} is missing here: {{kind}} must stay as written",
    missingLike: "`{{token}}` in the source of {{id}} is missing here (`{{like}}` in its place?): {{kind}} must stay as written"
  },
  check(doc, ctx) {
    const { text } = doc;
    const patterns = patternsOf(ctx.options);
    const findings = [];
    const screen = patterns.length === 0 ? new MatchAhead(text, MAY_BE_TOKEN) : null;
    const apart = screen !== null ? new MatchAhead(text, APART) : null;
    const linkOpens = screen !== null ? new MatchAhead(text, LINK_OPEN) : null;
    const pairs = inlinePairs(doc);
    for (let index = 0; index < pairs.length; index++) {
      const pair = pairs[index];
      if (screen !== null && !screen.within(pair.source.contentStart, pair.source.contentEnd)) continue;
      const { segment, source } = pair;
      const marked = screen !== null && apart !== null && linkOpens !== null ? markedWords(text, source.contentStart, source.contentEnd, screen, apart, linkOpens) : null;
      const tokens = sourceTokens(text, marked ?? pair.sourceInline.words, patterns, source, screen);
      if (tokens.length === 0) continue;
      const { translationInline } = pair;
      const wanted = /* @__PURE__ */ new Map();
      for (let t = 0; t < tokens.length; t++) wanted.set(tokens[t].key, tokens[t].kind);
      const found = [];
      const candidates = [];
      const words = [];
      const written = translationInline.words;
      for (let w = 0; w < written.length; w++) if (patterns.length > 0 || mayHoldToken(text, written.start(w), written.end(w))) words.push(written.item(w));
      const spans = translationInline.code;
      for (let s = 0; s < spans.length; s++) {
        const span = spans[s];
        const inSpan = unitInline(span.key, 0, span.key.length).words;
        for (let w = 0; w < inSpan.length; w++) words.push({ start: span.start, end: span.end, key: inSpan.key(w) });
      }
      for (let w = 0; w < words.length; w++) {
        const word = words[w];
        const token = presentToken(word, wanted);
        if (token !== null) found.push(token);
        else if (looksCodeLike(word.key)) candidates.push({ start: word.start, end: word.end, key: word.key, kind: "pattern", text: word.key });
      }
      const { changed, missing } = pairItems(tokens, found);
      const lost = [...changed.map((c) => c.source), ...missing];
      const likeness = (token, word) => sharedEnds(token.text, word.text) >= Math.min(MIN_SHARED, token.text.length);
      for (const token of lost) {
        const like = candidates.filter((word) => likeness(token, word));
        const only = like.length === 1 && lost.filter((other) => likeness(other, like[0])).length === 1 ? like[0] : null;
        if (only !== null && only.start >= segment.ttu.contentStart) {
          findings.push({
            start: only.start,
            end: only.end,
            messageId: "changed",
            data: { token: token.text, id: segment.id, here: only.text, kind: describe(token.kind) },
            ...replaceable(text, token, only) && {
              fix: { description: `restore \`${token.text}\` from the source unit`, edits: [{ start: only.start, end: only.end, text: token.text }] }
            }
          });
        } else {
          findings.push({
            start: segment.ttu.tagStart,
            end: segment.ttu.contentStart,
            messageId: only !== null ? "missingLike" : "missing",
            data: { token: token.text, id: segment.id, kind: describe(token.kind), ...only !== null && { like: only.text } }
          });
        }
      }
    }
    return findings;
  }
};
function replaceable(text, token, word) {
  if (text.slice(word.start, word.end) !== word.text) return false;
  const a = token.text.toLowerCase();
  const b = word.text.toLowerCase();
  return !a.includes(b) && !b.includes(a) && 2 * sharedEnds(a, b) >= Math.max(a.length, b.length);
}
var PARAMETER_AFTER = new Set(` 	
\r*("'[_`.split("").map((c) => c.charCodeAt(0)));
var PARAMETER_WORDS = /\b(?:parameters?|switch|switches|cmdlets?|command|operators?)\b/i;
function sourceTokens(text, words, patterns, unit, screen) {
  const tokens = [];
  const parameters = [];
  let codeContext = false;
  for (let w = 0; w < words.length; w++) {
    const start = words.start(w);
    const end = words.end(w);
    if (screen !== null && screen.next(start) >= end) continue;
    const mayBe = mayBeToken(text, start, end);
    if (!mayBe && patterns.length === 0) continue;
    const key = words.key(w);
    const kind = (mayBe ? tokenKind(key) : null) ?? (matchesPattern(patterns, key) ? "pattern" : null);
    if (kind === null) continue;
    const token = { start, end, key: keyOf(kind, key), kind, text: key };
    if (kind !== "parameter") {
      if (kind === "cmdlet") codeContext = true;
      tokens.push(token);
      continue;
    }
    if (start > unit.contentStart && !PARAMETER_AFTER.has(text.charCodeAt(start - 1))) continue;
    parameters.push(token);
    if (text.charCodeAt(start - 1) === ASTERISK && text.charCodeAt(end) === ASTERISK) codeContext = true;
  }
  if (parameters.length === 0) return tokens;
  if (codeContext || parameters.length > 1 || PARAMETER_WORDS.test(text.slice(unit.contentStart, unit.contentEnd))) tokens.push(...parameters);
  return tokens.length > 1 ? tokens.sort((a, b) => a.start - b.start) : tokens;
}
function matchesPattern(patterns, word) {
  for (let p = 0; p < patterns.length; p++) if (patterns[p].test(word)) return true;
  return false;
}
function presentToken(word, wanted) {
  const { key } = word;
  const lookup2 = (from, to) => {
    const exact = key.slice(from, to);
    const equals = exact.indexOf("=");
    const name = equals > 0 ? exact.slice(0, equals + 1).toLowerCase() : null;
    const kind = wanted.get(exact) ?? wanted.get(exact.toLowerCase()) ?? (name !== null && wanted.get(name) === "setting" ? "setting" : void 0);
    if (kind === void 0 || !caseless(kind) && !wanted.has(exact)) return null;
    return { start: Math.min(word.end, word.start + from), end: Math.min(word.end, word.start + to), key: keyOf(kind, exact), kind, text: exact };
  };
  const within2 = (from, to) => {
    const whole = lookup2(from, to);
    if (whole !== null) return whole;
    let parts = 0;
    for (let dash = key.indexOf("-", from + 1); dash !== -1 && dash < to && parts < MAX_PARTS; dash = key.indexOf("-", dash + 1), parts++) {
      const token = lookup2(from, dash);
      if (token !== null) return token;
    }
    return null;
  };
  const found = within2(0, key.length);
  if (found !== null) return found;
  let glued = 0;
  for (let i = 1; i < key.length && glued < MAX_PARTS; i++) {
    const c = key.charCodeAt(i);
    if (c !== DASH && c !== COLON) continue;
    if (!new RegExp("^\\p{L}+$", "u").test(key.slice(0, i))) break;
    glued++;
    const token = within2(c === DASH ? i : i + 1, key.length) ?? (c === DASH ? within2(i + 1, key.length) : null);
    if (token !== null) return token;
  }
  let runs = 0;
  for (let i = 0; i < key.length && runs < MAX_PARTS; ) {
    while (i < key.length && key.charCodeAt(i) >= ASCII_END) i++;
    const from = i;
    while (i < key.length && key.charCodeAt(i) < ASCII_END) i++;
    if (from === 0 && i === key.length) break;
    runs++;
    const token = i > from ? within2(from, i) : null;
    if (token !== null) return token;
  }
  return null;
}
function describe(kind) {
  switch (kind) {
    case "cmdlet":
      return "a cmdlet";
    case "parameter":
      return "a parameter";
    case "registry":
      return "a registry key";
    case "path":
      return "a path";
    case "guid":
      return "a GUID";
    case "email":
      return "an e-mail address";
    case "variable":
      return "an environment variable";
    case "setting":
      return "a setting";
    case "file":
      return "a file or host name";
    case "pattern":
      return "a configured token";
  }
}

// src/rules/emphasis-parity.ts
var DELIMITERS = ["*", "_"];
var SPECIAL = /[*_\\`<\]\/]/g;
var EXCERPT = 24;
var isWordChar = (c) => isDigit(c) || c >= UPPER_A && c <= UPPER_Z || c >= LOWER_A && c <= LOWER_Z || c >= ASCII_END && /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
function marksOf(doc, start, end, special) {
  const { text } = doc;
  const marks = { delimiters: 0, escapes: [], firstRun: "" };
  const code = doc.inline.within("code-span", start, end);
  let span = 0;
  for (let i = special.next(start); i < end; i = special.next(i)) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) {
      const next = text.charCodeAt(i + 1);
      if (i + 1 < end && (next === ASTERISK || next === UNDERSCORE)) marks.escapes.push(i);
      i += 2;
    } else if (c === BACKTICK) {
      while (span < code.length && code[span][0] < i) span++;
      i = span < code.length && code[span][0] === i ? code[span++][1] : i + 1;
    } else if (c === LESS_THAN && isTagStart(text.charCodeAt(i + 1))) {
      const close = text.indexOf(">", i);
      i = close !== -1 && close < end ? close + 1 : i + 1;
    } else if (c === CLOSE_BRACKET && text.charCodeAt(i + 1) === OPEN_PAREN) {
      const close = text.indexOf(")", i);
      i = close !== -1 && close < end ? close + 1 : i + 2;
    } else if (c === SLASH && text.charCodeAt(i + 1) === SLASH) {
      for (let u = text.charCodeAt(i); i < end && u > SPACE && u < ASCII_END && u !== ASTERISK; u = text.charCodeAt(++i)) ;
    } else if (c === ASTERISK || c === UNDERSCORE) {
      let run = i;
      while (run < end && text.charCodeAt(run) === c) run++;
      const intraword = c === UNDERSCORE && isWordChar(text.charCodeAt(i - 1)) && isWordChar(text.charCodeAt(run));
      if (!intraword) {
        if (marks.firstRun === "") marks.firstRun = text.slice(i, run);
        marks.delimiters += run - i;
      }
      i = run;
    } else i++;
  }
  return marks;
}
function pairsAroundText(text, escapes) {
  const runs = [];
  for (const at of escapes) {
    const last = runs.at(-1);
    if (last !== void 0 && last.end === at && text.charCodeAt(at + 1) === text.charCodeAt(last.end - 1)) {
      last.end = at + 2;
      last.length++;
    } else runs.push({ start: at, end: at + 2, length: 1 });
  }
  if (runs.length % 2 === 1) return false;
  for (let r = 0; r < runs.length; r += 2) {
    const open = runs[r];
    const close = runs[r + 1];
    if (open.length !== close.length || open.end >= close.start) return false;
    if (isSpace(text.charCodeAt(open.end)) || isSpace(text.charCodeAt(close.start - 1))) return false;
  }
  return true;
}
var isTagStart = (c) => c === SLASH || c >= UPPER_A && c <= UPPER_Z || c >= LOWER_A && c <= LOWER_Z;
function excerpt(text, at, end) {
  const cut = text.slice(at, Math.min(end, at + EXCERPT));
  const line = cut.split(/[\r\n]/)[0];
  return line.length < end - at ? `${line}\u2026` : line;
}
var emphasisParity = {
  id: "emphasis-parity",
  description: "A translated unit keeps the emphasis of its source unit: its `**`, `*` and `_` neither escaped nor left unbalanced",
  severity: "warning",
  severityReason: "Warning: an escaped or unpaired delimiter shows asterisks or underscores as text and loses the bold of a UI label, but the words still read.",
  examples: {
    fail: "\\*\\*[\u53C2\u7167]\\*\\* \u3092\u30AF\u30EA\u30C3\u30AF\u3057\u307E\u3059 \u2026 **Browse**",
    pass: "**[\u53C2\u7167]** \u3092\u30AF\u30EA\u30C3\u30AF\u3057\u307E\u3059 \u2026 **Browse**"
  },
  scope: "document",
  messages: {
    escaped: "Emphasis escaped in {{id}}: the source's `{{run}}` is `{{here}}` here, which shows the delimiters as text",
    unbalanced: "Emphasis unbalanced in {{id}}: the translation has {{count}} `*`/`_` that can open or close emphasis where the source has {{sourceCount}} (`{{run}}` \u2026 `{{run}}`), so an unpaired one shows as text"
  },
  check(doc) {
    const { text } = doc;
    const findings = [];
    const { segments } = doc;
    const delimiters = new FirstOf(text, DELIMITERS);
    const special = new MatchAhead(text, SPECIAL);
    for (let index = 0; index < segments.length; index++) {
      const segment = segments[index];
      const { ttu, stu } = segment;
      if (stu === null || !delimiters.within(stu.contentStart, stu.contentEnd)) continue;
      const source = marksOf(doc, stu.contentStart, stu.contentEnd, special);
      if (source.delimiters === 0 && source.escapes.length === 0) continue;
      const translation = marksOf(doc, ttu.contentStart, ttu.contentEnd, special);
      const added = translation.escapes.length - source.escapes.length;
      if (added > 0 && translation.delimiters < source.delimiters) {
        const first = translation.escapes[0];
        const whole = source.escapes.length === 0 && translation.delimiters + translation.escapes.length === source.delimiters && pairsAroundText(text, translation.escapes);
        const edits = whole ? translation.escapes.map((at) => ({ start: at, end: at + 1, text: "" })) : [];
        findings.push({
          start: first,
          end: translation.escapes.at(-1) + 2,
          messageId: "escaped",
          data: { id: segment.id, run: source.firstRun, here: excerpt(text, first, ttu.contentEnd) },
          ...whole && { fix: { description: `remove the backslashes before the source's \`${source.firstRun}\``, edits } }
        });
        continue;
      }
      if (source.delimiters % 2 === 0 && translation.delimiters % 2 === 1) {
        findings.push({
          start: ttu.tagStart,
          end: ttu.contentStart,
          messageId: "unbalanced",
          data: { id: segment.id, count: translation.delimiters, sourceCount: source.delimiters, run: source.firstRun }
        });
      }
    }
    return findings;
  }
};

// src/document/link-zones.ts
function placedLinks(doc) {
  return derived(doc, placeLinks);
}
function placeLinks(doc) {
  return doc.links.map((link) => {
    const zone = zoneAt(doc, link.start);
    return {
      kind: link.kind,
      start: link.start,
      end: link.end,
      textStart: link.textStart,
      textEnd: link.textEnd,
      destStart: link.destStart,
      destEnd: link.destEnd,
      target: link.target,
      label: link.label,
      parsed: parseTarget(link.target, doc.urlLocalePatterns),
      zone: zone.kind,
      segment: zone.kind === "outside" ? null : zone.segment
    };
  });
}
function renderedLinks(doc) {
  return derived(doc, renderLinks);
}
function renderLinks(doc) {
  return placedLinks(doc).filter((l) => l.zone !== "source");
}

// src/external/request-url.ts
function requestUrl(target) {
  if (!/^https?:\/\//i.test(target.trim())) return null;
  return target.trim().replace(/#.*$/, "");
}

// src/rules/external-link.ts
function outcome(status) {
  if (status.refused === "host") return "was not requested: its host is not a public address (`external-links.allow-private` permits intranet hosts)";
  if (status.refused === "redirect") return "was not followed: it redirects to a host that is not a public address (`external-links.allow-private` permits intranet hosts)";
  return status.status === 0 ? "gave no answer (timeout or network error)" : `answers HTTP ${status.status}`;
}
var externalLink = {
  id: "external-link",
  description: "An http(s) link answers with success (checked only with --check-external)",
  severity: "warning",
  severityReason: "Warning: a dead external site is outside the translation's control and often comes back; a reader gets an error page, the build is not affected.",
  examples: {
    fail: "[x](https://example.com/gone)  \u2192 HTTP 404",
    pass: "[x](https://example.com/)  \u2192 HTTP 200"
  },
  scope: "document",
  messages: {
    broken: "`{{url}}` {{outcome}}"
  },
  check(doc, ctx) {
    if (!ctx.checksExternalLinks) return [];
    const findings = [];
    for (const link of renderedLinks(doc)) {
      const url = requestUrl(link.target);
      if (url !== null) findings.push({ start: link.destStart, end: link.destEnd, messageId: "broken", awaits: url });
    }
    return findings;
  },
  answered(url, status) {
    return status.ok ? null : { messageId: "broken", data: { url, outcome: outcome(status) } };
  }
};

// src/rules-support/file-problems.ts
var fileProblems = {
  encoding: { id: "file-encoding", description: "The file is UTF-8 text (not binary, no invalid bytes)", severity: "error" },
  tooLarge: { id: "file-too-large", description: "The file is within the size limit", severity: "error" },
  tooComplex: { id: "file-too-complex", description: "The file can be read within the work budget (no runaway nesting or irregular markup); past it the rest of the file is read more simply and still checked", severity: "error" },
  unreadable: { id: "file-unreadable", description: "The file can be read (exists, permitted, not a symlink loop)", severity: "error" },
  internalError: { id: "internal-error", description: "A rule failed on this file; the other rules still ran", severity: "error" }
};

// src/rules/fragment-missing.ts
import { dirname, resolve } from "node:path";

// src/rules-support/did-you-mean.ts
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
var allowedDistance = (candidate) => Math.max(1, Math.floor(candidate.length / 4));
function nearest(typed, candidates) {
  let best;
  let bestDistance = Infinity;
  let ties = 0;
  for (const candidate of candidates) {
    if (candidate === "" || Math.abs(candidate.length - typed.length) > allowedDistance(candidate)) continue;
    const distance = editDistance(typed, candidate);
    if (distance < bestDistance) [best, bestDistance, ties] = [candidate, distance, 0];
    else if (distance === bestDistance) ties++;
  }
  return best !== void 0 && bestDistance <= allowedDistance(best) ? { candidate: best, only: ties === 0 } : void 0;
}
function closest(typed, candidates) {
  return nearest(typed, candidates)?.candidate;
}
var MAX_SUGGESTED_NAMES = 100;
var Suggestions = class {
  known = /* @__PURE__ */ new Map();
  closest(typed, candidates, scope) {
    const key = `${scope}\0${typed}`;
    if (this.known.has(key)) return this.known.get(key);
    if (this.known.size >= MAX_SUGGESTED_NAMES) return void 0;
    const found = closest(typed, candidates);
    this.known.set(key, found);
    return found;
  }
};

// src/rules/fragment-missing.ts
function fragmentsOf(doc) {
  const ids = new Set(doc.anchors.map((a) => a.name.toLowerCase()));
  ids.add("top");
  const slugs = /* @__PURE__ */ new Map();
  for (const heading of doc.headings) {
    if (zoneAt(doc, heading.start).kind === "source") continue;
    const slug = headingSlug(heading.text.replace(/<span class="sxs-lookup">[\s\S]*?<\/span><\/span>/g, ""));
    const seen = slugs.get(slug) ?? 0;
    slugs.set(slug, seen + 1);
    ids.add(seen === 0 ? slug : `${slug}-${seen}`);
  }
  return ids;
}
function targetDocument(ctx, path, options) {
  const doc = ctx.document(path);
  if (doc !== null || !options.fallbackToSource) return doc;
  const inSource = ctx.counterpartInSource(path);
  return inSource === null ? null : ctx.document(inSource);
}
var fragmentMissing = {
  id: "fragment-missing",
  description: "A `#fragment` names an anchor or heading that exists, in this file or in the linked file",
  severity: "error",
  severityReason: "Error: the link lands at the top of the page instead of the section it names.",
  examples: {
    fail: "[x](#use-power-bi-in-the-cloud-or on-premises)",
    pass: "[x](#use-power-bi-in-the-cloud-or-on-premises)"
  },
  scope: "locales",
  messages: {
    missing: "No anchor `#{{fragment}}` in {{where}}{{space}}",
    missingDidYouMean: "No anchor `#{{fragment}}` in {{where}}{{space}}; did you mean `#{{suggestion}}`?"
  },
  options: {
    "fallback-to-source": {
      type: "boolean",
      default: true,
      description: "Look fragments up in the source-locale file when the linked file is missing in this locale"
    }
  },
  check(doc, ctx) {
    const options = { fallbackToSource: ctx.options["fallback-to-source"] !== false };
    const findings = [];
    const idsOf = /* @__PURE__ */ new Map();
    const fragments = (d) => {
      let ids = idsOf.get(d);
      if (ids === void 0) idsOf.set(d, ids = fragmentsOf(d));
      return ids;
    };
    const suggestions = new Suggestions();
    const report = (start, end, fragment, ids, where) => {
      const suggestion = suggestions.closest(fragment.replace(/\s+/g, "-"), ids, where);
      const space = /\s/.test(fragment) ? " (a target with a space is not rendered as a link)" : "";
      findings.push(suggestion ? { start, end, messageId: "missingDidYouMean", data: { fragment, where, space, suggestion } } : { start, end, messageId: "missing", data: { fragment, where, space } });
    };
    const links2 = renderedLinks(doc);
    for (let j = 0; j < links2.length; j++) {
      const link = links2[j];
      const { parsed: parsed2 } = link;
      if (parsed2.fragment === null || parsed2.fragment === "") continue;
      if (parsed2.kind === "fragment") {
        if (!fragments(doc).has(parsed2.fragment)) report(link.start, link.end, parsed2.fragment, fragments(doc), "this file");
      } else if (parsed2.kind === "relative" && /\.md$/i.test(parsed2.base)) {
        const linked = targetDocument(ctx, resolve(dirname(ctx.filePath), parsed2.base), options);
        if (linked === null) continue;
        const ids = fragments(linked);
        if (!ids.has(parsed2.fragment)) report(link.start, link.end, parsed2.fragment, ids, `\`${parsed2.base}\``);
      }
    }
    for (let i = 0; i < doc.looseLinks.length; i++) {
      const loose = doc.looseLinks[i];
      const parsed2 = parseTarget(loose.target);
      if (parsed2.kind === "fragment" && parsed2.fragment && !fragments(doc).has(parsed2.fragment)) report(loose.start, loose.end, parsed2.fragment, fragments(doc), "this file");
    }
    return findings.sort((a, b) => a.start - b.start);
  }
};

// src/rules/front-matter-empty-value.ts
var frontMatterEmptyValue = {
  id: "front-matter-empty-value",
  description: "Front-matter keys have values",
  severity: "warning",
  severityReason: "Warning: the page still builds and renders; the empty value only loses metadata (a date, a topic) used for reports and search.",
  examples: {
    fail: "ms.assetid: ''",
    pass: "ms.assetid: 0d566afe-b21f-4f1b-8ca9-4b4d3b0f5435"
  },
  scope: "document",
  messages: {
    empty: "`{{key}}` has an empty value"
  },
  check(doc) {
    return (doc.frontMatter?.entries ?? []).filter((e) => e.value === "" || e.value === null || Array.isArray(e.value) && e.value.length === 0).map((e) => ({ start: e.keyStart, end: e.valueEnd, messageId: "empty", data: { key: e.key } }));
  }
};

// src/rules/front-matter-format.ts
var HASH2 = /^[0-9a-f]{40}$/;
var ANY_CASE_HASH = /^[0-9a-fA-F]{40}$/;
var DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;
var LOOSE_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isCalendarDate(month, day, year) {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}
var valueOf = (entry) => ({ start: entry.valueStart, end: entry.valueEnd });
function rewrite(text, entry, value, description) {
  const quote = entry.quoted ? text[entry.valueStart] : "";
  return { description, edits: [{ start: entry.valueStart, end: entry.valueEnd, text: `${quote}${value}${quote}` }] };
}
var calendarDates = /* @__PURE__ */ new Set();
function dateFinding(text, entry, value, tolerateLoose) {
  if (calendarDates.has(value)) return null;
  const strict = DATE.exec(value);
  if (strict && isCalendarDate(Number(strict[1]), Number(strict[2]), Number(strict[3]))) {
    if (calendarDates.size < 1e4) calendarDates.add(value);
    return null;
  }
  const loose = LOOSE_DATE.exec(value);
  const at = valueOf(entry);
  if (loose && isCalendarDate(Number(loose[1]), Number(loose[2]), Number(loose[3]))) {
    const padded = `${loose[1].padStart(2, "0")}/${loose[2].padStart(2, "0")}/${loose[3]}`;
    return {
      ...at,
      severity: tolerateLoose ? "warning" : "error",
      messageId: "dateShape",
      data: { key: entry.key, value, written: padded },
      fix: rewrite(text, entry, padded, `write \`${entry.key}\` as \`${padded}\``)
    };
  }
  const iso = ISO_DATE.exec(value);
  if (iso && isCalendarDate(Number(iso[2]), Number(iso[3]), Number(iso[1]))) {
    const written = `${iso[2]}/${iso[3]}/${iso[1]}`;
    return { ...at, messageId: "dateShape", data: { key: entry.key, value, written }, fix: rewrite(text, entry, written, `write \`${entry.key}\` as \`${written}\``) };
  }
  return { ...at, messageId: "notDate", data: { key: entry.key, value } };
}
var frontMatterFormat = {
  id: "front-matter-format",
  description: "Localization metadata values have their formats: 40-hex hashes, MM/DD/YYYY dates, quoted digits for ms.locfileid, HT or MT",
  severity: "error",
  severityReason: "Error when a key is malformed: the handoff pipeline reads the localization keys to match a translation to its source, and a malformed `ms.date` is published as it is. An unpadded date (`4/8/2021`), which the pipeline itself writes and reads, is a warning.",
  examples: {
    fail: "ms.locfileid: 50254551\nms.lasthandoff: 2021-02-15",
    pass: 'ms.locfileid: "50254551"\nms.lasthandoff: 02/15/2021'
  },
  scope: "document",
  messages: {
    notHash: "`{{key}}` is `{{value}}`, not a 40-digit lowercase hex hash",
    dateShape: "`{{key}}` is `{{value}}`; write it as MM/DD/YYYY: `{{written}}`",
    notDate: "`{{key}}` is `{{value}}`, not a MM/DD/YYYY date",
    locfileidNotDigits: "`ms.locfileid` is `{{value}}`, not digits",
    locfileidUnquoted: '`ms.locfileid` must be quoted: `"{{value}}"`',
    translationType: "`ms.translationtype` is `{{value}}`; expected HT (human) or MT (machine)"
  },
  check(doc) {
    const findings = [];
    const entries = doc.frontMatter?.entries ?? [];
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      const { value } = entry;
      if (typeof value !== "string" || value === "") continue;
      switch (entry.key) {
        case "ms.openlocfilehash":
        case "ms.sourcegitcommit":
          if (HASH2.test(value)) break;
          findings.push({
            ...valueOf(entry),
            messageId: "notHash",
            data: { key: entry.key, value },
            // Hex reads the same in either case: lowercase is the only change that keeps the hash.
            ...ANY_CASE_HASH.test(value) && { fix: rewrite(doc.text, entry, value.toLowerCase(), `write \`${entry.key}\` in lowercase`) }
          });
          break;
        case "ms.lasthandoff":
        case "ms.date": {
          const finding = dateFinding(doc.text, entry, value, entry.key === "ms.date");
          if (finding) findings.push(finding);
          break;
        }
        case "ms.locfileid":
          if (!/^\d+$/.test(value)) findings.push({ ...valueOf(entry), messageId: "locfileidNotDigits", data: { value } });
          else if (!entry.quoted) {
            findings.push({ ...valueOf(entry), messageId: "locfileidUnquoted", data: { value }, fix: rewrite(doc.text, entry, `"${value}"`, "quote `ms.locfileid`") });
          }
          break;
        case "ms.translationtype": {
          if (value === "HT" || value === "MT") break;
          const upper = value.toUpperCase();
          findings.push({
            ...valueOf(entry),
            messageId: "translationType",
            data: { value },
            ...(upper === "HT" || upper === "MT") && { fix: rewrite(doc.text, entry, upper, `write \`ms.translationtype\` as \`${upper}\``) }
          });
          break;
        }
      }
    }
    return findings;
  }
};

// src/rules/front-matter-locale.ts
function canonicalLocale(locale) {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? null;
  } catch {
    return null;
  }
}
var frontMatterLocale = {
  id: "front-matter-locale",
  description: "`ms.contentlocale` names the locale of the file's folder",
  severity: "error",
  severityReason: "Error: a wrong `ms.contentlocale` publishes the page as another language's.",
  examples: {
    fail: "# in zh-CN/\u2026\nms.contentlocale: de-DE",
    pass: "# in zh-CN/\u2026\nms.contentlocale: zh-CN"
  },
  scope: "document",
  messages: {
    otherFolder: "`ms.contentlocale` is `{{locale}}` but the file is in the {{folder}} folder"
  },
  check(doc) {
    const entry = doc.frontMatter?.get("ms.contentlocale");
    if (!entry || typeof entry.value !== "string" || entry.value === "" || doc.pathLocale === null) return [];
    if (entry.value.toLowerCase() === doc.pathLocale.toLowerCase()) return [];
    const locale = canonicalLocale(doc.pathLocale);
    const quote = entry.quoted ? doc.text[entry.valueStart] : "";
    return [
      {
        start: entry.valueStart,
        end: entry.valueEnd,
        messageId: "otherFolder",
        data: { locale: entry.value, folder: doc.pathLocale },
        ...locale !== null && {
          fix: { description: `write the folder's locale, \`${locale}\``, edits: [{ start: entry.valueStart, end: entry.valueEnd, text: `${quote}${locale}${quote}` }] }
        }
      }
    ];
  }
};

// src/rules/front-matter-parse.ts
var frontMatterParse = {
  id: "front-matter-parse",
  description: "Front matter is closed, parses as YAML, is a mapping and was not wrapped in segment spans",
  severity: "error",
  severityReason: "Error: front matter that is not YAML fails the build or publishes the page without any metadata. A quoted value that goes on in an unindented line is a warning: lenient parsers, the publishing pipeline's among them, read it.",
  examples: {
    fail: "---\ntitle: [unclosed\n---",
    pass: "---\ntitle: Group writeback\n---"
  },
  scope: "document",
  messages: {
    problem: "{{problem}}"
  },
  check(doc) {
    return (doc.frontMatter?.problems ?? []).map((p) => ({ start: p.start, end: p.end, messageId: "problem", data: { problem: p.message }, severity: p.severity }));
  }
};

// src/rules-support/front-matter-keys.ts
var LOCALIZATION_KEYS = [
  "ms.contentlocale",
  "ms.translationtype",
  "ms.locfileid",
  "ms.openlocfilehash",
  "ms.sourcegitcommit",
  "ms.lasthandoff"
];
var KNOWN_KEYS = /* @__PURE__ */ new Set([
  ...LOCALIZATION_KEYS,
  "title",
  "titleSuffix",
  "description",
  "keywords",
  "author",
  "ms.author",
  "manager",
  "ms.reviewer",
  "ms.date",
  "ms.topic",
  "ms.service",
  "ms.subservice",
  "ms.prod",
  "ms.technology",
  "ms.component",
  "ms.custom",
  "ms.collection",
  "ms.assetid",
  "ms.audience",
  "audience",
  "ms.devlang",
  "ms.workload",
  "ms.tgt_pltfrm",
  "ms.localizationpriority",
  "localization_priority",
  "ROBOTS",
  "search.appverid",
  "f1.keywords",
  "f1_keywords",
  "hideEdit",
  "redirect_url",
  "redirect_document_id",
  "uid",
  "appliesto",
  "ms.pagetype",
  "ms.mktglfcycl",
  "ms.sitesec",
  "ms.site",
  "ms.suite",
  "ms.search.form",
  "ms.search.keywords",
  "no-loc",
  "zone_pivot_groups",
  "feedback_system",
  "recommendations",
  "searchScope",
  "ms.openlocfilepath",
  "ms.update-cycle",
  "monikerRange",
  "layout",
  "services",
  "ms.contributors",
  "contributors_to_exclude",
  "feedback_product_url",
  "feedback_help_link_url",
  "feedback_help_link_type",
  "breadcrumb_path",
  "adobe-target",
  "name",
  "about",
  "labels",
  "assignees"
]);
function normalise(key) {
  return key.toLowerCase().replace(/[\s,\-_:;]+/g, ".").replace(/\.{2,}/g, ".");
}
function didYouMean(key, candidates) {
  return meaning(key, candidates)?.candidate;
}
function onlyMeaning(key, candidates) {
  const found = meaning(key, candidates);
  return found?.only ? found.candidate : void 0;
}
function meaning(key, candidates) {
  const byNormalForm = /* @__PURE__ */ new Map();
  for (const candidate of candidates) {
    if (candidate === key) continue;
    const form = normalise(candidate);
    const same = byNormalForm.get(form);
    if (same) same.push(candidate);
    else byNormalForm.set(form, [candidate]);
  }
  const near = nearest(normalise(key), byNormalForm.keys());
  if (near !== void 0) {
    const keys = byNormalForm.get(near.candidate);
    return { candidate: keys.at(-1), only: near.only && keys.length === 1 };
  }
  let found;
  for (const candidate of candidates) {
    const dot = candidate.indexOf(".");
    if (!(dot > 0 && key.length > candidate.length && key[0] === candidate[0] && key.endsWith(candidate.slice(dot)))) continue;
    if (found) return { candidate: found.candidate, only: false };
    found = { candidate, only: true };
  }
  return found;
}

// src/rules/front-matter-required.ts
var frontMatterRequired = {
  id: "front-matter-required",
  description: `A localized file's front matter has the six localization keys (${LOCALIZATION_KEYS.join(", ")})`,
  severity: "error",
  severityReason: "Error: the publishing pipeline rejects or misfiles a translated page without its localization keys.",
  examples: {
    fail: "---\ntitle: \u7EC4\u5199\u56DE\nms.contentlocale: zh-CN\n---",
    pass: '---\ntitle: \u7EC4\u5199\u56DE\nms.contentlocale: zh-CN\nms.translationtype: HT\nms.locfileid: "50254551"\nms.openlocfilehash: 8d1d32875f0f1890f03defbfb3b483500ff1c653\nms.sourcegitcommit: ee1cff8e7e6b52a33fce7c17783de65aa79ad25a\nms.lasthandoff: 02/15/2021\n---'
  },
  scope: "document",
  messages: {
    missing: "Localized file has no `{{key}}` in its front matter"
  },
  check(doc, ctx) {
    const fm = doc.frontMatter;
    if (!ctx.localized || fm === null || fm.problems.length > 0) return [];
    const missing = LOCALIZATION_KEYS.filter((key) => fm.get(key) === void 0);
    return missing.map((key) => ({ start: 0, end: 3, messageId: "missing", data: { key } }));
  }
};

// src/rules/front-matter-unknown-key.ts
var hasKey = (doc, key) => doc?.frontMatter?.get(key) !== void 0;
var frontMatterUnknownKey = {
  id: "front-matter-unknown-key",
  description: "Every front-matter key is a documented Docs metadata key or a configured one; a translation adds none, and one it inherits is reported once, where it is fixed",
  severity: "error",
  severityReason: "Error when a translation introduced the key: its metadata (usually a misspelt known key) is lost on that locale only and the translator can fix it. Warning, once per article, when the source carries it: every locale inherits it and the fix belongs in the source.",
  examples: {
    fail: "ms,.custom: ''   (the source has ms.custom)",
    pass: "ms.custom: ''"
  },
  scope: "locales",
  messages: {
    inSource: "Unknown front-matter key `{{key}}`{{hint}}; every translation copies it from this source file",
    everyLocale: "Unknown front-matter key `{{key}}`{{hint}}; every locale of the article has it, so the fix belongs in the source",
    unknown: "Unknown front-matter key `{{key}}`{{hint}}: {{origin}}"
  },
  options: {
    "known-keys": { type: "array", items: { type: "string" }, default: [], description: "The repository's own front-matter keys" }
  },
  check(doc, ctx) {
    const own = new Set(Array.isArray(ctx.options["known-keys"]) ? ctx.options["known-keys"] : []);
    const unknown = (doc.frontMatter?.entries ?? []).filter((e) => !KNOWN_KEYS.has(e.key) && !own.has(e.key));
    if (unknown.length === 0) return [];
    const findings = [];
    for (const entry of unknown) {
      const suggestion = didYouMean(entry.key, KNOWN_KEYS);
      const hint = suggestion ? ` (did you mean \`${suggestion}\`?)` : "";
      const at = { start: entry.keyStart, end: entry.keyEnd };
      const meant = suggestion && onlyMeaning(entry.key, KNOWN_KEYS);
      const fix = meant && doc.frontMatter?.get(meant) === void 0 ? { fix: { description: `rename the key to \`${meant}\``, edits: [{ ...at, text: meant }] } } : {};
      if (!ctx.localized) {
        findings.push({ ...at, severity: "warning", messageId: "inSource", data: { key: entry.key, hint }, ...fix });
        continue;
      }
      const who = reporterOf(doc, ctx, (other) => hasKey(other, entry.key));
      if (who === "elsewhere") continue;
      if (who === "article") {
        findings.push({ ...at, severity: "warning", messageId: "everyLocale", data: { key: entry.key, hint }, ...fix });
        continue;
      }
      const source = ctx.source();
      const origin = source === null ? "the other locales do not have it" : "the source does not have it";
      findings.push({ ...at, messageId: "unknown", data: { key: entry.key, hint, origin }, ...fix });
    }
    return findings;
  }
};

// src/rules/html-tag-parity.ts
var SHAPED_TAG_LIMIT = 64;
var TRANSLATABLE = /* @__PURE__ */ new Set(["alt", "title", "aria-label", "placeholder"]);
var LINK_VALUES = /* @__PURE__ */ new Set(["href", "src"]);
var PHRASING = new Set(
  "abbr b bdi bdo big br cite code data del dfn em font i img input ins kbd label mark meter output q rp rt ruby s samp small strike strong sub sup time tt u var video audio wbr".split(" ")
);
function tagsOf(doc, start, end, shaped) {
  const { text } = doc;
  const tags = [];
  const code = doc.inline.within("code-span", start, end);
  let span = 0;
  for (let i = text.indexOf("<", start); i !== -1 && i < end; i = text.indexOf("<", i)) {
    while (span < code.length && code[span][1] <= i) span++;
    if (span < code.length && code[span][0] <= i) {
      i = code[span][1];
      continue;
    }
    if (escapedAt(text, i, start)) {
      i++;
      continue;
    }
    const tag = readTagAt(text, i, end - i);
    if (tag !== null) {
      if (tag.name !== "span" && tag.name !== "a") tags.push(itemOf(text, tag));
      i = tag.end;
      continue;
    }
    const shapedEnd = shaped ? tagShapedEnd(text, i, end) : -1;
    if (shapedEnd !== -1) {
      const written = text.slice(i, shapedEnd);
      tags.push({ start: i, end: shapedEnd, key: written, written, element: false, shaped: true, translatedValues: false });
      i = shapedEnd;
      continue;
    }
    i++;
  }
  return tags;
}
function itemOf(text, tag) {
  const attributes = [...tag.attributes].sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  let key = tag.closing ? `</${tag.name}` : `<${tag.name}`;
  let translatedValues = false;
  for (const [name, value] of attributes) {
    const kept = !TRANSLATABLE.has(name) && !LINK_VALUES.has(name);
    if (!kept && TRANSLATABLE.has(name) && value !== "") translatedValues = true;
    key += kept ? ` ${name}=${JSON.stringify(value)}` : ` ${name}`;
  }
  return { start: tag.start, end: tag.end, key, written: text.slice(tag.start, tag.end), element: PHRASING.has(tag.name) || BLOCK_TAGS.has(tag.name), shaped: false, translatedValues };
}
function tagShapedEnd(text, at, end) {
  const nameStart = text.charCodeAt(at + 1) === SLASH ? at + 2 : at + 1;
  const first = text.codePointAt(nameStart);
  if (first === void 0 || !(isAsciiLetter2(first) || first >= ASCII_END && new RegExp("\\p{L}", "u").test(String.fromCodePoint(first)))) return -1;
  const limit = Math.min(end, at + SHAPED_TAG_LIMIT);
  for (let i = nameStart; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === GREATER_THAN) return i + 1;
    if (c === LESS_THAN || c === LF) return -1;
  }
  return -1;
}
var isAsciiLetter2 = (c) => c >= UPPER_A && c <= UPPER_Z || c >= LOWER_A && c <= LOWER_Z;
var listed = (tags) => tags.map((t) => `\`${t.written}\``).join(", ");
var htmlTagParity = {
  id: "html-tag-parity",
  description: "A translated unit keeps the inline HTML tags of its source unit: the same names and attributes (the values of `alt`, `title`, `aria-label` and `placeholder` may be translated)",
  severity: "warning",
  severityReason: "Warning: a lost or translated tag (`<br>`, `<sup>`, `<strong>`; `<\u0431\u0440>` shows as text) changes how the unit looks, and a placeholder written as a tag (`<domain>`) no longer matches the source, but the words still read.",
  examples: {
    fail: "\u9ED8\u8BA4\u57DF<\u0434\u043E\u043C\u0435\u043D>.onmicrosoft.com \u2026 the default <domain>.onmicrosoft.com domain",
    pass: "\u7248\u672C 2.0<sup>1</sup> \u2026 version 2.0<sup>1</sup>"
  },
  scope: "document",
  messages: {
    changed: "`{{source}}` in the source of {{id}} is `{{here}}` here",
    changedNonTag: "`{{source}}` in the source of {{id}} is `{{here}}` here (in the source, HTML reads `{{source}}` as a tag and shows nothing)",
    missingOne: "Tag {{tags}} of the source of {{id}} is missing from the translation",
    missingMany: "Tags {{tags}} of the source of {{id}} are missing from the translation",
    extraOne: "{{tags}} in the translation of {{id}} is not in its source unit",
    extraMany: "{{tags}} in the translation of {{id}} are not in its source unit"
  },
  check(doc) {
    const { text } = doc;
    const findings = [];
    const pairs = inlinePairs(doc);
    for (let index = 0; index < pairs.length; index++) {
      const { segment, translation, source } = pairs[index];
      const sourceLt = text.indexOf("<", source.contentStart);
      const translationLt = text.indexOf("<", translation.contentStart);
      if ((sourceLt === -1 || sourceLt >= source.contentEnd) && (translationLt === -1 || translationLt >= translation.contentEnd)) continue;
      const sourceTags = tagsOf(doc, source.contentStart, source.contentEnd, false);
      const here = tagsOf(doc, translation.contentStart, translation.contentEnd, true);
      if (sourceTags.length === 0 && here.every((t) => t.shaped)) continue;
      const { changed, missing, extra } = pairItems(sourceTags, here);
      for (const pair of changed) {
        const { source: was, translation: is } = pair;
        const fixable = was.element && !was.translatedValues && !is.translatedValues;
        findings.push({
          start: is.start,
          end: is.end,
          messageId: was.element ? "changed" : "changedNonTag",
          data: { source: was.written, id: segment.id, here: is.written },
          ...fixable && { fix: { description: `restore the source's \`${was.written}\``, edits: [{ start: is.start, end: is.end, text: was.written }] } }
        });
      }
      if (missing.length > 0) {
        findings.push({
          start: translation.tagStart,
          end: translation.contentStart,
          messageId: missing.length === 1 ? "missingOne" : "missingMany",
          data: { tags: listed(missing), id: segment.id }
        });
      }
      const gained = extra.filter((tag) => !tag.shaped);
      if (gained.length > 0) {
        findings.push({
          start: gained[0].start,
          end: gained[0].end,
          messageId: gained.length === 1 ? "extraOne" : "extraMany",
          data: { tags: listed(gained), id: segment.id }
        });
      }
    }
    return findings;
  }
};

// src/rules/link-syntax.ts
var ESCAPED_BRACKET = /\\[[\]]/g;
var BACKSLASH2 = 92;
var OPEN_PAREN2 = 40;
var CLOSE_PAREN2 = 41;
var LESS_THAN2 = 60;
function plainTargetStarts(links2) {
  const starts = /* @__PURE__ */ new Set();
  for (let i = 0; i < links2.length; i++) {
    const l = links2[i];
    if (l.kind !== "html" && l.kind !== "autolink" && l.kind !== "reference" && l.destStart === l.textEnd + 2 && l.end === l.destEnd + 1) starts.add(l.textEnd);
  }
  return starts;
}
function brokenSyntax(text, plainTargets) {
  const spacedTargets = [];
  for (let at = text.indexOf("]("); at !== -1; ) {
    let end = -1;
    if (!plainTargets.has(at)) {
      end = spacedTargetEnd(text, at);
      if (end !== -1) spacedTargets.push({ start: at, end, detail: text.slice(at + 2, end - 1).trim() });
    }
    at = text.indexOf("](", end === -1 ? at + 1 : end);
  }
  const escaped = [];
  if (text.includes("\\[") || text.includes("\\]")) {
    ESCAPED_BRACKET.lastIndex = 0;
    for (let m = ESCAPED_BRACKET.exec(text); m !== null; m = ESCAPED_BRACKET.exec(text)) {
      if (!isEscaped(text, m.index + 1)) continue;
      if (m[0] === "\\]" && text.charCodeAt(afterSpaces(text, m.index + 2)) === OPEN_PAREN2) continue;
      escaped.push({ start: m.index, end: m.index + 2, detail: m[0] });
    }
  }
  return [
    { messageId: "escapedBracket", suspects: escaped },
    { messageId: "spacedTarget", suspects: spacedTargets }
  ];
}
function afterSpaces(text, from) {
  let at = from;
  while (at < text.length && text.charCodeAt(at) !== LF && isSpace(text.charCodeAt(at))) at++;
  return at;
}
function junctions(text, start, end) {
  const found = { joined: 0, broken: [] };
  for (let at = text.indexOf("]", start); at !== -1 && at < end; at = text.indexOf("]", at + 1)) {
    const escaped = isEscaped(text, at);
    if (!escaped && text.charCodeAt(at + 1) === OPEN_PAREN2) {
      found.joined++;
      continue;
    }
    const paren = afterSpaces(text, at + 1);
    if (paren >= end || text.charCodeAt(paren) !== OPEN_PAREN2) continue;
    found.broken.push(escaped ? { start: at - 1, end: paren + 1 } : { start: at, end: paren + 1 });
  }
  return found;
}
function brokenJunctions(text, segment) {
  if (segment.stu === null) return NO_JOINS;
  const sourceJoins = junctions(text, segment.stu.contentStart, segment.stu.contentEnd).joined;
  if (sourceJoins === 0) return NO_JOINS;
  const here = junctions(text, segment.ttu.contentStart, segment.ttu.contentEnd);
  return here.broken.slice(0, Math.max(0, sourceJoins - here.joined));
}
var NO_JOINS = [];
var NO_LINK_ENDS = /* @__PURE__ */ new Set();
function firstAtOrAfter(items, offset, offsetOf2) {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (offsetOf2(items[mid]) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function within(suspects, start, end) {
  const inside = [];
  for (let i = firstAtOrAfter(suspects, start, (s) => s.start); i < suspects.length && suspects[i].start < end; i++) if (suspects[i].end <= end) inside.push(suspects[i]);
  return inside;
}
function isEscaped(text, at) {
  let slashes = 0;
  while (text.charCodeAt(at - 1 - slashes) === BACKSLASH2) slashes++;
  return slashes % 2 === 1;
}
function everyOffset(text, bracket) {
  const offsets = [];
  for (let at = text.indexOf(bracket); at !== -1; at = text.indexOf(bracket, at + 1)) offsets.push(at);
  return offsets;
}
function countIn(offsets, start, end) {
  return offsets.length === 0 ? 0 : firstAtOrAfter(offsets, end, itself) - firstAtOrAfter(offsets, start, itself);
}
var itself = (offset) => offset;
function targetAt(text, from, end) {
  let at = from;
  for (let c = text.charCodeAt(at); at < end && c !== CLOSE_PAREN2 && c !== LESS_THAN2 && !isSpace(c); c = text.charCodeAt(++at)) ;
  return text.slice(from, at);
}
function sourceTargets(text, segment) {
  const targets = /* @__PURE__ */ new Set();
  const { contentStart: contentStart2, contentEnd: contentEnd2 } = segment.stu;
  for (let at = text.indexOf("](", contentStart2); at !== -1 && at < contentEnd2; at = text.indexOf("](", at + 2)) {
    const target = targetAt(text, at + 2, contentEnd2);
    if (target !== "") targets.add(target);
  }
  return targets;
}
function joinFix(text, s, unitEnd, targets, opened) {
  const escaped = text.charCodeAt(s.start) === BACKSLASH2;
  if (escaped && !opened) return void 0;
  const targetStart = Math.min(afterSpaces(text, s.end), unitEnd);
  const target = targetAt(text, targetStart, unitEnd);
  if (target === "" || !targets.has(target)) return void 0;
  return { description: escaped ? "remove the backslash before `]` so that it closes the link text" : "remove the space between `]` and `(`", edits: [{ start: s.start, end: targetStart, text: "](" }] };
}
var linkSyntax = {
  id: "link-syntax",
  description: "Link syntax broken in a translation where its source is fine: `] (`, escaped brackets, unbalanced brackets, text as a target",
  severity: "error",
  severityReason: "Error for a broken join (`] (`, `\\](`) where the source joins `](`, an escaped bracket or a spaced target: each stops a link from rendering. Warning for unbalanced brackets in plain text: the reader sees a stray bracket and nothing else breaks (when one costs a link, link-parity reports the lost link).",
  examples: {
    fail: "**\u5B58\u50A8**] (https://example.com/a)",
    pass: "[**\u5B58\u50A8**](https://example.com/a)"
  },
  scope: "document",
  messages: {
    escapedBracket: "Escaped `{{bracket}}`: the bracket no longer opens or closes a link ({{id}})",
    spacedTarget: "Link target `{{target}}` holds spaces (translated text?): the link is not rendered ({{id}})",
    escapedJoin: "Escaped `\\]` before `(` where the source has `](`: the link is not rendered ({{id}})",
    spacedJoin: "Space between `]` and `(` where the source has `](`: the link is not rendered ({{id}})",
    unbalanced: "Unbalanced brackets in {{id}}: {{count}} more `{{more}}` than `{{fewer}}`; the source balances"
  },
  check(doc) {
    const findings = [];
    if (doc.segments.length === 0) return findings;
    const kinds = brokenSyntax(doc.text, plainTargetStarts(doc.links));
    const linkEnds = kinds.some((k) => k.suspects.length > 0) ? new Set(placedLinks(doc).map((l) => l.end)) : NO_LINK_ENDS;
    const allOpening = everyOffset(doc.text, "[");
    const allClosing = everyOffset(doc.text, "]");
    const opening = allOpening.filter((at) => !isEscaped(doc.text, at));
    const closing = allClosing.filter((at) => !isEscaped(doc.text, at));
    const bracketBalance = (start, end) => countIn(opening, start, end) - countIn(closing, start, end);
    const allBalance = (start, end) => countIn(allOpening, start, end) - countIn(allClosing, start, end);
    for (let i = 0; i < doc.segments.length; i++) {
      const segment = doc.segments[i];
      if (segment.stu === null) continue;
      const { ttu, stu } = segment;
      for (let k = 0; k < kinds.length; k++) {
        const { messageId, suspects } = kinds[k];
        if (suspects.length === 0) continue;
        const inSource = within(suspects, stu.contentStart, stu.contentEnd).length;
        const inTranslation = within(suspects, ttu.contentStart, ttu.contentEnd).filter((s) => !linkEnds.has(s.end));
        if (inTranslation.length <= inSource) continue;
        const unescape = messageId === "escapedBracket" && inSource === 0 && bracketBalance(stu.contentStart, stu.contentEnd) === 0 && allBalance(ttu.contentStart, ttu.contentEnd) === 0;
        for (const s of inTranslation) {
          findings.push({
            start: s.start,
            end: s.end,
            messageId,
            data: messageId === "escapedBracket" ? { bracket: s.detail, id: segment.id } : { target: s.detail, id: segment.id },
            ...unescape && { fix: { description: `remove the backslash before \`${s.detail.slice(1)}\`, which the source does not escape`, edits: [{ start: s.start, end: s.start + 1, text: "" }] } }
          });
        }
      }
      const joins = brokenJunctions(doc.text, segment);
      if (joins.length > 0) {
        const opened = bracketBalance(ttu.contentStart, ttu.contentEnd) >= joins.filter((s) => doc.text.charCodeAt(s.start) === BACKSLASH2).length;
        const targets = sourceTargets(doc.text, segment);
        for (const s of joins) {
          const fix = joinFix(doc.text, s, ttu.contentEnd, targets, opened);
          const messageId = doc.text.charCodeAt(s.start) === BACKSLASH2 ? "escapedJoin" : "spacedJoin";
          findings.push({ start: s.start, end: s.end, messageId, data: { id: segment.id }, ...fix && { fix } });
        }
      }
      const translationBalance = bracketBalance(ttu.contentStart, ttu.contentEnd);
      if (translationBalance !== 0 && bracketBalance(stu.contentStart, stu.contentEnd) === 0 && allBalance(ttu.contentStart, ttu.contentEnd) !== 0) {
        findings.push({
          start: ttu.tagStart,
          end: ttu.contentStart,
          severity: "warning",
          messageId: "unbalanced",
          data: { id: segment.id, count: Math.abs(translationBalance), more: translationBalance > 0 ? "[" : "]", fewer: translationBalance > 0 ? "]" : "[" }
        });
      }
    }
    return findings;
  }
};

// src/rules/image-parity.ts
var imageParity = {
  id: "image-parity",
  description: "A translated unit shows the images of its source unit: each `![alt](src)` and `<img src>` keeps its `src` (the alt text and title may be translated)",
  severity: "error",
  severityReason: "Error: an image the translation lost, or whose `src` changed, is a picture (often the icon a step tells the reader to click) that the reader of that locale does not see or sees broken.",
  examples: {
    fail: "\u5355\u51FB](media/Boards-RemoveIcon.gif)**\u5220\u9664** ![\u5220\u9664\u56FE\u6807\u3002 \u2026 click **Remove** ![Remove icon](media/Boards-RemoveIcon.gif).",
    pass: "\u5355\u51FB **\u5220\u9664** ![\u5220\u9664\u56FE\u6807](media/Boards-RemoveIcon.gif)\u3002 \u2026 click **Remove** ![Remove icon](media/Boards-RemoveIcon.gif)."
  },
  scope: "document",
  messages: {
    changed: "Image `{{source}}` in the source of {{id}} is `{{here}}` here",
    linkedNotImage: "Image `{{target}}` in the source of {{id}} is a link to it in the translation, not an image",
    missing: "Image `{{target}}` in the source of {{id}} is missing from the translation",
    extra: "Image `{{target}}` in the translation of {{id}} is not in its source unit"
  },
  check(doc) {
    const { text } = doc;
    const bySegment = /* @__PURE__ */ new Map();
    const links2 = placedLinks(doc);
    for (let i = 0; i < links2.length; i++) {
      const link = links2[i];
      if (link.segment === null || link.zone === "outside") continue;
      let images = bySegment.get(link.segment);
      if (images === void 0) bySegment.set(link.segment, images = { translation: [], source: [], translationLinks: null });
      if (isImage(text, link)) images[link.zone].push({ start: link.start, end: link.end, key: link.parsed.key, link });
      else if (link.zone === "translation") (images.translationLinks ??= /* @__PURE__ */ new Set()).add(link.parsed.key);
    }
    const findings = [];
    if (bySegment.size === 0) return findings;
    const pairs = inlinePairs(doc);
    for (let index = 0; index < pairs.length; index++) {
      const { segment, translation } = pairs[index];
      const images = bySegment.get(segment);
      if (images === void 0 || images.source.length === 0 && images.translation.length === 0) continue;
      const { changed, missing, extra } = pairItems(images.source, images.translation);
      for (const { source, translation: here } of changed) {
        const restored = text.slice(source.link.destStart, source.link.destEnd);
        findings.push({
          start: here.link.destStart,
          end: here.link.destEnd,
          messageId: "changed",
          data: { source: source.link.target, id: segment.id, here: here.link.target },
          fix: { description: `restore the source's \`${restored}\``, edits: [{ start: here.link.destStart, end: here.link.destEnd, text: restored }] }
        });
      }
      const lost = missing.length > 0 && brokenJunctions(text, segment).length > 0 ? [] : missing;
      for (const image of lost) {
        const linked = images.translationLinks?.has(image.key) === true;
        findings.push({
          start: translation.tagStart,
          end: translation.contentStart,
          messageId: linked ? "linkedNotImage" : "missing",
          data: { target: image.link.target, id: segment.id }
        });
      }
      for (const image of extra) {
        findings.push({ start: image.start, end: image.end, severity: "warning", messageId: "extra", data: { target: image.link.target, id: segment.id } });
      }
    }
    return findings;
  }
};

// src/rules/link-empty-target.ts
var hasOwnDestination = (l) => l.kind === "inline" || l.kind === "image";
function alignedDestinations(doc, ctx, rendered) {
  const found = /* @__PURE__ */ new Map();
  for (const counterpart of comparableCounterparts(doc, ctx)) {
    const theirs = counterpart.isSource ? placedLinks(counterpart.doc) : renderedLinks(counterpart.doc);
    if (theirs.length !== rendered.length) continue;
    let aligned = true;
    for (let i = 0; i < rendered.length && aligned; i++) if (rendered[i].parsed.kind !== "empty" && rendered[i].parsed.key !== theirs[i].parsed.key) aligned = false;
    if (!aligned) continue;
    for (let i = 0; i < rendered.length; i++) {
      const link = theirs[i];
      if (rendered[i].parsed.kind !== "empty" || link.parsed.kind === "empty" || !hasOwnDestination(link)) continue;
      const list = found.get(i);
      const destination = counterpart.doc.text.slice(link.destStart, link.destEnd);
      if (list) list.push(destination);
      else found.set(i, [destination]);
    }
  }
  return found;
}
function inSourceUnits(doc, links2) {
  const units = /* @__PURE__ */ new Map();
  for (let i = 0; i < links2.length; i++) {
    const link = links2[i];
    if (link.segment === null || link.zone === "outside") continue;
    let unit = units.get(link.segment);
    if (!unit) units.set(link.segment, unit = { translation: [], source: [] });
    unit[link.zone].push(link);
  }
  const found = /* @__PURE__ */ new Map();
  units.forEach(({ translation, source }) => {
    if (translation.length !== source.length) return;
    for (let i = 0; i < translation.length; i++) if (translation[i].parsed.kind !== "empty" && translation[i].parsed.key !== source[i].parsed.key) return;
    for (let i = 0; i < translation.length; i++) {
      const counterpart = source[i];
      if (translation[i].parsed.kind !== "empty" || !hasOwnDestination(counterpart)) continue;
      found.set(translation[i], counterpart.parsed.kind === "empty" ? { twin: counterpart } : { destination: doc.text.slice(counterpart.destStart, counterpart.destEnd) });
    }
  });
  return found;
}
var linkEmptyTarget = {
  id: "link-empty-target",
  description: "A link has a target: no `[text]()`",
  severity: "error",
  severityReason: "Error: `[text]()` renders as a link to the page itself, which is broken for the reader.",
  examples: {
    fail: "[\u521B\u5EFA]()",
    pass: "[\u521B\u5EFA](create.md)"
  },
  scope: "locales",
  messages: {
    emptyTarget: "Link `{{link}}` has an empty target"
  },
  check(doc, ctx) {
    const empty = placedLinks(doc).filter((l) => l.zone !== "source" && l.kind !== "html" && l.parsed.kind === "empty");
    if (empty.length === 0) return [];
    const rendered = renderedLinks(doc);
    const position = new Map(rendered.map((l, i) => [l, i]));
    const elsewhere = alignedDestinations(doc, ctx, rendered);
    const inSource = inSourceUnits(doc, placedLinks(doc));
    return empty.map((l) => {
      const finding = { start: l.start, end: l.end, messageId: "emptyTarget", data: { link: doc.text.slice(l.start, l.end) } };
      const candidates = [...elsewhere.get(position.get(l)) ?? []];
      const { destination, twin } = inSource.get(l) ?? {};
      if (destination !== void 0) candidates.push(destination);
      const target = candidates[0];
      if (!hasOwnDestination(l) || target === void 0 || candidates.some((c) => c !== target)) return finding;
      const edits = [{ start: l.destStart, end: l.destEnd, text: target }];
      if (twin !== void 0) edits.push({ start: twin.destStart, end: twin.destEnd, text: target });
      const from = destination !== void 0 ? "the source unit" : "the other locales";
      const fix = { description: `fill in \`${target}\` from ${from}${twin !== void 0 ? ", here and in the unit's source copy" : ""}`, edits };
      return { ...finding, fix };
    });
  }
};

// src/rules/link-empty-text.ts
function bySourceUnit(links2) {
  const map = /* @__PURE__ */ new Map();
  for (let i = 0; i < links2.length; i++) {
    const link = links2[i];
    if (link.zone !== "source" || link.segment === null) continue;
    const list = map.get(link.segment);
    if (list) list.push(link);
    else map.set(link.segment, [link]);
  }
  return map;
}
var linkEmptyText = {
  id: "link-empty-text",
  description: "A link in a translation has text when the same link in its source has text",
  severity: "error",
  severityReason: "Error: a link without text is invisible to the reader, so the link is lost.",
  examples: {
    fail: "[](https://example.com/a) \u2026 [Purchase services](https://example.com/a)",
    pass: "[\u8D2D\u4E70\u670D\u52A1](https://example.com/a) \u2026 [Purchase services](https://example.com/a)"
  },
  scope: "document",
  messages: {
    noText: 'Link to `{{target}}` has no text; in the source it reads "{{sourceText}}"'
  },
  check(doc) {
    const links2 = placedLinks(doc);
    const findings = [];
    let sourceLinks;
    for (let i = 0; i < links2.length; i++) {
      const link = links2[i];
      if (link.zone !== "translation" || link.kind !== "inline" && link.kind !== "reference") continue;
      if (hasVisibleText(doc.text, link.textStart, link.textEnd)) continue;
      sourceLinks ??= bySourceUnit(links2);
      const sources = (sourceLinks.get(link.segment) ?? []).filter((s) => s.parsed.key === link.parsed.key && visibleText(doc.text.slice(s.textStart, s.textEnd)) !== "");
      const source = sources[0];
      if (source) {
        const sourceText = visibleText(doc.text.slice(source.textStart, source.textEnd));
        const written = doc.text.slice(source.textStart, source.textEnd);
        const agreed = sources.every((s) => doc.text.slice(s.textStart, s.textEnd) === written);
        findings.push({
          start: link.start,
          end: link.end,
          messageId: "noText",
          data: { target: link.target, sourceText },
          ...agreed && { fix: { description: `restore the link text "${sourceText}" from the source unit, in its language`, edits: [{ start: link.textStart, end: link.textEnd, text: written }] } }
        });
      }
    }
    return findings;
  }
};

// src/rules/link-parity.ts
var linkParity = {
  id: "link-parity",
  description: "A translated unit links to the same targets as its source unit (in any order; a URL's locale may differ; images are image-parity's)",
  severity: "error",
  severityReason: "Error: a link the source has and the translation lost (or a target changed) is a link the reader of that locale does not get.",
  examples: {
    fail: '\u8BD1\u6587 (no link) \u2026 <span data-stu-id="581fd-103">see [docs](https://example.com/a)</span>',
    pass: "\u53C2\u9605[\u6587\u6863](https://example.com/zh-cn/a) \u2026 see [docs](https://example.com/en-us/a)"
  },
  scope: "document",
  messages: {
    changed: "Link target changed in {{id}}: the source links to `{{source}}`, the translation to `{{here}}`",
    extra: "Extra link to `{{target}}` in {{id}}: the source has no such link",
    missing: "Link to `{{target}}` in the source of {{id}} is missing from the translation"
  },
  check(doc) {
    const bySegment = /* @__PURE__ */ new Map();
    const links2 = placedLinks(doc);
    for (let i = 0; i < links2.length; i++) {
      const link = links2[i];
      if (link.segment === null || link.zone === "outside") continue;
      let entry = bySegment.get(link.segment);
      if (!entry) bySegment.set(link.segment, entry = { translation: [], source: [], sourceImages: null });
      if (isImage(doc.text, link)) {
        if (link.zone === "source") (entry.sourceImages ??= /* @__PURE__ */ new Set()).add(link.parsed.key);
      } else entry[link.zone].push(link);
    }
    bySegment.forEach((entry) => {
      const images = entry.sourceImages;
      if (images !== null) entry.translation = entry.translation.filter((link) => !images.has(link.parsed.key));
    });
    const findings = [];
    bySegment.forEach(({ translation, source }, segment) => {
      if (sameTargetsInOrder(translation, source)) return;
      const { changed, missing, extra } = pairItems(source.map(asItem), translation.map(asItem));
      changed.forEach(({ source: { link: lost }, translation: { link } }) => {
        const fix = changed.length === 1 && missing.length === 0 && extra.length === 0 ? restoredTarget(doc.text, segment, link, lost) : void 0;
        findings.push({ start: link.start, end: link.end, messageId: "changed", data: { id: segment.id, source: lost.target, here: link.target }, ...fix && { fix } });
      });
      for (const { link } of extra) findings.push({ start: link.start, end: link.end, messageId: "extra", data: { target: link.target, id: segment.id } });
      const brokenJoins = brokenJunctions(doc.text, segment).length;
      for (const { link: lost } of missing.slice(brokenJoins)) {
        findings.push({
          start: segment.ttu.tagStart,
          end: segment.ttu.contentStart,
          messageId: "missing",
          data: { target: lost.target, id: segment.id }
        });
      }
    });
    return findings;
  }
};
var asItem = (link) => ({ start: link.start, end: link.end, key: link.parsed.key, link });
function restoredTarget(text, segment, link, lost) {
  if (link.kind !== "inline" || lost.kind !== "inline" || lost.destEnd === lost.destStart) return void 0;
  const destination = text.slice(lost.destStart, lost.destEnd);
  const unit = text.slice(segment.ttu.contentStart, segment.ttu.contentEnd);
  if (unit.includes(destination)) return void 0;
  return { description: `restore the target \`${destination}\` from the source unit`, edits: [{ start: link.destStart, end: link.destEnd, text: destination }] };
}
function sameTargetsInOrder(translation, source) {
  if (translation.length !== source.length) return false;
  for (let i = 0; i < translation.length; i++) if (translation[i].parsed.key !== source[i].parsed.key) return false;
  return true;
}

// src/rules/links-cross-locale.ts
function visibleByTarget(doc, isSource) {
  return derived(doc, isSource ? allByTarget : renderedByTarget);
}
var allByTarget = (doc) => byTarget(placedLinks(doc));
var renderedByTarget = (doc) => byTarget(renderedLinks(doc));
function byTarget(links2) {
  const map = /* @__PURE__ */ new Map();
  for (let i = 0; i < links2.length; i++) {
    const link = links2[i];
    const list = map.get(link.parsed.key);
    if (list) list.push(link);
    else map.set(link.parsed.key, [link]);
  }
  return map;
}
var sameLength = (a, b) => a.length === b.length;
function unitDifferences(doc) {
  const perUnit = /* @__PURE__ */ new Map();
  const links2 = placedLinks(doc);
  for (let i = 0; i < links2.length; i++) {
    const link = links2[i];
    if (link.segment === null) continue;
    let counts = perUnit.get(link.segment);
    if (counts === void 0) perUnit.set(link.segment, counts = /* @__PURE__ */ new Map());
    counts.set(link.parsed.key, (counts.get(link.parsed.key) ?? 0) + (link.zone === "translation" ? 1 : -1));
  }
  const differences = { lost: /* @__PURE__ */ new Map(), added: /* @__PURE__ */ new Map() };
  perUnit.forEach(
    (counts) => counts.forEach((balance, key) => {
      const side = balance < 0 ? differences.lost : differences.added;
      if (balance !== 0) side.set(key, (side.get(key) ?? 0) + Math.abs(balance));
    })
  );
  return differences;
}
var sourceUnitLinks = (doc) => byTarget(placedLinks(doc).filter((l) => l.zone === "source"));
var linksCrossLocale = {
  id: "links-cross-locale",
  description: "A file links to the same targets, as often, as the same article in the other locales and the source",
  severity: "error",
  severityReason: "Error: a link most locales of the same source version have and this one lacks (or repeats) is a link lost or altered in translation.",
  examples: {
    fail: "zh-CN links https://example.com/a once, de-DE and ja-JP twice",
    pass: "every locale links https://example.com/a twice"
  },
  scope: "locales",
  messages: {
    moreHere: "`{{target}}` is linked {{here}}\xD7 here but {{expected}}\xD7 in most other locales (differs from {{disagree}})",
    missing: "Link to `{{target}}` is missing here: {{expected}}\xD7 in most other locales, {{here}}\xD7 here (differs from {{disagree}})"
  },
  check(doc, ctx) {
    if (!ctx.localized) return [];
    const others = comparableCounterparts(doc, ctx).map((c) => ({ ...c, links: visibleByTarget(c.doc, c.isSource) }));
    if (others.length === 0) return [];
    const here = visibleByTarget(doc, false);
    if (others.every((o) => sameEntries(here, o.links, sameLength))) return [];
    const keys = keysOf([here, ...others.map((o) => o.links)]);
    const units = derived(doc, unitDifferences);
    const findings = [];
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      const mine = here.get(key) ?? [];
      const counts = others.map((o) => o.links.get(key)?.length ?? 0);
      const expected2 = majority(counts);
      if (expected2 === null || mine.length === expected2) continue;
      const disagree = others.filter((_, i) => counts[i] !== mine.length).map((o) => o.label);
      const target = (mine[0] ?? others.flatMap((o) => o.links.get(key) ?? [])[0]).target;
      if (mine.length > expected2) {
        const unexplained = mine.length - expected2 - (units.added.get(key) ?? 0);
        if (unexplained <= 0) continue;
        const sourceCounts = others.map((o) => (o.isSource ? o.links : derived(o.doc, sourceUnitLinks)).get(key)?.length ?? 0);
        if (majority(sourceCounts) === mine.length) continue;
        for (const link of mine.slice(mine.length - unexplained)) {
          findings.push({
            start: link.start,
            end: link.end,
            messageId: "moreHere",
            data: { target, here: mine.length, expected: expected2, disagree: disagree.join(", ") }
          });
        }
      } else {
        const unexplained = expected2 - mine.length - (units.lost.get(key) ?? 0);
        if (unexplained <= 0) continue;
        const model = others.find((o, i) => counts[i] === expected2 && !o.isSource) ?? others.find((_, i) => counts[i] === expected2);
        for (const link of model.links.get(key).slice(expected2 - unexplained)) {
          findings.push({
            ...placeOfCounterpartOffset(doc, model.doc, link.start),
            messageId: "missing",
            data: { target, expected: expected2, here: mine.length, disagree: disagree.join(", ") }
          });
        }
      }
    }
    return findings.sort((a, b) => a.start - b.start);
  }
};

// src/rules/number-parity.ts
var SEPARATORS = /* @__PURE__ */ new Set([COMMA, DOT, APOSTROPHE, ARABIC_DECIMAL_SEPARATOR, ARABIC_THOUSANDS_SEPARATOR]);
var SPACE_SEPARATORS = /* @__PURE__ */ new Set([SPACE, NO_BREAK_SPACE, NARROW_NO_BREAK_SPACE]);
var NUMBER_WORDS = new Map(
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split(" ").map((word, value) => [word, String(value)]).concat([["thirty", "30"], ["forty", "40"], ["fifty", "50"], ["sixty", "60"], ["seventy", "70"], ["eighty", "80"], ["ninety", "90"], ["hundred", "100"], ["thousand", "1000"]]).flatMap(([word, value]) => [[word, value], [word[0].toUpperCase() + word.slice(1), value]])
);
var DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g;
function digitValue(c) {
  if (c >= DIGIT_0 && c <= DIGIT_9) return c - DIGIT_0;
  if (c >= ARABIC_INDIC_DIGIT_0 && c <= ARABIC_INDIC_DIGIT_9) return c - ARABIC_INDIC_DIGIT_0;
  if (c >= EXTENDED_ARABIC_INDIC_DIGIT_0 && c <= EXTENDED_ARABIC_INDIC_DIGIT_9) return c - EXTENDED_ARABIC_INDIC_DIGIT_0;
  if (c >= FULLWIDTH_DIGIT_0 && c <= FULLWIDTH_DIGIT_9) return c - FULLWIDTH_DIGIT_0;
  return -1;
}
var isAsciiLetter3 = (c) => c >= UPPER_A && c <= UPPER_Z || c >= LOWER_A && c <= LOWER_Z;
var NUMBER_WORD_STARTS = new Set("zotfsenhZOTFSENH".split("").map((c) => c.charCodeAt(0)));
var mayBeNumberWord = (word) => word.length >= 3 && NUMBER_WORD_STARTS.has(word.charCodeAt(0)) && (word.length <= 9 || word.includes("-"));
var SCALE_WORDS = /* @__PURE__ */ new Set(["million", "millions", "billion", "billions", "trillion", "thousand"]);
function numbersOf(text, words, withWords, nextDigit) {
  const found = [];
  for (let w = 0; w < words.length; w++) {
    const wordStart = words.start(w);
    let wordEnd = words.end(w);
    const key = withWords && NUMBER_WORD_STARTS.has(text.charCodeAt(wordStart)) ? words.key(w) : "";
    if (mayBeNumberWord(key)) {
      const value = NUMBER_WORDS.get(key);
      if (value !== void 0) found.push({ start: wordStart, end: wordEnd, key: value, word: true, digits: "", plain: value });
      else if (key.includes("-")) {
        for (const part of key.split("-")) {
          const inPart = NUMBER_WORDS.get(part);
          if (inPart !== void 0) found.push({ start: wordStart, end: wordEnd, key: inPart, word: true, digits: "", plain: inPart });
        }
      }
    }
    for (let i = nextDigit.next(wordStart); i < wordEnd; i = nextDigit.next(i)) {
      const start = i;
      let groups = 0;
      groupStarts[0] = i;
      let threes = true;
      for (; ; ) {
        if (i < wordEnd && digitValue(text.charCodeAt(i)) !== -1) {
          i++;
          continue;
        }
        const c = text.charCodeAt(i);
        if (i < wordEnd - 1 && SEPARATORS.has(c) && digitValue(text.charCodeAt(i + 1)) !== -1) {
          threes &&= groups === 0 || i - groupStarts[groups] === 3;
          groupEnds[groups++] = i;
          groupStarts[groups] = ++i;
          continue;
        }
        if (i !== wordEnd || w + 1 >= words.length || words.start(w + 1) !== i + 1 || digitValue(text.charCodeAt(i + 1)) === -1) break;
        const closes = threes && (groups === 0 || i - groupStarts[groups] === 3);
        const spaceMayJoin = SPACE_SEPARATORS.has(c) && (groups === 0 ? i : groupEnds[0]) - start <= 3;
        if (spaceMayJoin) threes = closes;
        if (c !== COMMA && c !== FULLWIDTH_COMMA && c !== APOSTROPHE && !(spaceMayJoin && closes && isGroup(text, words.start(w + 1), words.end(w + 1)))) break;
        threes = closes;
        groupEnds[groups++] = i;
        groupStarts[groups] = ++i;
        wordEnd = words.end(++w);
      }
      groupEnds[groups++] = i;
      const end = i;
      const before = text.charCodeAt(start - 1);
      const after = text.charCodeAt(end);
      const identifier = isAsciiLetter3(before) || isAsciiLetter3(after);
      const time = after === COLON && digitValue(text.charCodeAt(end + 1)) !== -1 || before === COLON && digitValue(text.charCodeAt(start - 2)) !== -1;
      if (identifier || time || scaled(end, words, w + 1)) continue;
      const zeros = myriadZeros(text, end);
      if (groups <= 2 || threes && groupEnds[groups - 1] - groupStarts[groups - 1] === 3) {
        let digits = "";
        for (let g = 0; g < groups; g++) digits += digitsOf(text, groupStarts[g], groupEnds[g]);
        found.push(numberItem(start, end, digits, zeros));
      } else for (let g = 0; g < groups; g++) found.push(numberItem(start, end, digitsOf(text, groupStarts[g], groupEnds[g]), zeros));
    }
  }
  return found;
}
var groupStarts = [];
var groupEnds = [];
function digitsOf(text, from, to) {
  let ascii = true;
  for (let i = from; i < to && ascii; i++) ascii = isDigit(text.charCodeAt(i));
  if (ascii) return text.slice(from, to);
  let digits = "";
  for (let i = from; i < to; i++) digits += digitValue(text.charCodeAt(i));
  return digits;
}
function numberItem(start, end, digits, zeros) {
  let z = 0;
  while (z < digits.length - 1 && digits.charCodeAt(z) === DIGIT_0) z++;
  const plain = z === 0 ? digits : digits.slice(z);
  return { start, end, key: plain + zeros, word: false, digits, plain };
}
function scaled(end, words, next) {
  return next < words.length && words.start(next) === end + 1 && SCALE_WORDS.has(words.key(next).toLowerCase());
}
function isGroup(text, start, end) {
  for (let i = start; i < start + 3; i++) if (i >= end || digitValue(text.charCodeAt(i)) === -1) return false;
  return end === start + 3 || digitValue(text.charCodeAt(start + 3)) === -1;
}
var MYRIADS = /* @__PURE__ */ new Map([
  [19975, "0000"],
  [33836, "0000"],
  [47564, "0000"],
  // 万 萬 만
  [20740, "00000000"],
  [20159, "00000000"],
  [50613, "00000000"]
  // 億 亿 억
]);
function myriadZeros(text, end) {
  const c = text.charCodeAt(end);
  return MYRIADS.get(c) ?? (c === SPACE ? MYRIADS.get(text.charCodeAt(end + 1)) ?? "" : "");
}
function inSourceOrder(source, translation) {
  let t = 0;
  for (let n = 0; n < source.length && t < translation.length; n++) if (!source[n].word && source[n].key === translation[t].key) t++;
  return t === translation.length;
}
function sameDigits(source, translation) {
  const digits = (items) => [...items.filter((n) => !n.word).map((n) => n.digits).join("")].sort().join("");
  return digits(source) === digits(translation);
}
var numberParity = {
  id: "number-parity",
  description: "Numbers of a source unit are in the translated unit with the same value, whatever the digit grouping, decimal mark or digits a locale writes",
  severity: "warning",
  severityReason: "Warning: a changed number (a limit, a count, a port) misleads the reader, but a translation may legitimately restate a number (a 24-hour time, a word for it), so it asks for a look rather than failing the check.",
  examples: {
    fail: '<span data-ttu-id="5d2e8-103">\u041C\u043E\u0436\u043D\u043E \u0434\u043E\u0431\u0430\u0432\u0438\u0442\u044C \u0434\u043E 250 \u043A\u0430\u0440\u0442\u043E\u0447\u0435\u043A.</span><span class="sxs-lookup"><span data-stu-id="5d2e8-103">You can add up to 2,500 cards.</span></span>',
    pass: '<span data-ttu-id="5d2e8-103">\u041C\u043E\u0436\u043D\u043E \u0434\u043E\u0431\u0430\u0432\u0438\u0442\u044C \u0434\u043E 2 500 \u043A\u0430\u0440\u0442\u043E\u0447\u0435\u043A.</span><span class="sxs-lookup"><span data-stu-id="5d2e8-103">You can add up to 2,500 cards.</span></span>'
  },
  scope: "document",
  messages: {
    changed: "Number `{{source}}` in the source of {{id}} is `{{here}}` here"
  },
  check(doc) {
    const { text } = doc;
    const findings = [];
    const digits = new MatchAhead(text, DIGIT);
    const apart = new MatchAhead(text, APART);
    const linkOpens = new MatchAhead(text, LINK_OPEN);
    const pairs = inlinePairs(doc);
    for (let index = 0; index < pairs.length; index++) {
      const pair = pairs[index];
      if (!digits.within(pair.source.contentStart, pair.source.contentEnd)) continue;
      const { segment, source: sourceUnit, translation: unit } = pair;
      const sourceMarked = markedWords(text, sourceUnit.contentStart, sourceUnit.contentEnd, digits, apart, linkOpens);
      const sourceDigits = numbersOf(text, sourceMarked ?? pair.sourceInline.words, sourceMarked === null, digits);
      if (!sourceDigits.some((n) => !n.word)) continue;
      const words = markedWords(text, unit.contentStart, unit.contentEnd, digits, apart, linkOpens) ?? pair.translationInline.words;
      const translation = numbersOf(text, words, false, digits);
      if (inSourceOrder(sourceDigits, translation)) continue;
      const source = sourceMarked === null ? sourceDigits : numbersOf(text, pair.sourceInline.words, true, digits);
      const { changed, missing, extra } = pairItems(source, translation);
      if (changed.length === 0 && (missing.every((n) => n.word) || extra.length === 0)) continue;
      if (sameDigits(source, translation)) continue;
      const again = pairItems(
        [...changed.map((c) => c.source), ...missing].filter((n) => !n.word),
        [...changed.map((c) => c.translation), ...extra].map((n) => ({ ...n, key: n.plain }))
      );
      const lost = [...again.changed.map((c) => c.source), ...again.missing].sort((a, b) => a.start - b.start);
      const instead = [...again.changed.map((c) => c.translation), ...again.extra].sort((a, b) => a.start - b.start);
      for (let n = 0; n < Math.min(lost.length, instead.length); n++) {
        const from = lost[n];
        const here = instead[n];
        findings.push({
          start: here.start,
          end: here.end,
          messageId: "changed",
          data: { source: text.slice(from.start, from.end), id: segment.id, here: text.slice(here.start, here.end) }
        });
      }
    }
    return findings;
  }
};

// src/rules/placeholder-parity.ts
var OTHER_OPENERS = codesOf("\u2039\uFF1C\u3008\xAB");
var OTHER_CLOSERS = codesOf("\u203A\uFF1E\u3009\xBB");
var MAX_NAME = 80;
var HTML_ELEMENTS = new Set(
  "a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption center cite code col colgroup data dd del details dfn dialog div dl dt em embed fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd label legend li link main map mark meta meter nav nobr noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script section select small source span strike strong style sub summary sup table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr xref".split(" ")
);
var isAsciiLetter4 = (c) => c >= UPPER_A && c <= UPPER_Z || c >= LOWER_A && c <= LOWER_Z;
var isWordChar2 = (c) => isAsciiLetter4(c) || isDigit(c) || c === UNDERSCORE;
function openerAt(text, i) {
  const c = text.charCodeAt(i);
  if (c === LESS_THAN || OTHER_OPENERS.has(c)) return 1;
  if (c === BACKSLASH && text.charCodeAt(i + 1) === LESS_THAN) return 2;
  return c === AMPERSAND && text.startsWith("&lt;", i) ? 4 : 0;
}
function closerAt(text, i) {
  const c = text.charCodeAt(i);
  if (c === GREATER_THAN || OTHER_CLOSERS.has(c)) return 1;
  if (c === BACKSLASH && text.charCodeAt(i + 1) === GREATER_THAN) return 2;
  return c === AMPERSAND && text.startsWith("&gt;", i) ? 4 : 0;
}
var asciiBracket = (bracket) => bracket.length > 1 || bracket === "<" || bracket === ">";
function angleAt(text, i, length, end) {
  const from = i + length;
  for (let j = from; j < end && j - from <= MAX_NAME; j++) {
    const c = text.charCodeAt(j);
    if (c === LF || openerAt(text, j) > 0) return null;
    const close = closerAt(text, j);
    if (close === 0) continue;
    const raw = text.slice(from, j);
    if (raw.trim() === "") return null;
    const open = text.slice(i, from);
    if (open === "<" && !isPlaceholderTag(raw)) return null;
    const closeText = text.slice(j, j + close);
    const spaced = isSpace(raw.charCodeAt(0)) || isSpace(raw.charCodeAt(raw.length - 1));
    const name = raw.trim();
    return { start: i, end: j + close, key: `<${raw}>`, written: text.slice(i, j + close), angle: true, wellFormed: asciiBracket(open) && asciiBracket(closeText) && !spaced, name, open, close: closeText };
  }
  return null;
}
function isPlaceholderTag(raw) {
  if (!new RegExp("^\\p{L}", "u").test(raw) || /[=/"']/.test(raw)) return false;
  const space = raw.search(/\s/);
  return !HTML_ELEMENTS.has((space === -1 ? raw : raw.slice(0, space)).toLowerCase());
}
function formatAt(text, i, end) {
  const c = text.charCodeAt(i);
  const before = text.charCodeAt(i - 1);
  let j = i + 1;
  if (c === OPEN_BRACE) {
    const double = text.charCodeAt(j) === OPEN_BRACE;
    if (double) j++;
    const from = j;
    while (j < end && j - from < MAX_NAME && (double ? isWordChar2(text.charCodeAt(j)) : isDigit(text.charCodeAt(j)))) j++;
    if (j === from || text.charCodeAt(j) !== CLOSE_BRACE || double && text.charCodeAt(j + 1) !== CLOSE_BRACE) return null;
    j += double ? 2 : 1;
  } else if (c === PERCENT) {
    const next = text.charCodeAt(j);
    if (isWordChar2(before) || !(next === LOWER_S || next === LOWER_D || next >= DIGIT_1 && next <= DIGIT_9)) return null;
    j++;
    if (isWordChar2(text.charCodeAt(j)) || text.charCodeAt(j) === PERCENT) return null;
  } else if (c === DOLLAR) {
    if (isWordChar2(before) || !(isAsciiLetter4(text.charCodeAt(j)) || text.charCodeAt(j) === UNDERSCORE)) return null;
    while (j < end && j - i <= MAX_NAME && isWordChar2(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) === COLON) return null;
  } else return null;
  const written = text.slice(i, j);
  const key = c === DOLLAR ? written.toLowerCase() : written;
  return { start: i, end: j, key, written, angle: false, wellFormed: true, name: key, open: "", close: "" };
}
function spacedFormatAt(text, i, end) {
  const c = text.charCodeAt(i);
  if (c !== OPEN_BRACE && c !== PERCENT && c !== DOLLAR) return null;
  let j = i + 1;
  let compact = text[i];
  const limit = Math.min(end, i + MAX_NAME);
  let spaces = 0;
  while (j < limit && text.charCodeAt(j) === SPACE) j++, spaces++;
  if (spaces === 0) return null;
  while (j < limit && (isWordChar2(text.charCodeAt(j)) || text.charCodeAt(j) === SPACE || c === OPEN_BRACE && text.charCodeAt(j) === CLOSE_BRACE)) {
    if (text.charCodeAt(j) !== SPACE) compact += text[j];
    j++;
    if (c === OPEN_BRACE && text.charCodeAt(j - 1) === CLOSE_BRACE) break;
  }
  while (j > i && text.charCodeAt(j - 1) === SPACE) j--;
  const found = formatAt(compact, 0, compact.length);
  if (found === null || found.key !== compact) return null;
  return { start: i, end: j, key: text.slice(i, j), written: text.slice(i, j), angle: false, wellFormed: false, name: compact, open: "", close: "" };
}
var ASCII_START = new Uint8Array(128);
for (const c of [LESS_THAN, BACKSLASH, AMPERSAND, OPEN_BRACE, PERCENT, DOLLAR]) ASCII_START[c] = 1;
var opensPlaceholder = (c) => c < ASCII_START.length ? ASCII_START[c] === 1 : OTHER_OPENERS.has(c);
var OPENER = /[<\\&{%$\u2039\uff1c\u3008\u00ab]/g;
function placeholders(text, unit, inline, loose) {
  const found = [];
  let code = 0;
  for (let i = unit.contentStart; i < unit.contentEnd; ) {
    while (code < inline.code.length && inline.code[code].end <= i) code++;
    const span = inline.code[code];
    if (span !== void 0 && span.start <= i) {
      i = span.end;
      continue;
    }
    const c = text.charCodeAt(i);
    if (!opensPlaceholder(c)) {
      i++;
      continue;
    }
    const opener = openerAt(text, i);
    const angle = opener > 0 ? angleAt(text, i, opener, unit.contentEnd) : null;
    const placeholder = angle ?? formatAt(text, i, unit.contentEnd) ?? (loose ? spacedFormatAt(text, i, unit.contentEnd) : null);
    if (placeholder !== null && (loose || placeholder.wellFormed)) {
      found.push(placeholder);
      i = placeholder.end;
      continue;
    }
    const entity = text.charCodeAt(i) === AMPERSAND ? entityEnd(text, i, unit.contentEnd) : -1;
    i = entity !== -1 ? entity : i + 1;
  }
  return found;
}
var placeholderParity = {
  id: "placeholder-parity",
  description: "Placeholders of a source unit (`<domain>`, `&lt;Name&gt;`, `{0}`, `%s`, `$var`) keep their form in the translated unit: angle brackets unchanged and unspaced (the name inside may be translated), format placeholders verbatim",
  severity: "error",
  severityReason: "Error: a placeholder with other brackets or spaces (`\u2039\u0434\u043E\u043C\u0435\u043D>`, `&lt; Name &gt;`, `{ 0 }`) is no longer the value the reader replaces, or the one the software fills in.",
  examples: {
    fail: '<span data-ttu-id="9a4f2-105">\u0412\u0432\u0435\u0434\u0438\u0442\u0435 \u2039\u0434\u043E\u043C\u0435\u043D> \u0432 \u043F\u043E\u043B\u0435.</span><span class="sxs-lookup"><span data-stu-id="9a4f2-105">Type &lt;domain&gt; in the box.</span></span>',
    pass: '<span data-ttu-id="9a4f2-105">\u0412\u0432\u0435\u0434\u0438\u0442\u0435 &lt;\u0434\u043E\u043C\u0435\u043D&gt; \u0432 \u043F\u043E\u043B\u0435.</span><span class="sxs-lookup"><span data-stu-id="9a4f2-105">Type &lt;domain&gt; in the box.</span></span>'
  },
  scope: "document",
  messages: {
    changed: "Placeholder `{{source}}` in the source of {{id}} is `{{here}}` here",
    missing: "Placeholder `{{source}}` in the source of {{id}} is missing here"
  },
  check(doc) {
    const { text } = doc;
    const findings = [];
    const openers = new MatchAhead(text, OPENER);
    const pairs = inlinePairs(doc);
    for (let index = 0; index < pairs.length; index++) {
      const pair = pairs[index];
      if (!openers.within(pair.source.contentStart, pair.source.contentEnd)) continue;
      const { segment, source, translation, sourceInline } = pair;
      const wanted = placeholders(text, source, sourceInline, false);
      if (wanted.length === 0) continue;
      const { translationInline } = pair;
      const here = placeholders(text, translation, translationInline, true);
      const format = pairItems(
        wanted.filter((p) => !p.angle),
        here.filter((p) => !p.angle && p.wellFormed)
      );
      const brokenFormat = here.filter((p) => !p.angle && !p.wellFormed);
      const translationText = text.slice(translation.contentStart, translation.contentEnd);
      const inCode = (lost) => translationInline.code.length > 0 && translationText.includes(lost.written);
      for (const lost of [...format.changed.map((c) => c.source), ...format.missing]) {
        if (inCode(lost)) continue;
        const broken = brokenFormat.find((p) => (lost.key.startsWith("$") ? p.name.toLowerCase() : p.name) === lost.key);
        if (broken !== void 0) {
          brokenFormat.splice(brokenFormat.indexOf(broken), 1);
          findings.push(changedFinding(segment.id, lost, broken, [{ start: broken.start, end: broken.end, text: lost.key }]));
        } else findings.push(missingFinding(segment.id, lost, translation));
      }
      const sourceAngles = wanted.filter((p) => p.angle);
      const angles = here.filter((p) => p.angle);
      const angle = pairItems(
        sourceAngles,
        angles.filter((p) => p.wellFormed)
      );
      const renamed = /* @__PURE__ */ new Set([...angle.changed.map((c) => c.translation), ...angle.extra]);
      const left = angles.filter((p) => !p.wellFormed || renamed.has(p));
      [...angle.changed.map((c) => c.source), ...angle.missing].forEach((lost, n) => {
        const taken = left[n];
        if (taken === void 0) {
          if (!inCode(lost)) findings.push(missingFinding(segment.id, lost, translation));
        } else if (!taken.wellFormed) {
          const name = taken.name.replace(/\s+/g, " ");
          const edits = /[\\*<>&]/.test(name) ? [] : [{ start: taken.start, end: taken.end, text: `${lost.open}${name}${lost.close}` }];
          findings.push(changedFinding(segment.id, lost, taken, edits));
        }
      });
    }
    return findings;
  }
};
function changedFinding(id, source, here, edits) {
  return {
    start: here.start,
    end: here.end,
    messageId: "changed",
    data: { source: source.written, id, here: here.written },
    ...edits.length > 0 && { fix: { description: `write it as the source does: \`${edits[0].text}\``, edits } }
  };
}
function missingFinding(id, source, translation) {
  return {
    start: translation.tagStart,
    end: translation.contentStart,
    messageId: "missing",
    data: { source: source.written, id }
  };
}

// src/rules/relative-link-missing.ts
import { dirname as dirname2, join, relative as relativePath, resolve as resolve2, sep } from "node:path";
function lookup(ctx, absolute, suggestions) {
  const parts = absolute.split(sep).filter(Boolean);
  let current = sep;
  let caseDiffers = false;
  for (const part of parts) {
    let names = ctx.listFolder(current);
    let name = names.find((n) => n === part);
    if (name === void 0) {
      names = [...names, ...ctx.omittedFromCheckout(current)];
      name = names.find((n) => n === part) ?? names.find((n) => n.toLowerCase() === part.toLowerCase());
      if (name === void 0) return { found: false, suggestion: suggestions.closest(part, names, current) };
      if (name !== part) caseDiffers = true;
    }
    current = join(current, name);
  }
  return { found: true, actualCase: caseDiffers ? current : null };
}
var FALLBACKS = ["off", "info", "warning", "error"];
function relativeTargets(doc) {
  return derived(doc, collectRelativeTargets);
}
function collectRelativeTargets(doc) {
  const targets = /* @__PURE__ */ new Set();
  const links2 = renderedLinks(doc);
  for (let i = 0; i < links2.length; i++) if (links2[i].parsed.kind === "relative") targets.add(relativeFilePath(links2[i].parsed));
  return targets;
}
var relativeLinkMissing = {
  id: "relative-link-missing",
  description: "A relative link or include points to a file that exists in this locale, with the file name's exact case",
  severity: "error",
  severityReason: "Error: the link or image is broken for every reader. A target only the source locale has is `info` by default (`fallback`): the publishing system serves the English file. A broken link copied from the source is reported once, on the source. In a sparse checkout, a file the working tree leaves out but the git index holds (skip-worktree) exists: the publishing system builds from the whole commit.",
  examples: {
    fail: "![x](media/16353_mouse_over.gif)  (on disk: media/16353_Mouse_over.gif)",
    pass: "![x](media/16353_Mouse_over.gif)"
  },
  scope: "locales",
  options: {
    fallback: {
      enum: FALLBACKS,
      default: "info",
      description: "Severity when the target exists only in the source locale (the publishing system falls back to it)"
    }
  },
  messages: {
    caseDiffers: "`{{target}}` differs in case from the file on disk (`{{onDisk}}`): it breaks on case-sensitive hosts",
    caseDiffersEveryLocale: "`{{target}}` differs in case from the file on disk (`{{onDisk}}`): it breaks on case-sensitive hosts (every locale of the article links to it so: the fix belongs in the source)",
    onlyInSource: "`{{target}}` exists only in the source locale ({{sourceLocale}}); readers get the untranslated file",
    missing: "`{{target}}` does not exist{{hint}}",
    missingEveryLocale: "`{{target}}` does not exist{{hint}} (every locale of the article links to it: the fix belongs in the source)"
  },
  check(doc, ctx) {
    const option = ctx.options.fallback;
    const fallback = FALLBACKS.includes(option) ? option : "info";
    const findings = [];
    const suggestions = new Suggestions();
    const dir = dirname2(ctx.filePath);
    const links2 = renderedLinks(doc);
    for (let i = 0; i < links2.length; i++) {
      const link = links2[i];
      if (link.parsed.kind !== "relative") continue;
      const relative4 = relativeFilePath(link.parsed);
      if (relative4 === "") continue;
      const absolute = resolve2(dir, relative4);
      const at = { start: link.destStart, end: link.destEnd };
      const here = lookup(ctx, absolute, suggestions);
      const copied = (other) => relativeTargets(other).has(relative4);
      if (here.found) {
        if (here.actualCase !== null) {
          const inSource2 = ctx.counterpartInSource(absolute);
          const sourceLookup = inSource2 === null ? null : lookup(ctx, inSource2, suggestions);
          const sourceToo = sourceLookup !== null && sourceLookup.found && sourceLookup.actualCase !== null;
          const who2 = ctx.source() !== null && !sourceToo ? "here" : reporterOf(doc, ctx, copied);
          if (who2 === "elsewhere") continue;
          const onDisk = relativePath(dir, here.actualCase).split(sep).join("/");
          findings.push({ ...at, messageId: who2 === "article" ? "caseDiffersEveryLocale" : "caseDiffers", data: { target: relative4, onDisk } });
        }
        continue;
      }
      const inSource = ctx.counterpartInSource(absolute);
      if (inSource !== null && lookup(ctx, inSource, suggestions).found) {
        if (fallback !== "off") {
          findings.push({ ...at, severity: fallback, messageId: "onlyInSource", data: { target: relative4, sourceLocale: ctx.sourceLocale } });
        }
        continue;
      }
      const who = reporterOf(doc, ctx, copied);
      if (who === "elsewhere") continue;
      const hint = here.suggestion ? `; did you mean \`${here.suggestion}\`?` : "";
      findings.push({ ...at, messageId: who === "article" ? "missingEveryLocale" : "missing", data: { target: relative4, hint } });
    }
    return findings;
  }
};

// src/rules/segment-empty.ts
var segmentEmpty = {
  id: "segment-empty",
  description: "A translated unit is not empty when its source has text",
  severity: "error",
  severityReason: "Error: the reader of the translation sees nothing where the source has text.",
  examples: {
    fail: '<span data-ttu-id="581fd-103"></span>\u2026<span data-stu-id="581fd-103">Source</span>',
    pass: '<span data-ttu-id="581fd-103">\u8BD1\u6587</span>\u2026<span data-stu-id="581fd-103">Source</span>'
  },
  scope: "document",
  messages: {
    empty: "Translated unit {{id}} is empty but its source has text"
  },
  check(doc) {
    return doc.segments.filter((s) => s.stu !== null).filter((s) => !hasVisibleText(doc.text, s.ttu.contentStart, s.ttu.contentEnd)).filter((s) => hasVisibleText(doc.text, s.stu.contentStart, s.stu.contentEnd)).map((s) => ({ start: s.ttu.tagStart, end: s.ttu.end, messageId: "empty", data: { id: s.id } }));
  }
};

// src/rules/segment-id-format.ts
var expected = "expected five hex digits, a dash and a number (`581fd-102`, `581fd-p102`)";
var segmentIdFormat = {
  id: "segment-id-format",
  description: "Segment ids have the form xxxxx-NNN or xxxxx-pNNN (five hex digits, then a number)",
  severity: "error",
  severityReason: "Error: the localization pipeline matches units by id; a malformed one is not handed back or updated.",
  examples: {
    fail: '<span data-ttu-id="581FD-3">\u2026</span>\u2026',
    pass: '<span data-ttu-id="581fd-103">\u2026</span>\u2026'
  },
  scope: "document",
  messages: {
    malformedUnit: "Malformed segment id `{{id}}`: {{expected}}",
    malformedSource: "Malformed source unit id `{{id}}`: {{expected}}"
  },
  check(doc) {
    const findings = [];
    for (let i = 0; i < doc.segments.length; i++) {
      const s = doc.segments[i];
      if (s.idParts === null) {
        findings.push({ start: s.ttu.tagStart, end: s.ttu.contentStart, messageId: "malformedUnit", data: { id: s.id, expected } });
      }
      if (s.stu && s.stu.id !== s.id && segmentIdParts(s.stu.id) === null) {
        findings.push({ start: s.stu.tagStart, end: s.stu.contentStart, messageId: "malformedSource", data: { id: s.stu.id, expected } });
      }
    }
    return findings;
  }
};

// src/rules/segment-id-unique.ts
var segmentIdUnique = {
  id: "segment-id-unique",
  description: "No segment id is used twice in a file",
  severity: "error",
  severityReason: "Error: two units with one id make the pipeline write one translation in both places.",
  examples: {
    fail: "581fd-103 \u2026 581fd-103",
    pass: "581fd-103 \u2026 581fd-104"
  },
  scope: "document",
  messages: {
    duplicate: "Segment id {{id}} is already used on line {{line}}"
  },
  check(doc) {
    const firstAt = /* @__PURE__ */ new Map();
    const findings = [];
    for (let i = 0; i < doc.segments.length; i++) {
      const s = doc.segments[i];
      const first = firstAt.get(s.id);
      if (first === void 0) firstAt.set(s.id, s.ttu.tagStart);
      else {
        const line = doc.lines.position(first).line;
        findings.push({ start: s.ttu.tagStart, end: s.ttu.contentStart, messageId: "duplicate", data: { id: s.id, line } });
      }
    }
    return findings;
  }
};

// src/rules/segment-order.ts
var segmentOrder = {
  id: "segment-order",
  description: "Segment numbers rise in document order (plain and merged p-ids counted apart)",
  severity: "warning",
  severityReason: "Warning: units out of order still render; it usually means a unit was moved by hand, which the next handoff may undo.",
  examples: {
    fail: "581fd-105 \u2026 581fd-104",
    pass: "581fd-104 \u2026 581fd-105"
  },
  scope: "document",
  messages: {
    outOfOrder: "Segment {{id}} comes after {{previous}}: segments are out of order"
  },
  check(doc) {
    const last = { plain: -1, merged: -1 };
    const findings = [];
    for (let i = 0; i < doc.segments.length; i++) {
      const s = doc.segments[i];
      const parts = s.idParts;
      if (parts === null) continue;
      const series = parts.merged ? "merged" : "plain";
      if (parts.number < last[series]) {
        findings.push({
          start: s.ttu.tagStart,
          end: s.ttu.contentStart,
          messageId: "outOfOrder",
          data: { id: s.id, previous: `${parts.merged ? "p" : ""}${last[series]}` }
        });
      }
      last[series] = Math.max(last[series], parts.number);
    }
    return findings;
  }
};

// src/rules/segment-pair.ts
var segmentPair = {
  id: "segment-pair",
  description: "Every translated unit (data-ttu-id) is followed by its source unit (data-stu-id) with the same id, and no source unit stands alone",
  severity: "error",
  severityReason: "Error: a translated unit without its source unit (or the reverse) breaks the side-by-side view and the next handoff of that unit.",
  examples: {
    fail: '<span data-ttu-id="581fd-103">\u8BD1\u6587</span> text',
    pass: '<span data-ttu-id="581fd-103">\u8BD1\u6587</span><span class="sxs-lookup"><span data-stu-id="581fd-103">Source</span></span>'
  },
  scope: "document",
  messages: {
    noSource: "Translated unit {{id}} has no `sxs-lookup` source unit after it",
    noTranslation: "Source unit {{id}} has no translated unit before it",
    idMismatch: "Source unit {{sourceId}} follows translated unit {{id}}: the ids differ"
  },
  check(doc) {
    const findings = [];
    for (let i = 0; i < doc.spanProblems.length; i++) {
      const p = doc.spanProblems[i];
      const at = { start: p.start, end: p.end };
      if (p.kind === "ttu-without-stu") findings.push({ ...at, messageId: "noSource", data: { id: p.id } });
      else if (p.kind === "stu-without-ttu") findings.push({ ...at, messageId: "noTranslation", data: { id: p.id } });
      else if (p.kind === "id-mismatch") findings.push({ ...at, messageId: "idMismatch", data: { sourceId: p.otherId, id: p.id } });
    }
    return findings;
  }
};

// src/rules/segment-prefix.ts
function onePrefix(segments) {
  let prefix = null;
  for (let i = 0; i < segments.length; i++) {
    const parts = segments[i].idParts;
    if (parts === null) continue;
    if (prefix === null) prefix = parts.prefix;
    else if (parts.prefix !== prefix) return false;
  }
  return true;
}
var segmentPrefix = {
  id: "segment-prefix",
  description: "All segment ids in a file share one prefix",
  severity: "error",
  severityReason: "Error: the pipeline identifies a file's units by their prefix; a unit with another file's prefix is not updated with this file.",
  examples: {
    fail: "581fd-103 \u2026 d13cd-104",
    pass: "581fd-103 \u2026 581fd-104"
  },
  scope: "document",
  messages: {
    otherPrefix: "Segment {{id}} has prefix {{prefix}}; the file's other segments use {{main}}"
  },
  check(doc) {
    if (onePrefix(doc.segments)) return [];
    const counts = /* @__PURE__ */ new Map();
    const prefixed = doc.segments.flatMap((s) => {
      const parts = s.idParts;
      if (parts === null) return [];
      counts.set(parts.prefix, (counts.get(parts.prefix) ?? 0) + 1);
      return [{ segment: s, prefix: parts.prefix }];
    });
    if (counts.size < 2) return [];
    const main = [...counts].sort((a, b) => b[1] - a[1])[0][0];
    return prefixed.filter((p) => p.prefix !== main).map(({ segment, prefix }) => ({
      start: segment.ttu.tagStart,
      end: segment.ttu.contentStart,
      messageId: "otherPrefix",
      data: { id: segment.id, prefix, main }
    }));
  }
};

// src/rules-support/substrings.ts
var Substrings = class {
  next = [/* @__PURE__ */ new Map()];
  link = [-1];
  length = [0];
  /** End offset (exclusive) of the first occurrence of each state's strings. */
  end = [0];
  constructor(text) {
    let last = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const cur = this.state(this.length[last] + 1, i + 1);
      let p = last;
      while (p !== -1 && !this.next[p].has(c)) {
        this.next[p].set(c, cur);
        p = this.link[p];
      }
      if (p === -1) this.link[cur] = 0;
      else {
        const q = this.next[p].get(c);
        if (this.length[p] + 1 === this.length[q]) this.link[cur] = q;
        else {
          const clone = this.state(this.length[p] + 1, this.end[q]);
          for (const [k, v] of this.next[q]) this.next[clone].set(k, v);
          this.link[clone] = this.link[q];
          while (p !== -1 && this.next[p].get(c) === q) {
            this.next[p].set(c, clone);
            p = this.link[p];
          }
          this.link[q] = clone;
          this.link[cur] = clone;
        }
      }
      last = cur;
    }
  }
  state(length, end) {
    this.next.push(/* @__PURE__ */ new Map());
    this.link.push(-1);
    this.length.push(length);
    this.end.push(end);
    return this.next.length - 1;
  }
  /** Where `s` first ends in the text (exclusive), or -1 when it does not occur. */
  firstEnd(s) {
    let state = 0;
    for (let i = 0; i < s.length; i++) {
      const to = this.next[state].get(s.charCodeAt(i));
      if (to === void 0) return -1;
      state = to;
    }
    return s.length === 0 ? 0 : this.end[state];
  }
  has(s) {
    return this.firstEnd(s) !== -1;
  }
};

// src/rules/source-stale.ts
var NAMED = 10;
var QUOTED = 60;
var NUL = "\0";
var MAX_COMPARED = 256 * 1024;
var squeeze = (text) => text.replace(/\s+/g, " ").trim();
var short = (commit) => commit.slice(0, 7);
function listed2(items) {
  const named = items.slice(0, NAMED).join(", ");
  return items.length > NAMED ? `${named} and ${items.length - NAMED} more` : named;
}
function paragraphs(text) {
  const lines = text.split("\n");
  let from = 0;
  if (lines[0]?.trimEnd() === "---") {
    const close = lines.findIndex((l, i) => i > 0 && l.trimEnd() === "---");
    if (close !== -1) from = close + 1;
  }
  const found = [];
  let current = [];
  let start = 0;
  for (let i = from; i <= lines.length; i++) {
    const line = lines[i];
    if (line === void 0 || line.trim() === "") {
      if (current.length > 0) found.push({ text: squeeze(current.join(" ")), line: start + 1 });
      current = [];
    } else {
      if (current.length === 0) start = i;
      current.push(line);
    }
  }
  return found;
}
var indexed = /* @__PURE__ */ new WeakMap();
function indexOf(version) {
  let found = indexed.get(version);
  if (found !== void 0) return found;
  const old = new Set(paragraphs(version.before).map((p) => p.text));
  const added = paragraphs(version.now).filter((p) => !old.has(p.text));
  const starts = [];
  let joined2 = "";
  for (const p of added) {
    starts.push(joined2.length);
    joined2 += `${p.text}${NUL}`;
  }
  found = { then: new Substrings(squeeze(version.before)), current: new Substrings(squeeze(version.now)), added, inAdded: new Substrings(joined2), starts };
  indexed.set(version, found);
  return found;
}
function staleness(doc, version) {
  const { then, current, added, inAdded, starts } = indexOf(version);
  const covered = /* @__PURE__ */ new Set();
  const units = [];
  for (const segment of doc.segments) {
    if (segment.stu === null) continue;
    const unit = squeeze(doc.text.slice(segment.stu.contentStart, segment.stu.contentEnd));
    if (unit === "") continue;
    if (then.has(unit) && !current.has(unit)) units.push(segment.id);
    const end = inAdded.firstEnd(unit);
    if (end === -1) continue;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (starts[mid] < end) low = mid;
      else high = mid - 1;
    }
    covered.add(low);
  }
  return { units, paragraphs: added.filter((_, i) => !covered.has(i)) };
}
function quoted(p) {
  const text = p.text.length > QUOTED ? `${p.text.slice(0, QUOTED)}\u2026` : p.text;
  return `line ${p.line} \u201C${text}\u201D`;
}
function staleMessage(doc, version, matched) {
  const data = { path: version.path, commit: short(version.commit), matched };
  if (version.current === "removed") return { messageId: "removed", data };
  if (version.before === void 0 || version.now === void 0 || version.before.length > MAX_COMPARED || version.now.length > MAX_COMPARED) return { messageId: "changedTooLarge", data };
  const { units, paragraphs: added } = staleness(doc, version);
  const changes = { ...data, units: listed2(units), paragraphs: listed2(added.map(quoted)) };
  if (units.length > 0 && added.length > 0) return { messageId: "changedUnitsAndParagraphs", data: changes };
  if (units.length > 0) return { messageId: "changedUnits", data: changes };
  if (added.length > 0) return { messageId: "changedParagraphs", data: changes };
  return { messageId: "changedOutsideUnits", data };
}
var sourceStale = {
  id: "source-stale",
  description: "A translation names the source it was made from (`ms.sourcegitcommit`, `ms.openlocfilehash`) truly, and that source has not changed since",
  severity: "warning",
  severityReason: "Warning: a stale translation or wrong localization metadata still renders; readers get an older text, and the next handoff may translate from the wrong base.",
  examples: {
    fail: "ms.sourcegitcommit: <a commit after which the source file changed>",
    pass: "ms.sourcegitcommit: <the commit that last changed the source file>"
  },
  scope: "locales",
  messages: {
    notACommit: "ms.sourcegitcommit {{commit}} is not a commit of the source repository: the localization metadata is wrong (or the history was rewritten)",
    noFile: "The source `{{path}}` did not exist at ms.sourcegitcommit {{commit}}: the localization metadata is wrong",
    wrongHash: "ms.openlocfilehash {{hash}} is not the SHA-1 of the source `{{path}}` at ms.sourcegitcommit {{commit}} ({{rawHash}} as stored, {{crlfHash}} with CRLF line endings): the localization metadata is wrong",
    removed: "Translation is stale: the source `{{path}}` no longer exists at HEAD (it did at ms.sourcegitcommit {{commit}})",
    changedTooLarge: "Translation is stale: the source `{{path}}` has changed since ms.sourcegitcommit {{commit}}{{matched}}. (The source is too large to name the units that changed.)",
    changedUnits: "Translation is stale: the source `{{path}}` has changed since ms.sourcegitcommit {{commit}}{{matched}}. Source units no longer in the source: {{units}}.",
    changedParagraphs: "Translation is stale: the source `{{path}}` has changed since ms.sourcegitcommit {{commit}}{{matched}}. New source paragraphs with no unit: {{paragraphs}}.",
    changedUnitsAndParagraphs: "Translation is stale: the source `{{path}}` has changed since ms.sourcegitcommit {{commit}}{{matched}}. Source units no longer in the source: {{units}}. New source paragraphs with no unit: {{paragraphs}}.",
    changedOutsideUnits: "Translation is stale: the source `{{path}}` has changed since ms.sourcegitcommit {{commit}}{{matched}}. Every source unit is still in the source; what changed lies outside them."
  },
  check(doc, ctx) {
    if (!ctx.localized || ctx.sourceVersion === void 0) return [];
    const version = ctx.sourceVersion();
    const fm = doc.frontMatter;
    const commit = fm?.get("ms.sourcegitcommit");
    if (version === null || fm === null || commit === void 0) return [];
    const at = { start: commit.valueStart, end: commit.valueEnd };
    if (version.state === "no-commit") {
      if (version.unknowable) return [];
      return [{ ...at, messageId: "notACommit", data: { commit: short(version.commit) } }];
    }
    if (version.state === "no-file") return [{ ...at, messageId: "noFile", data: { path: version.path, commit: short(version.commit) } }];
    const findings = [];
    const hashEntry = fm.get("ms.openlocfilehash");
    const hash = typeof hashEntry?.value === "string" ? hashEntry.value.toLowerCase() : null;
    let matched = "";
    if (hash !== null && hashEntry !== void 0) {
      if (hash === version.rawHash) matched = " (ms.openlocfilehash matches the source at that commit, as stored)";
      else if (hash === version.crlfHash) matched = " (ms.openlocfilehash matches the source at that commit with CRLF line endings)";
      else {
        findings.push({
          start: hashEntry.valueStart,
          end: hashEntry.valueEnd,
          messageId: "wrongHash",
          // A version found holds both hashes.
          data: { hash, path: version.path, commit: short(version.commit), rawHash: version.rawHash, crlfHash: version.crlfHash }
        });
      }
    }
    if (version.current !== "same") findings.push({ ...at, ...staleMessage(doc, version, matched) });
    return findings;
  }
};

// src/rules/span-balance.ts
var IN_SOURCE_TOO = "; the source unit has it too, so the fix belongs in the source";
function strayMessage(p) {
  if (p.unit === void 0) return { messageId: "stray" };
  return { messageId: "closesUnit", data: { unit: p.unit, where: p.alsoInSource ? IN_SOURCE_TOO : "" } };
}
function unclosedMessage(p) {
  if (p.unit !== void 0) return { messageId: "takesUnitClose", data: { unit: p.unit, where: p.alsoInSource ? IN_SOURCE_TOO : "" } };
  return { messageId: "unclosed", data: { id: p.id ? ` ${p.id}` : "" } };
}
var spanBalance = {
  id: "span-balance",
  description: "Every `<span>` is closed and every `</span>` closes one",
  severity: "error",
  severityReason: "Error: an unbalanced span swallows the text after it into the hidden source, or leaves markup on the page.",
  examples: {
    fail: '<span data-ttu-id="581fd-103">\u8BD1\u6587</span>\u3002</span>',
    pass: '<span data-ttu-id="581fd-103">\u8BD1\u6587\u3002</span>'
  },
  scope: "document",
  messages: {
    stray: "Stray `</span>`: no open span to close",
    closesUnit: "`</span>` in the text of translated unit {{unit}} closes the unit early{{where}}",
    takesUnitClose: "`<span>` is never closed: it takes the `</span>` of translated unit {{unit}}, which then holds its source unit{{where}}",
    unclosed: "`<span{{id}}>` is never closed"
  },
  check(doc) {
    const findings = [];
    for (let i = 0; i < doc.spanProblems.length; i++) {
      const p = doc.spanProblems[i];
      const at = { start: p.start, end: p.end };
      if (p.kind === "stray-close") findings.push({ ...at, ...strayMessage(p) });
      else if (p.kind === "unclosed") findings.push({ ...at, ...unclosedMessage(p) });
    }
    return findings;
  }
};

// src/rules/table-structure.ts
var LOOKALIKES = /* @__PURE__ */ new Map([
  [8212, "-"],
  // — em dash
  [8211, "-"],
  // – en dash
  [8213, "-"],
  // ― horizontal bar
  [8722, "-"],
  // − minus sign
  [65293, "-"],
  // － full-width hyphen-minus
  [12540, "-"],
  // ー katakana long mark
  [65306, ":"],
  // ： full-width colon
  [FULLWIDTH_PIPE, "|"]
  // ｜ full-width vertical line
]);
function contentStart(text, from, to) {
  let i = from;
  for (let c = text.charCodeAt(i); i < to && (c === GREATER_THAN || c === SPACE || c === TAB); c = text.charCodeAt(++i)) ;
  return i;
}
function contentEnd(text, from, to) {
  let end = to;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}
function delimiterCells2(text, from, to) {
  let i = from;
  let pipes = 0;
  if (text.charCodeAt(i) === PIPE) {
    i++;
    pipes++;
  }
  let cells = 0;
  while (i < to) {
    while (i < to && isBlank3(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) === COLON) i++;
    const dashes = i;
    while (i < to && text.charCodeAt(i) === DASH) i++;
    if (i === dashes) return -1;
    if (text.charCodeAt(i) === COLON) i++;
    while (i < to && isBlank3(text.charCodeAt(i))) i++;
    cells++;
    if (i === to) break;
    if (text.charCodeAt(i) !== PIPE) return -1;
    i++;
    pipes++;
  }
  return pipes > 0 && cells > 0 ? cells : -1;
}
var isBlank3 = (c) => c === SPACE || c === TAB;
function retypedDelimiter(text, from, to) {
  let lookalike = false;
  let pipe = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === PIPE || c === FULLWIDTH_PIPE) pipe = true;
    if (LOOKALIKES.has(c)) lookalike = true;
    else if (c !== PIPE && c !== COLON && c !== DASH && !isBlank3(c)) return false;
  }
  return lookalike && pipe;
}
function cellPipes(doc, from, to) {
  const { text, links: links2 } = doc;
  const pipes = [];
  let pipe = text.indexOf("|", from);
  if (pipe === -1 || pipe >= to) return pipes;
  const code = codeSpans(text, from, to);
  let span = 0;
  let link = firstLinkFrom(doc, from);
  let lastLt = -1;
  let nextLt = text.indexOf("<", from);
  let tagEnd = -1;
  for (; pipe !== -1 && pipe < to; pipe = text.indexOf("|", pipe + 1)) {
    while (nextLt !== -1 && nextLt < pipe) {
      lastLt = nextLt;
      tagEnd = -1;
      nextLt = text.indexOf("<", nextLt + 1);
    }
    while (span < code.length && code[span][1] <= pipe) span++;
    while (link < links2.length && links2[link].end <= pipe) link++;
    if (escapedAt(text, pipe, from)) continue;
    if (span < code.length && code[span][0] <= pipe) continue;
    if (link < links2.length && links2[link].start <= pipe) continue;
    if (lastLt >= from) {
      if (tagEnd === -1) tagEnd = readTagAt(text, lastLt, to - lastLt)?.end ?? lastLt;
      if (tagEnd > pipe) continue;
    }
    pipes.push(pipe);
  }
  return pipes;
}
function firstLinkFrom(doc, offset) {
  let lo = 0;
  let hi = doc.links.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (doc.links[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function cellsOf(pipes, rowStart, rowEnd) {
  if (pipes.length === 0) return 1;
  const leading = pipes[0] === rowStart ? 1 : 0;
  const trailing = pipes.at(-1) === rowEnd - 1 && pipes.length > leading ? 1 : 0;
  return pipes.length + 1 - leading - trailing;
}
var LINE_BREAK = 1;
var HAS_PIPE = 2;
function marksOf2(text, range) {
  let marks = 0;
  for (let i = range.contentStart; i < range.contentEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) marks |= LINE_BREAK;
    else if (c === PIPE) marks |= HAS_PIPE;
  }
  return marks;
}
function joinLines(text, range) {
  const edits = [];
  for (let i = range.contentStart; i < range.contentEnd; i++) {
    if (!isSpace(text.charCodeAt(i))) continue;
    let end = i;
    let breaks = false;
    while (end < range.contentEnd && isSpace(text.charCodeAt(end))) {
      const c = text.charCodeAt(end);
      if (c === LF || c === CR) breaks = true;
      end++;
    }
    if (breaks) edits.push({ start: i, end, text: i === range.contentStart || end === range.contentEnd ? "" : " " });
    i = end;
  }
  return edits;
}
function checkRow(doc, lineStart, rowStart, rowEnd, findings) {
  const { text, segments } = doc;
  let rowPipes = null;
  let furthest = -1;
  for (let s = unitsStartingBy(segments, lineStart - 1); s < segments.length && segments[s].ttu.tagStart < rowEnd; s++) {
    const segment = segments[s];
    const { ttu, stu } = segment;
    if (stu === null || ttu.tagStart < furthest) continue;
    furthest = stu.end;
    const translationMarks = marksOf2(text, ttu);
    const sourceMarks = marksOf2(text, stu);
    if ((translationMarks & LINE_BREAK) !== 0 && (sourceMarks & LINE_BREAK) === 0) {
      findings.push({
        start: ttu.tagStart,
        end: ttu.contentStart,
        messageId: "lineBreak",
        data: { id: segment.id },
        fix: { description: "join the lines of the translated unit", edits: joinLines(text, ttu) }
      });
      continue;
    }
    if (((translationMarks | sourceMarks) & HAS_PIPE) === 0) continue;
    const here = cellPipes(doc, ttu.contentStart, ttu.contentEnd);
    const there = cellPipes(doc, stu.contentStart, stu.contentEnd);
    if (here.length === there.length) continue;
    rowPipes ??= cellPipes(doc, rowStart, rowEnd);
    const translationCells = cellsOf(rowPipes.filter((p) => p < stu.contentStart || p >= stu.contentEnd), rowStart, rowEnd);
    const sourceCells = cellsOf(rowPipes.filter((p) => p < ttu.contentStart || p >= ttu.contentEnd), rowStart, rowEnd);
    const counted = (n) => n === 0 ? "none" : `${n} \`|\``;
    const fix = there.length === 0 ? { description: "escape the `|` of the translated unit", edits: here.map((p) => ({ start: p, end: p, text: "\\" })) } : void 0;
    findings.push({
      start: here[0] ?? ttu.tagStart,
      end: (here[0] ?? ttu.tagStart) + 1,
      messageId: here.length === 1 ? "oneCellEnd" : "cellEnds",
      data: { id: segment.id, pipes: counted(here.length), sourcePipes: counted(there.length), cells: translationCells, sourceCells },
      ...fix && { fix }
    });
  }
}
var tableStructure = {
  id: "table-structure",
  description: "A pipe table keeps its shape in translation: each translated unit ends as many cells as its source unit (a `|` escaped, in code, in a tag or in a link ends none) and breaks no row, and delimiter rows are delimiter rows",
  severity: "error",
  severityReason: "Error: a row with another cell count moves text into the wrong column or drops it (DocFX keeps only as many cells as the header has), a line break ends the row, and a broken delimiter row leaves no table at all. A delimiter row of another width than its header is a warning (DocFX shows the table), reported once, on the source, when the translation copies it.",
  examples: {
    fail: '|<span data-ttu-id="e52a8-109">Eingang | Posteingang</span>\u2026<span data-stu-id="e52a8-109">Inbox</span></span>|',
    pass: '|<span data-ttu-id="e52a8-105">Status \\| Priorit\xE4t</span>\u2026<span data-stu-id="e52a8-105">Status \\| Priority</span></span>|'
  },
  scope: "locales",
  messages: {
    lineBreak: "A line break in the translation of {{id}} ends the table row inside the unit (its source unit has none): the rest of the unit is read as another row, or the table as no table",
    oneCellEnd: "The translation of {{id}} has 1 `|` that ends a cell where its source unit has {{sourcePipes}}: the row has {{cells}} cells in the translation and {{sourceCells}} in the source",
    cellEnds: "The translation of {{id}} has {{pipes}} that end cells where its source unit has {{sourcePipes}}: the row has {{cells}} cells in the translation and {{sourceCells}} in the source",
    delimiterWidth: "The delimiter row has {{cells}} cells where the header row has {{headerCells}}: GitHub and other GFM renderers show no table then (DocFX does)",
    retypedDelimiter: "`{{row}}` under a header row is no delimiter row: `{{written}}` is not `{{meant}}`, so the table is not read as a table"
  },
  check(doc, ctx) {
    const { findings, widths } = derived(doc, scanTables);
    if (widths.size === 0) return findings;
    return findings.filter((f) => !(f.width && copiedFromSource(ctx, (source) => derived(source, scanTables).widths.has(doc.text.slice(f.start, f.end)))));
  }
};
function scanTables(doc) {
  const { text, lines, codeBlocks } = doc;
  const findings = [];
  const widths = /* @__PURE__ */ new Set();
  const starts = lines.starts;
  const bodyStart = doc.frontMatter?.closed ? doc.frontMatter.end : 0;
  let code = 0;
  let nextPipe = text.indexOf("|", bodyStart);
  if (nextPipe === -1) return { findings, widths };
  let header = null;
  let inTable = false;
  for (let n = 0; n < starts.length; n++) {
    const lineStart = starts[n];
    const lineEnd2 = n + 1 < starts.length ? starts[n + 1] : text.length;
    if (lineEnd2 <= bodyStart) continue;
    while (code < codeBlocks.length && codeBlocks[code][1] <= lineStart) code++;
    const inCode = code < codeBlocks.length && codeBlocks[code][0] <= lineStart;
    const start = contentStart(text, lineStart, lineEnd2);
    const end = contentEnd(text, start, lineEnd2);
    if (inCode || start === end) {
      header = null;
      inTable = false;
      continue;
    }
    if (nextPipe !== -1 && nextPipe < start) nextPipe = text.indexOf("|", start);
    const hasPipe = nextPipe !== -1 && nextPipe < end;
    if (inTable) {
      checkRow(doc, lineStart, start, end, findings);
      continue;
    }
    if (header !== null) {
      const cells = delimiterCells2(text, start, end);
      if (cells !== -1) {
        inTable = true;
        const headerCells2 = cellsOf(cellPipes(doc, header.start, header.end), header.start, header.end);
        if (cells !== headerCells2) {
          widths.add(text.slice(start, end));
          findings.push({
            start,
            end,
            severity: "warning",
            width: true,
            messageId: "delimiterWidth",
            data: { cells, headerCells: headerCells2 }
          });
        }
        checkRow(doc, header.lineStart, header.start, header.end, findings);
        header = null;
        continue;
      }
      if (retypedDelimiter(text, start, end)) {
        const edits = [];
        for (let i = start; i < end; i++) {
          const ascii = LOOKALIKES.get(text.charCodeAt(i));
          if (ascii !== void 0) edits.push({ start: i, end: i + 1, text: ascii });
        }
        findings.push({
          start,
          end,
          messageId: "retypedDelimiter",
          data: { row: text.slice(start, end), written: text[edits[0].start], meant: edits[0].text },
          fix: { description: "write the delimiter row with `-`, `:` and `|`", edits }
        });
      }
    }
    header = hasPipe ? { lineStart, start, end } : null;
  }
  return { findings, widths };
}

// src/rules/ui-path-parity.ts
var OTHER_SEPARATORS = codesOf("\u2192\uFF1E\u203A");
var QUOTES = codesOf(`"'\u201C\u201D\u201E\u300C\u300D\u300E\u300F\xAB\xBB`);
var MAX_BRACKET_DEPTH = 8;
var MAX_GAP = 24;
var SHOWN2 = 80;
function isTagStart2(c) {
  return c === SLASH || c >= UPPER_A && c <= UPPER_Z || c >= LOWER_A && c <= LOWER_Z;
}
function separatorAt(text, i) {
  const c = text.charCodeAt(i);
  if (c === GREATER_THAN || OTHER_SEPARATORS.has(c)) return 1;
  if (c === BACKSLASH && text.charCodeAt(i + 1) === GREATER_THAN) return 2;
  if (c === AMPERSAND && text.startsWith("&gt;", i)) return 4;
  return 0;
}
function placeholderEnd(text, i, end) {
  const c = text.charCodeAt(i);
  const entity = c === AMPERSAND && text.startsWith("&lt;", i);
  if (!entity && !(c === BACKSLASH && text.charCodeAt(i + 1) === LESS_THAN)) return -1;
  const close = entity ? text.indexOf("&gt;", i) : text.indexOf(">", i);
  if (close === -1 || close >= end) return -1;
  return close + (entity ? 4 : 1);
}
var STEP_ENDS = codesOf("]\uFF3D*)\u300D");
function endsStep(text, i, start) {
  let j = i - 1;
  while (j > start && isSpace(text.charCodeAt(j))) j--;
  return STEP_ENDS.has(text.charCodeAt(j));
}
var MAY_JOIN_STEPS = /[>\u2192\uff1e\u203a\u3001]|&(?=gt;)/g;
var SCAN_STOPS = /[&\\\u3001>\u2192\uff1e\u203a`<*[\]]/g;
function scan(doc, start, end, stops) {
  const { text } = doc;
  const code = doc.inline.within("code-span", start, end);
  let span = 0;
  const labels = [];
  const separators = [];
  const brackets = [];
  let boldFrom = -1;
  for (let i = stops.next(start); i < end; i = stops.next(i)) {
    const c = text.charCodeAt(i);
    const placeholder = placeholderEnd(text, i, end);
    const separator = placeholder !== -1 ? 0 : c === IDEOGRAPHIC_COMMA ? endsStep(text, i, start) ? 1 : 0 : separatorAt(text, i);
    if (placeholder !== -1) i = placeholder;
    else if (separator > 0) {
      separators.push(i);
      i += separator;
    } else if (c === BACKSLASH) i += 2;
    else if (c === BACKTICK) {
      while (span < code.length && code[span][0] < i) span++;
      i = span < code.length && code[span][0] === i ? code[span++][1] : i + 1;
    } else if (c === LESS_THAN && isTagStart2(text.charCodeAt(i + 1))) {
      const close = text.indexOf(">", i);
      i = close !== -1 && close < end ? close + 1 : i + 1;
    } else if (c === ASTERISK && text.charCodeAt(i + 1) === ASTERISK) {
      let run = i;
      while (run < end && text.charCodeAt(run) === ASTERISK) run++;
      if (boldFrom === -1) boldFrom = i;
      else {
        labels.push({ start: boldFrom, end: run, bold: true });
        boldFrom = -1;
      }
      i = run;
    } else if (c === OPEN_BRACKET) {
      if (brackets.length < MAX_BRACKET_DEPTH) brackets.push(i);
      i++;
    } else if (c === CLOSE_BRACKET && brackets.length > 0) {
      const from = brackets.pop();
      i++;
      if (text.charCodeAt(i) === OPEN_PAREN) {
        const close = text.indexOf(")", i);
        if (close !== -1 && close < end) i = close + 1;
      }
      labels.push({ start: from, end: i, bold: false });
    } else i++;
  }
  return { paths: pathsOf(text, outermost(labels), separators), separators };
}
function outermost(labels) {
  labels.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  for (const label of labels) {
    const last = kept.at(-1);
    if (last !== void 0 && label.end <= last.end) {
      if (label.bold) last.bold = true;
      continue;
    }
    kept.push(label);
  }
  return kept;
}
function pathsOf(text, labels, separators) {
  const paths = [];
  let next = 0;
  let current = null;
  for (const label of labels) {
    let inside = 0;
    while (next < separators.length && separators[next] < label.start) next++;
    while (next < separators.length && separators[next] < label.end) inside++, next++;
    if (current !== null && joined(text, current.end, label.start)) {
      current.end = label.end;
      current.steps += 1 + inside;
      current.bold &&= label.bold;
      continue;
    }
    if (current !== null && current.steps > 1) paths.push(current);
    current = { start: label.start, end: label.end, steps: 1 + inside, bold: label.bold };
  }
  if (current !== null && current.steps > 1) paths.push(current);
  return paths;
}
var isGap = (c) => isSpace(c) || QUOTES.has(c);
function skipGap(text, i, to) {
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isGap(c)) i++;
    else if (c === BACKSLASH && text.charCodeAt(i + 1) === ASTERISK) i += 2;
    else break;
  }
  return i;
}
function joined(text, from, to) {
  if (to - from > MAX_GAP) return false;
  let i = skipGap(text, from, to);
  if (text.charCodeAt(i) === DASH) i++;
  const length = separatorAt(text, i);
  if (length > 0) return skipGap(text, i + length, to) === to;
  if (text.charCodeAt(i) !== IDEOGRAPHIC_COMMA) return false;
  i = skipGap(text, i + 1, to);
  return skipGap(text, i + separatorAt(text, i), to) === to;
}
function shown2(text, range) {
  const flat = text.slice(range.start, range.end).replace(/\s+/g, " ");
  return flat.length > SHOWN2 ? `${flat.slice(0, SHOWN2)}\u2026` : flat;
}
var uiPathParity = {
  id: "ui-path-parity",
  description: "A UI path of the source (`**Settings** > **Mail** > **Rules**`) keeps its steps in the translation: as many, each a label, joined by separators",
  severity: "warning",
  severityReason: "Warning: a path whose separators or labels were lost or moved still names the screens, but the reader can no longer tell the steps apart or which words are on the screen.",
  examples: {
    fail: "s\xE9lectionnez **Afficher** > les envois de**courrier** > \\*\\*\\*\\* \u2026 choose **View** > **Email** > **Submissions**",
    pass: "[**\u8A2D\u5B9A**] > [**\u30E1\u30FC\u30EB**] > [**\u30EB\u30FC\u30EB**] \u3092\u9078\u629E\u3057\u307E\u3059 \u2026 select **Settings** > **Mail** > **Rules**"
  },
  scope: "document",
  messages: {
    separatorsLost: "UI path `{{path}}` ({{steps}} steps, {{separators}} separators) in the source of {{id}} is `{{here}}` ({{hereSteps}} steps) here: separators lost: {{kept}} of {{sourceSeparators}}",
    notLabels: "UI path `{{path}}` ({{steps}} steps, {{separators}} separators) in the source of {{id}} is `{{here}}` ({{hereSteps}} steps) here: steps no longer labels joined by separators",
    noPathSeparatorsLost: "UI path `{{path}}` ({{steps}} steps, {{separators}} separators) in the source of {{id}} is no steps joined by a separator here: separators lost: {{kept}} of {{sourceSeparators}}",
    noPathNotLabels: "UI path `{{path}}` ({{steps}} steps, {{separators}} separators) in the source of {{id}} is no steps joined by a separator here: steps no longer labels joined by separators"
  },
  check(doc) {
    const { text } = doc;
    const findings = [];
    const { segments } = doc;
    const mayJoin = new MatchAhead(text, MAY_JOIN_STEPS);
    const stops = new MatchAhead(text, SCAN_STOPS);
    for (let index = 0; index < segments.length; index++) {
      const segment = segments[index];
      const { ttu, stu } = segment;
      if (stu === null || !mayJoin.within(stu.contentStart, stu.contentEnd)) continue;
      const source = scan(doc, stu.contentStart, stu.contentEnd, stops);
      const sourcePaths = source.paths.filter((p) => p.bold || text.charCodeAt(p.end - 1) === CLOSE_PAREN);
      if (sourcePaths.length === 0) continue;
      const translation = scan(doc, ttu.contentStart, ttu.contentEnd, stops);
      const unmatched = [...translation.paths];
      for (const path of sourcePaths) {
        const match = unmatched.findIndex((p) => p.steps >= path.steps);
        if (match !== -1) {
          unmatched.splice(match, 1);
          continue;
        }
        const needed = path.steps - 1;
        const longest = translation.paths.reduce((best, p) => best === null || p.steps > best.steps ? p : best, null);
        const first = translation.separators[0];
        const at = longest !== null ? { start: longest.start, end: longest.end } : first !== void 0 ? { start: first, end: first + separatorAt(text, first) } : { start: ttu.tagStart, end: ttu.contentStart };
        const lost = translation.separators.length < source.separators.length;
        const data = { path: shown2(text, path), steps: path.steps, separators: needed, id: segment.id, kept: translation.separators.length, sourceSeparators: source.separators.length };
        if (longest === null) findings.push({ ...at, messageId: lost ? "noPathSeparatorsLost" : "noPathNotLabels", data });
        else findings.push({ ...at, messageId: lost ? "separatorsLost" : "notLabels", data: { ...data, here: shown2(text, longest), hereSteps: longest.steps } });
      }
    }
    return findings;
  }
};

// src/rules/untranslated.ts
var BACKTICK3 = "`";
var SHOWN3 = 60;
var MIN_COMMON_WORDS = 2;
var ENGLISH_WORDS = new Set(
  "the to of and or is are you your with for this that be by from can not it if on in an at will have has use does when which".split(" ")
);
function commonWords(prose) {
  let count = 0;
  let english = false;
  for (const word of prose.split(/\s+/)) {
    if (word.length < 2 || !new RegExp("^\\p{Ll}\\p{L}*$", "u").test(word)) continue;
    count++;
    english ||= ENGLISH_WORDS.has(word);
  }
  return { count, english };
}
function codeOf(doc, pairs) {
  const parts = doc.codeBlocks.map(([start, end]) => doc.text.slice(start, end));
  const backticks = new MatchAhead(doc.text, BACKTICK3);
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i];
    if (!backticks.within(pair.source.contentStart, pair.source.contentEnd)) continue;
    const code = pair.sourceInline.code;
    for (let s = 0; s < code.length; s++) parts.push(code[s].key);
  }
  return parts.join("\n");
}
var namesByOptions = /* @__PURE__ */ new WeakMap();
function productNames(options) {
  let names = namesByOptions.get(options);
  if (names === void 0) {
    const raw = Array.isArray(options.productNames) ? options.productNames : [];
    names = raw.map(String).filter((name) => name !== "").sort((a, b) => b.length - a.length);
    namesByOptions.set(options, names);
  }
  return names;
}
var untranslated = {
  id: "untranslated",
  description: "A unit of a human translation (`ms.translationtype: HT`) is translated: not left equal to its source, unless it holds no prose but code, tokens, names and configured product names",
  severity: "info",
  severityReason: "Info until it tells names from prose better: over the corpus about half of what it finds is a product name, an error message or a code line rightly kept in English (`Microsoft 365 Apps for business`, `Error SMTP error from remote server`), which configured product names only partly cover. An English sentence left in a translated article still reads, for some.",
  options: {
    productNames: {
      type: "array",
      items: { type: "string" },
      description: "Names that stay in English in every locale (`Microsoft Teams`, `Fabrikam Boards`): a unit of nothing else is not reported"
    }
  },
  examples: {
    fail: '<span data-ttu-id="8b2c4-104">Cards you follow are listed first.</span><span class="sxs-lookup"><span data-stu-id="8b2c4-104">Cards you follow are listed first.</span></span>',
    pass: '<span data-ttu-id="8b2c4-104">Fabrikam Boards</span><span class="sxs-lookup"><span data-stu-id="8b2c4-104">Fabrikam Boards</span></span>'
  },
  scope: "document",
  messages: {
    untranslated: "Unit {{id}} of a human translation is left equal to its source: `{{text}}`"
  },
  check(doc, ctx) {
    if (doc.frontMatter?.get("ms.translationtype")?.value !== "HT") return [];
    const { text } = doc;
    const names = productNames(ctx.options);
    const english = ctx.sourceLocale.toLowerCase().startsWith("en");
    const findings = [];
    const pairs = inlinePairs(doc);
    let code = null;
    for (let index = 0; index < pairs.length; index++) {
      const { segment, source, translation } = pairs[index];
      if (source.contentEnd - source.contentStart !== translation.contentEnd - translation.contentStart) continue;
      const unitText = text.slice(source.contentStart, source.contentEnd);
      if (unitText !== text.slice(translation.contentStart, translation.contentEnd)) continue;
      if ((code ??= codeOf(doc, pairs)).includes(unitText.trim())) continue;
      const kept = [];
      const { sourceInline } = pairs[index];
      for (let w = 0; w < sourceInline.words.length; w++) {
        const word = sourceInline.words.key(w);
        if (tokenKind(word) === null) kept.push(word);
      }
      let prose = kept.join(" ");
      for (const name of names) prose = prose.split(name).join(" ");
      const words = commonWords(prose);
      if (words.count < MIN_COMMON_WORDS || english && !words.english) continue;
      const shown4 = prose.trim().replace(/\s+/g, " ");
      findings.push({
        start: translation.tagStart,
        end: translation.contentStart,
        messageId: "untranslated",
        data: { id: segment.id, text: shown4.length > SHOWN3 ? `${shown4.slice(0, SHOWN3)}\u2026` : shown4 }
      });
    }
    return findings;
  }
};

// src/rules/index.ts
var rules = [
  frontMatterParse,
  frontMatterRequired,
  frontMatterFormat,
  frontMatterLocale,
  frontMatterUnknownKey,
  frontMatterEmptyValue,
  segmentPair,
  segmentIdFormat,
  segmentIdUnique,
  segmentPrefix,
  segmentOrder,
  spanBalance,
  segmentEmpty,
  linkParity,
  imageParity,
  htmlTagParity,
  tableStructure,
  alertMarker,
  emphasisParity,
  uiPathParity,
  codeParity,
  commandParity,
  placeholderParity,
  numberParity,
  untranslated,
  linkEmptyText,
  linkSyntax,
  linkEmptyTarget,
  anchorDuplicate,
  anchorParity,
  linksCrossLocale,
  fragmentMissing,
  relativeLinkMissing,
  sourceStale,
  externalLink
];
var allRuleMeta = [...rules, ...Object.values(fileProblems)];

// src/config/config.ts
import { lstatSync, readFileSync as readFileSync2 } from "node:fs";
import { dirname as dirname4, join as join3, matchesGlob, resolve as resolve3 } from "node:path";

// src/config/gitignore.ts
import { closeSync, constants, existsSync, openSync, readFileSync } from "node:fs";
import { dirname as dirname3, join as join2, sep as sep2 } from "node:path";
var ignore = lazyDependency("ignore");
function repositoryRoot(from) {
  for (let dir = from; ; dir = dirname3(dir)) {
    if (existsSync(join2(dir, ".git"))) return dir;
    if (dirname3(dir) === dir) return null;
  }
}
var GitIgnore = class {
  constructor(root) {
    this.root = root;
  }
  root;
  inFolder = /* @__PURE__ */ new Map();
  /** Whether git ignores the path (a folder when `folder`); paths outside the repository never are. */
  ignores(path, folder) {
    if (!path.startsWith(this.root + sep2)) return false;
    const chain = this.rulesOf(dirname3(path));
    for (let i = 0; i < chain.length; i++) {
      const relative4 = path.slice(chain[i].base.length + 1).split(sep2).join("/");
      if (chain[i].rules.ignores(folder ? `${relative4}/` : relative4)) return true;
    }
    return false;
  }
  rulesOf(folder) {
    let chain = this.inFolder.get(folder);
    if (chain !== void 0) return chain;
    chain = folder === this.root ? [] : this.rulesOf(dirname3(folder));
    let text = null;
    try {
      const fd = openSync(join2(folder, ".gitignore"), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
      try {
        text = readFileSync(fd, "utf8");
      } finally {
        closeSync(fd);
      }
    } catch {
    }
    if (text !== null) chain = [...chain, { base: folder, rules: ignore()().add(text) }];
    this.inFolder.set(folder, chain);
    return chain;
  }
};

// src/config/schema.ts
var SEVERITY_SETTING = { enum: ["off", "info", "warning", "error"] };
function ruleEntrySchema(id) {
  const rule = rules.find((r) => r.id === id);
  const options = rule?.options ? { type: "object", additionalProperties: false, properties: rule.options } : { type: "object", additionalProperties: false, properties: {} };
  return {
    description: allRuleMeta.find((r) => r.id === id).description,
    oneOf: [SEVERITY_SETTING, { type: "object", additionalProperties: false, properties: { severity: SEVERITY_SETTING, options } }]
  };
}
function rulesSchema() {
  return { type: "object", additionalProperties: false, properties: Object.fromEntries(allRuleMeta.map((r) => [r.id, ruleEntrySchema(r.id)])) };
}
var globs = { type: "array", items: { type: "string" } };
function configSchema() {
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://loclint.dev/schema/loclint.schema.json",
    title: "loclint configuration (.loclint.yml)",
    type: "object",
    additionalProperties: false,
    properties: {
      "source-locale": { type: "string", description: "Locale of the untranslated files (default en-US)" },
      "locale-roots": { ...globs, description: "Checkouts of the other locales, for repositories that hold one locale each" },
      "source-repository": { type: "string", description: "The source locale's folder in a git checkout of the source, relative to the working directory and inside the checked tree, for source-stale (default: the checked tree's source locale folder, when it is in git)" },
      include: { ...globs, description: "Globs of the files to check (default **/*.md)" },
      ignore: { ...globs, description: "Globs of files never to check" },
      "fail-on": { enum: ["error", "warning", "never"], description: "Fail when a finding is at least this severe (default error)" },
      rules: rulesSchema(),
      overrides: {
        type: "array",
        description: "Rule settings for some paths; later entries win",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["files", "rules"],
          properties: { files: { ...globs, minItems: 1 }, rules: rulesSchema() }
        }
      },
      "url-locale-patterns": {
        ...globs,
        description: "Regular expressions of URL parts that name a locale, removed before links are compared (locale path segments always are)"
      },
      "external-links": {
        type: "object",
        additionalProperties: false,
        description: "How --check-external requests links",
        properties: {
          concurrency: { type: "integer", minimum: 1, maximum: 256 },
          "timeout-ms": { type: "integer", minimum: 100 },
          retries: { type: "integer", minimum: 0, maximum: 10 },
          "max-age-hours": { type: "number", minimum: 0, maximum: MAX_CACHE_AGE_HOURS, description: "How long a good answer is kept (at most 30 days)" },
          skip: { ...globs, description: "Regular expressions of URLs never to request" },
          "allow-private": {
            description: "Hosts on non-public addresses (loopback, private, link-local, CGNAT, \u2026) that may be requested: true for all of them (intranet docs), or a list of CIDR ranges. Off by default: such links become findings and are never requested",
            oneOf: [{ type: "boolean" }, { type: "array", items: { type: "string" }, minItems: 1 }]
          }
        }
      }
    }
  };
}

// src/config/config.ts
var yaml2 = lazyDependency("yaml");
var ConfigError = class extends Error {
};
var defaultConfig = () => ({
  sourceLocale: "en-US",
  failOn: "error",
  localeRoots: [],
  include: ["**/*.md"],
  ignore: [],
  rules: /* @__PURE__ */ new Map(),
  overrides: [],
  urlLocalePatterns: [],
  externalLinks: {}
});
var CONFIG_FILES = [".loclint.yml", ".loclint.yaml"];
var validator;
async function configValidator() {
  if (validator === void 0) {
    const Ajv = (await import("./ajv-5V2RNGBK.js")).default;
    validator = new Ajv({ allErrors: true, strict: false, verbose: true }).compile(configSchema());
  }
  return validator;
}
function ruleMap(value) {
  const map = /* @__PURE__ */ new Map();
  for (const [id, setting] of Object.entries(value ?? {})) {
    map.set(id, typeof setting === "string" ? { severity: setting } : setting);
  }
  return map;
}
function locate(doc, lines, error) {
  let node = doc.getIn(pointerSegments(error.instancePath), true);
  let key;
  const { isMap, isScalar } = yaml2();
  if (error.keyword === "additionalProperties" && isMap(node)) {
    key = String(error.params.additionalProperty);
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    if (pair && isScalar(pair.key)) node = pair.key;
  }
  const offset = node?.range?.[0] ?? 0;
  const { line, col } = lines.linePos(offset);
  return { line, column: col, ...key !== void 0 ? { key } : {} };
}
var pointerSegments = (pointer) => pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~")).map((p) => /^\d+$/.test(p) ? Number(p) : p);
function settingName(pointer) {
  const name = pointerSegments(pointer).map((p, i) => typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`).join("");
  return name === "" ? "the configuration" : name;
}
var typeNames = { array: "a list", object: "a mapping", string: "a string", integer: "a whole number", number: "a number", boolean: "true or false" };
var shown3 = (text) => JSON.stringify(text).slice(1, -1);
function described(value) {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "empty";
  if (typeof value === "object") return "a mapping";
  return `\`${shown3(String(value))}\``;
}
function allowedKeys(error) {
  const schema = error.parentSchema;
  return Object.keys(schema?.properties ?? {});
}
function describeError(e, key) {
  const name = settingName(e.instancePath);
  if (key !== void 0) {
    const suggestion = closest(key, allowedKeys(e));
    return `unknown key \`${shown3(key)}\`${suggestion ? `; did you mean \`${suggestion}\`?` : ""}`;
  }
  if (e.keyword === "enum") {
    const allowed = e.params.allowedValues.map(String);
    const suggestion = typeof e.data === "string" ? closest(e.data, allowed) : void 0;
    return `${name} must be one of ${allowed.join(", ")}, not ${described(e.data)}${suggestion ? `; did you mean \`${suggestion}\`?` : ""}`;
  }
  if (e.keyword === "type") {
    const wanted = String(e.params.type);
    return `${name} must be ${typeNames[wanted] ?? wanted}, not ${described(e.data)}`;
  }
  return `${name} ${e.message}`;
}
function meaningfulErrors(errors) {
  const branchOf = (e) => {
    const at = e.schemaPath.lastIndexOf("/oneOf/");
    return at < 0 ? null : e.schemaPath.slice(0, at);
  };
  const deepest = /* @__PURE__ */ new Map();
  for (const e of errors) {
    const branch = branchOf(e);
    if (branch !== null) deepest.set(branch, Math.max(deepest.get(branch) ?? 0, e.instancePath.length));
  }
  const kept = errors.filter((e) => {
    if (e.keyword === "oneOf") return false;
    const branch = branchOf(e);
    return branch === null || e.instancePath.length === deepest.get(branch);
  });
  const enumAt = new Set(kept.filter((e) => e.keyword === "enum").map((e) => e.instancePath));
  const seen = /* @__PURE__ */ new Set();
  return kept.filter((e) => {
    if (e.keyword === "type" && enumAt.has(e.instancePath)) return false;
    const id = `${e.instancePath}\0${e.keyword}\0${JSON.stringify(e.params)}`;
    return !seen.has(id) && Boolean(seen.add(id));
  });
}
function configErrors(path, problems) {
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return new ConfigError(problems.map((p) => `${path}:${p.line}:${p.column}: ${p.message}`).join("\n"));
}
async function loadConfig(path) {
  let source;
  try {
    source = readFileSync2(path, "utf8");
  } catch (error) {
    throw new ConfigError(`${path}: cannot read configuration: ${error.message}`);
  }
  const { LineCounter, parseDocument: parseDocument2 } = yaml2();
  const lines = new LineCounter();
  const doc = parseDocument2(source, { version: "1.2", schema: "core", prettyErrors: false, lineCounter: lines, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw configErrors(
      path,
      doc.errors.map((e) => {
        const { line, col } = lines.linePos(e.pos[0]);
        return { line, column: col, message: e.message };
      })
    );
  }
  let data;
  try {
    data = doc.toJS({ maxAliasCount: 50 }) ?? {};
  } catch (error) {
    throw new ConfigError(`${path}: ${error.message}`);
  }
  const validate = await configValidator();
  if (!validate(data)) {
    throw configErrors(
      path,
      meaningfulErrors(validate.errors ?? []).map((e) => {
        const where = locate(doc, lines, e);
        return { line: where.line, column: where.column, message: describeError(e, where.key) };
      })
    );
  }
  const raw = data;
  const external = raw["external-links"] ?? {};
  const patterns = [
    ...(raw["url-locale-patterns"] ?? []).map((p, i) => [`/url-locale-patterns/${i}`, p]),
    ...(Array.isArray(external.skip) ? external.skip : []).map((p, i) => [`/external-links/skip/${i}`, p]),
    ...rulePatterns(raw.rules, "/rules"),
    ...(Array.isArray(raw.overrides) ? raw.overrides : []).flatMap((o, i) => rulePatterns(o.rules, `/overrides/${i}/rules`))
  ];
  const badPatterns = patterns.flatMap(([instancePath, pattern]) => {
    try {
      LinearPattern.compile(String(pattern));
      return [];
    } catch (error) {
      const where = locate(doc, lines, { instancePath, keyword: "pattern", params: {} });
      return [{ line: where.line, column: where.column, message: `${instancePath.slice(1).replaceAll("/", ".").replace(/\.(\d+)(?=\.|$)/g, "[$1]")}: ${error.message}` }];
    }
  });
  if (badPatterns.length > 0) throw configErrors(path, badPatterns);
  for (const range of Array.isArray(external["allow-private"]) ? external["allow-private"] : []) {
    if (parseRange(range) === null) throw new ConfigError(`${path}: external-links.allow-private: \`${range}\` is not an address or a CIDR range such as 10.0.0.0/8`);
  }
  const defaults = defaultConfig();
  return {
    sourceLocale: raw["source-locale"] ?? defaults.sourceLocale,
    failOn: raw["fail-on"] ?? defaults.failOn,
    localeRoots: raw["locale-roots"] ?? [],
    include: raw.include ?? defaults.include,
    ignore: raw.ignore ?? [],
    rules: ruleMap(raw.rules),
    overrides: (raw.overrides ?? []).map((o) => ({ files: o.files, rules: ruleMap(o.rules) })),
    urlLocalePatterns: raw["url-locale-patterns"] ?? [],
    ...typeof raw["source-repository"] === "string" ? { sourceRepository: raw["source-repository"] } : {},
    externalLinks: {
      ...external.concurrency !== void 0 ? { concurrency: external.concurrency } : {},
      ...external["timeout-ms"] !== void 0 ? { timeoutMs: external["timeout-ms"] } : {},
      ...external.retries !== void 0 ? { retries: external.retries } : {},
      ...external["max-age-hours"] !== void 0 ? { maxAgeHours: external["max-age-hours"] } : {},
      ...external.skip !== void 0 ? { skip: external.skip } : {},
      ...external["allow-private"] !== void 0 ? { allowPrivate: external["allow-private"] } : {}
    }
  };
}
function discoverConfig(cwd) {
  const top = repositoryRoot(cwd) ?? cwd;
  for (let dir = cwd; ; dir = dirname4(dir)) {
    for (const name of CONFIG_FILES) {
      const candidate = join3(dir, name);
      if (lstatSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
    }
    if (dir === top || dirname4(dir) === dir) return null;
  }
}
async function findConfig(cwd, path) {
  if (path) return loadConfig(resolve3(cwd, path));
  const found = discoverConfig(cwd);
  if (found === null) return defaultConfig();
  const config = await loadConfig(found);
  if (dirname4(found) !== cwd) config.base = dirname4(found);
  return config;
}
var NOT_CONFIGURED = Object.freeze({});
function ruleSettingsForFile(config, file) {
  const applying = config.overrides.filter((override) => override.files.some((glob) => matchesGlob(file, glob)));
  return (ruleId) => {
    let settings = config.rules.get(ruleId) ?? NOT_CONFIGURED;
    for (let i = 0; i < applying.length; i++) {
      const own = applying[i].rules.get(ruleId);
      if (own) settings = { severity: own.severity ?? settings.severity, options: { ...settings.options, ...own.options } };
    }
    return settings;
  };
}
function ruleSettingsFor(config, file, ruleId) {
  return ruleSettingsForFile(config, file)(ruleId);
}
function rulePatterns(rules2, at) {
  if (typeof rules2 !== "object" || rules2 === null) return [];
  return Object.entries(rules2).flatMap(([id, entry]) => {
    const patterns = entry?.options?.patterns;
    return Array.isArray(patterns) ? patterns.map((p, i) => [`${at}/${id}/options/patterns/${i}`, p]) : [];
  });
}

// src/findings/finding.ts
var rank = { error: 2, warning: 1, info: 0 };
function meetsFailLevel(severity, level) {
  return level !== "never" && rank[severity] >= rank[level];
}
function compareFindings(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
function countBySeverity(findings) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

// src/engine/read.ts
import { createHash } from "node:crypto";
import { closeSync as closeSync2, constants as constants2, fstatSync, openSync as openSync2, readSync, realpathSync, statSync } from "node:fs";
import { dirname as dirname5, resolve as resolve4, sep as sep4 } from "node:path";

// src/engine/paths.ts
import { relative, sep as sep3 } from "node:path";
function displayPath(cwd, absolutePath) {
  const normal = !absolutePath.includes(`${sep3}.`);
  if (normal && absolutePath.startsWith(cwd) && absolutePath[cwd.length] === sep3) {
    return sep3 === "/" ? absolutePath.slice(cwd.length + 1) : absolutePath.slice(cwd.length + 1).split(sep3).join("/");
  }
  const slash = absolutePath.lastIndexOf(sep3);
  if (!normal || slash <= 0 || absolutePath === cwd) return relative(cwd, absolutePath).split(sep3).join("/");
  const dir = absolutePath.slice(0, slash);
  const key = `${cwd}\0${dir}`;
  let relativeDir = relativeDirs.get(key);
  if (relativeDir === void 0) relativeDirs.set(key, relativeDir = relative(cwd, dir).split(sep3).join("/"));
  const base = absolutePath.slice(slash + 1);
  return relativeDir === "" ? base : `${relativeDir}/${base}`;
}
var relativeDirs = /* @__PURE__ */ new Map();
function fileFinding(cwd, absolutePath, meta, message, line = 1, column = 1) {
  return { file: displayPath(cwd, absolutePath), line, column, endLine: line, endColumn: column, rule: meta.id, severity: meta.severity, message };
}

// src/engine/read.ts
var DEFAULT_MAX_FILE_BYTES = 4 * 1024 * 1024;
var NotReadable = class extends Error {
  constructor(meta, message) {
    super(message);
    this.meta = meta;
  }
  meta;
};
var OUTSIDE_TREE = "Symbolic link leads outside the checked tree: not read";
function boundaryOf(cwd, given) {
  const roots = /* @__PURE__ */ new Set();
  for (const path of [cwd, ...given]) {
    const absolute = resolve4(cwd, path);
    try {
      roots.add(realpathSync.native(statSync(absolute).isDirectory() ? absolute : dirname5(absolute)));
    } catch {
    }
  }
  return [...roots];
}
function insideBoundary(realPath, roots) {
  return roots.some((root) => realPath === root || realPath.startsWith(root.endsWith(sep4) ? root : root + sep4));
}
var readBuffer = Buffer.allocUnsafe(64 * 1024);
var TreeReader = class {
  constructor(maxBytes, roots) {
    this.maxBytes = maxBytes;
    this.roots = roots;
  }
  maxBytes;
  roots;
  realFolders = /* @__PURE__ */ new Map();
  /**
   * One open, one fstat, one read. Opened non-blocking, so a FIFO named *.md cannot hang the run;
   * anything but a regular file inside the boundary, or a file over the limit, is refused before it
   * is read. The bytes are valid until the next call.
   */
  read(path) {
    const { maxBytes } = this;
    const fd = this.openInside(path);
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile()) throw new NotReadable(fileProblems.unreadable, "Not a regular file: not checked");
      if (stat.size > maxBytes) throw new NotReadable(fileProblems.tooLarge, `File is ${stat.size} bytes, over the ${maxBytes}-byte limit: not checked`);
      if (stat.size > readBuffer.length) readBuffer = Buffer.allocUnsafe(Math.max(stat.size, 2 * readBuffer.length));
      let read = 0;
      while (read < stat.size) {
        const n = readSync(fd, readBuffer, read, stat.size - read, read);
        if (n === 0) break;
        read += n;
      }
      return readBuffer.subarray(0, read);
    } finally {
      closeSync2(fd);
    }
  }
  /** Opens a path whose real place lies inside the roots; the file itself is resolved only when it is a link (O_NOFOLLOW tells). */
  openInside(path) {
    const folder = this.realFolder(dirname5(path));
    if (folder !== null && !insideBoundary(folder, this.roots)) throw new NotReadable(fileProblems.unreadable, OUTSIDE_TREE);
    try {
      return openSync2(path, constants2.O_RDONLY | constants2.O_NONBLOCK | constants2.O_NOFOLLOW);
    } catch (error) {
      if (error.code !== "ELOOP") throw error;
    }
    const real = realpathSync.native(path);
    if (!insideBoundary(real, this.roots)) throw new NotReadable(fileProblems.unreadable, OUTSIDE_TREE);
    return openSync2(real, constants2.O_RDONLY | constants2.O_NONBLOCK | constants2.O_NOFOLLOW);
  }
  realFolder(folder) {
    let real = this.realFolders.get(folder);
    if (real === void 0) {
      try {
        real = realpathSync.native(folder);
      } catch {
        real = null;
      }
      this.realFolders.set(folder, real);
    }
    return real;
  }
};
function unreadableReason(error) {
  if (error instanceof NotReadable) return { meta: error.meta, message: error.message };
  const code = error.code;
  const reason = code === "ENOENT" ? "File does not exist" : code === "ELOOP" ? "Symbolic link loop" : error.message;
  return { meta: fileProblems.unreadable, message: `Cannot read file: ${reason}` };
}
function loadDocument(absolutePath, { cwd, reader, urlLocalePatterns, given }) {
  const findings = [];
  const fail = (meta, message) => ({ doc: null, findings: [fileFinding(cwd, absolutePath, meta, message)] });
  let bytes;
  try {
    if (given?.path !== absolutePath) bytes = reader.read(absolutePath);
    else if ((bytes = Buffer.from(given.text)).length > reader.maxBytes) throw new NotReadable(fileProblems.tooLarge, `Input is ${bytes.length} bytes, over the ${reader.maxBytes}-byte limit: not checked`);
  } catch (error) {
    const { meta, message } = unreadableReason(error);
    return fail(meta, message);
  }
  if (looksBinary(bytes)) return fail(fileProblems.encoding, "File is binary (it holds NUL bytes): not checked");
  const decoded = decodeUtf8(bytes);
  const path = displayPath(cwd, absolutePath);
  let hash;
  let crlfHash;
  const kept = decoded.problems.length > 0 ? Buffer.from(bytes) : null;
  const { text, hadBom } = decoded;
  const contentHash = (crlf = false) => crlf ? crlfHash ??= createHash("sha1").update(crlfForm(kept ?? Buffer.from(hadBom ? UTF8_BOM + text : text))).digest("hex") : hash ??= (kept !== null ? createHash("sha1").update(kept) : createHash("sha1").update(hadBom ? UTF8_BOM : "").update(text)).digest("hex");
  const doc = parseDocument(path, text, { urlLocalePatterns, contentHash });
  for (const limit of doc.limits) {
    const { line, column } = doc.lines.position(limit.start);
    findings.push(fileFinding(cwd, absolutePath, fileProblems.tooComplex, limit.message, line, column));
  }
  for (let i = 0; i < decoded.problems.length; i++) {
    const problem = decoded.problems[i];
    const { line, column } = doc.lines.position(problem.offset);
    findings.push(fileFinding(cwd, absolutePath, fileProblems.encoding, problem.message, line, column));
  }
  return { doc, findings };
}
var UTF8_BOM = "\uFEFF";
function loadOptions(cwd, config, maxBytes, roots) {
  return { cwd, reader: new TreeReader(maxBytes, roots), urlLocalePatterns: config.urlLocalePatterns.map((p) => LinearPattern.compile(p, { ignoreCase: true })) };
}
var DocumentStore = class {
  constructor(options, exists) {
    this.options = options;
    this.exists = exists;
  }
  options;
  exists;
  group = /* @__PURE__ */ new Map();
  groupKey = null;
  enterGroup(key) {
    if (key === this.groupKey) return;
    this.groupKey = key;
    this.group = /* @__PURE__ */ new Map();
  }
  load(path) {
    let loaded = this.group.get(path);
    if (loaded === void 0) {
      loaded = loadDocument(path, this.options);
      this.group.set(path, loaded);
    }
    return loaded;
  }
  /** A counterpart or linked file: absent or unreadable files are simply not there. */
  peek(path) {
    return this.peekLoaded(path)?.doc ?? null;
  }
  peekLoaded(path) {
    const loaded = this.group.get(path);
    if (loaded !== void 0) return loaded;
    return this.exists(path) ? this.load(path) : null;
  }
};

// src/engine/check.ts
import { resolve as resolve5 } from "node:path";

// src/findings/context.ts
var MAX_EXCERPT_CHARS = 1200;
var MAX_LINES = 5;
var MAX_ENCLOSING_LOOKBACK = 64;
function findingContext(doc, f) {
  const start = offsetOf(doc, f.line, f.column);
  const end = Math.max(start, offsetOf(doc, f.endLine, f.endColumn));
  const segment = enclosingSegment(doc.segments, start);
  if (segment === null) {
    const from = doc.lines.lineStart(f.line);
    const lastLine = Math.min(f.endLine, f.line + MAX_LINES - 1);
    const to = lastLine < doc.lines.starts.length ? lineEnd(doc, lastLine) : doc.text.length;
    return { segmentId: null, translation: excerpt2(doc, from, Math.max(to, from), start, end), source: null };
  }
  const ttu = segment.ttu;
  const stu = segment.stu;
  const inSource = stu !== null && stu.tagStart <= start && start < stu.end;
  return {
    segmentId: detached(segment.id),
    translation: excerpt2(doc, ttu.tagStart, ttu.end, inSource ? -1 : start, end),
    source: stu === null ? null : excerpt2(doc, stu.tagStart, stu.end, inSource ? start : -1, end)
  };
}
function offsetOf(doc, line, column) {
  return Math.min(doc.text.length, doc.lines.lineStart(line) + column - 1);
}
function lineEnd(doc, line) {
  let end = doc.lines.lineStart(line + 1);
  if (doc.text[end - 1] === "\n") end--;
  if (doc.text[end - 1] === "\r") end--;
  return end;
}
function enclosingSegment(segments, offset) {
  const lo = unitsStartingBy(segments, offset);
  for (let i = lo - 1; i >= 0 && i >= lo - MAX_ENCLOSING_LOOKBACK; i--) {
    const s = segments[i];
    if (offset < (s.stu?.end ?? s.ttu.end)) return s;
  }
  return null;
}
function excerpt2(doc, from, to, markStart, markEnd) {
  const marked = markStart >= 0;
  let start = from;
  let end = to;
  if (end - start > MAX_EXCERPT_CHARS) {
    const centre = marked ? Math.max(from, Math.min(markStart, to)) : from;
    start = Math.max(from, centre - MAX_EXCERPT_CHARS / 2);
    end = Math.min(to, start + MAX_EXCERPT_CHARS);
  }
  const clip = (offset) => Math.min(end, Math.max(start, offset)) - start;
  return {
    text: detached(doc.text.slice(start, end)),
    line: doc.lines.position(start).line,
    mark: marked ? [clip(markStart), clip(markEnd)] : null,
    clippedStart: start > from,
    clippedEnd: end < to
  };
}

// src/findings/baseline.ts
import { createHash as createHash2 } from "node:crypto";
import { readFileSync as readFileSync3, writeFileSync } from "node:fs";
var DIGESTED_CONTENT_CHARS = 4096;
var indexes = /* @__PURE__ */ new WeakMap();
function indexOf2(doc) {
  let index = indexes.get(doc);
  if (index === void 0) {
    const reach = [];
    let furthest = -1;
    for (const s of doc.segments) reach.push(furthest = Math.max(furthest, s.stu?.end ?? s.ttu.end));
    indexes.set(doc, index = { reach, digests: /* @__PURE__ */ new Map() });
  }
  return index;
}
function segmentHolding(doc, offset) {
  const { reach } = indexOf2(doc);
  let low = 0;
  let high = reach.length;
  while (low < high) {
    const mid = low + high >>> 1;
    if (reach[mid] > offset) high = mid;
    else low = mid + 1;
  }
  const segment = doc.segments[low];
  return segment !== void 0 && segment.ttu.tagStart <= offset ? segment : void 0;
}
var normalise2 = (content) => content.replace(/data-(ttu|stu)-id="[^"]*"/g, "data-$1-id").replace(/\s+/g, " ").trim();
function fingerprint(finding, doc) {
  let content = finding.message;
  if (doc !== null) {
    const offset = doc.lines.lineStart(finding.line) + finding.column - 1;
    const segment = segmentHolding(doc, offset);
    const start = segment ? segment.ttu.tagStart : doc.lines.lineStart(finding.line);
    const end = segment ? segment.stu?.end ?? segment.ttu.end : doc.lines.lineStart(finding.line + 1) || doc.text.length;
    if (end - start <= DIGESTED_CONTENT_CHARS) content = normalise2(doc.text.slice(start, end));
    else {
      const { digests } = indexOf2(doc);
      const key = `${start}:${end}`;
      let digest = digests.get(key);
      if (digest === void 0) digests.set(key, digest = `sha1:${createHash2("sha1").update(normalise2(doc.text.slice(start, end))).digest("hex")}`);
      content = digest;
    }
  } else content = normalise2(content);
  return createHash2("sha1").update(`${finding.rule}\0${finding.file}\0${content}`).digest("hex").slice(0, 20);
}
function makeBaseline(findings) {
  const entries = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = f.fingerprint;
    const entry = entries.get(key);
    if (entry) entry.count++;
    else entries.set(key, { fingerprint: key, rule: f.rule, file: f.file, count: 1 });
  }
  const sorted = [...entries.values()].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.fingerprint < b.fingerprint ? -1 : 1);
  return { version: 1, entries: sorted };
}
function writeBaseline(path, findings) {
  writeFileSync(path, JSON.stringify(makeBaseline(findings), null, 1) + "\n");
}
function readBaseline(path) {
  const data = JSON.parse(readFileSync3(path, "utf8"));
  if (data?.version !== 1 || !Array.isArray(data.entries)) throw new Error(`${path} is not a loclint baseline (version 1)`);
  return data;
}
function applyBaseline(findings, baseline) {
  const remaining = new Map(baseline.entries.map((e) => [e.fingerprint, e.count]));
  const fresh = [];
  for (const f of findings) {
    const left = remaining.get(f.fingerprint) ?? 0;
    if (left > 0) remaining.set(f.fingerprint, left - 1);
    else fresh.push(f);
  }
  const stale = baseline.entries.filter((e) => remaining.get(e.fingerprint) === e.count);
  return { fresh, stale };
}

// src/findings/filter.ts
var NOT_SUPPRESSED = () => false;
function fileStages(found, file, into) {
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    const { severity } = file.settingsOf(f.rule);
    if (severity === "off" || file.suppressed(f)) continue;
    into.push({ ...f, severity: severity ?? f.severity, fingerprint: fingerprint(f, file.doc) });
  }
}
function runStages(findings, run) {
  let kept = [...findings];
  const dependents = run.dependents;
  if (dependents && dependents.files.size > 0) kept = kept.filter((f) => !dependents.files.has(f.file) || dependents.rules.has(f.rule));
  const lines = run.changedLines;
  if (lines) {
    kept = kept.filter((f) => {
      const ranges = lines.get(f.file);
      return ranges === void 0 || ranges.some((r) => f.line >= r.start && f.line <= r.end);
    });
  }
  let stale = [];
  if (run.baseline) ({ fresh: kept, stale } = applyBaseline(kept, run.baseline));
  if (run.quiet) kept = kept.filter((f) => f.severity === "error");
  return { findings: kept, stale, failed: kept.some((f) => meetsFailLevel(f.severity, run.failOn)) };
}

// src/findings/suppress.ts
var DIRECTIVE = /<!--\s*loclint-(disable-next-line|disable-file|disable|enable)((?:\s+[a-z0-9-]+)*)\s*-->/y;
var ALL = "*";
var NOTHING_SUPPRESSED = () => false;
function suppressions(doc) {
  if (doc.comments.length === 0) return NOTHING_SUPPRESSED;
  const spans = [];
  const open = /* @__PURE__ */ new Map();
  for (const [at] of doc.comments) {
    DIRECTIVE.lastIndex = at;
    const m = DIRECTIVE.exec(doc.text);
    if (m === null) continue;
    const line = doc.lines.position(at).line;
    const rules2 = m[2].trim() === "" ? [ALL] : m[2].trim().split(/\s+/);
    switch (m[1]) {
      case "disable-file":
        spans.push({ rules: new Set(rules2), from: 1, to: Infinity });
        break;
      case "disable-next-line":
        spans.push({ rules: new Set(rules2), from: line + 1, to: line + 1 });
        break;
      case "disable":
        for (const rule of rules2) if (!open.has(rule)) open.set(rule, line);
        break;
      case "enable": {
        const closing = rules2.includes(ALL) ? [...open.keys()] : rules2;
        for (const rule of closing) {
          const from = open.get(rule);
          if (from !== void 0) spans.push({ rules: /* @__PURE__ */ new Set([rule]), from, to: line });
          open.delete(rule);
        }
      }
    }
  }
  for (const [rule, from] of open) spans.push({ rules: /* @__PURE__ */ new Set([rule]), from, to: Infinity });
  if (spans.length === 0) return NOTHING_SUPPRESSED;
  return (f) => spans.some((s) => f.line >= s.from && f.line <= s.to && (s.rules.has(ALL) || s.rules.has(f.rule)));
}

// src/layout/layout.ts
import { readdirSync, statSync as statSync2 } from "node:fs";
import { basename as basename2, dirname as dirname6, join as join4, relative as relative2, sep as sep5 } from "node:path";
var STATS_BEFORE_LISTING = 64;
var STAT_IS_EXACT = process.platform === "linux";
var LocaleLayout = class {
  constructor(source, extraRoots = [], primaryRoot = process.cwd()) {
    this.source = source;
    this.extraRoots = extraRoots;
    this.primaryRoot = primaryRoot;
  }
  source;
  extraRoots;
  primaryRoot;
  listings = /* @__PURE__ */ new Map();
  files = /* @__PURE__ */ new Map();
  statsAsked = /* @__PURE__ */ new Map();
  lastArticle = null;
  place(path) {
    const folder = localeOfPath(path);
    if (folder !== null) {
      const { start, end } = segmentAt(path, folder.segmentIndex);
      const groupKey = `${path.slice(0, start)}*${path.slice(end)}`;
      return { locale: folder.locale, groupKey: path.includes("\\") ? groupKey.replaceAll("\\", "/") : groupKey };
    }
    const suffix = suffixLocale(basename2(path));
    if (suffix !== null) return { locale: suffix.locale, groupKey: join4(dirname6(path), `${suffix.stem}.*.md`) };
    const rootRelative = relative2(this.primaryRoot, path);
    return { locale: null, groupKey: this.extraRoots.length > 0 && !rootRelative.startsWith("..") ? rootRelative : path };
  }
  /** The same article in the other locales, the source among them. Existence is not checked. */
  counterparts(path) {
    const folder = localeOfPath(path);
    if (folder !== null) {
      const { start, end } = segmentAt(path, folder.segmentIndex);
      const own = path.slice(start, end);
      const copies = this.articleInFolders(start > 0 && path.slice(0, start - 1) || sep5, path.slice(end + 1));
      const others = [];
      for (let i = 0; i < copies.length; i++) if (copies[i].folder !== own) others.push(copies[i].counterpart);
      return others;
    }
    const suffix = suffixLocale(basename2(path));
    if (suffix !== null) {
      const dir = dirname6(path);
      const others = this.list(dir).flatMap((name) => {
        const other = suffixLocale(name);
        return other !== null && other.stem === suffix.stem && name !== basename2(path) ? [{ path: join4(dir, name), locale: other.locale }] : [];
      });
      return [...others, { path: join4(dir, `${suffix.stem}.md`), locale: this.source.name }];
    }
    const rootRelative = relative2(this.primaryRoot, path);
    if (rootRelative.startsWith("..")) return [];
    return this.extraRoots.map((root) => ({ path: join4(root, rootRelative), locale: null }));
  }
  /** The same article in the source locale, or null when the layout names none. Existence is not checked. */
  sourceCounterpart(path) {
    return this.counterparts(path).find((c) => this.source.is(c.locale))?.path ?? null;
  }
  /**
   * Every locale's copy of an article in the folder-per-locale layout. Files are checked article by
   * article, so the last article's copies are kept for its other files.
   */
  articleInFolders(root, rest) {
    if (this.lastArticle === null || this.lastArticle.rest !== rest || this.lastArticle.root !== root) {
      const prefix = root.endsWith(sep5) ? root : root + sep5;
      const copies = this.list(root).flatMap((name) => {
        const locale = asLocale(name);
        return locale === null ? [] : [{ folder: name, counterpart: { path: prefix + name + sep5 + rest, locale } }];
      });
      this.lastArticle = { root, rest, copies };
    }
    return this.lastArticle.copies;
  }
  /** Names in a folder, read once per run. */
  list(dir) {
    let names = this.listings.get(dir);
    if (names === void 0) {
      try {
        names = readdirSync(dir).sort();
      } catch {
        names = [];
      }
      this.listings.set(dir, names);
    }
    return names;
  }
  /** Whether a path names a file (or a link to one): by a stat, or from the folder's listing read once per run. */
  hasFile(path) {
    const slash = path.lastIndexOf(sep5);
    const dir = slash > 0 && path.indexOf(sep5) < slash ? path.slice(0, slash) : dirname6(path);
    let names = this.files.get(dir);
    if (names === void 0) {
      const asked = this.statsAsked.get(dir) ?? 0;
      if (STAT_IS_EXACT && asked < STATS_BEFORE_LISTING) {
        this.statsAsked.set(dir, asked + 1);
        return pathKind(path) === "file";
      }
      names = /* @__PURE__ */ new Set();
      try {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          if (entry.isFile() || entry.isSymbolicLink() && pathKind(join4(dir, entry.name)) === "file") names.add(entry.name);
        }
      } catch {
      }
      this.files.set(dir, names);
    }
    return names.has(path.slice(slash + 1));
  }
};
function segmentAt(path, index) {
  let start = 0;
  for (let i = 0; i < index; i++) start = separatorAt2(path, start) + 1;
  return { start, end: separatorAt2(path, start) };
}
function separatorAt2(path, from) {
  for (let i = from; i < path.length; i++) {
    const c = path.charCodeAt(i);
    if (c === 47 || c === 92) return i;
  }
  return path.length;
}
function pathKind(path) {
  try {
    const stat = statSync2(path);
    return stat.isFile() ? "file" : stat.isDirectory() ? "folder" : "other";
  } catch {
    return null;
  }
}

// src/layout/source-locale.ts
var SourceLocale = class {
  constructor(name) {
    this.name = name;
    this.lower = name.toLowerCase();
  }
  name;
  lower;
  /** Whether a locale name (null: none known) is the source's. */
  is(locale) {
    return locale !== null && locale.toLowerCase() === this.lower;
  }
};

// src/rules-support/messages.ts
function fillMessage(messages, id, data = {}) {
  const template = messages[id];
  if (template === void 0) throw new Error(`no message ${id}`);
  return template.replace(/\{\{(\w+)\}\}/g, (_, name) => {
    const value = data[name];
    if (value === void 0) throw new Error(`message ${id}: placeholder {{${name}}} has no value`);
    return String(value);
  });
}

// src/source/sparse-checkout.ts
import { execFileSync } from "node:child_process";
import { lstatSync as lstatSync2, realpathSync as realpathSync2 } from "node:fs";
import { dirname as dirname7, join as join5, relative as relative3, sep as sep6 } from "node:path";
var NUL2 = "\0";
var SKIP_WORKTREE_TAG = "S ";
var NO_NAMES = [];
var SparseCheckout = class {
  constructor(isFolder, mayRunIn) {
    this.isFolder = isFolder;
    this.mayRunIn = mayRunIn;
  }
  isFolder;
  mayRunIn;
  /** Existing folder → its repository and its path in it, or null outside git. */
  places = /* @__PURE__ */ new Map();
  repositories = /* @__PURE__ */ new Map();
  /** Real folder → whether it or a folder above it has a `.git` entry. */
  gitAbove = /* @__PURE__ */ new Map();
  /** Names the index holds in `folder` (absolute) that the working tree does not have. */
  omittedNames(folder) {
    let existing = folder;
    while (!this.isFolder(existing)) {
      const up = dirname7(existing);
      if (up === existing) return NO_NAMES;
      existing = up;
    }
    const place = this.placeOf(existing);
    if (place === null) return NO_NAMES;
    const below = relative3(existing, folder);
    const key = [place.prefix, below.split(sep6).join("/")].filter(Boolean).join("/");
    return place.repository.omitted.get(key) ?? NO_NAMES;
  }
  placeOf(folder) {
    let place = this.places.get(folder);
    if (place !== void 0) return place;
    place = null;
    const real = realpathSync2.native(folder);
    if (this.mayRunIn(real) && (process.env.GIT_DIR !== void 0 || this.hasGitAbove(real))) {
      const answer = git(folder, ["rev-parse", "--show-toplevel", "--show-prefix"]);
      if (answer !== null) {
        const [top = "", prefix = ""] = answer.split("\n");
        let repository = this.repositories.get(top);
        if (repository === void 0) this.repositories.set(top, repository = { top, omitted: omittedEntries(top) });
        place = { repository, prefix: prefix.replace(/\/$/, "") };
      }
    }
    this.places.set(folder, place);
    return place;
  }
  /**
   * Whether git may find a repository from a real folder: it looks for a `.git` entry there and in each
   * folder above, so where there is none, git need not run (a process each). GIT_DIR names a repository
   * without one; a stat that fails otherwise than for a missing entry leaves the answer to git.
   */
  hasGitAbove(folder) {
    let found = this.gitAbove.get(folder);
    if (found === void 0) {
      const up = dirname7(folder);
      found = hasEntry(join5(folder, ".git")) || up !== folder && this.hasGitAbove(up);
      this.gitAbove.set(folder, found);
    }
    return found;
  }
};
function hasEntry(path) {
  try {
    return lstatSync2(path, { throwIfNoEntry: false }) !== void 0;
  } catch {
    return true;
  }
}
function omittedEntries(top) {
  const omitted = /* @__PURE__ */ new Map();
  const listing = git(top, ["ls-files", "-t", "-z", "--full-name"]);
  if (listing === null) return omitted;
  const seen = /* @__PURE__ */ new Set();
  for (const entry of listing.split(NUL2)) {
    if (!entry.startsWith(SKIP_WORKTREE_TAG)) continue;
    const path = entry.slice(SKIP_WORKTREE_TAG.length);
    for (let slash = path.indexOf("/"), from = 0; ; from = slash + 1, slash = path.indexOf("/", from)) {
      const folder = from === 0 ? "" : path.slice(0, from - 1);
      const name = slash === -1 ? path.slice(from) : path.slice(from, slash);
      const key = `${folder}/${name}`;
      if (!seen.has(key)) {
        seen.add(key);
        const names = omitted.get(folder);
        if (names === void 0) omitted.set(folder, [name]);
        else names.push(name);
      }
      if (slash === -1) break;
    }
  }
  return omitted;
}
function git(cwd, args) {
  try {
    return execFileSync("git", args, { cwd, env: gitEnv(), encoding: "utf8", maxBuffer: 512 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return null;
  }
}

// src/engine/check.ts
function toFinding(doc, rule, f, severity) {
  const start = doc.lines.position(f.start);
  const end = doc.lines.position(f.end);
  return {
    file: doc.path,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    rule: rule.id,
    severity,
    // Findings outlive their file: the message, often cut from its text, must not keep that text. A finding awaiting a URL's answer is given its message with the answer.
    message: f.awaits === void 0 ? detached(fillMessage(rule.messages, f.messageId, f.data)) : "",
    ...f.fix ? { fix: { description: detached(f.fix.description), edits: f.fix.edits.map((e) => ({ ...e, text: detached(e.text) })) } } : {},
    ...f.awaits !== void 0 ? { awaits: detached(f.awaits) } : {}
  };
}
var NO_OPTIONS = Object.freeze({});
var NOTHING_FOUND = Object.freeze([]);
function badRange(start, end, length) {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `the offsets ${start}\u2013${end}, which are not whole numbers`;
  if (start > end) return `the reversed range ${start}\u2013${end}`;
  if (start < 0 || end > length) return `the range ${start}\u2013${end}, outside the text (0\u2013${length})`;
  return null;
}
function checkRule(doc, rule, ctx) {
  try {
    const found = rule.check(doc, ctx);
    if (found.length === 0) return NOTHING_FOUND;
    const length = doc.text.length;
    for (const f of found) {
      const bad = badRange(f.start, f.end, length);
      if (bad !== null) throw new Error(`it reports ${bad}`);
      for (const e of f.fix?.edits ?? []) {
        const badEdit = badRange(e.start, e.end, length);
        if (badEdit !== null) throw new Error(`its fix edits ${badEdit}`);
      }
    }
    return found.map((f) => toFinding(doc, rule, f, f.severity ?? rule.severity)).sort(compareFindings);
  } catch (error) {
    const message = `Rule ${rule.id} failed on this file: ${error.message}`;
    return [{ file: doc.path, line: 1, column: 1, endLine: 1, endColumn: 1, rule: fileProblems.internalError.id, severity: "error", message }];
  }
}
function configPath(config, cwd, absolutePath) {
  return displayPath(config.base ?? cwd, absolutePath);
}
function checkBatches({ batches, next, cwd, config, maxFileBytes, roots, checksExternalLinks, history, context }, rules2 = rules, { given, progress, batchDone } = {}) {
  const source = new SourceLocale(config.sourceLocale);
  const load = { ...loadOptions(cwd, config, maxFileBytes, roots), given };
  const layout = layoutOf(config, cwd, source);
  const store = new DocumentStore(load, (path) => layout.hasFile(path));
  const sparse = new SparseCheckout((path) => pathKind(path) === "folder", (real) => insideBoundary(real, roots));
  const done = /* @__PURE__ */ new Map();
  for (let batch = Atomics.add(next, 0, 1); batch < batches.length; batch = Atomics.add(next, 0, 1)) {
    const findings = [];
    done.set(batch, findings);
    const files = batches.at(batch);
    for (let i = 0; i < files.length; i++) checkFile(files[i].path, files[i].key, findings);
    batchDone?.(batch, findings);
    progress?.(Math.min(Atomics.load(next, 0), batches.length), batches.length);
  }
  return done;
  function checkFile(path, key, findings) {
    store.enterGroup(key);
    const loaded = store.load(path);
    const doc = loaded.doc;
    const first = findings.length;
    const globPath = configPath(config, cwd, path);
    const settingsOf = ruleSettingsForFile(config, globPath);
    const filter = { settingsOf, suppressed: doc === null ? NOT_SUPPRESSED : suppressions(doc), doc };
    fileStages(loaded.findings, filter, findings);
    if (doc === null) return;
    let article;
    const counterparts = () => {
      if (article === void 0) {
        article = { siblings: [], source: null };
        const copies = layout.counterparts(path);
        for (let i = 0; i < copies.length; i++) {
          const other = store.peekLoaded(copies[i].path);
          if (other === null || other.doc === null) continue;
          if (!(other.isSource ??= isSourceDocument(other.doc, source))) article.siblings.push(other.doc);
          else article.source ??= other.doc;
        }
      }
      return article;
    };
    const ctx = {
      sourceLocale: source.name,
      localized: !(loaded.isSource ??= isSourceDocument(doc, source)),
      filePath: path,
      siblings: () => counterparts().siblings,
      source: () => counterparts().source,
      listFolder: (dir) => layout.list(dir),
      omittedFromCheckout: (dir) => sparse.omittedNames(dir),
      document: (p) => store.peek(p),
      counterpartInSource: (p) => layout.sourceCounterpart(p),
      checksExternalLinks,
      ...history ? { sourceVersion: () => history.versions.get(history.byFile.get(path) ?? "") ?? null } : {},
      options: {}
    };
    for (let j = 0; j < rules2.length; j++) {
      const rule = rules2[j];
      const { severity, options = NO_OPTIONS } = settingsOf(rule.id);
      if (severity === "off") continue;
      ctx.options = options;
      const found = checkRule(doc, rule, ctx);
      if (found.length > 0) fileStages(found, filter, findings);
    }
    if (context) for (let i = first; i < findings.length; i++) findings[i].context = findingContext(doc, findings[i]);
  }
}
function layoutOf(config, cwd, source) {
  return new LocaleLayout(source, config.localeRoots.map((root) => resolve5(cwd, root)), cwd);
}

// src/engine/parallel.ts
var MIN_FILES_PER_THREAD = 1e3;
var BATCH_FILES = 50;
function batchesOf(files) {
  const batches = [];
  for (let from = 0; from < files.length; ) {
    let to = Math.min(files.length, from + BATCH_FILES);
    while (to < files.length && files[to].key === files[to - 1].key) to++;
    batches.push(files.slice(from, to));
    from = to;
  }
  return batches;
}
var WorkerPool = class {
  idle;
  constructor(script, size) {
    if (size > 0) compileOnOwnThread();
    this.idle = Array.from({ length: size }, () => startHelper(script));
  }
  get size() {
    return this.idle.length;
  }
  /** Sends the work to up to `count` workers; the others are stopped. Resolves to what each found. */
  run(count, work, onBatch = null) {
    const taken = this.idle.splice(0, count);
    this.close();
    if (taken.length === 0) return [];
    const posted = postable(work);
    return taken.map(({ worker, result, listener }) => {
      listener.onBatch = onBatch;
      worker.ref();
      worker.postMessage(posted);
      return result.finally(() => void worker.terminate());
    });
  }
  close() {
    for (const { worker } of this.idle.splice(0)) void worker.terminate();
  }
};
function startHelper(script) {
  const worker = new (process.getBuiltinModule("node:worker_threads")).Worker(script);
  worker.unref();
  const found = /* @__PURE__ */ new Map();
  const listener = { onBatch: null };
  const result = new Promise((resolve6) => {
    worker.on("message", (message) => {
      if (message === null) return resolve6(found);
      found.set(message[0], message[1]);
      listener.onBatch?.(message[1]);
    });
    worker.once("error", () => resolve6(found));
    worker.once("exit", () => resolve6(found));
  });
  return { worker, result, listener };
}
function postable({ batches, ...rest }) {
  const encoder = new TextEncoder();
  let files = new Uint8Array(256 * 1024);
  let length = 0;
  const batchEnds = new Int32Array(batches.length);
  const fields = [];
  for (let b = 0; b < batches.length; b++) {
    const batch = batches.at(b);
    fields.length = 0;
    for (let i = 0; i < batch.length; i++) fields.push(batch[i].path, i > 0 && batch[i].key === batch[i - 1].key ? "" : batch[i].key);
    const text = fields.join("\0");
    if (length + 3 * text.length > files.length) {
      const grown = new Uint8Array(Math.max(2 * files.length, length + 3 * text.length));
      grown.set(files.subarray(0, length));
      files = grown;
    }
    length += encoder.encodeInto(text, files.subarray(length)).written;
    batchEnds[b] = length;
  }
  return { ...rest, files: files.slice(0, length), batchEnds };
}
function received({ files, batchEnds, ...rest }) {
  const decoder = new TextDecoder();
  const batches = {
    length: batchEnds.length,
    at(index) {
      const fields = decoder.decode(files.subarray(index > 0 ? batchEnds[index - 1] : 0, batchEnds[index])).split("\0");
      const batch = [];
      for (let i = 0; i + 1 < fields.length; i += 2) batch.push({ path: fields[i], key: fields[i + 1] || batch[batch.length - 1].key });
      return batch;
    }
  };
  return { ...rest, batches };
}

export {
  repositoryRoot,
  GitIgnore,
  parseFrontMatter,
  localeOfPath,
  localeFromPath,
  parseTarget,
  relativeFilePath,
  parseDocument,
  fileProblems,
  rules,
  allRuleMeta,
  ConfigError,
  defaultConfig,
  CONFIG_FILES,
  findConfig,
  ruleSettingsForFile,
  ruleSettingsFor,
  writeBaseline,
  readBaseline,
  compareFindings,
  countBySeverity,
  NOT_SUPPRESSED,
  fileStages,
  runStages,
  LocaleLayout,
  pathKind,
  SourceLocale,
  displayPath,
  fileFinding,
  DEFAULT_MAX_FILE_BYTES,
  OUTSIDE_TREE,
  boundaryOf,
  insideBoundary,
  TreeReader,
  unreadableReason,
  loadOptions,
  fillMessage,
  configPath,
  checkBatches,
  layoutOf,
  MIN_FILES_PER_THREAD,
  batchesOf,
  WorkerPool,
  received
};
