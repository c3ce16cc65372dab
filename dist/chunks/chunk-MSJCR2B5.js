import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  require_equal,
  require_ucs2length
} from "./chunk-X26MNGE4.js";
import {
  findRoot,
  isInside,
  notRegular,
  resolveFile
} from "./chunk-CAWXICTY.js";
import {
  DATA_EXTENSIONS_TEXT,
  METRICS,
  METRIC_NAMES,
  bootstrapCounts,
  classCounter,
  computeMetric,
  dataFormat,
  exampleLogLosses,
  finite,
  percentileInterval,
  prepareMetric,
  proportionCounts
} from "./chunk-TJL3ROGX.js";
import {
  closestKey,
  compileMatcher,
  keyPath,
  locate,
  parsePattern,
  patternProblem
} from "./chunk-FT6JTLYM.js";
import {
  Rng
} from "./chunk-CGUDVJKI.js";
import {
  InputError
} from "./chunk-YSKLVAJM.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-QGQCRQM2.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP2 = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP2;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path4) {
      const ctrl = callVisitor(key, node, visitor, path4);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path4, ctrl);
        return visit_(key, ctrl, visitor, path4);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path4 = Object.freeze(path4.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path4);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path4 = Object.freeze(path4.concat(node));
          const ck = visit_("key", node.key, visitor, path4);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path4);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP2;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path4) {
      const ctrl = await callVisitor(key, node, visitor, path4);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path4, ctrl);
        return visitAsync_(key, ctrl, visitor, path4);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path4 = Object.freeze(path4.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path4);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path4 = Object.freeze(path4.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path4);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path4);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path4) {
      if (typeof visitor === "function")
        return visitor(key, node, path4);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path4);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path4);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path4);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path4);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path4);
      return void 0;
    }
    function replaceNode(key, path4, node) {
      const parent = path4[path4.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count2 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count2)
            count2 = c;
        }
        return count2;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path4, value) {
      let v = value;
      for (let i = path4.length - 1; i >= 0; --i) {
        const k = path4[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path4) => path4 == null || typeof path4 === "object" && !!path4[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path4, value) {
        if (isEmptyPath(path4))
          this.add(value);
        else {
          const [key, ...rest] = path4;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path4) {
        const [key, ...rest] = path4;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path4, keepScalar) {
        const [key, ...rest] = path4;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path4) {
        const [key, ...rest] = path4;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path4, value) {
        const [key, ...rest] = path4;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path4, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path4, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path4) {
        if (Collection.isEmptyPath(path4)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path4) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path4, keepScalar) {
        if (Collection.isEmptyPath(path4))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path4, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path4) {
        if (Collection.isEmptyPath(path4))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path4) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path4, value) {
        if (Collection.isEmptyPath(path4)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path4), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path4, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count2);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP2 = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP2;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path4) => {
      let item = cst;
      for (const [field, index] of path4) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path4) => {
      const parent = visit.itemAtPath(cst, path4.slice(0, -1));
      const field = path4[path4.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path4, item, visitor) {
      let ctrl = visitor(item, path4);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path4.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path4);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path4) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/config/load.ts
import { readFile as readFile2 } from "node:fs/promises";
import { dirname as dirname2, extname as extname2, isAbsolute, relative as relative3, resolve as resolve2, sep } from "node:path";

// src/config/duration.ts
var DURATION_PATTERN = "^\\s*(\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*)+$";
var DURATION_WORDS = "a duration such as 10m, 90s or 1h30m, or a number of seconds";
var WITH_UNITS = new RegExp(DURATION_PATTERN);
var SECONDS_ONLY = /^\s*\d+(\.\d+)?\s*$/;
var PART = /(\d+(?:\.\d+)?)\s*(ms|s|m|h)/g;
var FACTOR = {
  s: { h: 3600, m: 60, s: 1 },
  ms: { h: 36e5, m: 6e4, s: 1e3, ms: 1 }
};
function durationIn(value, unit) {
  if (typeof value === "number" || SECONDS_ONLY.test(value)) {
    const seconds = Number(value);
    if (!Number.isFinite(seconds) || seconds < 0) return void 0;
    return unit === "s" ? seconds : seconds * 1e3;
  }
  if (!WITH_UNITS.test(value)) return void 0;
  let total = 0;
  for (const [, text, part] of value.matchAll(PART)) {
    const amount = Number(text);
    total += unit === "s" ? part === "ms" ? amount / 1e3 : amount * FACTOR.s[part] : amount * FACTOR.ms[part];
  }
  return total;
}
function parseDuration(value, location) {
  const seconds = durationIn(value, "s");
  if (seconds !== void 0 && seconds > 0) return seconds;
  throw new InputError(`expected ${DURATION_WORDS}, got ${JSON.stringify(value)}`, location);
}

// src/config/metric-info.ts
var PER_CLASS_METRICS = METRIC_NAMES.filter(
  (name) => METRICS[name].perClass
);
function higherIsBetter(metric) {
  return METRICS[metric].higherIsBetter;
}
function metricRange(metric) {
  return METRICS[metric].range;
}

// src/config/schema-errors.ts
function checkSchema(validate2, data, lines, file) {
  if (validate2(data)) return;
  const problem = choose(validate2.errors ?? [], data, lines);
  const where = keyPath(...problem.segments);
  if (where === "") {
    throw new InputError(problem.detail, { file });
  }
  throw new InputError(problem.detail, { file, where, line: lines.get(where) });
}
function choose(errors, data, lines) {
  const unions = errors.filter(isUnion);
  let top = errors.filter((e) => !unions.some((u) => u !== e && inside(e, u)));
  top = top.filter(
    (e) => e.keyword !== "propertyNames" || !top.some((o) => o.propertyName !== void 0)
  );
  const misspelt = new Set(
    top.filter((e) => e.keyword === "additionalProperties").map((e) => e.instancePath)
  );
  top = top.filter((e) => e.keyword !== "required" || !misspelt.has(e.instancePath));
  const problems = top.map((e) => explain(e, errors, data, lines));
  const lineOf = (p) => lines.get(keyPath(...p.segments)) ?? 0;
  return problems.reduce((best, p) => lineOf(p) < lineOf(best) ? p : best);
}
function explain(error, all, data, lines) {
  if (!isUnion(error)) return describe(error, data);
  const nested = all.filter((e) => inside(e, error));
  const candidates = /* @__PURE__ */ new Map();
  for (const e of nested) {
    const branch = e.schemaPath.slice(error.schemaPath.length + 1).split("/")[0];
    candidates.set(branch, [...candidates.get(branch) ?? [], e]);
  }
  for (const [branch, branchErrors] of candidates) {
    const wrongType = branchErrors.some(
      (e) => e.schemaPath === `${error.schemaPath}/${branch}/type`
    );
    if (wrongType) candidates.delete(branch);
  }
  const expected = error.parentSchema?.expected;
  if (candidates.size === 1) {
    const [branchErrors] = candidates.values();
    const problem = choose(branchErrors, data, lines);
    const inPlace = keyPath(...problem.segments) === keyPath(...segmentsOf(error, data));
    if (expected === void 0 || !inPlace) return problem;
  }
  return {
    segments: segmentsOf(error, data),
    detail: `expected ${expected ?? "something else"}, got ${show(error.data)}`
  };
}
function describe(error, data) {
  const segments = segmentsOf(error, data);
  const schema = error.parentSchema ?? {};
  const params = error.params;
  const got = `got ${show(error.data)}`;
  if (error.propertyName !== void 0) {
    const name = error.propertyName;
    return {
      segments: [...segments, name],
      detail: `expected ${String(schema.expected)}, got ${show(name)}`
    };
  }
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const known = Object.keys(schema.properties ?? {});
      const close = closestKey(key, known);
      const hint = close !== void 0 ? `did you mean "${close}"?` : `expected one of ${known.join(" | ")}`;
      return { segments: [...segments, key], detail: `unknown key "${key}", ${hint}` };
    }
    case "required":
      return { segments, detail: `missing required key "${String(params.missingProperty)}"` };
    case "uniqueItems": {
      const [first, second] = [Number(params.i), Number(params.j)].sort((a, b) => a - b);
      const item = error.data[second];
      return {
        segments: [...segments, second],
        detail: `duplicate ${show(item)}, already at ${keyPath(...segments, first)}`
      };
    }
  }
  if (typeof schema.expected === "string")
    return { segments, detail: `expected ${schema.expected}, ${got}` };
  if (error.keyword === "enum" && typeof error.data === "string") {
    const close = closestKey(error.data, error.schema.map(String));
    const hint = close === void 0 ? "" : `; did you mean "${close}"?`;
    return { segments, detail: `expected ${expectation(error, schema)}, ${got}${hint}` };
  }
  const counted = error.keyword === "minItems" || error.keyword === "maxItems";
  const found = counted ? `got ${count(error.data)}` : got;
  return { segments, detail: `expected ${expectation(error, schema)}, ${found}` };
}
function expectation(error, schema) {
  const params = error.params;
  const kind = schema.type === "integer" ? "an integer" : "a number";
  const { minimum, maximum } = schema;
  switch (error.keyword) {
    case "type":
      return alternatives(String(params.type).split(",").map(typeWords));
    case "enum":
      return `one of ${error.schema.join(" | ")}`;
    case "minimum":
    case "maximum":
      if (minimum !== void 0 && maximum !== void 0) {
        return `${kind} from ${minimum} to ${maximum}`;
      }
      return `${kind} ${error.keyword === "minimum" ? ">=" : "<="} ${String(error.schema)}`;
    case "exclusiveMinimum":
      return `${kind} > ${String(error.schema)}`;
    case "exclusiveMaximum":
      return `${kind} < ${String(error.schema)}`;
    case "minItems":
    case "maxItems": {
      const count2 = Number(error.schema);
      const bound = error.keyword === "minItems" ? "at least" : "at most";
      return `${bound} ${count2} item${count2 === 1 ? "" : "s"}`;
    }
    case "minLength":
      return "a non-empty string";
    case "pattern":
      return `a string matching ${String(error.schema)}`;
    default:
      return error.message ?? "something else";
  }
}
function alternatives(words) {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`;
}
function typeWords(type) {
  const words = {
    string: "a string",
    number: "a number",
    integer: "an integer",
    boolean: "true/false",
    object: "a mapping",
    array: "a list",
    null: "nothing"
  };
  return words[type] ?? type;
}
function show(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "an empty value";
  if (typeof value === "string") {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}\u2026` : value);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return "an empty list";
    const flat = value.every((item) => item === null || typeof item !== "object");
    const text = flat ? `[${value.map((item) => item === null ? "null" : show(item)).join(", ")}]` : "";
    return flat && text.length <= 40 ? text : `a list of ${value.length}`;
  }
  if (typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length === 0) return "{}";
    return `{${keys.slice(0, 4).join(", ")}${keys.length > 4 ? ", \u2026" : ""}}`;
  }
  return typeof value === "number" || typeof value === "boolean" ? String(value) : typeof value;
}
function count(items) {
  return items.length === 0 ? "none" : `${items.length}`;
}
function isUnion(error) {
  return error.keyword === "anyOf" || error.keyword === "oneOf";
}
function inside(error, union) {
  const here = union.instancePath;
  return error.schemaPath.startsWith(`${union.schemaPath}/`) && (error.instancePath === here || error.instancePath.startsWith(`${here}/`));
}
function segmentsOf(error, data) {
  const segments = [];
  let node = data;
  for (const raw of error.instancePath.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const segment = Array.isArray(node) ? Number(key) : key;
    segments.push(segment);
    node = node?.[key];
  }
  return segments;
}

// src/config/defaults.ts
var DEFAULTS = {
  metrics: ["accuracy"],
  seed: 42,
  repeats: 5,
  resamples: 1e3,
  layers: "all",
  layerModes: ["zero", "reinit"],
  features: "all",
  featureModes: ["permute"],
  minExamples: 1,
  failOn: ["test-failure", "regression"],
  tolerance: 0.01,
  alpha: 0.05,
  /** K: seeds per retrained variant. */
  seeds: 3,
  /** One training run's limit, as written (one minute). */
  trainTimeLimit: "60s",
  trainCache: ".ablation-ci-cache",
  /** What a train.command writes: its predictions, unless it says it writes a model. */
  trainWrites: "predictions",
  /** Sensitivity curves: the noise on a layer, the scale, the draws and the grid of s (6 points, log-spaced 0.01..1). */
  sensitivityLayerNoise: ["weights", "output"],
  sensitivityScale: "std",
  sensitivityDraws: "permutation",
  sensitivityGrid: [0.01, 0.025119, 0.063096, 0.158489, 0.398107, 1]
};

// src/config/train.ts
var MAX_TIME_LIMIT_MS = 2 ** 31 - 1;
var BASELINE_NAME = "baseline";
function buildRetrain(raw, paths, lines, file) {
  const fail = (detail, ...segments) => {
    const where = keyPath(...segments);
    throw new InputError(detail, { file, where, line: lines.get(where) });
  };
  const rawVariants = raw.ablations?.retrain ?? {};
  const t = raw.train;
  if (t === void 0) {
    const first = Object.keys(rawVariants)[0];
    if (first !== void 0) {
      fail(
        "retrain ablations need a train section (train.module or train.command)",
        "ablations",
        "retrain"
      );
    }
    return { variants: [] };
  }
  if (t.module === void 0 === (t.command === void 0)) {
    fail("expected exactly one of module (a JS/TS file) or command (a command line)", "train");
  }
  if (t.module !== void 0 && t.inputs !== void 0) {
    fail(
      "inputs apply to a command; for a module the files it imports are followed",
      "train",
      "inputs"
    );
  }
  if (t.module !== void 0 && raw.model?.toLowerCase().endsWith(".onnx") === true) {
    fail(
      "a training module returns a TF.js model; to retrain an ONNX model give train.command (with train.writes: model it writes ONNX models)",
      "train",
      "module"
    );
  }
  if (t.module !== void 0 && t.writes !== void 0) {
    fail(
      "writes applies to a command; a module returns its trained TF.js model",
      "train",
      "writes"
    );
  }
  const writes = t.writes ?? DEFAULTS.trainWrites;
  if (writes === "model" && raw.model !== void 0 && !raw.model.toLowerCase().endsWith(".onnx")) {
    fail(
      `the command writes ONNX models, so model must be an ONNX model (*.onnx) or absent, not ${JSON.stringify(raw.model)}`,
      "train",
      "writes"
    );
  }
  if (writes === "model" && raw.data.scaling !== void 0) {
    fail(
      "a model written by train.command (train.writes: model) is run on the raw values the command was given; put the scaling into the exported model",
      "data",
      "scaling"
    );
  }
  if (raw.data.train === void 0) {
    fail("retrain ablations need data.train (the training data)", "train");
  }
  const timeLimitMs = durationIn(t["time-limit"] ?? DEFAULTS.trainTimeLimit, "ms") ?? NaN;
  if (!(timeLimitMs >= 1 && timeLimitMs <= MAX_TIME_LIMIT_MS)) {
    fail(
      `expected a time limit from 1ms to 596h (Node.js cannot time a longer run), got ${JSON.stringify(t["time-limit"])}`,
      "train",
      "time-limit"
    );
  }
  const seeds = t.seeds ?? DEFAULTS.seeds;
  const seed = raw.seed ?? DEFAULTS.seed;
  if (seed + (seeds - 1) > Number.MAX_SAFE_INTEGER) {
    fail(
      `with train.seeds ${seeds}, expected a seed of at most ${Number.MAX_SAFE_INTEGER - (seeds - 1)} (the seeds seed \u2026 seed + ${seeds - 1} must be distinct whole numbers), got ${seed}`,
      "seed"
    );
  }
  if (Object.hasOwn(rawVariants, BASELINE_NAME)) {
    fail(
      `"${BASELINE_NAME}" is the retrained baseline's name; give this variant another`,
      "ablations",
      "retrain",
      BASELINE_NAME
    );
  }
  const train = {
    folder: paths.folder,
    inputs: t.inputs ?? [],
    seeds,
    timeLimitMs,
    cache: paths.cache
  };
  if (t.module !== void 0) train.module = paths.module;
  if (t.command !== void 0) train.command = t.command;
  if (t.env !== void 0) train.env = t.env;
  if (writes === "model") train.writes = writes;
  const order = [...lines.keys()];
  const position = (name) => order.indexOf(keyPath("ablations", "retrain", name));
  const variants = Object.keys(rawVariants).sort((a, b) => position(a) - position(b)).map((name) => {
    const { "drop-features": drop, ...switches } = rawVariants[name];
    return {
      name,
      switches,
      dropFeatures: drop ?? []
    };
  });
  return { train, variants };
}

// src/config/build.ts
function buildConfig(raw, context) {
  const fail = (detail, ...segments) => {
    const where = keyPath(...segments);
    throw new InputError(detail, { file: context.file, where, line: context.lines.get(where) });
  };
  const metrics = raw.metrics ?? [...DEFAULTS.metrics];
  const classes = raw.data.classes?.map(String);
  classes?.forEach((name, i) => {
    const first = classes.indexOf(name);
    if (first < i)
      fail(`duplicate ${show(name)}, already at data.classes[${first}]`, "data", "classes", i);
  });
  raw.data.features?.forEach((name, i) => {
    if (name === raw.data.label) fail(`${show(name)} is the label column`, "data", "features", i);
  });
  const tests = (raw.tests ?? []).map((test, i) => buildTest(test, i, fail));
  tests.forEach((test, i) => {
    const first = tests.findIndex((other) => other.name === test.name);
    if (first < i)
      fail(
        `duplicate test name ${show(test.name)}, already at tests[${first}].name`,
        "tests",
        i,
        "name"
      );
  });
  const gateMetric = raw.gate?.regression?.metric ?? metrics[0];
  if (!metrics.includes(gateMetric)) {
    fail(
      `${show(gateMetric)} is not one of metrics (${metrics.join(", ")})`,
      "gate",
      "regression",
      "metric"
    );
  }
  const ablations = raw.ablations ?? {};
  const retrain = buildRetrain(raw, context.trainPaths, context.lines, context.file);
  const data = { eval: context.eval, label: raw.data.label };
  if (context.train !== void 0) data.train = context.train;
  if (raw.data.features !== void 0) data.features = raw.data.features;
  if (raw.data.task !== void 0) data.task = raw.data.task;
  if (classes !== void 0) data.classes = classes;
  if (context.scaling !== void 0) data.scaling = context.scaling;
  if (context.scalingFile !== void 0) data.scalingFile = context.scalingFile;
  return {
    file: context.file,
    root: context.root,
    suite: raw.suite,
    ...context.model === void 0 ? {} : { model: context.model },
    ...raw.output === void 0 ? {} : { output: typeof raw.output === "string" ? { name: raw.output } : raw.output },
    ...retrain.train === void 0 ? {} : { train: retrain.train },
    data,
    metrics,
    seed: raw.seed ?? DEFAULTS.seed,
    repeats: raw.repeats ?? DEFAULTS.repeats,
    resamples: raw.resamples ?? DEFAULTS.resamples,
    ...raw.workers === void 0 ? {} : { workers: raw.workers },
    ...raw["time-limit"] === void 0 ? {} : {
      timeLimit: parseDuration(raw["time-limit"], {
        file: context.file,
        where: "time-limit",
        line: context.lines.get("time-limit")
      })
    },
    ablations: {
      layers: ablations.layers ?? DEFAULTS.layers,
      layerModes: ablations["layer-modes"] ?? [...DEFAULTS.layerModes],
      features: ablations.features ?? DEFAULTS.features,
      featureModes: ablations["feature-modes"] ?? [...DEFAULTS.featureModes],
      groups: buildGroups(ablations.groups ?? {}, context.lines),
      ...retrain.variants.length === 0 ? {} : { retrain: retrain.variants },
      ...ablations.sensitivity === void 0 ? {} : {
        sensitivity: buildSensitivity(ablations.sensitivity, raw.repeats ?? DEFAULTS.repeats)
      }
    },
    tests,
    gate: {
      failOn: raw.gate?.["fail-on"] ?? [...DEFAULTS.failOn],
      regression: {
        metric: gateMetric,
        tolerance: raw.gate?.regression?.tolerance ?? DEFAULTS.tolerance,
        alpha: raw.gate?.regression?.alpha ?? DEFAULTS.alpha
      }
    },
    lines: context.lines
  };
}
function buildTest(raw, i, fail) {
  const threshold = parseThreshold(raw, i, fail);
  const where = Object.fromEntries(
    Object.entries(raw.where ?? {}).map(([column, condition]) => [
      column,
      buildCondition(condition, (detail) => fail(detail, "tests", i, "where", column, "between"))
    ])
  );
  const test = {
    name: raw.name,
    where,
    metric: raw.metric,
    threshold,
    minExamples: raw["min-examples"] ?? DEFAULTS.minExamples
  };
  if (raw.class !== void 0) {
    if (!PER_CLASS_METRICS.includes(raw.metric)) {
      fail(
        `class applies only to ${alternatives(PER_CLASS_METRICS)}, not ${raw.metric}`,
        "tests",
        i,
        "class"
      );
    }
    test.class = String(raw.class);
  }
  return test;
}
var THRESHOLD = /^\s*(>=|>|<=|<)\s*(\S+)\s*$/;
function parseThreshold(raw, i, fail) {
  let threshold;
  if (typeof raw.threshold === "number") {
    threshold = { op: higherIsBetter(raw.metric) ? ">=" : "<=", value: raw.threshold };
  } else {
    const [, op, value] = THRESHOLD.exec(raw.threshold);
    threshold = { op, value: Number(value) };
  }
  const { min, max } = metricRange(raw.metric);
  if (threshold.value < min || threshold.value > max) {
    const range = min === -Infinity ? `<= ${max}` : max === Infinity ? `>= ${min}` : `from ${min} to ${max}`;
    fail(
      `expected a value ${range} for ${raw.metric}, got ${threshold.value}`,
      "tests",
      i,
      "threshold"
    );
  }
  return threshold;
}
function buildCondition(raw, fail) {
  const condition = { ...raw };
  if (raw.between !== void 0) {
    const [low, high] = raw.between;
    if (low > high) fail(`expected [low, high] with low <= high, got [${low}, ${high}]`);
    condition.between = [low, high];
  }
  return condition;
}
function buildGroups(raw, lines) {
  const order = [...lines.keys()];
  const position = (name) => order.indexOf(keyPath("ablations", "groups", name));
  return Object.keys(raw).sort((a, b) => position(a) - position(b)).map((name) => ({ name, ...raw[name] }));
}
function buildSensitivity(raw, repeats) {
  return {
    layers: raw.layers ?? [],
    features: raw.features ?? [],
    groups: raw.groups ?? [],
    layerNoise: raw["layer-noise"] ?? [...DEFAULTS.sensitivityLayerNoise],
    scale: raw.scale ?? DEFAULTS.sensitivityScale,
    draws: raw.draws ?? DEFAULTS.sensitivityDraws,
    grid: [...raw.grid ?? DEFAULTS.sensitivityGrid].sort((a, b) => a - b),
    repeats: raw.repeats ?? repeats
  };
}

// src/config/scaling.ts
import { readFile } from "node:fs/promises";
import { relative } from "node:path";

// src/config/precompiled.ts
var config = validate10;
var schema11 = { "additionalProperties": false, "expected": "a mapping with suite, model and data", "type": "object", "required": ["suite", "data"], "properties": { "suite": { "type": "string", "pattern": "^(?!\\.\\.?$|\\.git$)[A-Za-z0-9._-]+$", "maxLength": 100, "expected": 'a suite name of at most 100 letters, digits, ".", "_" or "-" (not ".", ".." or ".git")', "description": "names the results (a folder of the results branch)" }, "model": { "minLength": 1, "expected": "a path relative to the config file", "description": "the model: a TF.js LayersModel (model.json beside its weight shards) or an ONNX model (*.onnx); required unless train is given", "type": "string" }, "output": { "expected": "an output name, or a mapping with name and as (probabilities or logits)", "description": "an ONNX model's output: its name when it has several, and whether it holds logits", "anyOf": [{ "minLength": 1, "type": "string" }, { "additionalProperties": false, "type": "object", "required": ["name"], "properties": { "name": { "minLength": 1, "description": "the output name", "type": "string" }, "as": { "type": "string", "enum": ["probabilities", "logits"], "description": "what the output holds; logits get a softmax (a sigmoid for one column)" } } }] }, "data": { "additionalProperties": false, "description": "the eval data and how to read it", "type": "object", "required": ["eval", "label"], "properties": { "eval": { "minLength": 1, "expected": "a path relative to the config file", "description": "the eval data: .csv, .jsonl/.ndjson or .json (an array of records)", "type": "string" }, "train": { "minLength": 1, "expected": "a path relative to the config file", "description": "the training data (retrain ablations)", "type": "string" }, "label": { "minLength": 1, "description": "the label column", "type": "string" }, "features": { "uniqueItems": true, "minItems": 1, "description": "names or patterns (px_*); default every other column, in file order", "type": "array", "items": { "minLength": 1, "type": "string" } }, "task": { "type": "string", "enum": ["binary", "multiclass", "regression"], "description": "default: inferred from the labels" }, "classes": { "minItems": 2, "uniqueItems": true, "description": "label values in the order of the model's outputs", "type": "array", "items": { "type": ["string", "number"] } }, "scaling": { "expected": "a mapping with center and scale, or the path of a JSON file holding one", "description": "model input = (raw \u2212 center) / scale, inline or the path of a JSON file", "anyOf": [{ "minLength": 1, "expected": "a path relative to the config file", "description": "a JSON file of {center, scale}", "type": "string" }, { "additionalProperties": false, "expected": "a mapping with center and scale", "type": "object", "properties": { "center": { "expected": "a number or a mapping of feature names to numbers", "description": "subtracted from the raw value (default 0); a number for every feature, or per feature", "anyOf": [{ "type": "number" }, { "type": "object", "additionalProperties": { "type": "number" } }] }, "scale": { "expected": "a positive number or a mapping of feature names to positive numbers", "description": "the raw value minus center is divided by it (default 1); a number for every feature, or per feature", "anyOf": [{ "exclusiveMinimum": 0, "expected": "a positive number", "type": "number" }, { "type": "object", "additionalProperties": { "exclusiveMinimum": 0, "expected": "a positive number", "type": "number" } }] } } }] } } }, "metrics": { "minItems": 1, "uniqueItems": true, "default": ["accuracy"], "description": "the first is the primary metric", "type": "array", "items": { "type": "string", "enum": ["accuracy", "error_rate", "precision", "recall", "f1", "precision_macro", "recall_macro", "f1_macro", "f1_weighted", "roc_auc", "log_loss", "mse", "rmse", "mae", "r2"] } }, "seed": { "minimum": 0, "maximum": 9007199254740991, "default": 42, "description": "seeds every random draw", "type": "integer" }, "repeats": { "minimum": 1, "maximum": 1e3, "default": 5, "description": "repeats of each stochastic ablation", "type": "integer" }, "resamples": { "minimum": 100, "maximum": 1e5, "default": 1e3, "description": "bootstrap resamples for every interval", "type": "integer" }, "workers": { "minimum": 1, "maximum": 256, "description": "evaluation threads and training runs at once; default one per free core", "type": "integer" }, "time-limit": { "expected": "a duration such as 10m, 90s or 1h30m, or a number of seconds", "description": "the run fits its plan to it", "anyOf": [{ "pattern": "^\\s*(\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*)+$", "type": "string" }, { "exclusiveMinimum": 0, "type": "number" }] }, "ablations": { "additionalProperties": false, "description": "the components ablated at evaluation time, and retrained", "type": "object", "properties": { "layers": { "expected": "all or a list of layer names or globs", "description": "the layers ablated: names, globs or ranges", "default": "all", "anyOf": [{ "type": "string", "enum": ["all"] }, { "uniqueItems": true, "type": "array", "items": { "minLength": 1, "type": "string" } }] }, "layer-modes": { "uniqueItems": true, "default": ["zero", "reinit"], "description": "how each layer is ablated", "type": "array", "items": { "type": "string", "enum": ["zero", "reinit", "mean", "remove"] } }, "features": { "expected": "all or a list of feature names", "description": "the features ablated: names, globs or ranges", "default": "all", "anyOf": [{ "type": "string", "enum": ["all"] }, { "uniqueItems": true, "type": "array", "items": { "minLength": 1, "type": "string" } }] }, "feature-modes": { "uniqueItems": true, "default": ["permute"], "description": "how each feature is ablated: a mode, or {value: x} to put x in its place", "type": "array", "items": { "expected": "one of permute | zero | mean | {value: number}", "anyOf": [{ "type": "string", "enum": ["permute", "zero", "mean"] }, { "additionalProperties": false, "type": "object", "required": ["value"], "properties": { "value": { "description": "the raw value put in place of the feature", "type": "number" } } }] } }, "groups": { "type": "object", "additionalProperties": { "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "expected": "exactly one of {layers: [...]} or {features: [...]}", "type": "object", "properties": { "layers": { "uniqueItems": true, "minItems": 1, "description": "the layers of the group (names, globs or ranges)", "type": "array", "items": { "minLength": 1, "type": "string" } }, "features": { "uniqueItems": true, "minItems": 1, "description": "the features of the group (names, globs or ranges)", "type": "array", "items": { "minLength": 1, "type": "string" } } } }, "propertyNames": { "type": "string", "pattern": "^(?!\\.\\.?$|\\.git$)[A-Za-z0-9._-]+$", "maxLength": 100, "expected": 'a group name of at most 100 letters, digits, ".", "_" or "-" (not ".", ".." or ".git")' }, "description": "components made of several layers, or of several features" }, "retrain": { "type": "object", "additionalProperties": { "type": "object", "minProperties": 1, "propertyNames": { "type": "string", "minLength": 1 }, "properties": { "drop-features": { "uniqueItems": true, "minItems": 1, "type": "array", "items": { "minLength": 1, "type": "string" }, "description": "features dropped from the training and eval data" } }, "additionalProperties": { "type": ["string", "number", "boolean"] }, "expected": "a mapping of switches to values, e.g. {dropout: false, drop-features: [a, b]}", "description": "switches passed to train (name: value), and drop-features" }, "propertyNames": { "type": "string", "pattern": "^(?!\\.\\.?$|\\.git$)[A-Za-z0-9._-]+$", "maxLength": 100, "expected": 'a variant name of at most 100 letters, digits, ".", "_" or "-" (not ".", ".." or ".git")' }, "description": "retrain ablations: the model retrained without a component (needs train)" }, "sensitivity": { "additionalProperties": false, "description": "sensitivity curves: how the metric degrades as noise grows (docs/sensitivity.md)", "type": "object", "properties": { "layers": { "default": [], "description": "the layers whose curves are measured: names, globs or ranges", "type": "array", "items": { "minLength": 1, "type": "string" } }, "features": { "expected": "all or a list of feature names", "description": "the features whose curves are measured", "default": "[]", "anyOf": [{ "type": "string", "enum": ["all"] }, { "uniqueItems": true, "type": "array", "items": { "minLength": 1, "type": "string" } }] }, "groups": { "uniqueItems": true, "default": [], "description": "names of ablations.groups whose curves are measured", "type": "array", "items": { "minLength": 1, "type": "string" } }, "layer-noise": { "uniqueItems": true, "minItems": 1, "default": ["weights", "output"], "description": "a layer's noise: on its trained weights, on its output, or both", "type": "array", "items": { "type": "string", "enum": ["weights", "output"] } }, "scale": { "expected": "std or a positive number", "default": "std", "description": "\u03C3 per unit of s: each column's standard deviation, or one raw-unit scale", "anyOf": [{ "type": "string", "enum": ["std"] }, { "exclusiveMinimum": 0, "type": "number" }] }, "draws": { "type": "string", "enum": ["gaussian", "permutation"], "default": "permutation", "description": "a feature's noise: its own values permuted (s = 1 is the permute ablation), or standard normal" }, "grid": { "minItems": 1, "uniqueItems": true, "default": [0.01, 0.025119, 0.063096, 0.158489, 0.398107, 1], "description": "the noise levels s (sorted ascending)", "type": "array", "items": { "minimum": 0, "maximum": 1, "expected": "a noise level s in [0, 1]", "type": "number" } }, "repeats": { "minimum": 1, "maximum": 1e3, "description": "draws per grid point; default the config's repeats", "type": "integer" } } } } }, "train": { "additionalProperties": false, "minProperties": 1, "description": "how to retrain the model: exactly one of module or command", "type": "object", "properties": { "module": { "minLength": 1, "expected": "a path relative to the config file", "description": "a .ts, .mts, .js or .mjs file exporting train()", "type": "string" }, "command": { "minLength": 1, "description": "a command line, run by the shell in the config's folder", "type": "string" }, "writes": { "type": "string", "enum": ["predictions", "model"], "default": "predictions", "description": "what a command writes per run: its predictions, or an ONNX model ablation-ci runs" }, "inputs": { "uniqueItems": true, "minItems": 1, "description": "globs of the files a command's training depends on (the cache key)", "type": "array", "items": { "minLength": 1, "type": "string" } }, "env": { "uniqueItems": true, "description": "variables passed to the training code beyond the allow-list", "type": "array", "items": { "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "expected": "an environment variable name (letters, digits, _)", "type": "string" } }, "seeds": { "minimum": 1, "maximum": 100, "default": 3, "description": "K: how many seeds every variant and the baseline is trained with", "type": "integer" }, "time-limit": { "expected": "a duration such as 10m, 90s or 1h30m, or a number of seconds", "default": "60s", "description": "the limit of one training run", "anyOf": [{ "pattern": "^\\s*(\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*)+$", "type": "string" }, { "exclusiveMinimum": 0, "type": "number" }] }, "cache": { "minLength": 1, "expected": "a path relative to the config file", "default": ".ablation-ci-cache", "description": "the cache folder of training runs", "type": "string" } } }, "tests": { "description": "model unit tests: a metric with a threshold on a slice of the eval data", "type": "array", "items": { "additionalProperties": false, "type": "object", "required": ["name", "metric", "threshold"], "properties": { "name": { "type": "string", "minLength": 1, "maxLength": 100, "expected": "a test name of 1 to 100 characters", "description": "unique among the tests; names the test in the report" }, "where": { "type": "object", "additionalProperties": { "additionalProperties": false, "minProperties": 1, "expected": "a condition such as {gte: 65} (eq, ne, in, lt, lte, gt, gte, between)", "type": "object", "properties": { "eq": { "type": ["string", "number", "boolean"], "description": "equal to (numbers on a numeric column)" }, "ne": { "type": ["string", "number", "boolean"], "description": "not equal to" }, "in": { "minItems": 1, "description": "one of the values", "type": "array", "items": { "type": ["string", "number", "boolean"] } }, "lt": { "description": "less than", "type": "number" }, "lte": { "description": "at most", "type": "number" }, "gt": { "description": "greater than", "type": "number" }, "gte": { "description": "at least", "type": "number" }, "between": { "minItems": 2, "maxItems": 2, "expected": "a list of two numbers [low, high]", "description": "from low to high, both included", "type": "array", "items": { "type": "number" } } } }, "description": "rows of the slice: column \u2192 condition (eq, ne, in, lt, lte, gt, gte, between), ANDed" }, "metric": { "type": "string", "enum": ["accuracy", "error_rate", "precision", "recall", "f1", "precision_macro", "recall_macro", "f1_macro", "f1_weighted", "roc_auc", "log_loss", "mse", "rmse", "mae", "r2"], "description": "the metric the test scores" }, "threshold": { "expected": 'a threshold such as ">= 0.8" (>=, >, <=, <) or a number', "description": "a bare number means >= (<= for losses)", "anyOf": [{ "pattern": "^\\s*(>=|>|<=|<)\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*$", "type": "string" }, { "type": "number" }] }, "min-examples": { "minimum": 1, "default": 1, "description": "fewer matching rows: the test is skipped", "type": "integer" }, "class": { "type": ["string", "number"], "expected": "a class label (a string or a number)", "description": "precision, recall or f1 of this class alone" } } } }, "gate": { "additionalProperties": false, "description": "when the check fails", "type": "object", "properties": { "fail-on": { "uniqueItems": true, "default": ["test-failure", "regression"], "description": "what fails the check", "type": "array", "items": { "type": "string", "enum": ["test-failure", "regression", "inconclusive", "sensitivity"] } }, "regression": { "additionalProperties": false, "description": "the regression check: a one-sided paired test against main", "type": "object", "properties": { "metric": { "type": "string", "enum": ["accuracy", "error_rate", "precision", "recall", "f1", "precision_macro", "recall_macro", "f1_macro", "f1_weighted", "roc_auc", "log_loss", "mse", "rmse", "mae", "r2"], "description": "the metric compared with main; default the first of metrics" }, "tolerance": { "minimum": 0, "default": 0.01, "description": "how much worse than main is not a regression", "type": "number" }, "alpha": { "exclusiveMinimum": 0, "maximum": 0.5, "expected": "a number in (0, 0.5]", "default": 0.05, "description": "the significance level of the one-sided test, Holm-adjusted", "type": "number" } } } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = require_ucs2length().default;
var func0 = require_equal().default;
var pattern0 = new RegExp("^(?!\\.\\.?$|\\.git$)[A-Za-z0-9._-]+$", "u");
var pattern1 = new RegExp("^\\s*(\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*)+$", "u");
var pattern4 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
var pattern6 = new RegExp("^\\s*(>=|>|<=|<)\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.suite === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "suite" }, message: "must have required property 'suite'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.suite !== void 0) {
      let data0 = data.suite;
      if (typeof data0 === "string") {
        if (func3(data0) > 100) {
          const err3 = { instancePath: instancePath + "/suite", schemaPath: "#/properties/suite/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema11.properties.suite, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern0.test(data0)) {
          const err4 = { instancePath: instancePath + "/suite", schemaPath: "#/properties/suite/pattern", keyword: "pattern", params: { pattern: "^(?!\\.\\.?$|\\.git$)[A-Za-z0-9._-]+$" }, message: 'must match pattern "^(?!\\.\\.?$|\\.git$)[A-Za-z0-9._-]+$"', schema: "^(?!\\.\\.?$|\\.git$)[A-Za-z0-9._-]+$", parentSchema: schema11.properties.suite, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/suite", schemaPath: "#/properties/suite/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.suite.type, parentSchema: schema11.properties.suite, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.model !== void 0) {
      let data1 = data.model;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err6 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.model, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.model.type, parentSchema: schema11.properties.model, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.output !== void 0) {
      let data2 = data.output;
      const _errs10 = errors;
      let valid1 = false;
      const _errs11 = errors;
      if (typeof data2 === "string") {
        if (func3(data2) < 1) {
          const err8 = { instancePath: instancePath + "/output", schemaPath: "#/properties/output/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.output.anyOf[0], data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/output", schemaPath: "#/properties/output/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.output.anyOf[0].type, parentSchema: schema11.properties.output.anyOf[0], data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var _valid0 = _errs11 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const _errs13 = errors;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
          if (data2.name === void 0) {
            const err10 = { instancePath: instancePath + "/output", schemaPath: "#/properties/output/anyOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.output.anyOf[1].required, parentSchema: schema11.properties.output.anyOf[1], data: data2 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          for (const key1 in data2) {
            if (!(key1 === "name" || key1 === "as")) {
              const err11 = { instancePath: instancePath + "/output", schemaPath: "#/properties/output/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.output.anyOf[1], data: data2 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
          if (data2.name !== void 0) {
            let data3 = data2.name;
            if (typeof data3 === "string") {
              if (func3(data3) < 1) {
                const err12 = { instancePath: instancePath + "/output/name", schemaPath: "#/properties/output/anyOf/1/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.output.anyOf[1].properties.name, data: data3 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            } else {
              const err13 = { instancePath: instancePath + "/output/name", schemaPath: "#/properties/output/anyOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.output.anyOf[1].properties.name.type, parentSchema: schema11.properties.output.anyOf[1].properties.name, data: data3 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
          if (data2.as !== void 0) {
            let data4 = data2.as;
            if (typeof data4 !== "string") {
              const err14 = { instancePath: instancePath + "/output/as", schemaPath: "#/properties/output/anyOf/1/properties/as/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.output.anyOf[1].properties.as.type, parentSchema: schema11.properties.output.anyOf[1].properties.as, data: data4 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (!(data4 === "probabilities" || data4 === "logits")) {
              const err15 = { instancePath: instancePath + "/output/as", schemaPath: "#/properties/output/anyOf/1/properties/as/enum", keyword: "enum", params: { allowedValues: schema11.properties.output.anyOf[1].properties.as.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.output.anyOf[1].properties.as.enum, parentSchema: schema11.properties.output.anyOf[1].properties.as, data: data4 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
        } else {
          const err16 = { instancePath: instancePath + "/output", schemaPath: "#/properties/output/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.output.anyOf[1].type, parentSchema: schema11.properties.output.anyOf[1], data: data2 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        var _valid0 = _errs13 === errors;
        valid1 = valid1 || _valid0;
      }
      if (!valid1) {
        const err17 = { instancePath: instancePath + "/output", schemaPath: "#/properties/output/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.output.anyOf, parentSchema: schema11.properties.output, data: data2 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      } else {
        errors = _errs10;
        if (vErrors !== null) {
          if (_errs10) {
            vErrors.length = _errs10;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.data !== void 0) {
      let data5 = data.data;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.eval === void 0) {
          const err18 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/required", keyword: "required", params: { missingProperty: "eval" }, message: "must have required property 'eval'", schema: schema11.properties.data.required, parentSchema: schema11.properties.data, data: data5 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data5.label === void 0) {
          const err19 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: schema11.properties.data.required, parentSchema: schema11.properties.data, data: data5 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        for (const key2 in data5) {
          if (!(key2 === "eval" || key2 === "train" || key2 === "label" || key2 === "features" || key2 === "task" || key2 === "classes" || key2 === "scaling")) {
            const err20 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.data, data: data5 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data5.eval !== void 0) {
          let data6 = data5.eval;
          if (typeof data6 === "string") {
            if (func3(data6) < 1) {
              const err21 = { instancePath: instancePath + "/data/eval", schemaPath: "#/properties/data/properties/eval/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.data.properties.eval, data: data6 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/data/eval", schemaPath: "#/properties/data/properties/eval/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.data.properties.eval.type, parentSchema: schema11.properties.data.properties.eval, data: data6 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data5.train !== void 0) {
          let data7 = data5.train;
          if (typeof data7 === "string") {
            if (func3(data7) < 1) {
              const err23 = { instancePath: instancePath + "/data/train", schemaPath: "#/properties/data/properties/train/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.data.properties.train, data: data7 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/data/train", schemaPath: "#/properties/data/properties/train/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.data.properties.train.type, parentSchema: schema11.properties.data.properties.train, data: data7 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data5.label !== void 0) {
          let data8 = data5.label;
          if (typeof data8 === "string") {
            if (func3(data8) < 1) {
              const err25 = { instancePath: instancePath + "/data/label", schemaPath: "#/properties/data/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.data.properties.label, data: data8 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/data/label", schemaPath: "#/properties/data/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.data.properties.label.type, parentSchema: schema11.properties.data.properties.label, data: data8 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data5.features !== void 0) {
          let data9 = data5.features;
          if (Array.isArray(data9)) {
            if (data9.length < 1) {
              const err27 = { instancePath: instancePath + "/data/features", schemaPath: "#/properties/data/properties/features/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.data.properties.features, data: data9 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            const len0 = data9.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data10 = data9[i0];
              if (typeof data10 === "string") {
                if (func3(data10) < 1) {
                  const err28 = { instancePath: instancePath + "/data/features/" + i0, schemaPath: "#/properties/data/properties/features/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.data.properties.features.items, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/data/features/" + i0, schemaPath: "#/properties/data/properties/features/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.data.properties.features.items.type, parentSchema: schema11.properties.data.properties.features.items, data: data10 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            let i1 = data9.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--; ) {
                let item0 = data9[i1];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err30 = { instancePath: instancePath + "/data/features", schemaPath: "#/properties/data/properties/features/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema11.properties.data.properties.features, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/data/features", schemaPath: "#/properties/data/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.data.properties.features.type, parentSchema: schema11.properties.data.properties.features, data: data9 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data5.task !== void 0) {
          let data11 = data5.task;
          if (typeof data11 !== "string") {
            const err32 = { instancePath: instancePath + "/data/task", schemaPath: "#/properties/data/properties/task/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.data.properties.task.type, parentSchema: schema11.properties.data.properties.task, data: data11 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          if (!(data11 === "binary" || data11 === "multiclass" || data11 === "regression")) {
            const err33 = { instancePath: instancePath + "/data/task", schemaPath: "#/properties/data/properties/task/enum", keyword: "enum", params: { allowedValues: schema11.properties.data.properties.task.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.data.properties.task.enum, parentSchema: schema11.properties.data.properties.task, data: data11 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data5.classes !== void 0) {
          let data12 = data5.classes;
          if (Array.isArray(data12)) {
            if (data12.length < 2) {
              const err34 = { instancePath: instancePath + "/data/classes", schemaPath: "#/properties/data/properties/classes/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema11.properties.data.properties.classes, data: data12 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            const len1 = data12.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data13 = data12[i2];
              if (typeof data13 !== "string" && !(typeof data13 == "number" && isFinite(data13))) {
                const err35 = { instancePath: instancePath + "/data/classes/" + i2, schemaPath: "#/properties/data/properties/classes/items/type", keyword: "type", params: { type: schema11.properties.data.properties.classes.items.type }, message: "must be string,number", schema: schema11.properties.data.properties.classes.items.type, parentSchema: schema11.properties.data.properties.classes.items, data: data13 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            let i3 = data12.length;
            let j1;
            if (i3 > 1) {
              const indices1 = {};
              for (; i3--; ) {
                let item1 = data12[i3];
                if (typeof item1 !== "string" && !(typeof item1 == "number" && isFinite(item1))) {
                  continue;
                }
                if (typeof item1 == "string") {
                  item1 += "_";
                }
                if (typeof indices1[item1] == "number") {
                  j1 = indices1[item1];
                  const err36 = { instancePath: instancePath + "/data/classes", schemaPath: "#/properties/data/properties/classes/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema11.properties.data.properties.classes, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i3;
              }
            }
          } else {
            const err37 = { instancePath: instancePath + "/data/classes", schemaPath: "#/properties/data/properties/classes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.data.properties.classes.type, parentSchema: schema11.properties.data.properties.classes, data: data12 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data5.scaling !== void 0) {
          let data14 = data5.scaling;
          const _errs43 = errors;
          let valid10 = false;
          const _errs44 = errors;
          if (typeof data14 === "string") {
            if (func3(data14) < 1) {
              const err38 = { instancePath: instancePath + "/data/scaling", schemaPath: "#/properties/data/properties/scaling/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.data.properties.scaling.anyOf[0], data: data14 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          } else {
            const err39 = { instancePath: instancePath + "/data/scaling", schemaPath: "#/properties/data/properties/scaling/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.data.properties.scaling.anyOf[0].type, parentSchema: schema11.properties.data.properties.scaling.anyOf[0], data: data14 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          var _valid1 = _errs44 === errors;
          valid10 = valid10 || _valid1;
          if (!valid10) {
            const _errs47 = errors;
            if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
              for (const key3 in data14) {
                if (!(key3 === "center" || key3 === "scale")) {
                  const err40 = { instancePath: instancePath + "/data/scaling", schemaPath: "#/properties/data/properties/scaling/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.data.properties.scaling.anyOf[1], data: data14 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              }
              if (data14.center !== void 0) {
                let data15 = data14.center;
                const _errs52 = errors;
                let valid12 = false;
                const _errs53 = errors;
                if (!(typeof data15 == "number" && isFinite(data15))) {
                  const err41 = { instancePath: instancePath + "/data/scaling/center", schemaPath: "#/properties/data/properties/scaling/anyOf/1/properties/center/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.data.properties.scaling.anyOf[1].properties.center.anyOf[0].type, parentSchema: schema11.properties.data.properties.scaling.anyOf[1].properties.center.anyOf[0], data: data15 };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
                var _valid2 = _errs53 === errors;
                valid12 = valid12 || _valid2;
                if (!valid12) {
                  const _errs55 = errors;
                  if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                    for (const key4 in data15) {
                      let data16 = data15[key4];
                      if (!(typeof data16 == "number" && isFinite(data16))) {
                        const err42 = { instancePath: instancePath + "/data/scaling/center/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/data/properties/scaling/anyOf/1/properties/center/anyOf/1/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.data.properties.scaling.anyOf[1].properties.center.anyOf[1].additionalProperties.type, parentSchema: schema11.properties.data.properties.scaling.anyOf[1].properties.center.anyOf[1].additionalProperties, data: data16 };
                        if (vErrors === null) {
                          vErrors = [err42];
                        } else {
                          vErrors.push(err42);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err43 = { instancePath: instancePath + "/data/scaling/center", schemaPath: "#/properties/data/properties/scaling/anyOf/1/properties/center/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.data.properties.scaling.anyOf[1].properties.center.anyOf[1].type, parentSchema: schema11.properties.data.properties.scaling.anyOf[1].properties.center.anyOf[1], data: data15 };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                  var _valid2 = _errs55 === errors;
                  valid12 = valid12 || _valid2;
                }
                if (!valid12) {
                  const err44 = { instancePath: instancePath + "/data/scaling/center", schemaPath: "#/properties/data/properties/scaling/anyOf/1/properties/center/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.data.properties.scaling.anyOf[1].properties.center.anyOf, parentSchema: schema11.properties.data.properties.scaling.anyOf[1].properties.center, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                } else {
                  errors = _errs52;
                  if (vErrors !== null) {
                    if (_errs52) {
                      vErrors.length = _errs52;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
              if (data14.scale !== void 0) {
                let data17 = data14.scale;
                const _errs62 = errors;
                let valid14 = false;
                const _errs63 = errors;
                if (typeof data17 == "number" && isFinite(data17)) {
                  if (data17 <= 0 || isNaN(data17)) {
                    const err45 = { instancePath: instancePath + "/data/scaling/scale", schemaPath: "#/properties/data/properties/scaling/anyOf/1/properties/scale/anyOf/0/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.data.properties.scaling.anyOf[1].properties.scale.anyOf[0], data: data17 };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                } else {
                  const err46 = { instancePath: instancePath + "/data/scaling/scale", schemaPath: "#/properties/data/properties/scaling/anyOf/1/properties/scale/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.data.properties.scaling.anyOf[1].properties.scale.anyOf[0].type, parentSchema: schema11.properties.data.properties.scaling.anyOf[1].properties.scale.anyOf[0], data: data17 };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
                var _valid3 = _errs63 === errors;
                valid14 = valid14 || _valid3;
                if (!valid14) {
                  const _errs66 = errors;
                  if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                    for (const key5 in data17) {
                      let data18 = data17[key5];
                      if (typeof data18 == "number" && isFinite(data18)) {
                        if (data18 <= 0 || isNaN(data18)) {
                          const err47 = { instancePath: instancePath + "/data/scaling/scale/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/data/properties/scaling/anyOf/1/properties/scale/anyOf/1/additionalProperties/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.data.properties.scaling.anyOf[1].properties.scale.anyOf[1].additionalProperties, data: data18 };
                          if (vErrors === null) {
                            vErrors = [err47];
                          } else {
                            vErrors.push(err47);
                          }
                          errors++;
                        }
                      } else {
                        const err48 = { instancePath: instancePath + "/data/scaling/scale/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/data/properties/scaling/anyOf/1/properties/scale/anyOf/1/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.data.properties.scaling.anyOf[1].properties.scale.anyOf[1].additionalProperties.type, parentSchema: schema11.properties.data.properties.scaling.anyOf[1].properties.scale.anyOf[1].additionalProperties, data: data18 };
                        if (vErrors === null) {
                          vErrors = [err48];
                        } else {
                          vErrors.push(err48);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err49 = { instancePath: instancePath + "/data/scaling/scale", schemaPath: "#/properties/data/properties/scaling/anyOf/1/properties/scale/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.data.properties.scaling.anyOf[1].properties.scale.anyOf[1].type, parentSchema: schema11.properties.data.properties.scaling.anyOf[1].properties.scale.anyOf[1], data: data17 };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                  var _valid3 = _errs66 === errors;
                  valid14 = valid14 || _valid3;
                }
                if (!valid14) {
                  const err50 = { instancePath: instancePath + "/data/scaling/scale", schemaPath: "#/properties/data/properties/scaling/anyOf/1/properties/scale/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.data.properties.scaling.anyOf[1].properties.scale.anyOf, parentSchema: schema11.properties.data.properties.scaling.anyOf[1].properties.scale, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                } else {
                  errors = _errs62;
                  if (vErrors !== null) {
                    if (_errs62) {
                      vErrors.length = _errs62;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
            } else {
              const err51 = { instancePath: instancePath + "/data/scaling", schemaPath: "#/properties/data/properties/scaling/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.data.properties.scaling.anyOf[1].type, parentSchema: schema11.properties.data.properties.scaling.anyOf[1], data: data14 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            var _valid1 = _errs47 === errors;
            valid10 = valid10 || _valid1;
          }
          if (!valid10) {
            const err52 = { instancePath: instancePath + "/data/scaling", schemaPath: "#/properties/data/properties/scaling/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.data.properties.scaling.anyOf, parentSchema: schema11.properties.data.properties.scaling, data: data14 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          } else {
            errors = _errs43;
            if (vErrors !== null) {
              if (_errs43) {
                vErrors.length = _errs43;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err53 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.data.type, parentSchema: schema11.properties.data, data: data5 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data19 = data.metrics;
      if (Array.isArray(data19)) {
        if (data19.length < 1) {
          const err54 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.metrics, data: data19 };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        const len2 = data19.length;
        for (let i4 = 0; i4 < len2; i4++) {
          let data20 = data19[i4];
          if (typeof data20 !== "string") {
            const err55 = { instancePath: instancePath + "/metrics/" + i4, schemaPath: "#/properties/metrics/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metrics.items.type, parentSchema: schema11.properties.metrics.items, data: data20 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
          if (!(data20 === "accuracy" || data20 === "error_rate" || data20 === "precision" || data20 === "recall" || data20 === "f1" || data20 === "precision_macro" || data20 === "recall_macro" || data20 === "f1_macro" || data20 === "f1_weighted" || data20 === "roc_auc" || data20 === "log_loss" || data20 === "mse" || data20 === "rmse" || data20 === "mae" || data20 === "r2")) {
            const err56 = { instancePath: instancePath + "/metrics/" + i4, schemaPath: "#/properties/metrics/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.metrics.items.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.metrics.items.enum, parentSchema: schema11.properties.metrics.items, data: data20 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        let i5 = data19.length;
        let j2;
        if (i5 > 1) {
          const indices2 = {};
          for (; i5--; ) {
            let item2 = data19[i5];
            if (typeof item2 !== "string") {
              continue;
            }
            if (typeof indices2[item2] == "number") {
              j2 = indices2[item2];
              const err57 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)", schema: true, parentSchema: schema11.properties.metrics, data: data19 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
              break;
            }
            indices2[item2] = i5;
          }
        }
      } else {
        const err58 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.metrics.type, parentSchema: schema11.properties.metrics, data: data19 };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    if (data.seed !== void 0) {
      let data21 = data.seed;
      if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
        const err59 = { instancePath: instancePath + "/seed", schemaPath: "#/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.seed.type, parentSchema: schema11.properties.seed, data: data21 };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
      if (typeof data21 == "number" && isFinite(data21)) {
        if (data21 > 9007199254740991 || isNaN(data21)) {
          const err60 = { instancePath: instancePath + "/seed", schemaPath: "#/properties/seed/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991", schema: 9007199254740991, parentSchema: schema11.properties.seed, data: data21 };
          if (vErrors === null) {
            vErrors = [err60];
          } else {
            vErrors.push(err60);
          }
          errors++;
        }
        if (data21 < 0 || isNaN(data21)) {
          const err61 = { instancePath: instancePath + "/seed", schemaPath: "#/properties/seed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.seed, data: data21 };
          if (vErrors === null) {
            vErrors = [err61];
          } else {
            vErrors.push(err61);
          }
          errors++;
        }
      }
    }
    if (data.repeats !== void 0) {
      let data22 = data.repeats;
      if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
        const err62 = { instancePath: instancePath + "/repeats", schemaPath: "#/properties/repeats/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.repeats.type, parentSchema: schema11.properties.repeats, data: data22 };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
      if (typeof data22 == "number" && isFinite(data22)) {
        if (data22 > 1e3 || isNaN(data22)) {
          const err63 = { instancePath: instancePath + "/repeats", schemaPath: "#/properties/repeats/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema11.properties.repeats, data: data22 };
          if (vErrors === null) {
            vErrors = [err63];
          } else {
            vErrors.push(err63);
          }
          errors++;
        }
        if (data22 < 1 || isNaN(data22)) {
          const err64 = { instancePath: instancePath + "/repeats", schemaPath: "#/properties/repeats/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.repeats, data: data22 };
          if (vErrors === null) {
            vErrors = [err64];
          } else {
            vErrors.push(err64);
          }
          errors++;
        }
      }
    }
    if (data.resamples !== void 0) {
      let data23 = data.resamples;
      if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
        const err65 = { instancePath: instancePath + "/resamples", schemaPath: "#/properties/resamples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.resamples.type, parentSchema: schema11.properties.resamples, data: data23 };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
      if (typeof data23 == "number" && isFinite(data23)) {
        if (data23 > 1e5 || isNaN(data23)) {
          const err66 = { instancePath: instancePath + "/resamples", schemaPath: "#/properties/resamples/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema11.properties.resamples, data: data23 };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
        if (data23 < 100 || isNaN(data23)) {
          const err67 = { instancePath: instancePath + "/resamples", schemaPath: "#/properties/resamples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema11.properties.resamples, data: data23 };
          if (vErrors === null) {
            vErrors = [err67];
          } else {
            vErrors.push(err67);
          }
          errors++;
        }
      }
    }
    if (data.workers !== void 0) {
      let data24 = data.workers;
      if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
        const err68 = { instancePath: instancePath + "/workers", schemaPath: "#/properties/workers/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.workers.type, parentSchema: schema11.properties.workers, data: data24 };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
      if (typeof data24 == "number" && isFinite(data24)) {
        if (data24 > 256 || isNaN(data24)) {
          const err69 = { instancePath: instancePath + "/workers", schemaPath: "#/properties/workers/maximum", keyword: "maximum", params: { comparison: "<=", limit: 256 }, message: "must be <= 256", schema: 256, parentSchema: schema11.properties.workers, data: data24 };
          if (vErrors === null) {
            vErrors = [err69];
          } else {
            vErrors.push(err69);
          }
          errors++;
        }
        if (data24 < 1 || isNaN(data24)) {
          const err70 = { instancePath: instancePath + "/workers", schemaPath: "#/properties/workers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.workers, data: data24 };
          if (vErrors === null) {
            vErrors = [err70];
          } else {
            vErrors.push(err70);
          }
          errors++;
        }
      }
    }
    if (data["time-limit"] !== void 0) {
      let data25 = data["time-limit"];
      const _errs87 = errors;
      let valid19 = false;
      const _errs88 = errors;
      if (typeof data25 === "string") {
        if (!pattern1.test(data25)) {
          const err71 = { instancePath: instancePath + "/time-limit", schemaPath: "#/properties/time-limit/anyOf/0/pattern", keyword: "pattern", params: { pattern: "^\\s*(\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*)+$" }, message: 'must match pattern "^\\s*(\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*)+$"', schema: "^\\s*(\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*)+$", parentSchema: schema11.properties["time-limit"].anyOf[0], data: data25 };
          if (vErrors === null) {
            vErrors = [err71];
          } else {
            vErrors.push(err71);
          }
          errors++;
        }
      } else {
        const err72 = { instancePath: instancePath + "/time-limit", schemaPath: "#/properties/time-limit/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties["time-limit"].anyOf[0].type, parentSchema: schema11.properties["time-limit"].anyOf[0], data: data25 };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
      var _valid4 = _errs88 === errors;
      valid19 = valid19 || _valid4;
      if (!valid19) {
        const _errs90 = errors;
        if (typeof data25 == "number" && isFinite(data25)) {
          if (data25 <= 0 || isNaN(data25)) {
            const err73 = { instancePath: instancePath + "/time-limit", schemaPath: "#/properties/time-limit/anyOf/1/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties["time-limit"].anyOf[1], data: data25 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        } else {
          const err74 = { instancePath: instancePath + "/time-limit", schemaPath: "#/properties/time-limit/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties["time-limit"].anyOf[1].type, parentSchema: schema11.properties["time-limit"].anyOf[1], data: data25 };
          if (vErrors === null) {
            vErrors = [err74];
          } else {
            vErrors.push(err74);
          }
          errors++;
        }
        var _valid4 = _errs90 === errors;
        valid19 = valid19 || _valid4;
      }
      if (!valid19) {
        const err75 = { instancePath: instancePath + "/time-limit", schemaPath: "#/properties/time-limit/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties["time-limit"].anyOf, parentSchema: schema11.properties["time-limit"], data: data25 };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      } else {
        errors = _errs87;
        if (vErrors !== null) {
          if (_errs87) {
            vErrors.length = _errs87;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.ablations !== void 0) {
      let data26 = data.ablations;
      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
        for (const key6 in data26) {
          if (!(key6 === "layers" || key6 === "layer-modes" || key6 === "features" || key6 === "feature-modes" || key6 === "groups" || key6 === "retrain" || key6 === "sensitivity")) {
            const err76 = { instancePath: instancePath + "/ablations", schemaPath: "#/properties/ablations/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.ablations, data: data26 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data26.layers !== void 0) {
          let data27 = data26.layers;
          const _errs97 = errors;
          let valid21 = false;
          const _errs98 = errors;
          if (typeof data27 !== "string") {
            const err77 = { instancePath: instancePath + "/ablations/layers", schemaPath: "#/properties/ablations/properties/layers/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ablations.properties.layers.anyOf[0].type, parentSchema: schema11.properties.ablations.properties.layers.anyOf[0], data: data27 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
          if (!(data27 === "all")) {
            const err78 = { instancePath: instancePath + "/ablations/layers", schemaPath: "#/properties/ablations/properties/layers/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.ablations.properties.layers.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.ablations.properties.layers.anyOf[0].enum, parentSchema: schema11.properties.ablations.properties.layers.anyOf[0], data: data27 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
          var _valid5 = _errs98 === errors;
          valid21 = valid21 || _valid5;
          if (!valid21) {
            const _errs100 = errors;
            if (Array.isArray(data27)) {
              const len3 = data27.length;
              for (let i6 = 0; i6 < len3; i6++) {
                let data28 = data27[i6];
                if (typeof data28 === "string") {
                  if (func3(data28) < 1) {
                    const err79 = { instancePath: instancePath + "/ablations/layers/" + i6, schemaPath: "#/properties/ablations/properties/layers/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.ablations.properties.layers.anyOf[1].items, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                } else {
                  const err80 = { instancePath: instancePath + "/ablations/layers/" + i6, schemaPath: "#/properties/ablations/properties/layers/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ablations.properties.layers.anyOf[1].items.type, parentSchema: schema11.properties.ablations.properties.layers.anyOf[1].items, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
              }
              let i7 = data27.length;
              let j3;
              if (i7 > 1) {
                const indices3 = {};
                for (; i7--; ) {
                  let item3 = data27[i7];
                  if (typeof item3 !== "string") {
                    continue;
                  }
                  if (typeof indices3[item3] == "number") {
                    j3 = indices3[item3];
                    const err81 = { instancePath: instancePath + "/ablations/layers", schemaPath: "#/properties/ablations/properties/layers/anyOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)", schema: true, parentSchema: schema11.properties.ablations.properties.layers.anyOf[1], data: data27 };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                    break;
                  }
                  indices3[item3] = i7;
                }
              }
            } else {
              const err82 = { instancePath: instancePath + "/ablations/layers", schemaPath: "#/properties/ablations/properties/layers/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.ablations.properties.layers.anyOf[1].type, parentSchema: schema11.properties.ablations.properties.layers.anyOf[1], data: data27 };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
            var _valid5 = _errs100 === errors;
            valid21 = valid21 || _valid5;
          }
          if (!valid21) {
            const err83 = { instancePath: instancePath + "/ablations/layers", schemaPath: "#/properties/ablations/properties/layers/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.ablations.properties.layers.anyOf, parentSchema: schema11.properties.ablations.properties.layers, data: data27 };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          } else {
            errors = _errs97;
            if (vErrors !== null) {
              if (_errs97) {
                vErrors.length = _errs97;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data26["layer-modes"] !== void 0) {
          let data29 = data26["layer-modes"];
          if (Array.isArray(data29)) {
            const len4 = data29.length;
            for (let i8 = 0; i8 < len4; i8++) {
              let data30 = data29[i8];
              if (typeof data30 !== "string") {
                const err84 = { instancePath: instancePath + "/ablations/layer-modes/" + i8, schemaPath: "#/properties/ablations/properties/layer-modes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ablations.properties["layer-modes"].items.type, parentSchema: schema11.properties.ablations.properties["layer-modes"].items, data: data30 };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
              if (!(data30 === "zero" || data30 === "reinit" || data30 === "mean" || data30 === "remove")) {
                const err85 = { instancePath: instancePath + "/ablations/layer-modes/" + i8, schemaPath: "#/properties/ablations/properties/layer-modes/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.ablations.properties["layer-modes"].items.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.ablations.properties["layer-modes"].items.enum, parentSchema: schema11.properties.ablations.properties["layer-modes"].items, data: data30 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
            let i9 = data29.length;
            let j4;
            if (i9 > 1) {
              const indices4 = {};
              for (; i9--; ) {
                let item4 = data29[i9];
                if (typeof item4 !== "string") {
                  continue;
                }
                if (typeof indices4[item4] == "number") {
                  j4 = indices4[item4];
                  const err86 = { instancePath: instancePath + "/ablations/layer-modes", schemaPath: "#/properties/ablations/properties/layer-modes/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i9 + " are identical)", schema: true, parentSchema: schema11.properties.ablations.properties["layer-modes"], data: data29 };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                  break;
                }
                indices4[item4] = i9;
              }
            }
          } else {
            const err87 = { instancePath: instancePath + "/ablations/layer-modes", schemaPath: "#/properties/ablations/properties/layer-modes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.ablations.properties["layer-modes"].type, parentSchema: schema11.properties.ablations.properties["layer-modes"], data: data29 };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
        if (data26.features !== void 0) {
          let data31 = data26.features;
          const _errs110 = errors;
          let valid28 = false;
          const _errs111 = errors;
          if (typeof data31 !== "string") {
            const err88 = { instancePath: instancePath + "/ablations/features", schemaPath: "#/properties/ablations/properties/features/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ablations.properties.features.anyOf[0].type, parentSchema: schema11.properties.ablations.properties.features.anyOf[0], data: data31 };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
          if (!(data31 === "all")) {
            const err89 = { instancePath: instancePath + "/ablations/features", schemaPath: "#/properties/ablations/properties/features/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.ablations.properties.features.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.ablations.properties.features.anyOf[0].enum, parentSchema: schema11.properties.ablations.properties.features.anyOf[0], data: data31 };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
          var _valid6 = _errs111 === errors;
          valid28 = valid28 || _valid6;
          if (!valid28) {
            const _errs113 = errors;
            if (Array.isArray(data31)) {
              const len5 = data31.length;
              for (let i10 = 0; i10 < len5; i10++) {
                let data32 = data31[i10];
                if (typeof data32 === "string") {
                  if (func3(data32) < 1) {
                    const err90 = { instancePath: instancePath + "/ablations/features/" + i10, schemaPath: "#/properties/ablations/properties/features/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.ablations.properties.features.anyOf[1].items, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                } else {
                  const err91 = { instancePath: instancePath + "/ablations/features/" + i10, schemaPath: "#/properties/ablations/properties/features/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ablations.properties.features.anyOf[1].items.type, parentSchema: schema11.properties.ablations.properties.features.anyOf[1].items, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              }
              let i11 = data31.length;
              let j5;
              if (i11 > 1) {
                const indices5 = {};
                for (; i11--; ) {
                  let item5 = data31[i11];
                  if (typeof item5 !== "string") {
                    continue;
                  }
                  if (typeof indices5[item5] == "number") {
                    j5 = indices5[item5];
                    const err92 = { instancePath: instancePath + "/ablations/features", schemaPath: "#/properties/ablations/properties/features/anyOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i11 + " are identical)", schema: true, parentSchema: schema11.properties.ablations.properties.features.anyOf[1], data: data31 };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                    break;
                  }
                  indices5[item5] = i11;
                }
              }
            } else {
              const err93 = { instancePath: instancePath + "/ablations/features", schemaPath: "#/properties/ablations/properties/features/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.ablations.properties.features.anyOf[1].type, parentSchema: schema11.properties.ablations.properties.features.anyOf[1], data: data31 };
              if (vErrors === null) {
                vErrors = [err93];
              } else {
                vErrors.push(err93);
              }
              errors++;
            }
            var _valid6 = _errs113 === errors;
            valid28 = valid28 || _valid6;
          }
          if (!valid28) {
            const err94 = { instancePath: instancePath + "/ablations/features", schemaPath: "#/properties/ablations/properties/features/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.ablations.properties.features.anyOf, parentSchema: schema11.properties.ablations.properties.features, data: data31 };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          } else {
            errors = _errs110;
            if (vErrors !== null) {
              if (_errs110) {
                vErrors.length = _errs110;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data26["feature-modes"] !== void 0) {
          let data33 = data26["feature-modes"];
          if (Array.isArray(data33)) {
            const len6 = data33.length;
            for (let i12 = 0; i12 < len6; i12++) {
              let data34 = data33[i12];
              const _errs121 = errors;
              let valid34 = false;
              const _errs122 = errors;
              if (typeof data34 !== "string") {
                const err95 = { instancePath: instancePath + "/ablations/feature-modes/" + i12, schemaPath: "#/properties/ablations/properties/feature-modes/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ablations.properties["feature-modes"].items.anyOf[0].type, parentSchema: schema11.properties.ablations.properties["feature-modes"].items.anyOf[0], data: data34 };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
              if (!(data34 === "permute" || data34 === "zero" || data34 === "mean")) {
                const err96 = { instancePath: instancePath + "/ablations/feature-modes/" + i12, schemaPath: "#/properties/ablations/properties/feature-modes/items/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.ablations.properties["feature-modes"].items.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.ablations.properties["feature-modes"].items.anyOf[0].enum, parentSchema: schema11.properties.ablations.properties["feature-modes"].items.anyOf[0], data: data34 };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
              var _valid7 = _errs122 === errors;
              valid34 = valid34 || _valid7;
              if (!valid34) {
                const _errs124 = errors;
                if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                  if (data34.value === void 0) {
                    const err97 = { instancePath: instancePath + "/ablations/feature-modes/" + i12, schemaPath: "#/properties/ablations/properties/feature-modes/items/anyOf/1/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema11.properties.ablations.properties["feature-modes"].items.anyOf[1].required, parentSchema: schema11.properties.ablations.properties["feature-modes"].items.anyOf[1], data: data34 };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                  }
                  for (const key7 in data34) {
                    if (!(key7 === "value")) {
                      const err98 = { instancePath: instancePath + "/ablations/feature-modes/" + i12, schemaPath: "#/properties/ablations/properties/feature-modes/items/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.ablations.properties["feature-modes"].items.anyOf[1], data: data34 };
                      if (vErrors === null) {
                        vErrors = [err98];
                      } else {
                        vErrors.push(err98);
                      }
                      errors++;
                    }
                  }
                  if (data34.value !== void 0) {
                    let data35 = data34.value;
                    if (!(typeof data35 == "number" && isFinite(data35))) {
                      const err99 = { instancePath: instancePath + "/ablations/feature-modes/" + i12 + "/value", schemaPath: "#/properties/ablations/properties/feature-modes/items/anyOf/1/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.ablations.properties["feature-modes"].items.anyOf[1].properties.value.type, parentSchema: schema11.properties.ablations.properties["feature-modes"].items.anyOf[1].properties.value, data: data35 };
                      if (vErrors === null) {
                        vErrors = [err99];
                      } else {
                        vErrors.push(err99);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err100 = { instancePath: instancePath + "/ablations/feature-modes/" + i12, schemaPath: "#/properties/ablations/properties/feature-modes/items/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.ablations.properties["feature-modes"].items.anyOf[1].type, parentSchema: schema11.properties.ablations.properties["feature-modes"].items.anyOf[1], data: data34 };
                  if (vErrors === null) {
                    vErrors = [err100];
                  } else {
                    vErrors.push(err100);
                  }
                  errors++;
                }
                var _valid7 = _errs124 === errors;
                valid34 = valid34 || _valid7;
              }
              if (!valid34) {
                const err101 = { instancePath: instancePath + "/ablations/feature-modes/" + i12, schemaPath: "#/properties/ablations/properties/feature-modes/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.ablations.properties["feature-modes"].items.anyOf, parentSchema: schema11.properties.ablations.properties["feature-modes"].items, data: data34 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              } else {
                errors = _errs121;
                if (vErrors !== null) {
                  if (_errs121) {
                    vErrors.length = _errs121;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            let i13 = data33.length;
            let j6;
            if (i13 > 1) {
              outer0: for (; i13--; ) {
                for (j6 = i13; j6--; ) {
                  if (func0(data33[i13], data33[j6])) {
                    const err102 = { instancePath: instancePath + "/ablations/feature-modes", schemaPath: "#/properties/ablations/properties/feature-modes/uniqueItems", keyword: "uniqueItems", params: { i: i13, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i13 + " are identical)", schema: true, parentSchema: schema11.properties.ablations.properties["feature-modes"], data: data33 };
                    if (vErrors === null) {
                      vErrors = [err102];
                    } else {
                      vErrors.push(err102);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          } else {
            const err103 = { instancePath: instancePath + "/ablations/feature-modes", schemaPath: "#/properties/ablations/properties/feature-modes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.ablations.properties["feature-modes"].type, parentSchema: schema11.properties.ablations.properties["feature-modes"], data: data33 };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
        }
        if (data26.groups !== void 0) {
          let data36 = data26.groups;
          if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
            for (const key8 in data36) {
              const _errs132 = errors;
              if (typeof key8 === "string") {
                if (func3(key8) > 100) {
                  const err104 = { instancePath: instancePath + "/ablations/groups", schemaPath: "#/properties/ablations/properties/groups/propertyNames/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema11.properties.ablations.properties.groups.propertyNames, data: key8, propertyName: key8 };
                  if (vErrors === null) {
                    vErrors = [err104];
                  } else {
                    vErrors.push(err104);
                  }
                  errors++;
                }
                if (!pattern0.test(key8)) {
                  const err105 = { instancePath: instancePath + "/ablations/groups", schemaPath: "#/properties/ablations/properties/groups/propertyNames/pattern", keyword: "pattern", params: { pattern: "^(?!\\.\\.?$|\\.git$)[A-Za-z0-9._-]+$" }, message: 'must match pattern "^(?!\\.\\.?$|\\.git$)[A-Za-z0-9._-]+$"', schema: "^(?!\\.\\.?$|\\.git$)[A-Za-z0-9._-]+$", parentSchema: schema11.properties.ablations.properties.groups.propertyNames, data: key8, propertyName: key8 };
                  if (vErrors === null) {
                    vErrors = [err105];
                  } else {
                    vErrors.push(err105);
                  }
                  errors++;
                }
              } else {
                const err106 = { instancePath: instancePath + "/ablations/groups", schemaPath: "#/properties/ablations/properties/groups/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ablations.properties.groups.propertyNames.type, parentSchema: schema11.properties.ablations.properties.groups.propertyNames, data: key8, propertyName: key8 };
                if (vErrors === null) {
                  vErrors = [err106];
                } else {
                  vErrors.push(err106);
                }
                errors++;
              }
              var valid37 = _errs132 === errors;
              if (!valid37) {
                const err107 = { instancePath: instancePath + "/ablations/groups", schemaPath: "#/properties/ablations/properties/groups/propertyNames", keyword: "propertyNames", params: { propertyName: key8 }, message: "property name must be valid", schema: schema11.properties.ablations.properties.groups.propertyNames, parentSchema: schema11.properties.ablations.properties.groups, data: data36 };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
            }
            for (const key9 in data36) {
              let data37 = data36[key9];
              if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                if (Object.keys(data37).length > 1) {
                  const err108 = { instancePath: instancePath + "/ablations/groups/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ablations/properties/groups/additionalProperties/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema11.properties.ablations.properties.groups.additionalProperties, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err108];
                  } else {
                    vErrors.push(err108);
                  }
                  errors++;
                }
                if (Object.keys(data37).length < 1) {
                  const err109 = { instancePath: instancePath + "/ablations/groups/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ablations/properties/groups/additionalProperties/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.ablations.properties.groups.additionalProperties, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err109];
                  } else {
                    vErrors.push(err109);
                  }
                  errors++;
                }
                for (const key10 in data37) {
                  if (!(key10 === "layers" || key10 === "features")) {
                    const err110 = { instancePath: instancePath + "/ablations/groups/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ablations/properties/groups/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.ablations.properties.groups.additionalProperties, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err110];
                    } else {
                      vErrors.push(err110);
                    }
                    errors++;
                  }
                }
                if (data37.layers !== void 0) {
                  let data38 = data37.layers;
                  if (Array.isArray(data38)) {
                    if (data38.length < 1) {
                      const err111 = { instancePath: instancePath + "/ablations/groups/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/layers", schemaPath: "#/properties/ablations/properties/groups/additionalProperties/properties/layers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.ablations.properties.groups.additionalProperties.properties.layers, data: data38 };
                      if (vErrors === null) {
                        vErrors = [err111];
                      } else {
                        vErrors.push(err111);
                      }
                      errors++;
                    }
                    const len7 = data38.length;
                    for (let i14 = 0; i14 < len7; i14++) {
                      let data39 = data38[i14];
                      if (typeof data39 === "string") {
                        if (func3(data39) < 1) {
                          const err112 = { instancePath: instancePath + "/ablations/groups/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/layers/" + i14, schemaPath: "#/properties/ablations/properties/groups/additionalProperties/properties/layers/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.ablations.properties.groups.additionalProperties.properties.layers.items, data: data39 };
                          if (vErrors === null) {
                            vErrors = [err112];
                          } else {
                            vErrors.push(err112);
                          }
                          errors++;
                        }
                      } else {
                        const err113 = { instancePath: instancePath + "/ablations/groups/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/layers/" + i14, schemaPath: "#/properties/ablations/properties/groups/additionalProperties/properties/layers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ablations.properties.groups.additionalProperties.properties.layers.items.type, parentSchema: schema11.properties.ablations.properties.groups.additionalProperties.properties.layers.items, data: data39 };
                        if (vErrors === null) {
                          vErrors = [err113];
                        } else {
                          vErrors.push(err113);
                        }
                        errors++;
                      }
                    }
                    let i15 = data38.length;
                    let j7;
                    if (i15 > 1) {
                      const indices6 = {};
                      for (; i15--; ) {
                        let item6 = data38[i15];
                        if (typeof item6 !== "string") {
                          continue;
                        }
                        if (typeof indices6[item6] == "number") {
                          j7 = indices6[item6];
                          const err114 = { instancePath: instancePath + "/ablations/groups/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/layers", schemaPath: "#/properties/ablations/properties/groups/additionalProperties/properties/layers/uniqueItems", keyword: "uniqueItems", params: { i: i15, j: j7 }, message: "must NOT have duplicate items (items ## " + j7 + " and " + i15 + " are identical)", schema: true, parentSchema: schema11.properties.ablations.properties.groups.additionalProperties.properties.layers, data: data38 };
                          if (vErrors === null) {
                            vErrors = [err114];
                          } else {
                            vErrors.push(err114);
                          }
                          errors++;
                          break;
                        }
                        indices6[item6] = i15;
                      }
                    }
                  } else {
                    const err115 = { instancePath: instancePath + "/ablations/groups/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/layers", schemaPath: "#/properties/ablations/properties/groups/additionalProperties/properties/layers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.ablations.properties.groups.additionalProperties.properties.layers.type, parentSchema: schema11.properties.ablations.properties.groups.additionalProperties.properties.layers, data: data38 };
                    if (vErrors === null) {
                      vErrors = [err115];
                    } else {
                      vErrors.push(err115);
                    }
                    errors++;
                  }
                }
                if (data37.features !== void 0) {
                  let data40 = data37.features;
                  if (Array.isArray(data40)) {
                    if (data40.length < 1) {
                      const err116 = { instancePath: instancePath + "/ablations/groups/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/features", schemaPath: "#/properties/ablations/properties/groups/additionalProperties/properties/features/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.ablations.properties.groups.additionalProperties.properties.features, data: data40 };
                      if (vErrors === null) {
                        vErrors = [err116];
                      } else {
                        vErrors.push(err116);
                      }
                      errors++;
                    }
                    const len8 = data40.length;
                    for (let i16 = 0; i16 < len8; i16++) {
                      let data41 = data40[i16];
                      if (typeof data41 === "string") {
                        if (func3(data41) < 1) {
                          const err117 = { instancePath: instancePath + "/ablations/groups/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/features/" + i16, schemaPath: "#/properties/ablations/properties/groups/additionalProperties/properties/features/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.ablations.properties.groups.additionalProperties.properties.features.items, data: data41 };
                          if (vErrors === null) {
                            vErrors = [err117];
                          } else {
                            vErrors.push(err117);
                          }
                          errors++;
                        }
                      } else {
                        const err118 = { instancePath: instancePath + "/ablations/groups/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/features/" + i16, schemaPath: "#/properties/ablations/properties/groups/additionalProperties/properties/features/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ablations.properties.groups.additionalProperties.properties.features.items.type, parentSchema: schema11.properties.ablations.properties.groups.additionalProperties.properties.features.items, data: data41 };
                        if (vErrors === null) {
                          vErrors = [err118];
                        } else {
                          vErrors.push(err118);
                        }
                        errors++;
                      }
                    }
                    let i17 = data40.length;
                    let j8;
                    if (i17 > 1) {
                      const indices7 = {};
                      for (; i17--; ) {
                        let item7 = data40[i17];
                        if (typeof item7 !== "string") {
                          continue;
                        }
                        if (typeof indices7[item7] == "number") {
                          j8 = indices7[item7];
                          const err119 = { instancePath: instancePath + "/ablations/groups/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/features", schemaPath: "#/properties/ablations/properties/groups/additionalProperties/properties/features/uniqueItems", keyword: "uniqueItems", params: { i: i17, j: j8 }, message: "must NOT have duplicate items (items ## " + j8 + " and " + i17 + " are identical)", schema: true, parentSchema: schema11.properties.ablations.properties.groups.additionalProperties.properties.features, data: data40 };
                          if (vErrors === null) {
                            vErrors = [err119];
                          } else {
                            vErrors.push(err119);
                          }
                          errors++;
                          break;
                        }
                        indices7[item7] = i17;
                      }
                    }
                  } else {
                    const err120 = { instancePath: instancePath + "/ablations/groups/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/features", schemaPath: "#/properties/ablations/properties/groups/additionalProperties/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.ablations.properties.groups.additionalProperties.properties.features.type, parentSchema: schema11.properties.ablations.properties.groups.additionalProperties.properties.features, data: data40 };
                    if (vErrors === null) {
                      vErrors = [err120];
                    } else {
                      vErrors.push(err120);
                    }
                    errors++;
                  }
                }
              } else {
                const err121 = { instancePath: instancePath + "/ablations/groups/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ablations/properties/groups/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.ablations.properties.groups.additionalProperties.type, parentSchema: schema11.properties.ablations.properties.groups.additionalProperties, data: data37 };
                if (vErrors === null) {
                  vErrors = [err121];
                } else {
                  vErrors.push(err121);
                }
                errors++;
              }
            }
          } else {
            const err122 = { instancePath: instancePath + "/ablations/groups", schemaPath: "#/properties/ablations/properties/groups/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.ablations.properties.groups.type, parentSchema: schema11.properties.ablations.properties.groups, data: data36 };
            if (vErrors === null) {
              vErrors = [err122];
            } else {
              vErrors.push(err122);
            }
            errors++;
          }
        }
        if (data26.retrain !== void 0) {
          let data42 = data26.retrain;
          if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
            for (const key11 in data42) {
              const _errs150 = errors;
              if (typeof key11 === "string") {
                if (func3(key11) > 100) {
                  const err123 = { instancePath: instancePath + "/ablations/retrain", schemaPath: "#/properties/ablations/properties/retrain/propertyNames/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema11.properties.ablations.properties.retrain.propertyNames, data: key11, propertyName: key11 };
                  if (vErrors === null) {
                    vErrors = [err123];
                  } else {
                    vErrors.push(err123);
                  }
                  errors++;
                }
                if (!pattern0.test(key11)) {
                  const err124 = { instancePath: instancePath + "/ablations/retrain", schemaPath: "#/properties/ablations/properties/retrain/propertyNames/pattern", keyword: "pattern", params: { pattern: "^(?!\\.\\.?$|\\.git$)[A-Za-z0-9._-]+$" }, message: 'must match pattern "^(?!\\.\\.?$|\\.git$)[A-Za-z0-9._-]+$"', schema: "^(?!\\.\\.?$|\\.git$)[A-Za-z0-9._-]+$", parentSchema: schema11.properties.ablations.properties.retrain.propertyNames, data: key11, propertyName: key11 };
                  if (vErrors === null) {
                    vErrors = [err124];
                  } else {
                    vErrors.push(err124);
                  }
                  errors++;
                }
              } else {
                const err125 = { instancePath: instancePath + "/ablations/retrain", schemaPath: "#/properties/ablations/properties/retrain/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ablations.properties.retrain.propertyNames.type, parentSchema: schema11.properties.ablations.properties.retrain.propertyNames, data: key11, propertyName: key11 };
                if (vErrors === null) {
                  vErrors = [err125];
                } else {
                  vErrors.push(err125);
                }
                errors++;
              }
              var valid46 = _errs150 === errors;
              if (!valid46) {
                const err126 = { instancePath: instancePath + "/ablations/retrain", schemaPath: "#/properties/ablations/properties/retrain/propertyNames", keyword: "propertyNames", params: { propertyName: key11 }, message: "property name must be valid", schema: schema11.properties.ablations.properties.retrain.propertyNames, parentSchema: schema11.properties.ablations.properties.retrain, data: data42 };
                if (vErrors === null) {
                  vErrors = [err126];
                } else {
                  vErrors.push(err126);
                }
                errors++;
              }
            }
            for (const key12 in data42) {
              let data43 = data42[key12];
              if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                if (Object.keys(data43).length < 1) {
                  const err127 = { instancePath: instancePath + "/ablations/retrain/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ablations/properties/retrain/additionalProperties/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.ablations.properties.retrain.additionalProperties, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err127];
                  } else {
                    vErrors.push(err127);
                  }
                  errors++;
                }
                for (const key13 in data43) {
                  const _errs157 = errors;
                  if (typeof key13 === "string") {
                    if (func3(key13) < 1) {
                      const err128 = { instancePath: instancePath + "/ablations/retrain/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ablations/properties/retrain/additionalProperties/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.ablations.properties.retrain.additionalProperties.propertyNames, data: key13, propertyName: key13 };
                      if (vErrors === null) {
                        vErrors = [err128];
                      } else {
                        vErrors.push(err128);
                      }
                      errors++;
                    }
                  } else {
                    const err129 = { instancePath: instancePath + "/ablations/retrain/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ablations/properties/retrain/additionalProperties/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ablations.properties.retrain.additionalProperties.propertyNames.type, parentSchema: schema11.properties.ablations.properties.retrain.additionalProperties.propertyNames, data: key13, propertyName: key13 };
                    if (vErrors === null) {
                      vErrors = [err129];
                    } else {
                      vErrors.push(err129);
                    }
                    errors++;
                  }
                  var valid48 = _errs157 === errors;
                  if (!valid48) {
                    const err130 = { instancePath: instancePath + "/ablations/retrain/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ablations/properties/retrain/additionalProperties/propertyNames", keyword: "propertyNames", params: { propertyName: key13 }, message: "property name must be valid", schema: schema11.properties.ablations.properties.retrain.additionalProperties.propertyNames, parentSchema: schema11.properties.ablations.properties.retrain.additionalProperties, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err130];
                    } else {
                      vErrors.push(err130);
                    }
                    errors++;
                  }
                }
                for (const key14 in data43) {
                  if (!(key14 === "drop-features")) {
                    let data44 = data43[key14];
                    if (typeof data44 !== "string" && !(typeof data44 == "number" && isFinite(data44)) && typeof data44 !== "boolean") {
                      const err131 = { instancePath: instancePath + "/ablations/retrain/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ablations/properties/retrain/additionalProperties/additionalProperties/type", keyword: "type", params: { type: schema11.properties.ablations.properties.retrain.additionalProperties.additionalProperties.type }, message: "must be string,number,boolean", schema: schema11.properties.ablations.properties.retrain.additionalProperties.additionalProperties.type, parentSchema: schema11.properties.ablations.properties.retrain.additionalProperties.additionalProperties, data: data44 };
                      if (vErrors === null) {
                        vErrors = [err131];
                      } else {
                        vErrors.push(err131);
                      }
                      errors++;
                    }
                  }
                }
                if (data43["drop-features"] !== void 0) {
                  let data45 = data43["drop-features"];
                  if (Array.isArray(data45)) {
                    if (data45.length < 1) {
                      const err132 = { instancePath: instancePath + "/ablations/retrain/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/drop-features", schemaPath: "#/properties/ablations/properties/retrain/additionalProperties/properties/drop-features/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.ablations.properties.retrain.additionalProperties.properties["drop-features"], data: data45 };
                      if (vErrors === null) {
                        vErrors = [err132];
                      } else {
                        vErrors.push(err132);
                      }
                      errors++;
                    }
                    const len9 = data45.length;
                    for (let i18 = 0; i18 < len9; i18++) {
                      let data46 = data45[i18];
                      if (typeof data46 === "string") {
                        if (func3(data46) < 1) {
                          const err133 = { instancePath: instancePath + "/ablations/retrain/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/drop-features/" + i18, schemaPath: "#/properties/ablations/properties/retrain/additionalProperties/properties/drop-features/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.ablations.properties.retrain.additionalProperties.properties["drop-features"].items, data: data46 };
                          if (vErrors === null) {
                            vErrors = [err133];
                          } else {
                            vErrors.push(err133);
                          }
                          errors++;
                        }
                      } else {
                        const err134 = { instancePath: instancePath + "/ablations/retrain/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/drop-features/" + i18, schemaPath: "#/properties/ablations/properties/retrain/additionalProperties/properties/drop-features/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ablations.properties.retrain.additionalProperties.properties["drop-features"].items.type, parentSchema: schema11.properties.ablations.properties.retrain.additionalProperties.properties["drop-features"].items, data: data46 };
                        if (vErrors === null) {
                          vErrors = [err134];
                        } else {
                          vErrors.push(err134);
                        }
                        errors++;
                      }
                    }
                    let i19 = data45.length;
                    let j9;
                    if (i19 > 1) {
                      const indices8 = {};
                      for (; i19--; ) {
                        let item8 = data45[i19];
                        if (typeof item8 !== "string") {
                          continue;
                        }
                        if (typeof indices8[item8] == "number") {
                          j9 = indices8[item8];
                          const err135 = { instancePath: instancePath + "/ablations/retrain/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/drop-features", schemaPath: "#/properties/ablations/properties/retrain/additionalProperties/properties/drop-features/uniqueItems", keyword: "uniqueItems", params: { i: i19, j: j9 }, message: "must NOT have duplicate items (items ## " + j9 + " and " + i19 + " are identical)", schema: true, parentSchema: schema11.properties.ablations.properties.retrain.additionalProperties.properties["drop-features"], data: data45 };
                          if (vErrors === null) {
                            vErrors = [err135];
                          } else {
                            vErrors.push(err135);
                          }
                          errors++;
                          break;
                        }
                        indices8[item8] = i19;
                      }
                    }
                  } else {
                    const err136 = { instancePath: instancePath + "/ablations/retrain/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/drop-features", schemaPath: "#/properties/ablations/properties/retrain/additionalProperties/properties/drop-features/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.ablations.properties.retrain.additionalProperties.properties["drop-features"].type, parentSchema: schema11.properties.ablations.properties.retrain.additionalProperties.properties["drop-features"], data: data45 };
                    if (vErrors === null) {
                      vErrors = [err136];
                    } else {
                      vErrors.push(err136);
                    }
                    errors++;
                  }
                }
              } else {
                const err137 = { instancePath: instancePath + "/ablations/retrain/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ablations/properties/retrain/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.ablations.properties.retrain.additionalProperties.type, parentSchema: schema11.properties.ablations.properties.retrain.additionalProperties, data: data43 };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
            }
          } else {
            const err138 = { instancePath: instancePath + "/ablations/retrain", schemaPath: "#/properties/ablations/properties/retrain/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.ablations.properties.retrain.type, parentSchema: schema11.properties.ablations.properties.retrain, data: data42 };
            if (vErrors === null) {
              vErrors = [err138];
            } else {
              vErrors.push(err138);
            }
            errors++;
          }
        }
        if (data26.sensitivity !== void 0) {
          let data47 = data26.sensitivity;
          if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
            for (const key15 in data47) {
              if (!(key15 === "layers" || key15 === "features" || key15 === "groups" || key15 === "layer-noise" || key15 === "scale" || key15 === "draws" || key15 === "grid" || key15 === "repeats")) {
                const err139 = { instancePath: instancePath + "/ablations/sensitivity", schemaPath: "#/properties/ablations/properties/sensitivity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.ablations.properties.sensitivity, data: data47 };
                if (vErrors === null) {
                  vErrors = [err139];
                } else {
                  vErrors.push(err139);
                }
                errors++;
              }
            }
            if (data47.layers !== void 0) {
              let data48 = data47.layers;
              if (Array.isArray(data48)) {
                const len10 = data48.length;
                for (let i20 = 0; i20 < len10; i20++) {
                  let data49 = data48[i20];
                  if (typeof data49 === "string") {
                    if (func3(data49) < 1) {
                      const err140 = { instancePath: instancePath + "/ablations/sensitivity/layers/" + i20, schemaPath: "#/properties/ablations/properties/sensitivity/properties/layers/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.ablations.properties.sensitivity.properties.layers.items, data: data49 };
                      if (vErrors === null) {
                        vErrors = [err140];
                      } else {
                        vErrors.push(err140);
                      }
                      errors++;
                    }
                  } else {
                    const err141 = { instancePath: instancePath + "/ablations/sensitivity/layers/" + i20, schemaPath: "#/properties/ablations/properties/sensitivity/properties/layers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ablations.properties.sensitivity.properties.layers.items.type, parentSchema: schema11.properties.ablations.properties.sensitivity.properties.layers.items, data: data49 };
                    if (vErrors === null) {
                      vErrors = [err141];
                    } else {
                      vErrors.push(err141);
                    }
                    errors++;
                  }
                }
              } else {
                const err142 = { instancePath: instancePath + "/ablations/sensitivity/layers", schemaPath: "#/properties/ablations/properties/sensitivity/properties/layers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.ablations.properties.sensitivity.properties.layers.type, parentSchema: schema11.properties.ablations.properties.sensitivity.properties.layers, data: data48 };
                if (vErrors === null) {
                  vErrors = [err142];
                } else {
                  vErrors.push(err142);
                }
                errors++;
              }
            }
            if (data47.features !== void 0) {
              let data50 = data47.features;
              const _errs174 = errors;
              let valid57 = false;
              const _errs175 = errors;
              if (typeof data50 !== "string") {
                const err143 = { instancePath: instancePath + "/ablations/sensitivity/features", schemaPath: "#/properties/ablations/properties/sensitivity/properties/features/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ablations.properties.sensitivity.properties.features.anyOf[0].type, parentSchema: schema11.properties.ablations.properties.sensitivity.properties.features.anyOf[0], data: data50 };
                if (vErrors === null) {
                  vErrors = [err143];
                } else {
                  vErrors.push(err143);
                }
                errors++;
              }
              if (!(data50 === "all")) {
                const err144 = { instancePath: instancePath + "/ablations/sensitivity/features", schemaPath: "#/properties/ablations/properties/sensitivity/properties/features/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.ablations.properties.sensitivity.properties.features.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.ablations.properties.sensitivity.properties.features.anyOf[0].enum, parentSchema: schema11.properties.ablations.properties.sensitivity.properties.features.anyOf[0], data: data50 };
                if (vErrors === null) {
                  vErrors = [err144];
                } else {
                  vErrors.push(err144);
                }
                errors++;
              }
              var _valid8 = _errs175 === errors;
              valid57 = valid57 || _valid8;
              if (!valid57) {
                const _errs177 = errors;
                if (Array.isArray(data50)) {
                  const len11 = data50.length;
                  for (let i21 = 0; i21 < len11; i21++) {
                    let data51 = data50[i21];
                    if (typeof data51 === "string") {
                      if (func3(data51) < 1) {
                        const err145 = { instancePath: instancePath + "/ablations/sensitivity/features/" + i21, schemaPath: "#/properties/ablations/properties/sensitivity/properties/features/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.ablations.properties.sensitivity.properties.features.anyOf[1].items, data: data51 };
                        if (vErrors === null) {
                          vErrors = [err145];
                        } else {
                          vErrors.push(err145);
                        }
                        errors++;
                      }
                    } else {
                      const err146 = { instancePath: instancePath + "/ablations/sensitivity/features/" + i21, schemaPath: "#/properties/ablations/properties/sensitivity/properties/features/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ablations.properties.sensitivity.properties.features.anyOf[1].items.type, parentSchema: schema11.properties.ablations.properties.sensitivity.properties.features.anyOf[1].items, data: data51 };
                      if (vErrors === null) {
                        vErrors = [err146];
                      } else {
                        vErrors.push(err146);
                      }
                      errors++;
                    }
                  }
                  let i22 = data50.length;
                  let j10;
                  if (i22 > 1) {
                    const indices9 = {};
                    for (; i22--; ) {
                      let item9 = data50[i22];
                      if (typeof item9 !== "string") {
                        continue;
                      }
                      if (typeof indices9[item9] == "number") {
                        j10 = indices9[item9];
                        const err147 = { instancePath: instancePath + "/ablations/sensitivity/features", schemaPath: "#/properties/ablations/properties/sensitivity/properties/features/anyOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i22, j: j10 }, message: "must NOT have duplicate items (items ## " + j10 + " and " + i22 + " are identical)", schema: true, parentSchema: schema11.properties.ablations.properties.sensitivity.properties.features.anyOf[1], data: data50 };
                        if (vErrors === null) {
                          vErrors = [err147];
                        } else {
                          vErrors.push(err147);
                        }
                        errors++;
                        break;
                      }
                      indices9[item9] = i22;
                    }
                  }
                } else {
                  const err148 = { instancePath: instancePath + "/ablations/sensitivity/features", schemaPath: "#/properties/ablations/properties/sensitivity/properties/features/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.ablations.properties.sensitivity.properties.features.anyOf[1].type, parentSchema: schema11.properties.ablations.properties.sensitivity.properties.features.anyOf[1], data: data50 };
                  if (vErrors === null) {
                    vErrors = [err148];
                  } else {
                    vErrors.push(err148);
                  }
                  errors++;
                }
                var _valid8 = _errs177 === errors;
                valid57 = valid57 || _valid8;
              }
              if (!valid57) {
                const err149 = { instancePath: instancePath + "/ablations/sensitivity/features", schemaPath: "#/properties/ablations/properties/sensitivity/properties/features/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.ablations.properties.sensitivity.properties.features.anyOf, parentSchema: schema11.properties.ablations.properties.sensitivity.properties.features, data: data50 };
                if (vErrors === null) {
                  vErrors = [err149];
                } else {
                  vErrors.push(err149);
                }
                errors++;
              } else {
                errors = _errs174;
                if (vErrors !== null) {
                  if (_errs174) {
                    vErrors.length = _errs174;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data47.groups !== void 0) {
              let data52 = data47.groups;
              if (Array.isArray(data52)) {
                const len12 = data52.length;
                for (let i23 = 0; i23 < len12; i23++) {
                  let data53 = data52[i23];
                  if (typeof data53 === "string") {
                    if (func3(data53) < 1) {
                      const err150 = { instancePath: instancePath + "/ablations/sensitivity/groups/" + i23, schemaPath: "#/properties/ablations/properties/sensitivity/properties/groups/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.ablations.properties.sensitivity.properties.groups.items, data: data53 };
                      if (vErrors === null) {
                        vErrors = [err150];
                      } else {
                        vErrors.push(err150);
                      }
                      errors++;
                    }
                  } else {
                    const err151 = { instancePath: instancePath + "/ablations/sensitivity/groups/" + i23, schemaPath: "#/properties/ablations/properties/sensitivity/properties/groups/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ablations.properties.sensitivity.properties.groups.items.type, parentSchema: schema11.properties.ablations.properties.sensitivity.properties.groups.items, data: data53 };
                    if (vErrors === null) {
                      vErrors = [err151];
                    } else {
                      vErrors.push(err151);
                    }
                    errors++;
                  }
                }
                let i24 = data52.length;
                let j11;
                if (i24 > 1) {
                  const indices10 = {};
                  for (; i24--; ) {
                    let item10 = data52[i24];
                    if (typeof item10 !== "string") {
                      continue;
                    }
                    if (typeof indices10[item10] == "number") {
                      j11 = indices10[item10];
                      const err152 = { instancePath: instancePath + "/ablations/sensitivity/groups", schemaPath: "#/properties/ablations/properties/sensitivity/properties/groups/uniqueItems", keyword: "uniqueItems", params: { i: i24, j: j11 }, message: "must NOT have duplicate items (items ## " + j11 + " and " + i24 + " are identical)", schema: true, parentSchema: schema11.properties.ablations.properties.sensitivity.properties.groups, data: data52 };
                      if (vErrors === null) {
                        vErrors = [err152];
                      } else {
                        vErrors.push(err152);
                      }
                      errors++;
                      break;
                    }
                    indices10[item10] = i24;
                  }
                }
              } else {
                const err153 = { instancePath: instancePath + "/ablations/sensitivity/groups", schemaPath: "#/properties/ablations/properties/sensitivity/properties/groups/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.ablations.properties.sensitivity.properties.groups.type, parentSchema: schema11.properties.ablations.properties.sensitivity.properties.groups, data: data52 };
                if (vErrors === null) {
                  vErrors = [err153];
                } else {
                  vErrors.push(err153);
                }
                errors++;
              }
            }
            if (data47["layer-noise"] !== void 0) {
              let data54 = data47["layer-noise"];
              if (Array.isArray(data54)) {
                if (data54.length < 1) {
                  const err154 = { instancePath: instancePath + "/ablations/sensitivity/layer-noise", schemaPath: "#/properties/ablations/properties/sensitivity/properties/layer-noise/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.ablations.properties.sensitivity.properties["layer-noise"], data: data54 };
                  if (vErrors === null) {
                    vErrors = [err154];
                  } else {
                    vErrors.push(err154);
                  }
                  errors++;
                }
                const len13 = data54.length;
                for (let i25 = 0; i25 < len13; i25++) {
                  let data55 = data54[i25];
                  if (typeof data55 !== "string") {
                    const err155 = { instancePath: instancePath + "/ablations/sensitivity/layer-noise/" + i25, schemaPath: "#/properties/ablations/properties/sensitivity/properties/layer-noise/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ablations.properties.sensitivity.properties["layer-noise"].items.type, parentSchema: schema11.properties.ablations.properties.sensitivity.properties["layer-noise"].items, data: data55 };
                    if (vErrors === null) {
                      vErrors = [err155];
                    } else {
                      vErrors.push(err155);
                    }
                    errors++;
                  }
                  if (!(data55 === "weights" || data55 === "output")) {
                    const err156 = { instancePath: instancePath + "/ablations/sensitivity/layer-noise/" + i25, schemaPath: "#/properties/ablations/properties/sensitivity/properties/layer-noise/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.ablations.properties.sensitivity.properties["layer-noise"].items.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.ablations.properties.sensitivity.properties["layer-noise"].items.enum, parentSchema: schema11.properties.ablations.properties.sensitivity.properties["layer-noise"].items, data: data55 };
                    if (vErrors === null) {
                      vErrors = [err156];
                    } else {
                      vErrors.push(err156);
                    }
                    errors++;
                  }
                }
                let i26 = data54.length;
                let j12;
                if (i26 > 1) {
                  const indices11 = {};
                  for (; i26--; ) {
                    let item11 = data54[i26];
                    if (typeof item11 !== "string") {
                      continue;
                    }
                    if (typeof indices11[item11] == "number") {
                      j12 = indices11[item11];
                      const err157 = { instancePath: instancePath + "/ablations/sensitivity/layer-noise", schemaPath: "#/properties/ablations/properties/sensitivity/properties/layer-noise/uniqueItems", keyword: "uniqueItems", params: { i: i26, j: j12 }, message: "must NOT have duplicate items (items ## " + j12 + " and " + i26 + " are identical)", schema: true, parentSchema: schema11.properties.ablations.properties.sensitivity.properties["layer-noise"], data: data54 };
                      if (vErrors === null) {
                        vErrors = [err157];
                      } else {
                        vErrors.push(err157);
                      }
                      errors++;
                      break;
                    }
                    indices11[item11] = i26;
                  }
                }
              } else {
                const err158 = { instancePath: instancePath + "/ablations/sensitivity/layer-noise", schemaPath: "#/properties/ablations/properties/sensitivity/properties/layer-noise/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.ablations.properties.sensitivity.properties["layer-noise"].type, parentSchema: schema11.properties.ablations.properties.sensitivity.properties["layer-noise"], data: data54 };
                if (vErrors === null) {
                  vErrors = [err158];
                } else {
                  vErrors.push(err158);
                }
                errors++;
              }
            }
            if (data47.scale !== void 0) {
              let data56 = data47.scale;
              const _errs191 = errors;
              let valid67 = false;
              const _errs192 = errors;
              if (typeof data56 !== "string") {
                const err159 = { instancePath: instancePath + "/ablations/sensitivity/scale", schemaPath: "#/properties/ablations/properties/sensitivity/properties/scale/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ablations.properties.sensitivity.properties.scale.anyOf[0].type, parentSchema: schema11.properties.ablations.properties.sensitivity.properties.scale.anyOf[0], data: data56 };
                if (vErrors === null) {
                  vErrors = [err159];
                } else {
                  vErrors.push(err159);
                }
                errors++;
              }
              if (!(data56 === "std")) {
                const err160 = { instancePath: instancePath + "/ablations/sensitivity/scale", schemaPath: "#/properties/ablations/properties/sensitivity/properties/scale/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.ablations.properties.sensitivity.properties.scale.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.ablations.properties.sensitivity.properties.scale.anyOf[0].enum, parentSchema: schema11.properties.ablations.properties.sensitivity.properties.scale.anyOf[0], data: data56 };
                if (vErrors === null) {
                  vErrors = [err160];
                } else {
                  vErrors.push(err160);
                }
                errors++;
              }
              var _valid9 = _errs192 === errors;
              valid67 = valid67 || _valid9;
              if (!valid67) {
                const _errs194 = errors;
                if (typeof data56 == "number" && isFinite(data56)) {
                  if (data56 <= 0 || isNaN(data56)) {
                    const err161 = { instancePath: instancePath + "/ablations/sensitivity/scale", schemaPath: "#/properties/ablations/properties/sensitivity/properties/scale/anyOf/1/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.ablations.properties.sensitivity.properties.scale.anyOf[1], data: data56 };
                    if (vErrors === null) {
                      vErrors = [err161];
                    } else {
                      vErrors.push(err161);
                    }
                    errors++;
                  }
                } else {
                  const err162 = { instancePath: instancePath + "/ablations/sensitivity/scale", schemaPath: "#/properties/ablations/properties/sensitivity/properties/scale/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.ablations.properties.sensitivity.properties.scale.anyOf[1].type, parentSchema: schema11.properties.ablations.properties.sensitivity.properties.scale.anyOf[1], data: data56 };
                  if (vErrors === null) {
                    vErrors = [err162];
                  } else {
                    vErrors.push(err162);
                  }
                  errors++;
                }
                var _valid9 = _errs194 === errors;
                valid67 = valid67 || _valid9;
              }
              if (!valid67) {
                const err163 = { instancePath: instancePath + "/ablations/sensitivity/scale", schemaPath: "#/properties/ablations/properties/sensitivity/properties/scale/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.ablations.properties.sensitivity.properties.scale.anyOf, parentSchema: schema11.properties.ablations.properties.sensitivity.properties.scale, data: data56 };
                if (vErrors === null) {
                  vErrors = [err163];
                } else {
                  vErrors.push(err163);
                }
                errors++;
              } else {
                errors = _errs191;
                if (vErrors !== null) {
                  if (_errs191) {
                    vErrors.length = _errs191;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data47.draws !== void 0) {
              let data57 = data47.draws;
              if (typeof data57 !== "string") {
                const err164 = { instancePath: instancePath + "/ablations/sensitivity/draws", schemaPath: "#/properties/ablations/properties/sensitivity/properties/draws/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ablations.properties.sensitivity.properties.draws.type, parentSchema: schema11.properties.ablations.properties.sensitivity.properties.draws, data: data57 };
                if (vErrors === null) {
                  vErrors = [err164];
                } else {
                  vErrors.push(err164);
                }
                errors++;
              }
              if (!(data57 === "gaussian" || data57 === "permutation")) {
                const err165 = { instancePath: instancePath + "/ablations/sensitivity/draws", schemaPath: "#/properties/ablations/properties/sensitivity/properties/draws/enum", keyword: "enum", params: { allowedValues: schema11.properties.ablations.properties.sensitivity.properties.draws.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.ablations.properties.sensitivity.properties.draws.enum, parentSchema: schema11.properties.ablations.properties.sensitivity.properties.draws, data: data57 };
                if (vErrors === null) {
                  vErrors = [err165];
                } else {
                  vErrors.push(err165);
                }
                errors++;
              }
            }
            if (data47.grid !== void 0) {
              let data58 = data47.grid;
              if (Array.isArray(data58)) {
                if (data58.length < 1) {
                  const err166 = { instancePath: instancePath + "/ablations/sensitivity/grid", schemaPath: "#/properties/ablations/properties/sensitivity/properties/grid/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.ablations.properties.sensitivity.properties.grid, data: data58 };
                  if (vErrors === null) {
                    vErrors = [err166];
                  } else {
                    vErrors.push(err166);
                  }
                  errors++;
                }
                const len14 = data58.length;
                for (let i27 = 0; i27 < len14; i27++) {
                  let data59 = data58[i27];
                  if (typeof data59 == "number" && isFinite(data59)) {
                    if (data59 > 1 || isNaN(data59)) {
                      const err167 = { instancePath: instancePath + "/ablations/sensitivity/grid/" + i27, schemaPath: "#/properties/ablations/properties/sensitivity/properties/grid/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema11.properties.ablations.properties.sensitivity.properties.grid.items, data: data59 };
                      if (vErrors === null) {
                        vErrors = [err167];
                      } else {
                        vErrors.push(err167);
                      }
                      errors++;
                    }
                    if (data59 < 0 || isNaN(data59)) {
                      const err168 = { instancePath: instancePath + "/ablations/sensitivity/grid/" + i27, schemaPath: "#/properties/ablations/properties/sensitivity/properties/grid/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.ablations.properties.sensitivity.properties.grid.items, data: data59 };
                      if (vErrors === null) {
                        vErrors = [err168];
                      } else {
                        vErrors.push(err168);
                      }
                      errors++;
                    }
                  } else {
                    const err169 = { instancePath: instancePath + "/ablations/sensitivity/grid/" + i27, schemaPath: "#/properties/ablations/properties/sensitivity/properties/grid/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.ablations.properties.sensitivity.properties.grid.items.type, parentSchema: schema11.properties.ablations.properties.sensitivity.properties.grid.items, data: data59 };
                    if (vErrors === null) {
                      vErrors = [err169];
                    } else {
                      vErrors.push(err169);
                    }
                    errors++;
                  }
                }
                let i28 = data58.length;
                let j13;
                if (i28 > 1) {
                  const indices12 = {};
                  for (; i28--; ) {
                    let item12 = data58[i28];
                    if (!(typeof item12 == "number" && isFinite(item12))) {
                      continue;
                    }
                    if (typeof indices12[item12] == "number") {
                      j13 = indices12[item12];
                      const err170 = { instancePath: instancePath + "/ablations/sensitivity/grid", schemaPath: "#/properties/ablations/properties/sensitivity/properties/grid/uniqueItems", keyword: "uniqueItems", params: { i: i28, j: j13 }, message: "must NOT have duplicate items (items ## " + j13 + " and " + i28 + " are identical)", schema: true, parentSchema: schema11.properties.ablations.properties.sensitivity.properties.grid, data: data58 };
                      if (vErrors === null) {
                        vErrors = [err170];
                      } else {
                        vErrors.push(err170);
                      }
                      errors++;
                      break;
                    }
                    indices12[item12] = i28;
                  }
                }
              } else {
                const err171 = { instancePath: instancePath + "/ablations/sensitivity/grid", schemaPath: "#/properties/ablations/properties/sensitivity/properties/grid/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.ablations.properties.sensitivity.properties.grid.type, parentSchema: schema11.properties.ablations.properties.sensitivity.properties.grid, data: data58 };
                if (vErrors === null) {
                  vErrors = [err171];
                } else {
                  vErrors.push(err171);
                }
                errors++;
              }
            }
            if (data47.repeats !== void 0) {
              let data60 = data47.repeats;
              if (!(typeof data60 == "number" && (!(data60 % 1) && !isNaN(data60)) && isFinite(data60))) {
                const err172 = { instancePath: instancePath + "/ablations/sensitivity/repeats", schemaPath: "#/properties/ablations/properties/sensitivity/properties/repeats/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.ablations.properties.sensitivity.properties.repeats.type, parentSchema: schema11.properties.ablations.properties.sensitivity.properties.repeats, data: data60 };
                if (vErrors === null) {
                  vErrors = [err172];
                } else {
                  vErrors.push(err172);
                }
                errors++;
              }
              if (typeof data60 == "number" && isFinite(data60)) {
                if (data60 > 1e3 || isNaN(data60)) {
                  const err173 = { instancePath: instancePath + "/ablations/sensitivity/repeats", schemaPath: "#/properties/ablations/properties/sensitivity/properties/repeats/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema11.properties.ablations.properties.sensitivity.properties.repeats, data: data60 };
                  if (vErrors === null) {
                    vErrors = [err173];
                  } else {
                    vErrors.push(err173);
                  }
                  errors++;
                }
                if (data60 < 1 || isNaN(data60)) {
                  const err174 = { instancePath: instancePath + "/ablations/sensitivity/repeats", schemaPath: "#/properties/ablations/properties/sensitivity/properties/repeats/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.ablations.properties.sensitivity.properties.repeats, data: data60 };
                  if (vErrors === null) {
                    vErrors = [err174];
                  } else {
                    vErrors.push(err174);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err175 = { instancePath: instancePath + "/ablations/sensitivity", schemaPath: "#/properties/ablations/properties/sensitivity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.ablations.properties.sensitivity.type, parentSchema: schema11.properties.ablations.properties.sensitivity, data: data47 };
            if (vErrors === null) {
              vErrors = [err175];
            } else {
              vErrors.push(err175);
            }
            errors++;
          }
        }
      } else {
        const err176 = { instancePath: instancePath + "/ablations", schemaPath: "#/properties/ablations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.ablations.type, parentSchema: schema11.properties.ablations, data: data26 };
        if (vErrors === null) {
          vErrors = [err176];
        } else {
          vErrors.push(err176);
        }
        errors++;
      }
    }
    if (data.train !== void 0) {
      let data61 = data.train;
      if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
        if (Object.keys(data61).length < 1) {
          const err177 = { instancePath: instancePath + "/train", schemaPath: "#/properties/train/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.train, data: data61 };
          if (vErrors === null) {
            vErrors = [err177];
          } else {
            vErrors.push(err177);
          }
          errors++;
        }
        for (const key16 in data61) {
          if (!(key16 === "module" || key16 === "command" || key16 === "writes" || key16 === "inputs" || key16 === "env" || key16 === "seeds" || key16 === "time-limit" || key16 === "cache")) {
            const err178 = { instancePath: instancePath + "/train", schemaPath: "#/properties/train/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.train, data: data61 };
            if (vErrors === null) {
              vErrors = [err178];
            } else {
              vErrors.push(err178);
            }
            errors++;
          }
        }
        if (data61.module !== void 0) {
          let data62 = data61.module;
          if (typeof data62 === "string") {
            if (func3(data62) < 1) {
              const err179 = { instancePath: instancePath + "/train/module", schemaPath: "#/properties/train/properties/module/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.train.properties.module, data: data62 };
              if (vErrors === null) {
                vErrors = [err179];
              } else {
                vErrors.push(err179);
              }
              errors++;
            }
          } else {
            const err180 = { instancePath: instancePath + "/train/module", schemaPath: "#/properties/train/properties/module/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.train.properties.module.type, parentSchema: schema11.properties.train.properties.module, data: data62 };
            if (vErrors === null) {
              vErrors = [err180];
            } else {
              vErrors.push(err180);
            }
            errors++;
          }
        }
        if (data61.command !== void 0) {
          let data63 = data61.command;
          if (typeof data63 === "string") {
            if (func3(data63) < 1) {
              const err181 = { instancePath: instancePath + "/train/command", schemaPath: "#/properties/train/properties/command/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.train.properties.command, data: data63 };
              if (vErrors === null) {
                vErrors = [err181];
              } else {
                vErrors.push(err181);
              }
              errors++;
            }
          } else {
            const err182 = { instancePath: instancePath + "/train/command", schemaPath: "#/properties/train/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.train.properties.command.type, parentSchema: schema11.properties.train.properties.command, data: data63 };
            if (vErrors === null) {
              vErrors = [err182];
            } else {
              vErrors.push(err182);
            }
            errors++;
          }
        }
        if (data61.writes !== void 0) {
          let data64 = data61.writes;
          if (typeof data64 !== "string") {
            const err183 = { instancePath: instancePath + "/train/writes", schemaPath: "#/properties/train/properties/writes/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.train.properties.writes.type, parentSchema: schema11.properties.train.properties.writes, data: data64 };
            if (vErrors === null) {
              vErrors = [err183];
            } else {
              vErrors.push(err183);
            }
            errors++;
          }
          if (!(data64 === "predictions" || data64 === "model")) {
            const err184 = { instancePath: instancePath + "/train/writes", schemaPath: "#/properties/train/properties/writes/enum", keyword: "enum", params: { allowedValues: schema11.properties.train.properties.writes.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.train.properties.writes.enum, parentSchema: schema11.properties.train.properties.writes, data: data64 };
            if (vErrors === null) {
              vErrors = [err184];
            } else {
              vErrors.push(err184);
            }
            errors++;
          }
        }
        if (data61.inputs !== void 0) {
          let data65 = data61.inputs;
          if (Array.isArray(data65)) {
            if (data65.length < 1) {
              const err185 = { instancePath: instancePath + "/train/inputs", schemaPath: "#/properties/train/properties/inputs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.train.properties.inputs, data: data65 };
              if (vErrors === null) {
                vErrors = [err185];
              } else {
                vErrors.push(err185);
              }
              errors++;
            }
            const len15 = data65.length;
            for (let i29 = 0; i29 < len15; i29++) {
              let data66 = data65[i29];
              if (typeof data66 === "string") {
                if (func3(data66) < 1) {
                  const err186 = { instancePath: instancePath + "/train/inputs/" + i29, schemaPath: "#/properties/train/properties/inputs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.train.properties.inputs.items, data: data66 };
                  if (vErrors === null) {
                    vErrors = [err186];
                  } else {
                    vErrors.push(err186);
                  }
                  errors++;
                }
              } else {
                const err187 = { instancePath: instancePath + "/train/inputs/" + i29, schemaPath: "#/properties/train/properties/inputs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.train.properties.inputs.items.type, parentSchema: schema11.properties.train.properties.inputs.items, data: data66 };
                if (vErrors === null) {
                  vErrors = [err187];
                } else {
                  vErrors.push(err187);
                }
                errors++;
              }
            }
            let i30 = data65.length;
            let j14;
            if (i30 > 1) {
              const indices13 = {};
              for (; i30--; ) {
                let item13 = data65[i30];
                if (typeof item13 !== "string") {
                  continue;
                }
                if (typeof indices13[item13] == "number") {
                  j14 = indices13[item13];
                  const err188 = { instancePath: instancePath + "/train/inputs", schemaPath: "#/properties/train/properties/inputs/uniqueItems", keyword: "uniqueItems", params: { i: i30, j: j14 }, message: "must NOT have duplicate items (items ## " + j14 + " and " + i30 + " are identical)", schema: true, parentSchema: schema11.properties.train.properties.inputs, data: data65 };
                  if (vErrors === null) {
                    vErrors = [err188];
                  } else {
                    vErrors.push(err188);
                  }
                  errors++;
                  break;
                }
                indices13[item13] = i30;
              }
            }
          } else {
            const err189 = { instancePath: instancePath + "/train/inputs", schemaPath: "#/properties/train/properties/inputs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.train.properties.inputs.type, parentSchema: schema11.properties.train.properties.inputs, data: data65 };
            if (vErrors === null) {
              vErrors = [err189];
            } else {
              vErrors.push(err189);
            }
            errors++;
          }
        }
        if (data61.env !== void 0) {
          let data67 = data61.env;
          if (Array.isArray(data67)) {
            const len16 = data67.length;
            for (let i31 = 0; i31 < len16; i31++) {
              let data68 = data67[i31];
              if (typeof data68 === "string") {
                if (!pattern4.test(data68)) {
                  const err190 = { instancePath: instancePath + "/train/env/" + i31, schemaPath: "#/properties/train/properties/env/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema11.properties.train.properties.env.items, data: data68 };
                  if (vErrors === null) {
                    vErrors = [err190];
                  } else {
                    vErrors.push(err190);
                  }
                  errors++;
                }
              } else {
                const err191 = { instancePath: instancePath + "/train/env/" + i31, schemaPath: "#/properties/train/properties/env/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.train.properties.env.items.type, parentSchema: schema11.properties.train.properties.env.items, data: data68 };
                if (vErrors === null) {
                  vErrors = [err191];
                } else {
                  vErrors.push(err191);
                }
                errors++;
              }
            }
            let i32 = data67.length;
            let j15;
            if (i32 > 1) {
              const indices14 = {};
              for (; i32--; ) {
                let item14 = data67[i32];
                if (typeof item14 !== "string") {
                  continue;
                }
                if (typeof indices14[item14] == "number") {
                  j15 = indices14[item14];
                  const err192 = { instancePath: instancePath + "/train/env", schemaPath: "#/properties/train/properties/env/uniqueItems", keyword: "uniqueItems", params: { i: i32, j: j15 }, message: "must NOT have duplicate items (items ## " + j15 + " and " + i32 + " are identical)", schema: true, parentSchema: schema11.properties.train.properties.env, data: data67 };
                  if (vErrors === null) {
                    vErrors = [err192];
                  } else {
                    vErrors.push(err192);
                  }
                  errors++;
                  break;
                }
                indices14[item14] = i32;
              }
            }
          } else {
            const err193 = { instancePath: instancePath + "/train/env", schemaPath: "#/properties/train/properties/env/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.train.properties.env.type, parentSchema: schema11.properties.train.properties.env, data: data67 };
            if (vErrors === null) {
              vErrors = [err193];
            } else {
              vErrors.push(err193);
            }
            errors++;
          }
        }
        if (data61.seeds !== void 0) {
          let data69 = data61.seeds;
          if (!(typeof data69 == "number" && (!(data69 % 1) && !isNaN(data69)) && isFinite(data69))) {
            const err194 = { instancePath: instancePath + "/train/seeds", schemaPath: "#/properties/train/properties/seeds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.train.properties.seeds.type, parentSchema: schema11.properties.train.properties.seeds, data: data69 };
            if (vErrors === null) {
              vErrors = [err194];
            } else {
              vErrors.push(err194);
            }
            errors++;
          }
          if (typeof data69 == "number" && isFinite(data69)) {
            if (data69 > 100 || isNaN(data69)) {
              const err195 = { instancePath: instancePath + "/train/seeds", schemaPath: "#/properties/train/properties/seeds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema11.properties.train.properties.seeds, data: data69 };
              if (vErrors === null) {
                vErrors = [err195];
              } else {
                vErrors.push(err195);
              }
              errors++;
            }
            if (data69 < 1 || isNaN(data69)) {
              const err196 = { instancePath: instancePath + "/train/seeds", schemaPath: "#/properties/train/properties/seeds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.train.properties.seeds, data: data69 };
              if (vErrors === null) {
                vErrors = [err196];
              } else {
                vErrors.push(err196);
              }
              errors++;
            }
          }
        }
        if (data61["time-limit"] !== void 0) {
          let data70 = data61["time-limit"];
          const _errs228 = errors;
          let valid78 = false;
          const _errs229 = errors;
          if (typeof data70 === "string") {
            if (!pattern1.test(data70)) {
              const err197 = { instancePath: instancePath + "/train/time-limit", schemaPath: "#/properties/train/properties/time-limit/anyOf/0/pattern", keyword: "pattern", params: { pattern: "^\\s*(\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*)+$" }, message: 'must match pattern "^\\s*(\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*)+$"', schema: "^\\s*(\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*)+$", parentSchema: schema11.properties.train.properties["time-limit"].anyOf[0], data: data70 };
              if (vErrors === null) {
                vErrors = [err197];
              } else {
                vErrors.push(err197);
              }
              errors++;
            }
          } else {
            const err198 = { instancePath: instancePath + "/train/time-limit", schemaPath: "#/properties/train/properties/time-limit/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.train.properties["time-limit"].anyOf[0].type, parentSchema: schema11.properties.train.properties["time-limit"].anyOf[0], data: data70 };
            if (vErrors === null) {
              vErrors = [err198];
            } else {
              vErrors.push(err198);
            }
            errors++;
          }
          var _valid10 = _errs229 === errors;
          valid78 = valid78 || _valid10;
          if (!valid78) {
            const _errs231 = errors;
            if (typeof data70 == "number" && isFinite(data70)) {
              if (data70 <= 0 || isNaN(data70)) {
                const err199 = { instancePath: instancePath + "/train/time-limit", schemaPath: "#/properties/train/properties/time-limit/anyOf/1/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.train.properties["time-limit"].anyOf[1], data: data70 };
                if (vErrors === null) {
                  vErrors = [err199];
                } else {
                  vErrors.push(err199);
                }
                errors++;
              }
            } else {
              const err200 = { instancePath: instancePath + "/train/time-limit", schemaPath: "#/properties/train/properties/time-limit/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.train.properties["time-limit"].anyOf[1].type, parentSchema: schema11.properties.train.properties["time-limit"].anyOf[1], data: data70 };
              if (vErrors === null) {
                vErrors = [err200];
              } else {
                vErrors.push(err200);
              }
              errors++;
            }
            var _valid10 = _errs231 === errors;
            valid78 = valid78 || _valid10;
          }
          if (!valid78) {
            const err201 = { instancePath: instancePath + "/train/time-limit", schemaPath: "#/properties/train/properties/time-limit/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.train.properties["time-limit"].anyOf, parentSchema: schema11.properties.train.properties["time-limit"], data: data70 };
            if (vErrors === null) {
              vErrors = [err201];
            } else {
              vErrors.push(err201);
            }
            errors++;
          } else {
            errors = _errs228;
            if (vErrors !== null) {
              if (_errs228) {
                vErrors.length = _errs228;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data61.cache !== void 0) {
          let data71 = data61.cache;
          if (typeof data71 === "string") {
            if (func3(data71) < 1) {
              const err202 = { instancePath: instancePath + "/train/cache", schemaPath: "#/properties/train/properties/cache/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.train.properties.cache, data: data71 };
              if (vErrors === null) {
                vErrors = [err202];
              } else {
                vErrors.push(err202);
              }
              errors++;
            }
          } else {
            const err203 = { instancePath: instancePath + "/train/cache", schemaPath: "#/properties/train/properties/cache/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.train.properties.cache.type, parentSchema: schema11.properties.train.properties.cache, data: data71 };
            if (vErrors === null) {
              vErrors = [err203];
            } else {
              vErrors.push(err203);
            }
            errors++;
          }
        }
      } else {
        const err204 = { instancePath: instancePath + "/train", schemaPath: "#/properties/train/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.train.type, parentSchema: schema11.properties.train, data: data61 };
        if (vErrors === null) {
          vErrors = [err204];
        } else {
          vErrors.push(err204);
        }
        errors++;
      }
    }
    if (data.tests !== void 0) {
      let data72 = data.tests;
      if (Array.isArray(data72)) {
        const len17 = data72.length;
        for (let i33 = 0; i33 < len17; i33++) {
          let data73 = data72[i33];
          if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
            if (data73.name === void 0) {
              const err205 = { instancePath: instancePath + "/tests/" + i33, schemaPath: "#/properties/tests/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.tests.items.required, parentSchema: schema11.properties.tests.items, data: data73 };
              if (vErrors === null) {
                vErrors = [err205];
              } else {
                vErrors.push(err205);
              }
              errors++;
            }
            if (data73.metric === void 0) {
              const err206 = { instancePath: instancePath + "/tests/" + i33, schemaPath: "#/properties/tests/items/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'", schema: schema11.properties.tests.items.required, parentSchema: schema11.properties.tests.items, data: data73 };
              if (vErrors === null) {
                vErrors = [err206];
              } else {
                vErrors.push(err206);
              }
              errors++;
            }
            if (data73.threshold === void 0) {
              const err207 = { instancePath: instancePath + "/tests/" + i33, schemaPath: "#/properties/tests/items/required", keyword: "required", params: { missingProperty: "threshold" }, message: "must have required property 'threshold'", schema: schema11.properties.tests.items.required, parentSchema: schema11.properties.tests.items, data: data73 };
              if (vErrors === null) {
                vErrors = [err207];
              } else {
                vErrors.push(err207);
              }
              errors++;
            }
            for (const key17 in data73) {
              if (!(key17 === "name" || key17 === "where" || key17 === "metric" || key17 === "threshold" || key17 === "min-examples" || key17 === "class")) {
                const err208 = { instancePath: instancePath + "/tests/" + i33, schemaPath: "#/properties/tests/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.tests.items, data: data73 };
                if (vErrors === null) {
                  vErrors = [err208];
                } else {
                  vErrors.push(err208);
                }
                errors++;
              }
            }
            if (data73.name !== void 0) {
              let data74 = data73.name;
              if (typeof data74 === "string") {
                if (func3(data74) > 100) {
                  const err209 = { instancePath: instancePath + "/tests/" + i33 + "/name", schemaPath: "#/properties/tests/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema11.properties.tests.items.properties.name, data: data74 };
                  if (vErrors === null) {
                    vErrors = [err209];
                  } else {
                    vErrors.push(err209);
                  }
                  errors++;
                }
                if (func3(data74) < 1) {
                  const err210 = { instancePath: instancePath + "/tests/" + i33 + "/name", schemaPath: "#/properties/tests/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.tests.items.properties.name, data: data74 };
                  if (vErrors === null) {
                    vErrors = [err210];
                  } else {
                    vErrors.push(err210);
                  }
                  errors++;
                }
              } else {
                const err211 = { instancePath: instancePath + "/tests/" + i33 + "/name", schemaPath: "#/properties/tests/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.tests.items.properties.name.type, parentSchema: schema11.properties.tests.items.properties.name, data: data74 };
                if (vErrors === null) {
                  vErrors = [err211];
                } else {
                  vErrors.push(err211);
                }
                errors++;
              }
            }
            if (data73.where !== void 0) {
              let data75 = data73.where;
              if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
                for (const key18 in data75) {
                  let data76 = data75[key18];
                  if (data76 && typeof data76 == "object" && !Array.isArray(data76)) {
                    if (Object.keys(data76).length < 1) {
                      const err212 = { instancePath: instancePath + "/tests/" + i33 + "/where/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tests/items/properties/where/additionalProperties/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.tests.items.properties.where.additionalProperties, data: data76 };
                      if (vErrors === null) {
                        vErrors = [err212];
                      } else {
                        vErrors.push(err212);
                      }
                      errors++;
                    }
                    for (const key19 in data76) {
                      if (!(key19 === "eq" || key19 === "ne" || key19 === "in" || key19 === "lt" || key19 === "lte" || key19 === "gt" || key19 === "gte" || key19 === "between")) {
                        const err213 = { instancePath: instancePath + "/tests/" + i33 + "/where/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tests/items/properties/where/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.tests.items.properties.where.additionalProperties, data: data76 };
                        if (vErrors === null) {
                          vErrors = [err213];
                        } else {
                          vErrors.push(err213);
                        }
                        errors++;
                      }
                    }
                    if (data76.eq !== void 0) {
                      let data77 = data76.eq;
                      if (typeof data77 !== "string" && !(typeof data77 == "number" && isFinite(data77)) && typeof data77 !== "boolean") {
                        const err214 = { instancePath: instancePath + "/tests/" + i33 + "/where/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/eq", schemaPath: "#/properties/tests/items/properties/where/additionalProperties/properties/eq/type", keyword: "type", params: { type: schema11.properties.tests.items.properties.where.additionalProperties.properties.eq.type }, message: "must be string,number,boolean", schema: schema11.properties.tests.items.properties.where.additionalProperties.properties.eq.type, parentSchema: schema11.properties.tests.items.properties.where.additionalProperties.properties.eq, data: data77 };
                        if (vErrors === null) {
                          vErrors = [err214];
                        } else {
                          vErrors.push(err214);
                        }
                        errors++;
                      }
                    }
                    if (data76.ne !== void 0) {
                      let data78 = data76.ne;
                      if (typeof data78 !== "string" && !(typeof data78 == "number" && isFinite(data78)) && typeof data78 !== "boolean") {
                        const err215 = { instancePath: instancePath + "/tests/" + i33 + "/where/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/ne", schemaPath: "#/properties/tests/items/properties/where/additionalProperties/properties/ne/type", keyword: "type", params: { type: schema11.properties.tests.items.properties.where.additionalProperties.properties.ne.type }, message: "must be string,number,boolean", schema: schema11.properties.tests.items.properties.where.additionalProperties.properties.ne.type, parentSchema: schema11.properties.tests.items.properties.where.additionalProperties.properties.ne, data: data78 };
                        if (vErrors === null) {
                          vErrors = [err215];
                        } else {
                          vErrors.push(err215);
                        }
                        errors++;
                      }
                    }
                    if (data76.in !== void 0) {
                      let data79 = data76.in;
                      if (Array.isArray(data79)) {
                        if (data79.length < 1) {
                          const err216 = { instancePath: instancePath + "/tests/" + i33 + "/where/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/in", schemaPath: "#/properties/tests/items/properties/where/additionalProperties/properties/in/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.tests.items.properties.where.additionalProperties.properties.in, data: data79 };
                          if (vErrors === null) {
                            vErrors = [err216];
                          } else {
                            vErrors.push(err216);
                          }
                          errors++;
                        }
                        const len18 = data79.length;
                        for (let i34 = 0; i34 < len18; i34++) {
                          let data80 = data79[i34];
                          if (typeof data80 !== "string" && !(typeof data80 == "number" && isFinite(data80)) && typeof data80 !== "boolean") {
                            const err217 = { instancePath: instancePath + "/tests/" + i33 + "/where/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/in/" + i34, schemaPath: "#/properties/tests/items/properties/where/additionalProperties/properties/in/items/type", keyword: "type", params: { type: schema11.properties.tests.items.properties.where.additionalProperties.properties.in.items.type }, message: "must be string,number,boolean", schema: schema11.properties.tests.items.properties.where.additionalProperties.properties.in.items.type, parentSchema: schema11.properties.tests.items.properties.where.additionalProperties.properties.in.items, data: data80 };
                            if (vErrors === null) {
                              vErrors = [err217];
                            } else {
                              vErrors.push(err217);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err218 = { instancePath: instancePath + "/tests/" + i33 + "/where/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/in", schemaPath: "#/properties/tests/items/properties/where/additionalProperties/properties/in/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.tests.items.properties.where.additionalProperties.properties.in.type, parentSchema: schema11.properties.tests.items.properties.where.additionalProperties.properties.in, data: data79 };
                        if (vErrors === null) {
                          vErrors = [err218];
                        } else {
                          vErrors.push(err218);
                        }
                        errors++;
                      }
                    }
                    if (data76.lt !== void 0) {
                      let data81 = data76.lt;
                      if (!(typeof data81 == "number" && isFinite(data81))) {
                        const err219 = { instancePath: instancePath + "/tests/" + i33 + "/where/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/lt", schemaPath: "#/properties/tests/items/properties/where/additionalProperties/properties/lt/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.tests.items.properties.where.additionalProperties.properties.lt.type, parentSchema: schema11.properties.tests.items.properties.where.additionalProperties.properties.lt, data: data81 };
                        if (vErrors === null) {
                          vErrors = [err219];
                        } else {
                          vErrors.push(err219);
                        }
                        errors++;
                      }
                    }
                    if (data76.lte !== void 0) {
                      let data82 = data76.lte;
                      if (!(typeof data82 == "number" && isFinite(data82))) {
                        const err220 = { instancePath: instancePath + "/tests/" + i33 + "/where/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/lte", schemaPath: "#/properties/tests/items/properties/where/additionalProperties/properties/lte/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.tests.items.properties.where.additionalProperties.properties.lte.type, parentSchema: schema11.properties.tests.items.properties.where.additionalProperties.properties.lte, data: data82 };
                        if (vErrors === null) {
                          vErrors = [err220];
                        } else {
                          vErrors.push(err220);
                        }
                        errors++;
                      }
                    }
                    if (data76.gt !== void 0) {
                      let data83 = data76.gt;
                      if (!(typeof data83 == "number" && isFinite(data83))) {
                        const err221 = { instancePath: instancePath + "/tests/" + i33 + "/where/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/gt", schemaPath: "#/properties/tests/items/properties/where/additionalProperties/properties/gt/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.tests.items.properties.where.additionalProperties.properties.gt.type, parentSchema: schema11.properties.tests.items.properties.where.additionalProperties.properties.gt, data: data83 };
                        if (vErrors === null) {
                          vErrors = [err221];
                        } else {
                          vErrors.push(err221);
                        }
                        errors++;
                      }
                    }
                    if (data76.gte !== void 0) {
                      let data84 = data76.gte;
                      if (!(typeof data84 == "number" && isFinite(data84))) {
                        const err222 = { instancePath: instancePath + "/tests/" + i33 + "/where/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/gte", schemaPath: "#/properties/tests/items/properties/where/additionalProperties/properties/gte/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.tests.items.properties.where.additionalProperties.properties.gte.type, parentSchema: schema11.properties.tests.items.properties.where.additionalProperties.properties.gte, data: data84 };
                        if (vErrors === null) {
                          vErrors = [err222];
                        } else {
                          vErrors.push(err222);
                        }
                        errors++;
                      }
                    }
                    if (data76.between !== void 0) {
                      let data85 = data76.between;
                      if (Array.isArray(data85)) {
                        if (data85.length > 2) {
                          const err223 = { instancePath: instancePath + "/tests/" + i33 + "/where/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/between", schemaPath: "#/properties/tests/items/properties/where/additionalProperties/properties/between/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.tests.items.properties.where.additionalProperties.properties.between, data: data85 };
                          if (vErrors === null) {
                            vErrors = [err223];
                          } else {
                            vErrors.push(err223);
                          }
                          errors++;
                        }
                        if (data85.length < 2) {
                          const err224 = { instancePath: instancePath + "/tests/" + i33 + "/where/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/between", schemaPath: "#/properties/tests/items/properties/where/additionalProperties/properties/between/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema11.properties.tests.items.properties.where.additionalProperties.properties.between, data: data85 };
                          if (vErrors === null) {
                            vErrors = [err224];
                          } else {
                            vErrors.push(err224);
                          }
                          errors++;
                        }
                        const len19 = data85.length;
                        for (let i35 = 0; i35 < len19; i35++) {
                          let data86 = data85[i35];
                          if (!(typeof data86 == "number" && isFinite(data86))) {
                            const err225 = { instancePath: instancePath + "/tests/" + i33 + "/where/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/between/" + i35, schemaPath: "#/properties/tests/items/properties/where/additionalProperties/properties/between/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.tests.items.properties.where.additionalProperties.properties.between.items.type, parentSchema: schema11.properties.tests.items.properties.where.additionalProperties.properties.between.items, data: data86 };
                            if (vErrors === null) {
                              vErrors = [err225];
                            } else {
                              vErrors.push(err225);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err226 = { instancePath: instancePath + "/tests/" + i33 + "/where/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/between", schemaPath: "#/properties/tests/items/properties/where/additionalProperties/properties/between/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.tests.items.properties.where.additionalProperties.properties.between.type, parentSchema: schema11.properties.tests.items.properties.where.additionalProperties.properties.between, data: data85 };
                        if (vErrors === null) {
                          vErrors = [err226];
                        } else {
                          vErrors.push(err226);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err227 = { instancePath: instancePath + "/tests/" + i33 + "/where/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tests/items/properties/where/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.tests.items.properties.where.additionalProperties.type, parentSchema: schema11.properties.tests.items.properties.where.additionalProperties, data: data76 };
                    if (vErrors === null) {
                      vErrors = [err227];
                    } else {
                      vErrors.push(err227);
                    }
                    errors++;
                  }
                }
              } else {
                const err228 = { instancePath: instancePath + "/tests/" + i33 + "/where", schemaPath: "#/properties/tests/items/properties/where/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.tests.items.properties.where.type, parentSchema: schema11.properties.tests.items.properties.where, data: data75 };
                if (vErrors === null) {
                  vErrors = [err228];
                } else {
                  vErrors.push(err228);
                }
                errors++;
              }
            }
            if (data73.metric !== void 0) {
              let data87 = data73.metric;
              if (typeof data87 !== "string") {
                const err229 = { instancePath: instancePath + "/tests/" + i33 + "/metric", schemaPath: "#/properties/tests/items/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.tests.items.properties.metric.type, parentSchema: schema11.properties.tests.items.properties.metric, data: data87 };
                if (vErrors === null) {
                  vErrors = [err229];
                } else {
                  vErrors.push(err229);
                }
                errors++;
              }
              if (!(data87 === "accuracy" || data87 === "error_rate" || data87 === "precision" || data87 === "recall" || data87 === "f1" || data87 === "precision_macro" || data87 === "recall_macro" || data87 === "f1_macro" || data87 === "f1_weighted" || data87 === "roc_auc" || data87 === "log_loss" || data87 === "mse" || data87 === "rmse" || data87 === "mae" || data87 === "r2")) {
                const err230 = { instancePath: instancePath + "/tests/" + i33 + "/metric", schemaPath: "#/properties/tests/items/properties/metric/enum", keyword: "enum", params: { allowedValues: schema11.properties.tests.items.properties.metric.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.tests.items.properties.metric.enum, parentSchema: schema11.properties.tests.items.properties.metric, data: data87 };
                if (vErrors === null) {
                  vErrors = [err230];
                } else {
                  vErrors.push(err230);
                }
                errors++;
              }
            }
            if (data73.threshold !== void 0) {
              let data88 = data73.threshold;
              const _errs276 = errors;
              let valid88 = false;
              const _errs277 = errors;
              if (typeof data88 === "string") {
                if (!pattern6.test(data88)) {
                  const err231 = { instancePath: instancePath + "/tests/" + i33 + "/threshold", schemaPath: "#/properties/tests/items/properties/threshold/anyOf/0/pattern", keyword: "pattern", params: { pattern: "^\\s*(>=|>|<=|<)\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*$" }, message: 'must match pattern "^\\s*(>=|>|<=|<)\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*$"', schema: "^\\s*(>=|>|<=|<)\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*$", parentSchema: schema11.properties.tests.items.properties.threshold.anyOf[0], data: data88 };
                  if (vErrors === null) {
                    vErrors = [err231];
                  } else {
                    vErrors.push(err231);
                  }
                  errors++;
                }
              } else {
                const err232 = { instancePath: instancePath + "/tests/" + i33 + "/threshold", schemaPath: "#/properties/tests/items/properties/threshold/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.tests.items.properties.threshold.anyOf[0].type, parentSchema: schema11.properties.tests.items.properties.threshold.anyOf[0], data: data88 };
                if (vErrors === null) {
                  vErrors = [err232];
                } else {
                  vErrors.push(err232);
                }
                errors++;
              }
              var _valid11 = _errs277 === errors;
              valid88 = valid88 || _valid11;
              if (!valid88) {
                const _errs279 = errors;
                if (!(typeof data88 == "number" && isFinite(data88))) {
                  const err233 = { instancePath: instancePath + "/tests/" + i33 + "/threshold", schemaPath: "#/properties/tests/items/properties/threshold/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.tests.items.properties.threshold.anyOf[1].type, parentSchema: schema11.properties.tests.items.properties.threshold.anyOf[1], data: data88 };
                  if (vErrors === null) {
                    vErrors = [err233];
                  } else {
                    vErrors.push(err233);
                  }
                  errors++;
                }
                var _valid11 = _errs279 === errors;
                valid88 = valid88 || _valid11;
              }
              if (!valid88) {
                const err234 = { instancePath: instancePath + "/tests/" + i33 + "/threshold", schemaPath: "#/properties/tests/items/properties/threshold/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.tests.items.properties.threshold.anyOf, parentSchema: schema11.properties.tests.items.properties.threshold, data: data88 };
                if (vErrors === null) {
                  vErrors = [err234];
                } else {
                  vErrors.push(err234);
                }
                errors++;
              } else {
                errors = _errs276;
                if (vErrors !== null) {
                  if (_errs276) {
                    vErrors.length = _errs276;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data73["min-examples"] !== void 0) {
              let data89 = data73["min-examples"];
              if (!(typeof data89 == "number" && (!(data89 % 1) && !isNaN(data89)) && isFinite(data89))) {
                const err235 = { instancePath: instancePath + "/tests/" + i33 + "/min-examples", schemaPath: "#/properties/tests/items/properties/min-examples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.tests.items.properties["min-examples"].type, parentSchema: schema11.properties.tests.items.properties["min-examples"], data: data89 };
                if (vErrors === null) {
                  vErrors = [err235];
                } else {
                  vErrors.push(err235);
                }
                errors++;
              }
              if (typeof data89 == "number" && isFinite(data89)) {
                if (data89 < 1 || isNaN(data89)) {
                  const err236 = { instancePath: instancePath + "/tests/" + i33 + "/min-examples", schemaPath: "#/properties/tests/items/properties/min-examples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.tests.items.properties["min-examples"], data: data89 };
                  if (vErrors === null) {
                    vErrors = [err236];
                  } else {
                    vErrors.push(err236);
                  }
                  errors++;
                }
              }
            }
            if (data73.class !== void 0) {
              let data90 = data73.class;
              if (typeof data90 !== "string" && !(typeof data90 == "number" && isFinite(data90))) {
                const err237 = { instancePath: instancePath + "/tests/" + i33 + "/class", schemaPath: "#/properties/tests/items/properties/class/type", keyword: "type", params: { type: schema11.properties.tests.items.properties.class.type }, message: "must be string,number", schema: schema11.properties.tests.items.properties.class.type, parentSchema: schema11.properties.tests.items.properties.class, data: data90 };
                if (vErrors === null) {
                  vErrors = [err237];
                } else {
                  vErrors.push(err237);
                }
                errors++;
              }
            }
          } else {
            const err238 = { instancePath: instancePath + "/tests/" + i33, schemaPath: "#/properties/tests/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.tests.items.type, parentSchema: schema11.properties.tests.items, data: data73 };
            if (vErrors === null) {
              vErrors = [err238];
            } else {
              vErrors.push(err238);
            }
            errors++;
          }
        }
      } else {
        const err239 = { instancePath: instancePath + "/tests", schemaPath: "#/properties/tests/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.tests.type, parentSchema: schema11.properties.tests, data: data72 };
        if (vErrors === null) {
          vErrors = [err239];
        } else {
          vErrors.push(err239);
        }
        errors++;
      }
    }
    if (data.gate !== void 0) {
      let data91 = data.gate;
      if (data91 && typeof data91 == "object" && !Array.isArray(data91)) {
        for (const key20 in data91) {
          if (!(key20 === "fail-on" || key20 === "regression")) {
            const err240 = { instancePath: instancePath + "/gate", schemaPath: "#/properties/gate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.gate, data: data91 };
            if (vErrors === null) {
              vErrors = [err240];
            } else {
              vErrors.push(err240);
            }
            errors++;
          }
        }
        if (data91["fail-on"] !== void 0) {
          let data92 = data91["fail-on"];
          if (Array.isArray(data92)) {
            const len20 = data92.length;
            for (let i36 = 0; i36 < len20; i36++) {
              let data93 = data92[i36];
              if (typeof data93 !== "string") {
                const err241 = { instancePath: instancePath + "/gate/fail-on/" + i36, schemaPath: "#/properties/gate/properties/fail-on/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.gate.properties["fail-on"].items.type, parentSchema: schema11.properties.gate.properties["fail-on"].items, data: data93 };
                if (vErrors === null) {
                  vErrors = [err241];
                } else {
                  vErrors.push(err241);
                }
                errors++;
              }
              if (!(data93 === "test-failure" || data93 === "regression" || data93 === "inconclusive" || data93 === "sensitivity")) {
                const err242 = { instancePath: instancePath + "/gate/fail-on/" + i36, schemaPath: "#/properties/gate/properties/fail-on/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.gate.properties["fail-on"].items.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.gate.properties["fail-on"].items.enum, parentSchema: schema11.properties.gate.properties["fail-on"].items, data: data93 };
                if (vErrors === null) {
                  vErrors = [err242];
                } else {
                  vErrors.push(err242);
                }
                errors++;
              }
            }
            let i37 = data92.length;
            let j16;
            if (i37 > 1) {
              const indices15 = {};
              for (; i37--; ) {
                let item15 = data92[i37];
                if (typeof item15 !== "string") {
                  continue;
                }
                if (typeof indices15[item15] == "number") {
                  j16 = indices15[item15];
                  const err243 = { instancePath: instancePath + "/gate/fail-on", schemaPath: "#/properties/gate/properties/fail-on/uniqueItems", keyword: "uniqueItems", params: { i: i37, j: j16 }, message: "must NOT have duplicate items (items ## " + j16 + " and " + i37 + " are identical)", schema: true, parentSchema: schema11.properties.gate.properties["fail-on"], data: data92 };
                  if (vErrors === null) {
                    vErrors = [err243];
                  } else {
                    vErrors.push(err243);
                  }
                  errors++;
                  break;
                }
                indices15[item15] = i37;
              }
            }
          } else {
            const err244 = { instancePath: instancePath + "/gate/fail-on", schemaPath: "#/properties/gate/properties/fail-on/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.gate.properties["fail-on"].type, parentSchema: schema11.properties.gate.properties["fail-on"], data: data92 };
            if (vErrors === null) {
              vErrors = [err244];
            } else {
              vErrors.push(err244);
            }
            errors++;
          }
        }
        if (data91.regression !== void 0) {
          let data94 = data91.regression;
          if (data94 && typeof data94 == "object" && !Array.isArray(data94)) {
            for (const key21 in data94) {
              if (!(key21 === "metric" || key21 === "tolerance" || key21 === "alpha")) {
                const err245 = { instancePath: instancePath + "/gate/regression", schemaPath: "#/properties/gate/properties/regression/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.gate.properties.regression, data: data94 };
                if (vErrors === null) {
                  vErrors = [err245];
                } else {
                  vErrors.push(err245);
                }
                errors++;
              }
            }
            if (data94.metric !== void 0) {
              let data95 = data94.metric;
              if (typeof data95 !== "string") {
                const err246 = { instancePath: instancePath + "/gate/regression/metric", schemaPath: "#/properties/gate/properties/regression/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.gate.properties.regression.properties.metric.type, parentSchema: schema11.properties.gate.properties.regression.properties.metric, data: data95 };
                if (vErrors === null) {
                  vErrors = [err246];
                } else {
                  vErrors.push(err246);
                }
                errors++;
              }
              if (!(data95 === "accuracy" || data95 === "error_rate" || data95 === "precision" || data95 === "recall" || data95 === "f1" || data95 === "precision_macro" || data95 === "recall_macro" || data95 === "f1_macro" || data95 === "f1_weighted" || data95 === "roc_auc" || data95 === "log_loss" || data95 === "mse" || data95 === "rmse" || data95 === "mae" || data95 === "r2")) {
                const err247 = { instancePath: instancePath + "/gate/regression/metric", schemaPath: "#/properties/gate/properties/regression/properties/metric/enum", keyword: "enum", params: { allowedValues: schema11.properties.gate.properties.regression.properties.metric.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.gate.properties.regression.properties.metric.enum, parentSchema: schema11.properties.gate.properties.regression.properties.metric, data: data95 };
                if (vErrors === null) {
                  vErrors = [err247];
                } else {
                  vErrors.push(err247);
                }
                errors++;
              }
            }
            if (data94.tolerance !== void 0) {
              let data96 = data94.tolerance;
              if (typeof data96 == "number" && isFinite(data96)) {
                if (data96 < 0 || isNaN(data96)) {
                  const err248 = { instancePath: instancePath + "/gate/regression/tolerance", schemaPath: "#/properties/gate/properties/regression/properties/tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.gate.properties.regression.properties.tolerance, data: data96 };
                  if (vErrors === null) {
                    vErrors = [err248];
                  } else {
                    vErrors.push(err248);
                  }
                  errors++;
                }
              } else {
                const err249 = { instancePath: instancePath + "/gate/regression/tolerance", schemaPath: "#/properties/gate/properties/regression/properties/tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.gate.properties.regression.properties.tolerance.type, parentSchema: schema11.properties.gate.properties.regression.properties.tolerance, data: data96 };
                if (vErrors === null) {
                  vErrors = [err249];
                } else {
                  vErrors.push(err249);
                }
                errors++;
              }
            }
            if (data94.alpha !== void 0) {
              let data97 = data94.alpha;
              if (typeof data97 == "number" && isFinite(data97)) {
                if (data97 > 0.5 || isNaN(data97)) {
                  const err250 = { instancePath: instancePath + "/gate/regression/alpha", schemaPath: "#/properties/gate/properties/regression/properties/alpha/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.5 }, message: "must be <= 0.5", schema: 0.5, parentSchema: schema11.properties.gate.properties.regression.properties.alpha, data: data97 };
                  if (vErrors === null) {
                    vErrors = [err250];
                  } else {
                    vErrors.push(err250);
                  }
                  errors++;
                }
                if (data97 <= 0 || isNaN(data97)) {
                  const err251 = { instancePath: instancePath + "/gate/regression/alpha", schemaPath: "#/properties/gate/properties/regression/properties/alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.gate.properties.regression.properties.alpha, data: data97 };
                  if (vErrors === null) {
                    vErrors = [err251];
                  } else {
                    vErrors.push(err251);
                  }
                  errors++;
                }
              } else {
                const err252 = { instancePath: instancePath + "/gate/regression/alpha", schemaPath: "#/properties/gate/properties/regression/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.gate.properties.regression.properties.alpha.type, parentSchema: schema11.properties.gate.properties.regression.properties.alpha, data: data97 };
                if (vErrors === null) {
                  vErrors = [err252];
                } else {
                  vErrors.push(err252);
                }
                errors++;
              }
            }
          } else {
            const err253 = { instancePath: instancePath + "/gate/regression", schemaPath: "#/properties/gate/properties/regression/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.gate.properties.regression.type, parentSchema: schema11.properties.gate.properties.regression, data: data94 };
            if (vErrors === null) {
              vErrors = [err253];
            } else {
              vErrors.push(err253);
            }
            errors++;
          }
        }
      } else {
        const err254 = { instancePath: instancePath + "/gate", schemaPath: "#/properties/gate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.gate.type, parentSchema: schema11.properties.gate, data: data91 };
        if (vErrors === null) {
          vErrors = [err254];
        } else {
          vErrors.push(err254);
        }
        errors++;
      }
    }
  } else {
    const err255 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err255];
    } else {
      vErrors.push(err255);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var scaling = validate11;
var schema12 = { "additionalProperties": false, "expected": "a mapping with center and scale", "type": "object", "properties": { "center": { "expected": "a number or a mapping of feature names to numbers", "description": "subtracted from the raw value (default 0); a number for every feature, or per feature", "anyOf": [{ "type": "number" }, { "type": "object", "additionalProperties": { "type": "number" } }] }, "scale": { "expected": "a positive number or a mapping of feature names to positive numbers", "description": "the raw value minus center is divided by it (default 1); a number for every feature, or per feature", "anyOf": [{ "exclusiveMinimum": 0, "expected": "a positive number", "type": "number" }, { "type": "object", "additionalProperties": { "exclusiveMinimum": 0, "expected": "a positive number", "type": "number" } }] } } };
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "center" || key0 === "scale")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.center !== void 0) {
      let data0 = data.center;
      const _errs4 = errors;
      let valid1 = false;
      const _errs5 = errors;
      if (!(typeof data0 == "number" && isFinite(data0))) {
        const err1 = { instancePath: instancePath + "/center", schemaPath: "#/properties/center/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.center.anyOf[0].type, parentSchema: schema12.properties.center.anyOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var _valid0 = _errs5 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const _errs7 = errors;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
          for (const key1 in data0) {
            let data1 = data0[key1];
            if (!(typeof data1 == "number" && isFinite(data1))) {
              const err2 = { instancePath: instancePath + "/center/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/center/anyOf/1/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.center.anyOf[1].additionalProperties.type, parentSchema: schema12.properties.center.anyOf[1].additionalProperties, data: data1 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
        } else {
          const err3 = { instancePath: instancePath + "/center", schemaPath: "#/properties/center/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.center.anyOf[1].type, parentSchema: schema12.properties.center.anyOf[1], data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        var _valid0 = _errs7 === errors;
        valid1 = valid1 || _valid0;
      }
      if (!valid1) {
        const err4 = { instancePath: instancePath + "/center", schemaPath: "#/properties/center/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema12.properties.center.anyOf, parentSchema: schema12.properties.center, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      } else {
        errors = _errs4;
        if (vErrors !== null) {
          if (_errs4) {
            vErrors.length = _errs4;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.scale !== void 0) {
      let data2 = data.scale;
      const _errs14 = errors;
      let valid3 = false;
      const _errs15 = errors;
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 <= 0 || isNaN(data2)) {
          const err5 = { instancePath: instancePath + "/scale", schemaPath: "#/properties/scale/anyOf/0/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema12.properties.scale.anyOf[0], data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/scale", schemaPath: "#/properties/scale/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.scale.anyOf[0].type, parentSchema: schema12.properties.scale.anyOf[0], data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var _valid1 = _errs15 === errors;
      valid3 = valid3 || _valid1;
      if (!valid3) {
        const _errs18 = errors;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
          for (const key2 in data2) {
            let data3 = data2[key2];
            if (typeof data3 == "number" && isFinite(data3)) {
              if (data3 <= 0 || isNaN(data3)) {
                const err7 = { instancePath: instancePath + "/scale/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/scale/anyOf/1/additionalProperties/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema12.properties.scale.anyOf[1].additionalProperties, data: data3 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            } else {
              const err8 = { instancePath: instancePath + "/scale/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/scale/anyOf/1/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.scale.anyOf[1].additionalProperties.type, parentSchema: schema12.properties.scale.anyOf[1].additionalProperties, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
        } else {
          const err9 = { instancePath: instancePath + "/scale", schemaPath: "#/properties/scale/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.scale.anyOf[1].type, parentSchema: schema12.properties.scale.anyOf[1], data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        var _valid1 = _errs18 === errors;
        valid3 = valid3 || _valid1;
      }
      if (!valid3) {
        const err10 = { instancePath: instancePath + "/scale", schemaPath: "#/properties/scale/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema12.properties.scale.anyOf, parentSchema: schema12.properties.scale, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      } else {
        errors = _errs14;
        if (vErrors !== null) {
          if (_errs14) {
            vErrors.length = _errs14;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var precompiled = { config, scaling };
function validators() {
  return precompiled;
}

// src/config/document.ts
var import_yaml = __toESM(require_dist(), 1);
function parseYaml(text, file) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter });
  const error = doc.errors[0];
  if (error !== void 0) {
    const detail = error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    const position = error.linePos?.[0];
    const column = position === void 0 ? "" : ` at column ${position.col}`;
    throw new InputError(`invalid YAML${column}: ${detail}`, { file, line: position?.line });
  }
  if (doc.contents === null) {
    throw new InputError("the file is empty; expected a mapping with suite, model and data", {
      file
    });
  }
  let data;
  try {
    data = doc.toJS();
  } catch (cause) {
    throw new InputError(`invalid YAML: ${cause.message}`, { file }, { cause });
  }
  const lines = /* @__PURE__ */ new Map();
  const lineOf = (node) => node.range ? lineCounter.linePos(node.range[0]).line : void 0;
  record(doc.contents, [], lines, lineOf);
  return { data, lines };
}
function parseJson(text, file) {
  if (text.trim() === "") throw new InputError("the file is empty", { file });
  try {
    JSON.parse(text);
  } catch (cause) {
    const message = cause.message;
    const position = / at position (\d+)/.exec(message);
    const line = position === null ? void 0 : text.slice(0, Number(position[1])).split("\n").length;
    const detail = message.replace(
      /(?: in JSON)? at position \d+.*$|, ".*" is not valid JSON$/s,
      ""
    );
    throw new InputError(`invalid JSON: ${detail}`, { file, line }, { cause });
  }
  return parseYaml(text, file);
}
function record(node, segments, lines, lineOf) {
  const set = (path4, at) => {
    const line = at === null ? void 0 : lineOf(at);
    if (line !== void 0) lines.set(keyPath(...path4), line);
  };
  if (segments.length === 0) set(segments, node);
  if (node === null || (0, import_yaml.isAlias)(node)) return;
  if ((0, import_yaml.isMap)(node)) {
    for (const pair of node.items) {
      if (!(0, import_yaml.isScalar)(pair.key)) continue;
      const path4 = [...segments, String(pair.key.value)];
      set(path4, pair.key);
      record(pair.value, path4, lines, lineOf);
    }
  } else if ((0, import_yaml.isSeq)(node)) {
    node.items.forEach((item, i) => {
      const path4 = [...segments, i];
      set(path4, item);
      record(item, path4, lines, lineOf);
    });
  }
}

// src/config/scaling.ts
function inlineScaling(raw) {
  return { center: raw.center ?? 0, scale: raw.scale ?? 1 };
}
async function readScalingFile(path4, cwd) {
  const file = relative(cwd, path4);
  let text;
  try {
    text = await readFile(path4, "utf8");
  } catch (cause) {
    throw new InputError(`cannot read: ${cause.message}`, { file }, { cause });
  }
  const { data, lines } = parseJson(text, file);
  checkSchema(validators().scaling, data, lines, file);
  return inlineScaling(data);
}

// src/config/train-paths.ts
import { lstat, realpath as realpath2, stat as stat2 } from "node:fs/promises";
import { dirname, extname, join, relative as relative2, resolve } from "node:path";

// src/cache/inputs.ts
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";

// src/cache/glob.ts
function globMatcher(glob) {
  const pattern = parsePattern(glob, "path");
  if ("problem" in pattern) throw new Error(pattern.problem);
  const matcher = compileMatcher(pattern, "path");
  return (path4) => matcher.test(path4);
}

// src/cache/inputs.ts
var SKIP = /* @__PURE__ */ new Set([".git", "node_modules"]);
var PATTERN = /[*?{}[\]]/;
function splitGlob(glob) {
  const segments = glob.replace(/^\.\//, "").split("/");
  let plain = 0;
  while (plain < segments.length - 1 && !PATTERN.test(segments[plain])) plain++;
  return { start: segments.slice(0, plain).join("/"), rest: segments.slice(plain).join("/") };
}
async function matchInputs(folder, globs, skip = []) {
  const skipped = new Set(skip.map((p) => path.resolve(p)));
  const found = /* @__PURE__ */ new Set();
  const counts = [];
  for (const glob of globs) {
    const { start, rest } = splitGlob(glob);
    const matches = globMatcher(rest);
    const from = path.resolve(folder, start);
    let count2 = 0;
    const seen = /* @__PURE__ */ new Set();
    const walk = async (dir) => {
      let real;
      let entries;
      try {
        real = await realpath(dir);
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      if (seen.has(real)) return;
      seen.add(real);
      for (const entry of entries) {
        const full = path.join(dir, entry.name);
        let kind;
        if (entry.isSymbolicLink()) {
          const target = await stat(full).catch(() => void 0);
          kind = target?.isDirectory() ? "folder" : target?.isFile() ? "file" : void 0;
        } else kind = entry.isDirectory() ? "folder" : entry.isFile() ? "file" : void 0;
        if (kind === "folder") {
          if (!SKIP.has(entry.name) && !skipped.has(full)) await walk(full);
        } else if (kind === "file") {
          const rel = path.relative(from, full).split(path.sep).join("/");
          if (matches(rel)) {
            count2++;
            found.add(full);
          }
        }
      }
    };
    await walk(from);
    counts.push(count2);
  }
  return { files: [...found].sort(), counts };
}

// src/config/train-paths.ts
var MODULE_EXTENSIONS = [".ts", ".mts", ".js", ".mjs"];
var CACHE_SUBFOLDERS = ["runs", "work", "models"];
async function resolveTrainPaths(raw, base, root, cwd, at) {
  let module;
  if (raw.module !== void 0) {
    if (!MODULE_EXTENSIONS.includes(extname(raw.module).toLowerCase())) {
      throw new InputError(
        `expected a ${MODULE_EXTENSIONS.join(", ")} file, got ${show(raw.module)}`,
        at("train.module")
      );
    }
    module = await resolveFile({
      given: raw.module,
      base,
      root,
      cwd,
      location: at("train.module")
    });
  }
  const given = raw.cache ?? DEFAULTS.trainCache;
  const cache = resolve(base, given);
  await checkCacheFolder(cache, root, (detail) => {
    throw new InputError(`${show(given)} ${detail}`, at("train.cache"));
  });
  raw.inputs?.forEach((glob, i) => {
    const problem = patternProblem(glob, "path");
    if (problem !== void 0) throw new InputError(problem, at(keyPath("train", "inputs", i)));
  });
  if (raw.command !== void 0 && raw.inputs !== void 0) {
    await checkInputs(raw.inputs, base, root, cache, at);
  }
  return module === void 0 ? { folder: base, cache } : { folder: base, module, cache };
}
async function checkCacheFolder(cache, root, fail) {
  if (!isInside(root, cache)) fail(`escapes the repository (${root})`);
  const realRoot = await realpath2(root);
  let existing = cache;
  while (await lstat(existing).catch(() => void 0) === void 0) {
    existing = dirname(existing);
  }
  for (const folder of [existing, ...CACHE_SUBFOLDERS.map((name) => join(cache, name))]) {
    const info = await stat2(folder).catch(() => void 0);
    if (info === void 0) {
      if (await lstat(folder).catch(() => void 0) === void 0) continue;
      fail(
        folder === cache ? "is a dangling symlink" : `has ${relative2(root, folder)}, a dangling symlink`
      );
    }
    const real = await realpath2(folder);
    if (!isInside(realRoot, real)) {
      fail(`escapes the repository (${root}) through a symlink to ${real}`);
    }
    if (!info.isDirectory()) {
      fail(
        `${folder === cache ? "is" : `has ${relative2(root, folder)}, which is`} a file, expected a folder`
      );
    }
  }
}
async function checkInputs(inputs, base, root, cache, at) {
  const { counts } = await matchInputs(base, inputs, [cache]);
  for (const [i, glob] of inputs.entries()) {
    const start = resolve(base, splitGlob(glob).start);
    if (!isInside(root, start)) {
      throw new InputError(
        `${show(glob)} escapes the repository (${root})`,
        at(keyPath("train", "inputs", i))
      );
    }
    if (counts[i] === 0) {
      throw new InputError(
        `${show(glob)} matches no file (searched from ${relative2(root, start) || "."}/); the cache key must cover the training code: list the files the command runs`,
        at(keyPath("train", "inputs", i))
      );
    }
  }
}

// src/config/load.ts
async function loadConfig(file, options) {
  const cwd = resolve2(options.cwd);
  const absolute = resolve2(cwd, file);
  const shown = displayName(file, cwd);
  const { data, lines } = parseYaml(await readConfigText(absolute, shown), shown);
  checkSchema(validators().config, data, lines, shown);
  const raw = data;
  const base = dirname2(absolute);
  const root = await findRoot(base, cwd);
  const at = (where) => locate({ file: shown, lines }, where);
  if (raw.model === void 0 && raw.train === void 0) {
    throw new InputError('missing required key "model"', { file: shown, where: "" });
  }
  const model = raw.model === void 0 ? void 0 : await resolveFile({ given: raw.model, base, root, cwd, location: at("model") });
  for (const key of ["eval", "train"]) {
    const given = raw.data[key];
    if (given !== void 0 && dataFormat(extname2(given)) === void 0) {
      throw new InputError(
        `expected a ${DATA_EXTENSIONS_TEXT} file, got ${show(given)}`,
        at(`data.${key}`)
      );
    }
  }
  const train = raw.data.train === void 0 ? void 0 : await resolveFile({ given: raw.data.train, base, root, cwd, location: at("data.train") });
  const trainPaths = raw.train === void 0 ? void 0 : await resolveTrainPaths(raw.train, base, root, cwd, at);
  const evalPath = await resolveFile({
    given: raw.data.eval,
    base,
    root,
    cwd,
    location: at("data.eval")
  });
  let scaling2;
  let scalingFile;
  if (typeof raw.data.scaling === "string") {
    const location = at("data.scaling");
    scalingFile = await resolveFile({ given: raw.data.scaling, base, root, cwd, location });
    scaling2 = await readScalingFile(scalingFile, cwd);
  } else if (raw.data.scaling !== void 0) {
    scaling2 = inlineScaling(raw.data.scaling);
  }
  return buildConfig(raw, {
    file: shown,
    lines,
    root,
    model,
    eval: evalPath,
    train,
    trainPaths,
    scaling: scaling2,
    scalingFile
  });
}
function displayName(file, cwd) {
  if (!isAbsolute(file)) return file;
  const rel = relative3(cwd, file);
  return rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? file : rel;
}
async function readConfigText(path4, file) {
  const special = await notRegular(path4);
  if (special !== void 0 && !special.startsWith("is a folder")) {
    throw new InputError(special, { file });
  }
  try {
    return await readFile2(path4, "utf8");
  } catch (cause) {
    const code = cause.code;
    const detail = code === "ENOENT" ? "file not found" : code === "EISDIR" ? "is a folder, expected a YAML file" : `cannot read: ${cause.message}`;
    throw new InputError(detail, { file }, { cause });
  }
}

// src/results/groups.ts
import { createHash } from "node:crypto";
function membersHash(names) {
  return `sha256:${createHash("sha256").update(JSON.stringify(names)).digest("hex")}`;
}
function componentTarget(results, component) {
  if (component.target !== void 0) {
    return { target: component.target, members: component.target.length };
  }
  const group = definitionOf(results, component);
  if (group === void 0) throw new Error(`${component.id}: no target and no group definition`);
  return { target: group.patterns, members: group.count };
}
function groupsProblem(results) {
  const names = /* @__PURE__ */ new Set();
  for (const [i, group] of (results.groups ?? []).entries()) {
    if (names.has(group.name)) return `/groups/${i}/name: group "${group.name}" is defined twice`;
    names.add(group.name);
  }
  for (const [i, component] of results.components.entries()) {
    if (component.target === void 0 && definitionOf(results, component) === void 0) {
      return `/components/${i}: no target, and no group named ${JSON.stringify(component.name)} in groups`;
    }
  }
  return void 0;
}
function definitionOf(results, component) {
  if (component.kind !== "group") return void 0;
  return results.groups?.find((group) => group.name === component.name);
}

// src/results/precompiled.ts
var validate = validate102;
var schema112 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/ablation-ci/ablation-ci/schema/results.schema.json", "title": "ablation-ci results (schemaVersion 1)", "description": "One run of an ablation suite: component contributions and model unit tests, with intervals on every estimate.", "type": "object", "additionalProperties": false, "required": ["schemaVersion", "suite", "source", "run", "timing", "task", "classes", "data", "metrics", "baseline", "components", "tests", "predictions"], "properties": { "schemaVersion": { "const": 1 }, "suite": { "type": "string", "pattern": "^(?!\\.\\.?$|\\.git$)[A-Za-z0-9._-]+$" }, "source": { "type": "object", "additionalProperties": false, "required": ["commit", "ref", "configHash", "modelHash", "dataHash"], "properties": { "commit": { "type": ["string", "null"] }, "ref": { "type": ["string", "null"] }, "configHash": { "$ref": "#/definitions/hash" }, "modelHash": { "$ref": "#/definitions/hash" }, "dataHash": { "$ref": "#/definitions/hash" } } }, "run": { "type": "object", "additionalProperties": false, "required": ["seed", "repeats", "resamples", "confidence", "backend", "shard", "gate"], "properties": { "seed": { "type": "integer" }, "repeats": { "type": "integer", "minimum": 1 }, "resamples": { "type": "integer", "minimum": 1 }, "confidence": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1 }, "backend": { "description": "What evaluated the model: a TF.js backend (tensorflow, wasm, cpu) for a TF.js model, an ONNX Runtime package for an ONNX model.", "enum": ["tensorflow", "wasm", "cpu", "onnxruntime-node", "onnxruntime-web"] }, "runtime": { "description": "An ONNX model's runtime: the ONNX Runtime package and its version. Absent for TF.js models.", "type": "object", "additionalProperties": false, "required": ["name", "version"], "properties": { "name": { "type": "string" }, "version": { "type": "string" } } }, "predictionsFrom": { "description": `Where the baseline's predictions come from when no TF.js backend made them: "train.command" for a command suite without model (its backend evaluated nothing). Absent: the TF.js model, on run.backend.`, "enum": ["train.command"] }, "shard": { "oneOf": [{ "type": "null" }, { "type": "object", "additionalProperties": false, "required": ["index", "count"], "properties": { "index": { "type": "integer", "minimum": 1 }, "count": { "type": "integer", "minimum": 1 } } }] }, "budget": { "description": "What a time limit (time-limit) changed; present only when one was set.", "type": "object", "additionalProperties": false, "required": ["limit", "estimate", "repeats", "rows", "notEvaluated"], "properties": { "limit": { "type": "number", "exclusiveMinimum": 0 }, "estimate": { "type": "number", "minimum": 0 }, "repeats": { "oneOf": [{ "type": "null" }, { "type": "object", "additionalProperties": false, "required": ["from", "to"], "properties": { "from": { "type": "integer", "minimum": 1 }, "to": { "type": "integer", "minimum": 1 } } }] }, "rows": { "oneOf": [{ "type": "null" }, { "type": "object", "additionalProperties": false, "required": ["from", "to"], "properties": { "from": { "type": "integer", "minimum": 1 }, "to": { "type": "integer", "minimum": 1 } } }] }, "notEvaluated": { "type": "integer", "minimum": 0 }, "curvesNotEvaluated": { "description": "Sensitivity curves the deadline left out of sensitivity.curves; absent when none.", "type": "integer", "minimum": 1 } } }, "gate": { "type": "object", "additionalProperties": false, "required": ["failOn", "regression"], "properties": { "failOn": { "type": "array", "uniqueItems": true, "items": { "enum": ["test-failure", "regression", "inconclusive", "sensitivity"] } }, "regression": { "type": "object", "additionalProperties": false, "required": ["metric", "tolerance", "alpha"], "properties": { "metric": { "$ref": "#/definitions/metricName" }, "tolerance": { "type": "number", "minimum": 0 }, "alpha": { "type": "number", "exclusiveMinimum": 0, "maximum": 0.5 } } } } } } }, "timing": { "type": "object", "additionalProperties": false, "required": ["startedAt", "durationMs"], "properties": { "startedAt": { "description": "When the run started: an ISO 8601 date and time, e.g. 2026-12-07T08:00:00.000Z.", "type": "string", "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d+)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)$" }, "durationMs": { "type": "number", "minimum": 0 } } }, "task": { "enum": ["binary", "multiclass", "regression"] }, "classes": { "oneOf": [{ "type": "null" }, { "type": "array", "items": { "type": "string" }, "minItems": 2 }] }, "data": { "type": "object", "additionalProperties": false, "required": ["labelCounts", "duplicateRows"], "description": "Facts about the eval data for the report's data checks.", "properties": { "labelCounts": { "oneOf": [{ "type": "null" }, { "type": "object", "additionalProperties": { "type": "integer", "minimum": 0 } }], "description": "examples per class (null for regression)" }, "duplicateRows": { "type": "integer", "minimum": 0, "description": "rows equal to an earlier row (features and label)" } } }, "metrics": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["name", "higherIsBetter"], "properties": { "name": { "$ref": "#/definitions/metricName" }, "higherIsBetter": { "type": "boolean" } } } }, "baseline": { "type": "object", "additionalProperties": false, "required": ["n", "metrics"], "properties": { "n": { "type": "integer", "minimum": 1 }, "metrics": { "type": "object", "additionalProperties": { "$ref": "#/definitions/estimate" } } } }, "groups": { "description": "Each group a component ablates, defined once (documents written before this list every member in each group component's target instead): a group component without target names its definition here.", "type": "array", "items": { "$ref": "#/definitions/group" } }, "components": { "type": "array", "items": { "$ref": "#/definitions/component" } }, "tests": { "type": "array", "items": { "$ref": "#/definitions/test" } }, "sensitivity": { "description": "Sensitivity curves (present when the config has `ablations.sensitivity`; absent in documents written before): the grid of noise levels s, the repeats per point, the noise scale and draws, and a curve per component. See docs/sensitivity.md.", "type": "object", "additionalProperties": false, "required": ["grid", "repeats", "scale", "draws", "curves"], "properties": { "grid": { "type": "array", "minItems": 1, "items": { "type": "number", "minimum": 0, "maximum": 1 } }, "repeats": { "type": "integer", "minimum": 1 }, "scale": { "description": "`std`: \u03C3 = s \xD7 each column's (weight tensor's, output value's) standard deviation; a number: \u03C3 = s \xD7 that, in raw units, with no shrink toward the mean.", "anyOf": [{ "const": "std" }, { "type": "number", "exclusiveMinimum": 0 }] }, "draws": { "enum": ["gaussian", "permutation"] }, "curves": { "type": "array", "items": { "$ref": "#/definitions/sensitivityCurve" } } } }, "predictions": { "type": "object", "additionalProperties": false, "required": ["encoding", "shape", "baseline", "labels"], "properties": { "encoding": { "const": "base64-le", "description": "baseline: float32 model outputs, n \xD7 k row-major; labels: float64 class index or target per example; both little-endian, base64." }, "shape": { "type": "array", "items": { "type": "integer", "minimum": 1 }, "minItems": 2, "maxItems": 2 }, "baseline": { "type": "string", "contentEncoding": "base64" }, "labels": { "type": "string", "contentEncoding": "base64" } } }, "acceptances": { "description": "Regressions and test failures a maintainer with write permission accepted as intended on the pull request this commit merged (stored runs of the baseline branch only; absent when none). One entry per accepted check, sorted by check, then pull request.", "type": "array", "items": { "$ref": "#/definitions/acceptance" } }, "retrain": { "description": "Retrain ablations (present when the config has `train`): the K seeds, the time limit, the statistics used and the retrained baseline.", "type": "object", "additionalProperties": false, "required": ["seeds", "timeLimitMs", "method", "baseline"], "properties": { "seeds": { "type": "array", "items": { "type": "integer", "minimum": 0 }, "minItems": 1 }, "timeLimitMs": { "type": "number", "exclusiveMinimum": 0 }, "method": { "const": "seed-t+example-bootstrap" }, "variants": { "description": "The names of every retrain variant of the config, in its order (in a shard too, which trains a range of them); absent in documents written before it existed.", "type": "array", "items": { "type": "string" } }, "baseline": { "type": "object", "additionalProperties": false, "required": ["runs", "metrics"], "properties": { "runs": { "type": "array", "items": { "$ref": "#/definitions/retrainRun" } }, "metrics": { "type": "object", "additionalProperties": { "$ref": "#/definitions/estimate" } } } } } } }, "definitions": { "acceptance": { "type": "object", "additionalProperties": false, "required": ["check", "by", "reason", "pullRequest", "headSha", "via"], "properties": { "check": { "description": "The accepted check: `overall`, `overall (METRIC)` or a model unit test's name.", "type": "string", "minLength": 1 }, "by": { "description": "The login of the maintainer who accepted it.", "type": "string", "minLength": 1 }, "reason": { "description": "Why, as written in the command (empty for a label).", "type": "string" }, "pullRequest": { "type": "integer", "minimum": 1 }, "headSha": { "description": "The pull request's head commit when it was accepted.", "type": "string" }, "via": { "enum": ["comment", "label"] }, "drop": { "description": "The gate check's drop against main when accepted, in the metric's units (positive = worse).", "type": "number" }, "value": { "description": "The test's value on this pull request when accepted.", "type": "number" } } }, "hash": { "type": "string", "pattern": "^sha256:[0-9a-f]{64}$" }, "metricName": { "enum": ["accuracy", "error_rate", "precision", "recall", "f1", "precision_macro", "recall_macro", "f1_macro", "f1_weighted", "roc_auc", "log_loss", "mse", "rmse", "mae", "r2"] }, "interval": { "type": "array", "items": { "type": "number" }, "minItems": 2, "maxItems": 2 }, "undefinedEstimate": { "type": "object", "additionalProperties": false, "required": ["value", "reason"], "properties": { "value": { "type": "null" }, "reason": { "type": "string", "minLength": 1 } } }, "estimate": { "oneOf": [{ "type": "object", "additionalProperties": false, "required": ["value", "ci"], "properties": { "value": { "type": "number" }, "ci": { "$ref": "#/definitions/interval" } } }, { "$ref": "#/definitions/undefinedEstimate" }] }, "contribution": { "oneOf": [{ "type": "object", "additionalProperties": false, "required": ["value", "valueCi", "contribution", "ci", "p", "q"], "properties": { "value": { "type": "number", "description": "the metric with the component ablated" }, "valueCi": { "$ref": "#/definitions/interval" }, "contribution": { "type": "number", "description": "positive means the component helps" }, "ci": { "$ref": "#/definitions/interval" }, "p": { "type": "number", "minimum": 0, "maximum": 1 }, "q": { "type": "number", "minimum": 0, "maximum": 1, "description": "Benjamini\u2013Hochberg adjusted p over all components of this metric" } } }, { "$ref": "#/definitions/undefinedEstimate" }] }, "component": { "type": "object", "additionalProperties": false, "required": ["id", "kind", "mode", "repeats"], "if": { "required": ["kind"], "properties": { "kind": { "const": "retrain" } } }, "then": { "properties": { "id": { "description": "A retrain variant: retrain:NAME:retrain, NAME a variant name of the config.", "pattern": "^retrain:(?!\\.\\.?:|\\.git:)[A-Za-z0-9._-]+:retrain$" } } }, "properties": { "id": { "description": "KIND:NAME:ABLATION, as the plan writes it (a NAME may hold colons; the ablation holds none).", "type": "string", "pattern": "^(layer|feature|group|retrain):[\\s\\S]*:[^:]*$" }, "kind": { "enum": ["layer", "feature", "group", "retrain"] }, "name": { "type": "string", "minLength": 1 }, "target": { "description": "the layers or features it ablates; absent on a group component whose definition is in groups (by its name)", "type": "array", "items": { "type": "string" }, "minItems": 1 }, "mode": { "enum": ["zero", "reinit", "mean", "remove", "permute", "value", "retrain"] }, "value": { "type": "number" }, "repeats": { "type": "integer", "minimum": 0 }, "notApplicable": { "type": "string" }, "metrics": { "type": "object", "additionalProperties": { "$ref": "#/definitions/contribution" } }, "retrain": { "description": "Retrain ablations: the switches, the dropped features and every (seed) training run of the variant.", "type": "object", "additionalProperties": false, "required": ["switches", "dropFeatures", "runs"], "properties": { "switches": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean"] } }, "dropFeatures": { "type": "array", "items": { "type": "string" } }, "runs": { "type": "array", "items": { "$ref": "#/definitions/retrainRun" } } } } }, "oneOf": [{ "required": ["metrics"] }, { "required": ["notApplicable"] }], "anyOf": [{ "required": ["target"] }, { "required": ["name"], "properties": { "kind": { "const": "group" } } }] }, "group": { "type": "object", "additionalProperties": false, "required": ["name", "on", "patterns", "count", "members"], "properties": { "name": { "type": "string", "minLength": 1 }, "on": { "enum": ["layers", "features"] }, "patterns": { "description": "the group's layers or features as the config wrote them: names, globs, index ranges", "type": "array", "items": { "type": "string" }, "minItems": 1 }, "count": { "description": "how many layers or features the patterns matched", "type": "integer", "minimum": 1 }, "members": { "description": "sha256 of the matched names, in order, as a JSON array of strings", "$ref": "#/definitions/hash" } } }, "test": { "type": "object", "additionalProperties": false, "required": ["name", "metric", "threshold", "where", "n", "status"], "properties": { "name": { "type": "string" }, "metric": { "$ref": "#/definitions/metricName" }, "class": { "type": "string" }, "threshold": { "type": "object", "additionalProperties": false, "required": ["op", "value"], "properties": { "op": { "enum": [">=", ">", "<=", "<"] }, "value": { "type": "number" } } }, "where": { "type": "object" }, "n": { "type": "integer", "minimum": 0 }, "value": { "type": ["number", "null"] }, "ci": { "$ref": "#/definitions/interval" }, "method": { "enum": ["clopper-pearson", "clopper-pearson-f1", "clopper-pearson-auc", "bootstrap", "bootstrap-t", "wilson"] }, "status": { "enum": ["pass", "fail", "inconclusive", "skipped"] }, "reason": { "type": "string" }, "slice": { "type": "string", "contentEncoding": "base64", "description": "the slice's rows of the eval data as a bitset (bit i of byte i>>3, least significant first)" } }, "if": { "properties": { "status": { "const": "skipped" } } }, "then": { "required": ["reason"] }, "else": { "required": ["value", "ci", "method", "slice"] } }, "retrainRun": { "description": "One training run: its seed, how it ended, its times (not deterministic, like `timing`) and the metrics of the model it trained on the eval data.", "type": "object", "additionalProperties": false, "required": ["seed", "status", "ms", "trainMs", "cached", "metrics"], "properties": { "seed": { "type": "integer", "minimum": 0 }, "status": { "enum": ["ok", "timed-out"] }, "ms": { "type": "number", "minimum": 0 }, "trainMs": { "type": ["number", "null"], "minimum": 0 }, "cached": { "type": "boolean" }, "metrics": { "type": "object", "additionalProperties": { "type": ["number", "null"] } } } }, "sensitivityCurve": { "description": "One component's sensitivity curve: per grid point and metric the metric under noise with its paired bootstrap interval, and per metric the normalised area under the degradation curve (positive: worse) with its interval.", "type": "object", "additionalProperties": false, "required": ["id", "kind", "name", "noise", "target", "points", "area", "rank"], "properties": { "id": { "type": "string", "minLength": 1 }, "kind": { "enum": ["layer", "feature", "group"] }, "name": { "type": "string", "minLength": 1 }, "noise": { "enum": ["weights", "output", "input"] }, "target": { "type": "array", "items": { "type": "string" } }, "points": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["s", "metrics"], "properties": { "s": { "type": "number", "minimum": 0, "maximum": 1 }, "metrics": { "type": "object", "additionalProperties": { "$ref": "#/definitions/estimate" } } } } }, "area": { "type": "object", "additionalProperties": { "$ref": "#/definitions/estimate" } }, "rank": { "type": "integer", "minimum": 1 } } } } };
var schema15 = { "enum": ["accuracy", "error_rate", "precision", "recall", "f1", "precision_macro", "recall_macro", "f1_macro", "f1_weighted", "roc_auc", "log_loss", "mse", "rmse", "mae", "r2"] };
var schema32 = { "type": "object", "additionalProperties": false, "required": ["check", "by", "reason", "pullRequest", "headSha", "via"], "properties": { "check": { "description": "The accepted check: `overall`, `overall (METRIC)` or a model unit test's name.", "type": "string", "minLength": 1 }, "by": { "description": "The login of the maintainer who accepted it.", "type": "string", "minLength": 1 }, "reason": { "description": "Why, as written in the command (empty for a label).", "type": "string" }, "pullRequest": { "type": "integer", "minimum": 1 }, "headSha": { "description": "The pull request's head commit when it was accepted.", "type": "string" }, "via": { "enum": ["comment", "label"] }, "drop": { "description": "The gate check's drop against main when accepted, in the metric's units (positive = worse).", "type": "number" }, "value": { "description": "The test's value on this pull request when accepted.", "type": "number" } } };
var schema27 = { "description": "One training run: its seed, how it ended, its times (not deterministic, like `timing`) and the metrics of the model it trained on the eval data.", "type": "object", "additionalProperties": false, "required": ["seed", "status", "ms", "trainMs", "cached", "metrics"], "properties": { "seed": { "type": "integer", "minimum": 0 }, "status": { "enum": ["ok", "timed-out"] }, "ms": { "type": "number", "minimum": 0 }, "trainMs": { "type": ["number", "null"], "minimum": 0 }, "cached": { "type": "boolean" }, "metrics": { "type": "object", "additionalProperties": { "type": ["number", "null"] } } } };
var func22 = Object.prototype.hasOwnProperty;
var func02 = require_equal().default;
var func5 = require_ucs2length().default;
var pattern02 = new RegExp("^(?!\\.\\.?$|\\.git$)[A-Za-z0-9._-]+$", "u");
var pattern12 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
var pattern42 = new RegExp("^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d+)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)$", "u");
function validate112(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (errors === _errs1) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.value === void 0 && (missing0 = "value") || data.ci === void 0 && (missing0 = "ci")) {
        const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        const _errs3 = errors;
        for (const key0 in data) {
          if (!(key0 === "value" || key0 === "ci")) {
            const err1 = { instancePath, schemaPath: "#/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
            break;
          }
        }
        if (_errs3 === errors) {
          if (data.value !== void 0) {
            const _errs4 = errors;
            if (!(typeof data.value == "number")) {
              const err2 = { instancePath: instancePath + "/value", schemaPath: "#/oneOf/0/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            var valid1 = _errs4 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.ci !== void 0) {
              let data1 = data.ci;
              const _errs6 = errors;
              const _errs7 = errors;
              if (errors === _errs7) {
                if (Array.isArray(data1)) {
                  if (data1.length > 2) {
                    const err3 = { instancePath: instancePath + "/ci", schemaPath: "#/definitions/interval/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                    if (vErrors === null) {
                      vErrors = [err3];
                    } else {
                      vErrors.push(err3);
                    }
                    errors++;
                  } else {
                    if (data1.length < 2) {
                      const err4 = { instancePath: instancePath + "/ci", schemaPath: "#/definitions/interval/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                      if (vErrors === null) {
                        vErrors = [err4];
                      } else {
                        vErrors.push(err4);
                      }
                      errors++;
                    } else {
                      var valid3 = true;
                      const len0 = data1.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        const _errs9 = errors;
                        if (!(typeof data1[i0] == "number")) {
                          const err5 = { instancePath: instancePath + "/ci/" + i0, schemaPath: "#/definitions/interval/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                          if (vErrors === null) {
                            vErrors = [err5];
                          } else {
                            vErrors.push(err5);
                          }
                          errors++;
                        }
                        var valid3 = _errs9 === errors;
                        if (!valid3) {
                          break;
                        }
                      }
                    }
                  }
                } else {
                  const err6 = { instancePath: instancePath + "/ci", schemaPath: "#/definitions/interval/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
              }
              var valid1 = _errs6 === errors;
            } else {
              var valid1 = true;
            }
          }
        }
      }
    } else {
      const err7 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs11 = errors;
  const _errs12 = errors;
  if (errors === _errs12) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.value === void 0 && (missing1 = "value") || data.reason === void 0 && (missing1 = "reason")) {
        const err8 = { instancePath, schemaPath: "#/definitions/undefinedEstimate/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        const _errs14 = errors;
        for (const key1 in data) {
          if (!(key1 === "value" || key1 === "reason")) {
            const err9 = { instancePath, schemaPath: "#/definitions/undefinedEstimate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
            break;
          }
        }
        if (_errs14 === errors) {
          if (data.value !== void 0) {
            const _errs15 = errors;
            if (data.value !== null) {
              const err10 = { instancePath: instancePath + "/value", schemaPath: "#/definitions/undefinedEstimate/properties/value/type", keyword: "type", params: { type: "null" }, message: "must be null" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            var valid5 = _errs15 === errors;
          } else {
            var valid5 = true;
          }
          if (valid5) {
            if (data.reason !== void 0) {
              let data4 = data.reason;
              const _errs17 = errors;
              if (errors === _errs17) {
                if (typeof data4 === "string") {
                  if (func5(data4) < 1) {
                    const err11 = { instancePath: instancePath + "/reason", schemaPath: "#/definitions/undefinedEstimate/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  }
                } else {
                  const err12 = { instancePath: instancePath + "/reason", schemaPath: "#/definitions/undefinedEstimate/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              }
              var valid5 = _errs17 === errors;
            } else {
              var valid5 = true;
            }
          }
        }
      }
    } else {
      const err13 = { instancePath, schemaPath: "#/definitions/undefinedEstimate/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
  }
  var _valid0 = _errs11 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err14 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
    validate112.errors = vErrors;
    return false;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate112.errors = vErrors;
  return errors === 0;
}
var schema20 = { "type": "object", "additionalProperties": false, "required": ["name", "on", "patterns", "count", "members"], "properties": { "name": { "type": "string", "minLength": 1 }, "on": { "enum": ["layers", "features"] }, "patterns": { "description": "the group's layers or features as the config wrote them: names, globs, index ranges", "type": "array", "items": { "type": "string" }, "minItems": 1 }, "count": { "description": "how many layers or features the patterns matched", "type": "integer", "minimum": 1 }, "members": { "description": "sha256 of the matched names, in order, as a JSON array of strings", "$ref": "#/definitions/hash" } } };
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name") || data.on === void 0 && (missing0 = "on") || data.patterns === void 0 && (missing0 = "patterns") || data.count === void 0 && (missing0 = "count") || data.members === void 0 && (missing0 = "members")) {
        validate13.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "name" || key0 === "on" || key0 === "patterns" || key0 === "count" || key0 === "members")) {
            validate13.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.name !== void 0) {
            let data0 = data.name;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (typeof data0 === "string") {
                if (func5(data0) < 1) {
                  validate13.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate13.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.on !== void 0) {
              let data1 = data.on;
              const _errs4 = errors;
              if (!(data1 === "layers" || data1 === "features")) {
                validate13.errors = [{ instancePath: instancePath + "/on", schemaPath: "#/properties/on/enum", keyword: "enum", params: { allowedValues: schema20.properties.on.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.patterns !== void 0) {
                let data2 = data.patterns;
                const _errs5 = errors;
                if (errors === _errs5) {
                  if (Array.isArray(data2)) {
                    if (data2.length < 1) {
                      validate13.errors = [{ instancePath: instancePath + "/patterns", schemaPath: "#/properties/patterns/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                      return false;
                    } else {
                      var valid1 = true;
                      const len0 = data2.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        const _errs7 = errors;
                        if (typeof data2[i0] !== "string") {
                          validate13.errors = [{ instancePath: instancePath + "/patterns/" + i0, schemaPath: "#/properties/patterns/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid1 = _errs7 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    }
                  } else {
                    validate13.errors = [{ instancePath: instancePath + "/patterns", schemaPath: "#/properties/patterns/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.count !== void 0) {
                  let data4 = data.count;
                  const _errs9 = errors;
                  if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)))) {
                    validate13.errors = [{ instancePath: instancePath + "/count", schemaPath: "#/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                    return false;
                  }
                  if (errors === _errs9) {
                    if (typeof data4 == "number") {
                      if (data4 < 1 || isNaN(data4)) {
                        validate13.errors = [{ instancePath: instancePath + "/count", schemaPath: "#/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                        return false;
                      }
                    }
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.members !== void 0) {
                    let data5 = data.members;
                    const _errs11 = errors;
                    const _errs12 = errors;
                    if (errors === _errs12) {
                      if (typeof data5 === "string") {
                        if (!pattern12.test(data5)) {
                          validate13.errors = [{ instancePath: instancePath + "/members", schemaPath: "#/definitions/hash/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"' }];
                          return false;
                        }
                      } else {
                        validate13.errors = [{ instancePath: instancePath + "/members", schemaPath: "#/definitions/hash/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate13.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var schema22 = { "type": "object", "additionalProperties": false, "required": ["id", "kind", "mode", "repeats"], "if": { "required": ["kind"], "properties": { "kind": { "const": "retrain" } } }, "then": { "properties": { "id": { "description": "A retrain variant: retrain:NAME:retrain, NAME a variant name of the config.", "pattern": "^retrain:(?!\\.\\.?:|\\.git:)[A-Za-z0-9._-]+:retrain$" } } }, "properties": { "id": { "description": "KIND:NAME:ABLATION, as the plan writes it (a NAME may hold colons; the ablation holds none).", "type": "string", "pattern": "^(layer|feature|group|retrain):[\\s\\S]*:[^:]*$" }, "kind": { "enum": ["layer", "feature", "group", "retrain"] }, "name": { "type": "string", "minLength": 1 }, "target": { "description": "the layers or features it ablates; absent on a group component whose definition is in groups (by its name)", "type": "array", "items": { "type": "string" }, "minItems": 1 }, "mode": { "enum": ["zero", "reinit", "mean", "remove", "permute", "value", "retrain"] }, "value": { "type": "number" }, "repeats": { "type": "integer", "minimum": 0 }, "notApplicable": { "type": "string" }, "metrics": { "type": "object", "additionalProperties": { "$ref": "#/definitions/contribution" } }, "retrain": { "description": "Retrain ablations: the switches, the dropped features and every (seed) training run of the variant.", "type": "object", "additionalProperties": false, "required": ["switches", "dropFeatures", "runs"], "properties": { "switches": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean"] } }, "dropFeatures": { "type": "array", "items": { "type": "string" } }, "runs": { "type": "array", "items": { "$ref": "#/definitions/retrainRun" } } } } }, "oneOf": [{ "required": ["metrics"] }, { "required": ["notApplicable"] }], "anyOf": [{ "required": ["target"] }, { "required": ["name"], "properties": { "kind": { "const": "group" } } }] };
var pattern62 = new RegExp("^retrain:(?!\\.\\.?:|\\.git:)[A-Za-z0-9._-]+:retrain$", "u");
var pattern7 = new RegExp("^(layer|feature|group|retrain):[\\s\\S]*:[^:]*$", "u");
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (errors === _errs1) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.value === void 0 && (missing0 = "value") || data.valueCi === void 0 && (missing0 = "valueCi") || data.contribution === void 0 && (missing0 = "contribution") || data.ci === void 0 && (missing0 = "ci") || data.p === void 0 && (missing0 = "p") || data.q === void 0 && (missing0 = "q")) {
        const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        const _errs3 = errors;
        for (const key0 in data) {
          if (!(key0 === "value" || key0 === "valueCi" || key0 === "contribution" || key0 === "ci" || key0 === "p" || key0 === "q")) {
            const err1 = { instancePath, schemaPath: "#/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
            break;
          }
        }
        if (_errs3 === errors) {
          if (data.value !== void 0) {
            const _errs4 = errors;
            if (!(typeof data.value == "number")) {
              const err2 = { instancePath: instancePath + "/value", schemaPath: "#/oneOf/0/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            var valid1 = _errs4 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.valueCi !== void 0) {
              let data1 = data.valueCi;
              const _errs6 = errors;
              const _errs7 = errors;
              if (errors === _errs7) {
                if (Array.isArray(data1)) {
                  if (data1.length > 2) {
                    const err3 = { instancePath: instancePath + "/valueCi", schemaPath: "#/definitions/interval/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                    if (vErrors === null) {
                      vErrors = [err3];
                    } else {
                      vErrors.push(err3);
                    }
                    errors++;
                  } else {
                    if (data1.length < 2) {
                      const err4 = { instancePath: instancePath + "/valueCi", schemaPath: "#/definitions/interval/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                      if (vErrors === null) {
                        vErrors = [err4];
                      } else {
                        vErrors.push(err4);
                      }
                      errors++;
                    } else {
                      var valid3 = true;
                      const len0 = data1.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        const _errs9 = errors;
                        if (!(typeof data1[i0] == "number")) {
                          const err5 = { instancePath: instancePath + "/valueCi/" + i0, schemaPath: "#/definitions/interval/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                          if (vErrors === null) {
                            vErrors = [err5];
                          } else {
                            vErrors.push(err5);
                          }
                          errors++;
                        }
                        var valid3 = _errs9 === errors;
                        if (!valid3) {
                          break;
                        }
                      }
                    }
                  }
                } else {
                  const err6 = { instancePath: instancePath + "/valueCi", schemaPath: "#/definitions/interval/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
              }
              var valid1 = _errs6 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.contribution !== void 0) {
                const _errs11 = errors;
                if (!(typeof data.contribution == "number")) {
                  const err7 = { instancePath: instancePath + "/contribution", schemaPath: "#/oneOf/0/properties/contribution/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
                var valid1 = _errs11 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data.ci !== void 0) {
                  let data4 = data.ci;
                  const _errs13 = errors;
                  const _errs14 = errors;
                  if (errors === _errs14) {
                    if (Array.isArray(data4)) {
                      if (data4.length > 2) {
                        const err8 = { instancePath: instancePath + "/ci", schemaPath: "#/definitions/interval/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                        if (vErrors === null) {
                          vErrors = [err8];
                        } else {
                          vErrors.push(err8);
                        }
                        errors++;
                      } else {
                        if (data4.length < 2) {
                          const err9 = { instancePath: instancePath + "/ci", schemaPath: "#/definitions/interval/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                          if (vErrors === null) {
                            vErrors = [err9];
                          } else {
                            vErrors.push(err9);
                          }
                          errors++;
                        } else {
                          var valid5 = true;
                          const len1 = data4.length;
                          for (let i1 = 0; i1 < len1; i1++) {
                            const _errs16 = errors;
                            if (!(typeof data4[i1] == "number")) {
                              const err10 = { instancePath: instancePath + "/ci/" + i1, schemaPath: "#/definitions/interval/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                              if (vErrors === null) {
                                vErrors = [err10];
                              } else {
                                vErrors.push(err10);
                              }
                              errors++;
                            }
                            var valid5 = _errs16 === errors;
                            if (!valid5) {
                              break;
                            }
                          }
                        }
                      }
                    } else {
                      const err11 = { instancePath: instancePath + "/ci", schemaPath: "#/definitions/interval/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                      if (vErrors === null) {
                        vErrors = [err11];
                      } else {
                        vErrors.push(err11);
                      }
                      errors++;
                    }
                  }
                  var valid1 = _errs13 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data.p !== void 0) {
                    let data6 = data.p;
                    const _errs18 = errors;
                    if (errors === _errs18) {
                      if (typeof data6 == "number") {
                        if (data6 > 1 || isNaN(data6)) {
                          const err12 = { instancePath: instancePath + "/p", schemaPath: "#/oneOf/0/properties/p/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                          if (vErrors === null) {
                            vErrors = [err12];
                          } else {
                            vErrors.push(err12);
                          }
                          errors++;
                        } else {
                          if (data6 < 0 || isNaN(data6)) {
                            const err13 = { instancePath: instancePath + "/p", schemaPath: "#/oneOf/0/properties/p/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                              vErrors = [err13];
                            } else {
                              vErrors.push(err13);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err14 = { instancePath: instancePath + "/p", schemaPath: "#/oneOf/0/properties/p/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err14];
                        } else {
                          vErrors.push(err14);
                        }
                        errors++;
                      }
                    }
                    var valid1 = _errs18 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data.q !== void 0) {
                      let data7 = data.q;
                      const _errs20 = errors;
                      if (errors === _errs20) {
                        if (typeof data7 == "number") {
                          if (data7 > 1 || isNaN(data7)) {
                            const err15 = { instancePath: instancePath + "/q", schemaPath: "#/oneOf/0/properties/q/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                            if (vErrors === null) {
                              vErrors = [err15];
                            } else {
                              vErrors.push(err15);
                            }
                            errors++;
                          } else {
                            if (data7 < 0 || isNaN(data7)) {
                              const err16 = { instancePath: instancePath + "/q", schemaPath: "#/oneOf/0/properties/q/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                              if (vErrors === null) {
                                vErrors = [err16];
                              } else {
                                vErrors.push(err16);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err17 = { instancePath: instancePath + "/q", schemaPath: "#/oneOf/0/properties/q/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                          if (vErrors === null) {
                            vErrors = [err17];
                          } else {
                            vErrors.push(err17);
                          }
                          errors++;
                        }
                      }
                      var valid1 = _errs20 === errors;
                    } else {
                      var valid1 = true;
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      const err18 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs22 = errors;
  const _errs23 = errors;
  if (errors === _errs23) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.value === void 0 && (missing1 = "value") || data.reason === void 0 && (missing1 = "reason")) {
        const err19 = { instancePath, schemaPath: "#/definitions/undefinedEstimate/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      } else {
        const _errs25 = errors;
        for (const key1 in data) {
          if (!(key1 === "value" || key1 === "reason")) {
            const err20 = { instancePath, schemaPath: "#/definitions/undefinedEstimate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
            break;
          }
        }
        if (_errs25 === errors) {
          if (data.value !== void 0) {
            const _errs26 = errors;
            if (data.value !== null) {
              const err21 = { instancePath: instancePath + "/value", schemaPath: "#/definitions/undefinedEstimate/properties/value/type", keyword: "type", params: { type: "null" }, message: "must be null" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            var valid7 = _errs26 === errors;
          } else {
            var valid7 = true;
          }
          if (valid7) {
            if (data.reason !== void 0) {
              let data9 = data.reason;
              const _errs28 = errors;
              if (errors === _errs28) {
                if (typeof data9 === "string") {
                  if (func5(data9) < 1) {
                    const err22 = { instancePath: instancePath + "/reason", schemaPath: "#/definitions/undefinedEstimate/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                } else {
                  const err23 = { instancePath: instancePath + "/reason", schemaPath: "#/definitions/undefinedEstimate/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              }
              var valid7 = _errs28 === errors;
            } else {
              var valid7 = true;
            }
          }
        }
      }
    } else {
      const err24 = { instancePath, schemaPath: "#/definitions/undefinedEstimate/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err24];
      } else {
        vErrors.push(err24);
      }
      errors++;
    }
  }
  var _valid0 = _errs22 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err25 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
    validate16.errors = vErrors;
    return false;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate16.errors = vErrors;
  return errors === 0;
}
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.target === void 0 && (missing0 = "target")) {
      const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.name === void 0 && (missing1 = "name")) {
        const err1 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      } else {
        if (data.kind !== void 0) {
          if ("group" !== data.kind) {
            const err2 = { instancePath: instancePath + "/kind", schemaPath: "#/anyOf/1/properties/kind/const", keyword: "const", params: { allowedValue: "group" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
    validate15.errors = vErrors;
    return false;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
    const _errs5 = errors;
    let valid2 = false;
    let passing0 = null;
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing2;
      if (data.metrics === void 0 && (missing2 = "metrics")) {
        const err4 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    var _valid1 = _errs6 === errors;
    if (_valid1) {
      valid2 = true;
      passing0 = 0;
    }
    const _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing3;
      if (data.notApplicable === void 0 && (missing3 = "notApplicable")) {
        const err5 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    var _valid1 = _errs7 === errors;
    if (_valid1 && valid2) {
      valid2 = false;
      passing0 = [passing0, 1];
    } else {
      if (_valid1) {
        valid2 = true;
        passing0 = 1;
      }
    }
    if (!valid2) {
      const err6 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
      validate15.errors = vErrors;
      return false;
    } else {
      errors = _errs5;
      if (vErrors !== null) {
        if (_errs5) {
          vErrors.length = _errs5;
        } else {
          vErrors = null;
        }
      }
      const _errs8 = errors;
      let valid3 = true;
      const _errs9 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing4;
        if (data.kind === void 0 && (missing4 = "kind")) {
          const err7 = {};
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        } else {
          if (data.kind !== void 0) {
            if ("retrain" !== data.kind) {
              const err8 = {};
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
        }
      }
      var _valid2 = _errs9 === errors;
      errors = _errs8;
      if (vErrors !== null) {
        if (_errs8) {
          vErrors.length = _errs8;
        } else {
          vErrors = null;
        }
      }
      if (_valid2) {
        const _errs11 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.id !== void 0) {
            let data2 = data.id;
            if (typeof data2 === "string") {
              if (!pattern62.test(data2)) {
                validate15.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/then/properties/id/pattern", keyword: "pattern", params: { pattern: "^retrain:(?!\\.\\.?:|\\.git:)[A-Za-z0-9._-]+:retrain$" }, message: 'must match pattern "^retrain:(?!\\.\\.?:|\\.git:)[A-Za-z0-9._-]+:retrain$"' }];
                return false;
              }
            }
          }
        }
        var _valid2 = _errs11 === errors;
        valid3 = _valid2;
      }
      if (!valid3) {
        const err9 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
        validate15.errors = vErrors;
        return false;
      }
    }
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing5;
      if (data.id === void 0 && (missing5 = "id") || data.kind === void 0 && (missing5 = "kind") || data.mode === void 0 && (missing5 = "mode") || data.repeats === void 0 && (missing5 = "repeats")) {
        validate15.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
        return false;
      } else {
        const _errs13 = errors;
        for (const key0 in data) {
          if (!func22.call(schema22.properties, key0)) {
            validate15.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs13 === errors) {
          if (data.id !== void 0) {
            let data3 = data.id;
            const _errs14 = errors;
            if (errors === _errs14) {
              if (typeof data3 === "string") {
                if (!pattern7.test(data3)) {
                  validate15.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^(layer|feature|group|retrain):[\\s\\S]*:[^:]*$" }, message: 'must match pattern "^(layer|feature|group|retrain):[\\s\\S]*:[^:]*$"' }];
                  return false;
                }
              } else {
                validate15.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid6 = _errs14 === errors;
          } else {
            var valid6 = true;
          }
          if (valid6) {
            if (data.kind !== void 0) {
              let data4 = data.kind;
              const _errs16 = errors;
              if (!(data4 === "layer" || data4 === "feature" || data4 === "group" || data4 === "retrain")) {
                validate15.errors = [{ instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema22.properties.kind.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid6 = _errs16 === errors;
            } else {
              var valid6 = true;
            }
            if (valid6) {
              if (data.name !== void 0) {
                let data5 = data.name;
                const _errs17 = errors;
                if (errors === _errs17) {
                  if (typeof data5 === "string") {
                    if (func5(data5) < 1) {
                      validate15.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                      return false;
                    }
                  } else {
                    validate15.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid6 = _errs17 === errors;
              } else {
                var valid6 = true;
              }
              if (valid6) {
                if (data.target !== void 0) {
                  let data6 = data.target;
                  const _errs19 = errors;
                  if (errors === _errs19) {
                    if (Array.isArray(data6)) {
                      if (data6.length < 1) {
                        validate15.errors = [{ instancePath: instancePath + "/target", schemaPath: "#/properties/target/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                        return false;
                      } else {
                        var valid7 = true;
                        const len0 = data6.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          const _errs21 = errors;
                          if (typeof data6[i0] !== "string") {
                            validate15.errors = [{ instancePath: instancePath + "/target/" + i0, schemaPath: "#/properties/target/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid7 = _errs21 === errors;
                          if (!valid7) {
                            break;
                          }
                        }
                      }
                    } else {
                      validate15.errors = [{ instancePath: instancePath + "/target", schemaPath: "#/properties/target/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid6 = _errs19 === errors;
                } else {
                  var valid6 = true;
                }
                if (valid6) {
                  if (data.mode !== void 0) {
                    let data8 = data.mode;
                    const _errs23 = errors;
                    if (!(data8 === "zero" || data8 === "reinit" || data8 === "mean" || data8 === "remove" || data8 === "permute" || data8 === "value" || data8 === "retrain")) {
                      validate15.errors = [{ instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/enum", keyword: "enum", params: { allowedValues: schema22.properties.mode.enum }, message: "must be equal to one of the allowed values" }];
                      return false;
                    }
                    var valid6 = _errs23 === errors;
                  } else {
                    var valid6 = true;
                  }
                  if (valid6) {
                    if (data.value !== void 0) {
                      const _errs24 = errors;
                      if (!(typeof data.value == "number")) {
                        validate15.errors = [{ instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                        return false;
                      }
                      var valid6 = _errs24 === errors;
                    } else {
                      var valid6 = true;
                    }
                    if (valid6) {
                      if (data.repeats !== void 0) {
                        let data10 = data.repeats;
                        const _errs26 = errors;
                        if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)))) {
                          validate15.errors = [{ instancePath: instancePath + "/repeats", schemaPath: "#/properties/repeats/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                          return false;
                        }
                        if (errors === _errs26) {
                          if (typeof data10 == "number") {
                            if (data10 < 0 || isNaN(data10)) {
                              validate15.errors = [{ instancePath: instancePath + "/repeats", schemaPath: "#/properties/repeats/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                              return false;
                            }
                          }
                        }
                        var valid6 = _errs26 === errors;
                      } else {
                        var valid6 = true;
                      }
                      if (valid6) {
                        if (data.notApplicable !== void 0) {
                          const _errs28 = errors;
                          if (typeof data.notApplicable !== "string") {
                            validate15.errors = [{ instancePath: instancePath + "/notApplicable", schemaPath: "#/properties/notApplicable/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid6 = _errs28 === errors;
                        } else {
                          var valid6 = true;
                        }
                        if (valid6) {
                          if (data.metrics !== void 0) {
                            let data12 = data.metrics;
                            const _errs30 = errors;
                            if (errors === _errs30) {
                              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                                for (const key1 in data12) {
                                  const _errs33 = errors;
                                  if (!validate16(data12[key1], { instancePath: instancePath + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data12, parentDataProperty: key1, rootData })) {
                                    vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid8 = _errs33 === errors;
                                  if (!valid8) {
                                    break;
                                  }
                                }
                              } else {
                                validate15.errors = [{ instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid6 = _errs30 === errors;
                          } else {
                            var valid6 = true;
                          }
                          if (valid6) {
                            if (data.retrain !== void 0) {
                              let data14 = data.retrain;
                              const _errs34 = errors;
                              if (errors === _errs34) {
                                if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                  let missing6;
                                  if (data14.switches === void 0 && (missing6 = "switches") || data14.dropFeatures === void 0 && (missing6 = "dropFeatures") || data14.runs === void 0 && (missing6 = "runs")) {
                                    validate15.errors = [{ instancePath: instancePath + "/retrain", schemaPath: "#/properties/retrain/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" }];
                                    return false;
                                  } else {
                                    const _errs36 = errors;
                                    for (const key2 in data14) {
                                      if (!(key2 === "switches" || key2 === "dropFeatures" || key2 === "runs")) {
                                        validate15.errors = [{ instancePath: instancePath + "/retrain", schemaPath: "#/properties/retrain/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                        return false;
                                        break;
                                      }
                                    }
                                    if (_errs36 === errors) {
                                      if (data14.switches !== void 0) {
                                        let data15 = data14.switches;
                                        const _errs37 = errors;
                                        if (errors === _errs37) {
                                          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                                            for (const key3 in data15) {
                                              let data16 = data15[key3];
                                              const _errs40 = errors;
                                              if (typeof data16 !== "string" && !(typeof data16 == "number") && typeof data16 !== "boolean") {
                                                validate15.errors = [{ instancePath: instancePath + "/retrain/switches/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/retrain/properties/switches/additionalProperties/type", keyword: "type", params: { type: schema22.properties.retrain.properties.switches.additionalProperties.type }, message: "must be string,number,boolean" }];
                                                return false;
                                              }
                                              var valid10 = _errs40 === errors;
                                              if (!valid10) {
                                                break;
                                              }
                                            }
                                          } else {
                                            validate15.errors = [{ instancePath: instancePath + "/retrain/switches", schemaPath: "#/properties/retrain/properties/switches/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid9 = _errs37 === errors;
                                      } else {
                                        var valid9 = true;
                                      }
                                      if (valid9) {
                                        if (data14.dropFeatures !== void 0) {
                                          let data17 = data14.dropFeatures;
                                          const _errs42 = errors;
                                          if (errors === _errs42) {
                                            if (Array.isArray(data17)) {
                                              var valid11 = true;
                                              const len1 = data17.length;
                                              for (let i1 = 0; i1 < len1; i1++) {
                                                const _errs44 = errors;
                                                if (typeof data17[i1] !== "string") {
                                                  validate15.errors = [{ instancePath: instancePath + "/retrain/dropFeatures/" + i1, schemaPath: "#/properties/retrain/properties/dropFeatures/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid11 = _errs44 === errors;
                                                if (!valid11) {
                                                  break;
                                                }
                                              }
                                            } else {
                                              validate15.errors = [{ instancePath: instancePath + "/retrain/dropFeatures", schemaPath: "#/properties/retrain/properties/dropFeatures/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                              return false;
                                            }
                                          }
                                          var valid9 = _errs42 === errors;
                                        } else {
                                          var valid9 = true;
                                        }
                                        if (valid9) {
                                          if (data14.runs !== void 0) {
                                            let data19 = data14.runs;
                                            const _errs46 = errors;
                                            if (errors === _errs46) {
                                              if (Array.isArray(data19)) {
                                                var valid12 = true;
                                                const len2 = data19.length;
                                                for (let i2 = 0; i2 < len2; i2++) {
                                                  let data20 = data19[i2];
                                                  const _errs48 = errors;
                                                  const _errs49 = errors;
                                                  if (errors === _errs49) {
                                                    if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                                                      let missing7;
                                                      if (data20.seed === void 0 && (missing7 = "seed") || data20.status === void 0 && (missing7 = "status") || data20.ms === void 0 && (missing7 = "ms") || data20.trainMs === void 0 && (missing7 = "trainMs") || data20.cached === void 0 && (missing7 = "cached") || data20.metrics === void 0 && (missing7 = "metrics")) {
                                                        validate15.errors = [{ instancePath: instancePath + "/retrain/runs/" + i2, schemaPath: "#/definitions/retrainRun/required", keyword: "required", params: { missingProperty: missing7 }, message: "must have required property '" + missing7 + "'" }];
                                                        return false;
                                                      } else {
                                                        const _errs51 = errors;
                                                        for (const key4 in data20) {
                                                          if (!(key4 === "seed" || key4 === "status" || key4 === "ms" || key4 === "trainMs" || key4 === "cached" || key4 === "metrics")) {
                                                            validate15.errors = [{ instancePath: instancePath + "/retrain/runs/" + i2, schemaPath: "#/definitions/retrainRun/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" }];
                                                            return false;
                                                            break;
                                                          }
                                                        }
                                                        if (_errs51 === errors) {
                                                          if (data20.seed !== void 0) {
                                                            let data21 = data20.seed;
                                                            const _errs52 = errors;
                                                            if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)))) {
                                                              validate15.errors = [{ instancePath: instancePath + "/retrain/runs/" + i2 + "/seed", schemaPath: "#/definitions/retrainRun/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                              return false;
                                                            }
                                                            if (errors === _errs52) {
                                                              if (typeof data21 == "number") {
                                                                if (data21 < 0 || isNaN(data21)) {
                                                                  validate15.errors = [{ instancePath: instancePath + "/retrain/runs/" + i2 + "/seed", schemaPath: "#/definitions/retrainRun/properties/seed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                  return false;
                                                                }
                                                              }
                                                            }
                                                            var valid14 = _errs52 === errors;
                                                          } else {
                                                            var valid14 = true;
                                                          }
                                                          if (valid14) {
                                                            if (data20.status !== void 0) {
                                                              let data22 = data20.status;
                                                              const _errs54 = errors;
                                                              if (!(data22 === "ok" || data22 === "timed-out")) {
                                                                validate15.errors = [{ instancePath: instancePath + "/retrain/runs/" + i2 + "/status", schemaPath: "#/definitions/retrainRun/properties/status/enum", keyword: "enum", params: { allowedValues: schema27.properties.status.enum }, message: "must be equal to one of the allowed values" }];
                                                                return false;
                                                              }
                                                              var valid14 = _errs54 === errors;
                                                            } else {
                                                              var valid14 = true;
                                                            }
                                                            if (valid14) {
                                                              if (data20.ms !== void 0) {
                                                                let data23 = data20.ms;
                                                                const _errs55 = errors;
                                                                if (errors === _errs55) {
                                                                  if (typeof data23 == "number") {
                                                                    if (data23 < 0 || isNaN(data23)) {
                                                                      validate15.errors = [{ instancePath: instancePath + "/retrain/runs/" + i2 + "/ms", schemaPath: "#/definitions/retrainRun/properties/ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                      return false;
                                                                    }
                                                                  } else {
                                                                    validate15.errors = [{ instancePath: instancePath + "/retrain/runs/" + i2 + "/ms", schemaPath: "#/definitions/retrainRun/properties/ms/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                    return false;
                                                                  }
                                                                }
                                                                var valid14 = _errs55 === errors;
                                                              } else {
                                                                var valid14 = true;
                                                              }
                                                              if (valid14) {
                                                                if (data20.trainMs !== void 0) {
                                                                  let data24 = data20.trainMs;
                                                                  const _errs57 = errors;
                                                                  if (!(typeof data24 == "number") && data24 !== null) {
                                                                    validate15.errors = [{ instancePath: instancePath + "/retrain/runs/" + i2 + "/trainMs", schemaPath: "#/definitions/retrainRun/properties/trainMs/type", keyword: "type", params: { type: schema27.properties.trainMs.type }, message: "must be number,null" }];
                                                                    return false;
                                                                  }
                                                                  if (errors === _errs57) {
                                                                    if (typeof data24 == "number") {
                                                                      if (data24 < 0 || isNaN(data24)) {
                                                                        validate15.errors = [{ instancePath: instancePath + "/retrain/runs/" + i2 + "/trainMs", schemaPath: "#/definitions/retrainRun/properties/trainMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                  }
                                                                  var valid14 = _errs57 === errors;
                                                                } else {
                                                                  var valid14 = true;
                                                                }
                                                                if (valid14) {
                                                                  if (data20.cached !== void 0) {
                                                                    const _errs59 = errors;
                                                                    if (typeof data20.cached !== "boolean") {
                                                                      validate15.errors = [{ instancePath: instancePath + "/retrain/runs/" + i2 + "/cached", schemaPath: "#/definitions/retrainRun/properties/cached/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                                      return false;
                                                                    }
                                                                    var valid14 = _errs59 === errors;
                                                                  } else {
                                                                    var valid14 = true;
                                                                  }
                                                                  if (valid14) {
                                                                    if (data20.metrics !== void 0) {
                                                                      let data26 = data20.metrics;
                                                                      const _errs61 = errors;
                                                                      if (errors === _errs61) {
                                                                        if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                                                                          for (const key5 in data26) {
                                                                            let data27 = data26[key5];
                                                                            const _errs64 = errors;
                                                                            if (!(typeof data27 == "number") && data27 !== null) {
                                                                              validate15.errors = [{ instancePath: instancePath + "/retrain/runs/" + i2 + "/metrics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/retrainRun/properties/metrics/additionalProperties/type", keyword: "type", params: { type: schema27.properties.metrics.additionalProperties.type }, message: "must be number,null" }];
                                                                              return false;
                                                                            }
                                                                            var valid15 = _errs64 === errors;
                                                                            if (!valid15) {
                                                                              break;
                                                                            }
                                                                          }
                                                                        } else {
                                                                          validate15.errors = [{ instancePath: instancePath + "/retrain/runs/" + i2 + "/metrics", schemaPath: "#/definitions/retrainRun/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                          return false;
                                                                        }
                                                                      }
                                                                      var valid14 = _errs61 === errors;
                                                                    } else {
                                                                      var valid14 = true;
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    } else {
                                                      validate15.errors = [{ instancePath: instancePath + "/retrain/runs/" + i2, schemaPath: "#/definitions/retrainRun/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid12 = _errs48 === errors;
                                                  if (!valid12) {
                                                    break;
                                                  }
                                                }
                                              } else {
                                                validate15.errors = [{ instancePath: instancePath + "/retrain/runs", schemaPath: "#/properties/retrain/properties/runs/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                return false;
                                              }
                                            }
                                            var valid9 = _errs46 === errors;
                                          } else {
                                            var valid9 = true;
                                          }
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate15.errors = [{ instancePath: instancePath + "/retrain", schemaPath: "#/properties/retrain/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid6 = _errs34 === errors;
                            } else {
                              var valid6 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate15.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate15.errors = vErrors;
  return errors === 0;
}
var schema28 = { "type": "object", "additionalProperties": false, "required": ["name", "metric", "threshold", "where", "n", "status"], "properties": { "name": { "type": "string" }, "metric": { "$ref": "#/definitions/metricName" }, "class": { "type": "string" }, "threshold": { "type": "object", "additionalProperties": false, "required": ["op", "value"], "properties": { "op": { "enum": [">=", ">", "<=", "<"] }, "value": { "type": "number" } } }, "where": { "type": "object" }, "n": { "type": "integer", "minimum": 0 }, "value": { "type": ["number", "null"] }, "ci": { "$ref": "#/definitions/interval" }, "method": { "enum": ["clopper-pearson", "clopper-pearson-f1", "clopper-pearson-auc", "bootstrap", "bootstrap-t", "wilson"] }, "status": { "enum": ["pass", "fail", "inconclusive", "skipped"] }, "reason": { "type": "string" }, "slice": { "type": "string", "contentEncoding": "base64", "description": "the slice's rows of the eval data as a bitset (bit i of byte i>>3, least significant first)" } }, "if": { "properties": { "status": { "const": "skipped" } } }, "then": { "required": ["reason"] }, "else": { "required": ["value", "ci", "method", "slice"] } };
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.status !== void 0) {
      if ("skipped" !== data.status) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.reason === void 0 && (missing0 = "reason")) {
        validate19.errors = [{ instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.value === void 0 && (missing1 = "value") || data.ci === void 0 && (missing1 = "ci") || data.method === void 0 && (missing1 = "method") || data.slice === void 0 && (missing1 = "slice")) {
        validate19.errors = [{ instancePath, schemaPath: "#/else/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
        return false;
      }
    }
    var _valid0 = _errs5 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err1 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
    validate19.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing2;
      if (data.name === void 0 && (missing2 = "name") || data.metric === void 0 && (missing2 = "metric") || data.threshold === void 0 && (missing2 = "threshold") || data.where === void 0 && (missing2 = "where") || data.n === void 0 && (missing2 = "n") || data.status === void 0 && (missing2 = "status")) {
        validate19.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
        return false;
      } else {
        const _errs6 = errors;
        for (const key0 in data) {
          if (!func22.call(schema28.properties, key0)) {
            validate19.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs6 === errors) {
          if (data.name !== void 0) {
            const _errs7 = errors;
            if (typeof data.name !== "string") {
              validate19.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid2 = _errs7 === errors;
          } else {
            var valid2 = true;
          }
          if (valid2) {
            if (data.metric !== void 0) {
              let data2 = data.metric;
              const _errs9 = errors;
              if (!(data2 === "accuracy" || data2 === "error_rate" || data2 === "precision" || data2 === "recall" || data2 === "f1" || data2 === "precision_macro" || data2 === "recall_macro" || data2 === "f1_macro" || data2 === "f1_weighted" || data2 === "roc_auc" || data2 === "log_loss" || data2 === "mse" || data2 === "rmse" || data2 === "mae" || data2 === "r2")) {
                validate19.errors = [{ instancePath: instancePath + "/metric", schemaPath: "#/definitions/metricName/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid2 = _errs9 === errors;
            } else {
              var valid2 = true;
            }
            if (valid2) {
              if (data.class !== void 0) {
                const _errs11 = errors;
                if (typeof data.class !== "string") {
                  validate19.errors = [{ instancePath: instancePath + "/class", schemaPath: "#/properties/class/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid2 = _errs11 === errors;
              } else {
                var valid2 = true;
              }
              if (valid2) {
                if (data.threshold !== void 0) {
                  let data4 = data.threshold;
                  const _errs13 = errors;
                  if (errors === _errs13) {
                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                      let missing3;
                      if (data4.op === void 0 && (missing3 = "op") || data4.value === void 0 && (missing3 = "value")) {
                        validate19.errors = [{ instancePath: instancePath + "/threshold", schemaPath: "#/properties/threshold/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                        return false;
                      } else {
                        const _errs15 = errors;
                        for (const key1 in data4) {
                          if (!(key1 === "op" || key1 === "value")) {
                            validate19.errors = [{ instancePath: instancePath + "/threshold", schemaPath: "#/properties/threshold/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                            return false;
                            break;
                          }
                        }
                        if (_errs15 === errors) {
                          if (data4.op !== void 0) {
                            let data5 = data4.op;
                            const _errs16 = errors;
                            if (!(data5 === ">=" || data5 === ">" || data5 === "<=" || data5 === "<")) {
                              validate19.errors = [{ instancePath: instancePath + "/threshold/op", schemaPath: "#/properties/threshold/properties/op/enum", keyword: "enum", params: { allowedValues: schema28.properties.threshold.properties.op.enum }, message: "must be equal to one of the allowed values" }];
                              return false;
                            }
                            var valid4 = _errs16 === errors;
                          } else {
                            var valid4 = true;
                          }
                          if (valid4) {
                            if (data4.value !== void 0) {
                              const _errs17 = errors;
                              if (!(typeof data4.value == "number")) {
                                validate19.errors = [{ instancePath: instancePath + "/threshold/value", schemaPath: "#/properties/threshold/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                return false;
                              }
                              var valid4 = _errs17 === errors;
                            } else {
                              var valid4 = true;
                            }
                          }
                        }
                      }
                    } else {
                      validate19.errors = [{ instancePath: instancePath + "/threshold", schemaPath: "#/properties/threshold/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid2 = _errs13 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data.where !== void 0) {
                    let data7 = data.where;
                    const _errs19 = errors;
                    if (!(data7 && typeof data7 == "object" && !Array.isArray(data7))) {
                      validate19.errors = [{ instancePath: instancePath + "/where", schemaPath: "#/properties/where/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                    var valid2 = _errs19 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data.n !== void 0) {
                      let data8 = data.n;
                      const _errs21 = errors;
                      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)))) {
                        validate19.errors = [{ instancePath: instancePath + "/n", schemaPath: "#/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                        return false;
                      }
                      if (errors === _errs21) {
                        if (typeof data8 == "number") {
                          if (data8 < 0 || isNaN(data8)) {
                            validate19.errors = [{ instancePath: instancePath + "/n", schemaPath: "#/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                            return false;
                          }
                        }
                      }
                      var valid2 = _errs21 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data.value !== void 0) {
                        let data9 = data.value;
                        const _errs23 = errors;
                        if (!(typeof data9 == "number") && data9 !== null) {
                          validate19.errors = [{ instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: schema28.properties.value.type }, message: "must be number,null" }];
                          return false;
                        }
                        var valid2 = _errs23 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data.ci !== void 0) {
                          let data10 = data.ci;
                          const _errs25 = errors;
                          const _errs26 = errors;
                          if (errors === _errs26) {
                            if (Array.isArray(data10)) {
                              if (data10.length > 2) {
                                validate19.errors = [{ instancePath: instancePath + "/ci", schemaPath: "#/definitions/interval/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" }];
                                return false;
                              } else {
                                if (data10.length < 2) {
                                  validate19.errors = [{ instancePath: instancePath + "/ci", schemaPath: "#/definitions/interval/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" }];
                                  return false;
                                } else {
                                  var valid6 = true;
                                  const len0 = data10.length;
                                  for (let i0 = 0; i0 < len0; i0++) {
                                    const _errs28 = errors;
                                    if (!(typeof data10[i0] == "number")) {
                                      validate19.errors = [{ instancePath: instancePath + "/ci/" + i0, schemaPath: "#/definitions/interval/items/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                      return false;
                                    }
                                    var valid6 = _errs28 === errors;
                                    if (!valid6) {
                                      break;
                                    }
                                  }
                                }
                              }
                            } else {
                              validate19.errors = [{ instancePath: instancePath + "/ci", schemaPath: "#/definitions/interval/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid2 = _errs25 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data.method !== void 0) {
                            let data12 = data.method;
                            const _errs30 = errors;
                            if (!(data12 === "clopper-pearson" || data12 === "clopper-pearson-f1" || data12 === "clopper-pearson-auc" || data12 === "bootstrap" || data12 === "bootstrap-t" || data12 === "wilson")) {
                              validate19.errors = [{ instancePath: instancePath + "/method", schemaPath: "#/properties/method/enum", keyword: "enum", params: { allowedValues: schema28.properties.method.enum }, message: "must be equal to one of the allowed values" }];
                              return false;
                            }
                            var valid2 = _errs30 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data.status !== void 0) {
                              let data13 = data.status;
                              const _errs31 = errors;
                              if (!(data13 === "pass" || data13 === "fail" || data13 === "inconclusive" || data13 === "skipped")) {
                                validate19.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema28.properties.status.enum }, message: "must be equal to one of the allowed values" }];
                                return false;
                              }
                              var valid2 = _errs31 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data.reason !== void 0) {
                                const _errs32 = errors;
                                if (typeof data.reason !== "string") {
                                  validate19.errors = [{ instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid2 = _errs32 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data.slice !== void 0) {
                                  const _errs34 = errors;
                                  if (typeof data.slice !== "string") {
                                    validate19.errors = [{ instancePath: instancePath + "/slice", schemaPath: "#/properties/slice/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid2 = _errs34 === errors;
                                } else {
                                  var valid2 = true;
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate19.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate19.errors = vErrors;
  return errors === 0;
}
var schema31 = { "description": "One component's sensitivity curve: per grid point and metric the metric under noise with its paired bootstrap interval, and per metric the normalised area under the degradation curve (positive: worse) with its interval.", "type": "object", "additionalProperties": false, "required": ["id", "kind", "name", "noise", "target", "points", "area", "rank"], "properties": { "id": { "type": "string", "minLength": 1 }, "kind": { "enum": ["layer", "feature", "group"] }, "name": { "type": "string", "minLength": 1 }, "noise": { "enum": ["weights", "output", "input"] }, "target": { "type": "array", "items": { "type": "string" } }, "points": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["s", "metrics"], "properties": { "s": { "type": "number", "minimum": 0, "maximum": 1 }, "metrics": { "type": "object", "additionalProperties": { "$ref": "#/definitions/estimate" } } } } }, "area": { "type": "object", "additionalProperties": { "$ref": "#/definitions/estimate" } }, "rank": { "type": "integer", "minimum": 1 } } };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.id === void 0 && (missing0 = "id") || data.kind === void 0 && (missing0 = "kind") || data.name === void 0 && (missing0 = "name") || data.noise === void 0 && (missing0 = "noise") || data.target === void 0 && (missing0 = "target") || data.points === void 0 && (missing0 = "points") || data.area === void 0 && (missing0 = "area") || data.rank === void 0 && (missing0 = "rank")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "id" || key0 === "kind" || key0 === "name" || key0 === "noise" || key0 === "target" || key0 === "points" || key0 === "area" || key0 === "rank")) {
            validate21.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.id !== void 0) {
            let data0 = data.id;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (typeof data0 === "string") {
                if (func5(data0) < 1) {
                  validate21.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate21.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.kind !== void 0) {
              let data1 = data.kind;
              const _errs4 = errors;
              if (!(data1 === "layer" || data1 === "feature" || data1 === "group")) {
                validate21.errors = [{ instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema31.properties.kind.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.name !== void 0) {
                let data2 = data.name;
                const _errs5 = errors;
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (func5(data2) < 1) {
                      validate21.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                      return false;
                    }
                  } else {
                    validate21.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.noise !== void 0) {
                  let data3 = data.noise;
                  const _errs7 = errors;
                  if (!(data3 === "weights" || data3 === "output" || data3 === "input")) {
                    validate21.errors = [{ instancePath: instancePath + "/noise", schemaPath: "#/properties/noise/enum", keyword: "enum", params: { allowedValues: schema31.properties.noise.enum }, message: "must be equal to one of the allowed values" }];
                    return false;
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.target !== void 0) {
                    let data4 = data.target;
                    const _errs8 = errors;
                    if (errors === _errs8) {
                      if (Array.isArray(data4)) {
                        var valid1 = true;
                        const len0 = data4.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          const _errs10 = errors;
                          if (typeof data4[i0] !== "string") {
                            validate21.errors = [{ instancePath: instancePath + "/target/" + i0, schemaPath: "#/properties/target/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid1 = _errs10 === errors;
                          if (!valid1) {
                            break;
                          }
                        }
                      } else {
                        validate21.errors = [{ instancePath: instancePath + "/target", schemaPath: "#/properties/target/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs8 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.points !== void 0) {
                      let data6 = data.points;
                      const _errs12 = errors;
                      if (errors === _errs12) {
                        if (Array.isArray(data6)) {
                          if (data6.length < 1) {
                            validate21.errors = [{ instancePath: instancePath + "/points", schemaPath: "#/properties/points/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                            return false;
                          } else {
                            var valid2 = true;
                            const len1 = data6.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                              let data7 = data6[i1];
                              const _errs14 = errors;
                              if (errors === _errs14) {
                                if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                                  let missing1;
                                  if (data7.s === void 0 && (missing1 = "s") || data7.metrics === void 0 && (missing1 = "metrics")) {
                                    validate21.errors = [{ instancePath: instancePath + "/points/" + i1, schemaPath: "#/properties/points/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                    return false;
                                  } else {
                                    const _errs16 = errors;
                                    for (const key1 in data7) {
                                      if (!(key1 === "s" || key1 === "metrics")) {
                                        validate21.errors = [{ instancePath: instancePath + "/points/" + i1, schemaPath: "#/properties/points/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                        return false;
                                        break;
                                      }
                                    }
                                    if (_errs16 === errors) {
                                      if (data7.s !== void 0) {
                                        let data8 = data7.s;
                                        const _errs17 = errors;
                                        if (errors === _errs17) {
                                          if (typeof data8 == "number") {
                                            if (data8 > 1 || isNaN(data8)) {
                                              validate21.errors = [{ instancePath: instancePath + "/points/" + i1 + "/s", schemaPath: "#/properties/points/items/properties/s/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" }];
                                              return false;
                                            } else {
                                              if (data8 < 0 || isNaN(data8)) {
                                                validate21.errors = [{ instancePath: instancePath + "/points/" + i1 + "/s", schemaPath: "#/properties/points/items/properties/s/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                return false;
                                              }
                                            }
                                          } else {
                                            validate21.errors = [{ instancePath: instancePath + "/points/" + i1 + "/s", schemaPath: "#/properties/points/items/properties/s/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                            return false;
                                          }
                                        }
                                        var valid3 = _errs17 === errors;
                                      } else {
                                        var valid3 = true;
                                      }
                                      if (valid3) {
                                        if (data7.metrics !== void 0) {
                                          let data9 = data7.metrics;
                                          const _errs19 = errors;
                                          if (errors === _errs19) {
                                            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                                              for (const key2 in data9) {
                                                const _errs22 = errors;
                                                if (!validate112(data9[key2], { instancePath: instancePath + "/points/" + i1 + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data9, parentDataProperty: key2, rootData })) {
                                                  vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);
                                                  errors = vErrors.length;
                                                }
                                                var valid4 = _errs22 === errors;
                                                if (!valid4) {
                                                  break;
                                                }
                                              }
                                            } else {
                                              validate21.errors = [{ instancePath: instancePath + "/points/" + i1 + "/metrics", schemaPath: "#/properties/points/items/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                              return false;
                                            }
                                          }
                                          var valid3 = _errs19 === errors;
                                        } else {
                                          var valid3 = true;
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate21.errors = [{ instancePath: instancePath + "/points/" + i1, schemaPath: "#/properties/points/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid2 = _errs14 === errors;
                              if (!valid2) {
                                break;
                              }
                            }
                          }
                        } else {
                          validate21.errors = [{ instancePath: instancePath + "/points", schemaPath: "#/properties/points/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.area !== void 0) {
                        let data11 = data.area;
                        const _errs23 = errors;
                        if (errors === _errs23) {
                          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                            for (const key3 in data11) {
                              const _errs26 = errors;
                              if (!validate112(data11[key3], { instancePath: instancePath + "/area/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data11, parentDataProperty: key3, rootData })) {
                                vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);
                                errors = vErrors.length;
                              }
                              var valid5 = _errs26 === errors;
                              if (!valid5) {
                                break;
                              }
                            }
                          } else {
                            validate21.errors = [{ instancePath: instancePath + "/area", schemaPath: "#/properties/area/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid0 = _errs23 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.rank !== void 0) {
                          let data13 = data.rank;
                          const _errs27 = errors;
                          if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)))) {
                            validate21.errors = [{ instancePath: instancePath + "/rank", schemaPath: "#/properties/rank/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                            return false;
                          }
                          if (errors === _errs27) {
                            if (typeof data13 == "number") {
                              if (data13 < 1 || isNaN(data13)) {
                                validate21.errors = [{ instancePath: instancePath + "/rank", schemaPath: "#/properties/rank/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                return false;
                              }
                            }
                          }
                          var valid0 = _errs27 === errors;
                        } else {
                          var valid0 = true;
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.schemaVersion === void 0 && (missing0 = "schemaVersion") || data.suite === void 0 && (missing0 = "suite") || data.source === void 0 && (missing0 = "source") || data.run === void 0 && (missing0 = "run") || data.timing === void 0 && (missing0 = "timing") || data.task === void 0 && (missing0 = "task") || data.classes === void 0 && (missing0 = "classes") || data.data === void 0 && (missing0 = "data") || data.metrics === void 0 && (missing0 = "metrics") || data.baseline === void 0 && (missing0 = "baseline") || data.components === void 0 && (missing0 = "components") || data.tests === void 0 && (missing0 = "tests") || data.predictions === void 0 && (missing0 = "predictions")) {
        validate102.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func22.call(schema112.properties, key0)) {
            validate102.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.schemaVersion !== void 0) {
            const _errs2 = errors;
            if (1 !== data.schemaVersion) {
              validate102.errors = [{ instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.suite !== void 0) {
              let data1 = data.suite;
              const _errs3 = errors;
              if (errors === _errs3) {
                if (typeof data1 === "string") {
                  if (!pattern02.test(data1)) {
                    validate102.errors = [{ instancePath: instancePath + "/suite", schemaPath: "#/properties/suite/pattern", keyword: "pattern", params: { pattern: "^(?!\\.\\.?$|\\.git$)[A-Za-z0-9._-]+$" }, message: 'must match pattern "^(?!\\.\\.?$|\\.git$)[A-Za-z0-9._-]+$"' }];
                    return false;
                  }
                } else {
                  validate102.errors = [{ instancePath: instancePath + "/suite", schemaPath: "#/properties/suite/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.source !== void 0) {
                let data2 = data.source;
                const _errs5 = errors;
                if (errors === _errs5) {
                  if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                    let missing1;
                    if (data2.commit === void 0 && (missing1 = "commit") || data2.ref === void 0 && (missing1 = "ref") || data2.configHash === void 0 && (missing1 = "configHash") || data2.modelHash === void 0 && (missing1 = "modelHash") || data2.dataHash === void 0 && (missing1 = "dataHash")) {
                      validate102.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                      return false;
                    } else {
                      const _errs7 = errors;
                      for (const key1 in data2) {
                        if (!(key1 === "commit" || key1 === "ref" || key1 === "configHash" || key1 === "modelHash" || key1 === "dataHash")) {
                          validate102.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                          return false;
                          break;
                        }
                      }
                      if (_errs7 === errors) {
                        if (data2.commit !== void 0) {
                          let data3 = data2.commit;
                          const _errs8 = errors;
                          if (typeof data3 !== "string" && data3 !== null) {
                            validate102.errors = [{ instancePath: instancePath + "/source/commit", schemaPath: "#/properties/source/properties/commit/type", keyword: "type", params: { type: schema112.properties.source.properties.commit.type }, message: "must be string,null" }];
                            return false;
                          }
                          var valid1 = _errs8 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data2.ref !== void 0) {
                            let data4 = data2.ref;
                            const _errs10 = errors;
                            if (typeof data4 !== "string" && data4 !== null) {
                              validate102.errors = [{ instancePath: instancePath + "/source/ref", schemaPath: "#/properties/source/properties/ref/type", keyword: "type", params: { type: schema112.properties.source.properties.ref.type }, message: "must be string,null" }];
                              return false;
                            }
                            var valid1 = _errs10 === errors;
                          } else {
                            var valid1 = true;
                          }
                          if (valid1) {
                            if (data2.configHash !== void 0) {
                              let data5 = data2.configHash;
                              const _errs12 = errors;
                              const _errs13 = errors;
                              if (errors === _errs13) {
                                if (typeof data5 === "string") {
                                  if (!pattern12.test(data5)) {
                                    validate102.errors = [{ instancePath: instancePath + "/source/configHash", schemaPath: "#/definitions/hash/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"' }];
                                    return false;
                                  }
                                } else {
                                  validate102.errors = [{ instancePath: instancePath + "/source/configHash", schemaPath: "#/definitions/hash/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                              var valid1 = _errs12 === errors;
                            } else {
                              var valid1 = true;
                            }
                            if (valid1) {
                              if (data2.modelHash !== void 0) {
                                let data6 = data2.modelHash;
                                const _errs15 = errors;
                                const _errs16 = errors;
                                if (errors === _errs16) {
                                  if (typeof data6 === "string") {
                                    if (!pattern12.test(data6)) {
                                      validate102.errors = [{ instancePath: instancePath + "/source/modelHash", schemaPath: "#/definitions/hash/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"' }];
                                      return false;
                                    }
                                  } else {
                                    validate102.errors = [{ instancePath: instancePath + "/source/modelHash", schemaPath: "#/definitions/hash/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                }
                                var valid1 = _errs15 === errors;
                              } else {
                                var valid1 = true;
                              }
                              if (valid1) {
                                if (data2.dataHash !== void 0) {
                                  let data7 = data2.dataHash;
                                  const _errs18 = errors;
                                  const _errs19 = errors;
                                  if (errors === _errs19) {
                                    if (typeof data7 === "string") {
                                      if (!pattern12.test(data7)) {
                                        validate102.errors = [{ instancePath: instancePath + "/source/dataHash", schemaPath: "#/definitions/hash/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"' }];
                                        return false;
                                      }
                                    } else {
                                      validate102.errors = [{ instancePath: instancePath + "/source/dataHash", schemaPath: "#/definitions/hash/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                  var valid1 = _errs18 === errors;
                                } else {
                                  var valid1 = true;
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  } else {
                    validate102.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.run !== void 0) {
                  let data8 = data.run;
                  const _errs21 = errors;
                  if (errors === _errs21) {
                    if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                      let missing2;
                      if (data8.seed === void 0 && (missing2 = "seed") || data8.repeats === void 0 && (missing2 = "repeats") || data8.resamples === void 0 && (missing2 = "resamples") || data8.confidence === void 0 && (missing2 = "confidence") || data8.backend === void 0 && (missing2 = "backend") || data8.shard === void 0 && (missing2 = "shard") || data8.gate === void 0 && (missing2 = "gate")) {
                        validate102.errors = [{ instancePath: instancePath + "/run", schemaPath: "#/properties/run/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                        return false;
                      } else {
                        const _errs23 = errors;
                        for (const key2 in data8) {
                          if (!func22.call(schema112.properties.run.properties, key2)) {
                            validate102.errors = [{ instancePath: instancePath + "/run", schemaPath: "#/properties/run/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                            return false;
                            break;
                          }
                        }
                        if (_errs23 === errors) {
                          if (data8.seed !== void 0) {
                            let data9 = data8.seed;
                            const _errs24 = errors;
                            if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)))) {
                              validate102.errors = [{ instancePath: instancePath + "/run/seed", schemaPath: "#/properties/run/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                              return false;
                            }
                            var valid5 = _errs24 === errors;
                          } else {
                            var valid5 = true;
                          }
                          if (valid5) {
                            if (data8.repeats !== void 0) {
                              let data10 = data8.repeats;
                              const _errs26 = errors;
                              if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)))) {
                                validate102.errors = [{ instancePath: instancePath + "/run/repeats", schemaPath: "#/properties/run/properties/repeats/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                return false;
                              }
                              if (errors === _errs26) {
                                if (typeof data10 == "number") {
                                  if (data10 < 1 || isNaN(data10)) {
                                    validate102.errors = [{ instancePath: instancePath + "/run/repeats", schemaPath: "#/properties/run/properties/repeats/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                    return false;
                                  }
                                }
                              }
                              var valid5 = _errs26 === errors;
                            } else {
                              var valid5 = true;
                            }
                            if (valid5) {
                              if (data8.resamples !== void 0) {
                                let data11 = data8.resamples;
                                const _errs28 = errors;
                                if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)))) {
                                  validate102.errors = [{ instancePath: instancePath + "/run/resamples", schemaPath: "#/properties/run/properties/resamples/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                  return false;
                                }
                                if (errors === _errs28) {
                                  if (typeof data11 == "number") {
                                    if (data11 < 1 || isNaN(data11)) {
                                      validate102.errors = [{ instancePath: instancePath + "/run/resamples", schemaPath: "#/properties/run/properties/resamples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                      return false;
                                    }
                                  }
                                }
                                var valid5 = _errs28 === errors;
                              } else {
                                var valid5 = true;
                              }
                              if (valid5) {
                                if (data8.confidence !== void 0) {
                                  let data12 = data8.confidence;
                                  const _errs30 = errors;
                                  if (errors === _errs30) {
                                    if (typeof data12 == "number") {
                                      if (data12 >= 1 || isNaN(data12)) {
                                        validate102.errors = [{ instancePath: instancePath + "/run/confidence", schemaPath: "#/properties/run/properties/confidence/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1" }];
                                        return false;
                                      } else {
                                        if (data12 <= 0 || isNaN(data12)) {
                                          validate102.errors = [{ instancePath: instancePath + "/run/confidence", schemaPath: "#/properties/run/properties/confidence/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" }];
                                          return false;
                                        }
                                      }
                                    } else {
                                      validate102.errors = [{ instancePath: instancePath + "/run/confidence", schemaPath: "#/properties/run/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                      return false;
                                    }
                                  }
                                  var valid5 = _errs30 === errors;
                                } else {
                                  var valid5 = true;
                                }
                                if (valid5) {
                                  if (data8.backend !== void 0) {
                                    let data13 = data8.backend;
                                    const _errs32 = errors;
                                    if (!(data13 === "tensorflow" || data13 === "wasm" || data13 === "cpu" || data13 === "onnxruntime-node" || data13 === "onnxruntime-web")) {
                                      validate102.errors = [{ instancePath: instancePath + "/run/backend", schemaPath: "#/properties/run/properties/backend/enum", keyword: "enum", params: { allowedValues: schema112.properties.run.properties.backend.enum }, message: "must be equal to one of the allowed values" }];
                                      return false;
                                    }
                                    var valid5 = _errs32 === errors;
                                  } else {
                                    var valid5 = true;
                                  }
                                  if (valid5) {
                                    if (data8.runtime !== void 0) {
                                      let data14 = data8.runtime;
                                      const _errs33 = errors;
                                      if (errors === _errs33) {
                                        if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                          let missing3;
                                          if (data14.name === void 0 && (missing3 = "name") || data14.version === void 0 && (missing3 = "version")) {
                                            validate102.errors = [{ instancePath: instancePath + "/run/runtime", schemaPath: "#/properties/run/properties/runtime/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                            return false;
                                          } else {
                                            const _errs35 = errors;
                                            for (const key3 in data14) {
                                              if (!(key3 === "name" || key3 === "version")) {
                                                validate102.errors = [{ instancePath: instancePath + "/run/runtime", schemaPath: "#/properties/run/properties/runtime/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }];
                                                return false;
                                                break;
                                              }
                                            }
                                            if (_errs35 === errors) {
                                              if (data14.name !== void 0) {
                                                const _errs36 = errors;
                                                if (typeof data14.name !== "string") {
                                                  validate102.errors = [{ instancePath: instancePath + "/run/runtime/name", schemaPath: "#/properties/run/properties/runtime/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid6 = _errs36 === errors;
                                              } else {
                                                var valid6 = true;
                                              }
                                              if (valid6) {
                                                if (data14.version !== void 0) {
                                                  const _errs38 = errors;
                                                  if (typeof data14.version !== "string") {
                                                    validate102.errors = [{ instancePath: instancePath + "/run/runtime/version", schemaPath: "#/properties/run/properties/runtime/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid6 = _errs38 === errors;
                                                } else {
                                                  var valid6 = true;
                                                }
                                              }
                                            }
                                          }
                                        } else {
                                          validate102.errors = [{ instancePath: instancePath + "/run/runtime", schemaPath: "#/properties/run/properties/runtime/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid5 = _errs33 === errors;
                                    } else {
                                      var valid5 = true;
                                    }
                                    if (valid5) {
                                      if (data8.predictionsFrom !== void 0) {
                                        const _errs40 = errors;
                                        if (!(data8.predictionsFrom === "train.command")) {
                                          validate102.errors = [{ instancePath: instancePath + "/run/predictionsFrom", schemaPath: "#/properties/run/properties/predictionsFrom/enum", keyword: "enum", params: { allowedValues: schema112.properties.run.properties.predictionsFrom.enum }, message: "must be equal to one of the allowed values" }];
                                          return false;
                                        }
                                        var valid5 = _errs40 === errors;
                                      } else {
                                        var valid5 = true;
                                      }
                                      if (valid5) {
                                        if (data8.shard !== void 0) {
                                          let data18 = data8.shard;
                                          const _errs41 = errors;
                                          const _errs42 = errors;
                                          let valid7 = false;
                                          let passing0 = null;
                                          const _errs43 = errors;
                                          if (data18 !== null) {
                                            const err0 = { instancePath: instancePath + "/run/shard", schemaPath: "#/properties/run/properties/shard/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                            if (vErrors === null) {
                                              vErrors = [err0];
                                            } else {
                                              vErrors.push(err0);
                                            }
                                            errors++;
                                          }
                                          var _valid0 = _errs43 === errors;
                                          if (_valid0) {
                                            valid7 = true;
                                            passing0 = 0;
                                          }
                                          const _errs45 = errors;
                                          if (errors === _errs45) {
                                            if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                              let missing4;
                                              if (data18.index === void 0 && (missing4 = "index") || data18.count === void 0 && (missing4 = "count")) {
                                                const err1 = { instancePath: instancePath + "/run/shard", schemaPath: "#/properties/run/properties/shard/oneOf/1/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" };
                                                if (vErrors === null) {
                                                  vErrors = [err1];
                                                } else {
                                                  vErrors.push(err1);
                                                }
                                                errors++;
                                              } else {
                                                const _errs47 = errors;
                                                for (const key4 in data18) {
                                                  if (!(key4 === "index" || key4 === "count")) {
                                                    const err2 = { instancePath: instancePath + "/run/shard", schemaPath: "#/properties/run/properties/shard/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                                                    if (vErrors === null) {
                                                      vErrors = [err2];
                                                    } else {
                                                      vErrors.push(err2);
                                                    }
                                                    errors++;
                                                    break;
                                                  }
                                                }
                                                if (_errs47 === errors) {
                                                  if (data18.index !== void 0) {
                                                    let data19 = data18.index;
                                                    const _errs48 = errors;
                                                    if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)))) {
                                                      const err3 = { instancePath: instancePath + "/run/shard/index", schemaPath: "#/properties/run/properties/shard/oneOf/1/properties/index/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                      if (vErrors === null) {
                                                        vErrors = [err3];
                                                      } else {
                                                        vErrors.push(err3);
                                                      }
                                                      errors++;
                                                    }
                                                    if (errors === _errs48) {
                                                      if (typeof data19 == "number") {
                                                        if (data19 < 1 || isNaN(data19)) {
                                                          const err4 = { instancePath: instancePath + "/run/shard/index", schemaPath: "#/properties/run/properties/shard/oneOf/1/properties/index/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                                                          if (vErrors === null) {
                                                            vErrors = [err4];
                                                          } else {
                                                            vErrors.push(err4);
                                                          }
                                                          errors++;
                                                        }
                                                      }
                                                    }
                                                    var valid8 = _errs48 === errors;
                                                  } else {
                                                    var valid8 = true;
                                                  }
                                                  if (valid8) {
                                                    if (data18.count !== void 0) {
                                                      let data20 = data18.count;
                                                      const _errs50 = errors;
                                                      if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)))) {
                                                        const err5 = { instancePath: instancePath + "/run/shard/count", schemaPath: "#/properties/run/properties/shard/oneOf/1/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                        if (vErrors === null) {
                                                          vErrors = [err5];
                                                        } else {
                                                          vErrors.push(err5);
                                                        }
                                                        errors++;
                                                      }
                                                      if (errors === _errs50) {
                                                        if (typeof data20 == "number") {
                                                          if (data20 < 1 || isNaN(data20)) {
                                                            const err6 = { instancePath: instancePath + "/run/shard/count", schemaPath: "#/properties/run/properties/shard/oneOf/1/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                                                            if (vErrors === null) {
                                                              vErrors = [err6];
                                                            } else {
                                                              vErrors.push(err6);
                                                            }
                                                            errors++;
                                                          }
                                                        }
                                                      }
                                                      var valid8 = _errs50 === errors;
                                                    } else {
                                                      var valid8 = true;
                                                    }
                                                  }
                                                }
                                              }
                                            } else {
                                              const err7 = { instancePath: instancePath + "/run/shard", schemaPath: "#/properties/run/properties/shard/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                              if (vErrors === null) {
                                                vErrors = [err7];
                                              } else {
                                                vErrors.push(err7);
                                              }
                                              errors++;
                                            }
                                          }
                                          var _valid0 = _errs45 === errors;
                                          if (_valid0 && valid7) {
                                            valid7 = false;
                                            passing0 = [passing0, 1];
                                          } else {
                                            if (_valid0) {
                                              valid7 = true;
                                              passing0 = 1;
                                            }
                                          }
                                          if (!valid7) {
                                            const err8 = { instancePath: instancePath + "/run/shard", schemaPath: "#/properties/run/properties/shard/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                                            if (vErrors === null) {
                                              vErrors = [err8];
                                            } else {
                                              vErrors.push(err8);
                                            }
                                            errors++;
                                            validate102.errors = vErrors;
                                            return false;
                                          } else {
                                            errors = _errs42;
                                            if (vErrors !== null) {
                                              if (_errs42) {
                                                vErrors.length = _errs42;
                                              } else {
                                                vErrors = null;
                                              }
                                            }
                                          }
                                          var valid5 = _errs41 === errors;
                                        } else {
                                          var valid5 = true;
                                        }
                                        if (valid5) {
                                          if (data8.budget !== void 0) {
                                            let data21 = data8.budget;
                                            const _errs52 = errors;
                                            if (errors === _errs52) {
                                              if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                                                let missing5;
                                                if (data21.limit === void 0 && (missing5 = "limit") || data21.estimate === void 0 && (missing5 = "estimate") || data21.repeats === void 0 && (missing5 = "repeats") || data21.rows === void 0 && (missing5 = "rows") || data21.notEvaluated === void 0 && (missing5 = "notEvaluated")) {
                                                  validate102.errors = [{ instancePath: instancePath + "/run/budget", schemaPath: "#/properties/run/properties/budget/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                                                  return false;
                                                } else {
                                                  const _errs54 = errors;
                                                  for (const key5 in data21) {
                                                    if (!(key5 === "limit" || key5 === "estimate" || key5 === "repeats" || key5 === "rows" || key5 === "notEvaluated" || key5 === "curvesNotEvaluated")) {
                                                      validate102.errors = [{ instancePath: instancePath + "/run/budget", schemaPath: "#/properties/run/properties/budget/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" }];
                                                      return false;
                                                      break;
                                                    }
                                                  }
                                                  if (_errs54 === errors) {
                                                    if (data21.limit !== void 0) {
                                                      let data22 = data21.limit;
                                                      const _errs55 = errors;
                                                      if (errors === _errs55) {
                                                        if (typeof data22 == "number") {
                                                          if (data22 <= 0 || isNaN(data22)) {
                                                            validate102.errors = [{ instancePath: instancePath + "/run/budget/limit", schemaPath: "#/properties/run/properties/budget/properties/limit/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" }];
                                                            return false;
                                                          }
                                                        } else {
                                                          validate102.errors = [{ instancePath: instancePath + "/run/budget/limit", schemaPath: "#/properties/run/properties/budget/properties/limit/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid9 = _errs55 === errors;
                                                    } else {
                                                      var valid9 = true;
                                                    }
                                                    if (valid9) {
                                                      if (data21.estimate !== void 0) {
                                                        let data23 = data21.estimate;
                                                        const _errs57 = errors;
                                                        if (errors === _errs57) {
                                                          if (typeof data23 == "number") {
                                                            if (data23 < 0 || isNaN(data23)) {
                                                              validate102.errors = [{ instancePath: instancePath + "/run/budget/estimate", schemaPath: "#/properties/run/properties/budget/properties/estimate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                              return false;
                                                            }
                                                          } else {
                                                            validate102.errors = [{ instancePath: instancePath + "/run/budget/estimate", schemaPath: "#/properties/run/properties/budget/properties/estimate/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid9 = _errs57 === errors;
                                                      } else {
                                                        var valid9 = true;
                                                      }
                                                      if (valid9) {
                                                        if (data21.repeats !== void 0) {
                                                          let data24 = data21.repeats;
                                                          const _errs59 = errors;
                                                          const _errs60 = errors;
                                                          let valid10 = false;
                                                          let passing1 = null;
                                                          const _errs61 = errors;
                                                          if (data24 !== null) {
                                                            const err9 = { instancePath: instancePath + "/run/budget/repeats", schemaPath: "#/properties/run/properties/budget/properties/repeats/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                            if (vErrors === null) {
                                                              vErrors = [err9];
                                                            } else {
                                                              vErrors.push(err9);
                                                            }
                                                            errors++;
                                                          }
                                                          var _valid1 = _errs61 === errors;
                                                          if (_valid1) {
                                                            valid10 = true;
                                                            passing1 = 0;
                                                          }
                                                          const _errs63 = errors;
                                                          if (errors === _errs63) {
                                                            if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                                                              let missing6;
                                                              if (data24.from === void 0 && (missing6 = "from") || data24.to === void 0 && (missing6 = "to")) {
                                                                const err10 = { instancePath: instancePath + "/run/budget/repeats", schemaPath: "#/properties/run/properties/budget/properties/repeats/oneOf/1/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" };
                                                                if (vErrors === null) {
                                                                  vErrors = [err10];
                                                                } else {
                                                                  vErrors.push(err10);
                                                                }
                                                                errors++;
                                                              } else {
                                                                const _errs65 = errors;
                                                                for (const key6 in data24) {
                                                                  if (!(key6 === "from" || key6 === "to")) {
                                                                    const err11 = { instancePath: instancePath + "/run/budget/repeats", schemaPath: "#/properties/run/properties/budget/properties/repeats/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                                                                    if (vErrors === null) {
                                                                      vErrors = [err11];
                                                                    } else {
                                                                      vErrors.push(err11);
                                                                    }
                                                                    errors++;
                                                                    break;
                                                                  }
                                                                }
                                                                if (_errs65 === errors) {
                                                                  if (data24.from !== void 0) {
                                                                    let data25 = data24.from;
                                                                    const _errs66 = errors;
                                                                    if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)))) {
                                                                      const err12 = { instancePath: instancePath + "/run/budget/repeats/from", schemaPath: "#/properties/run/properties/budget/properties/repeats/oneOf/1/properties/from/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                                      if (vErrors === null) {
                                                                        vErrors = [err12];
                                                                      } else {
                                                                        vErrors.push(err12);
                                                                      }
                                                                      errors++;
                                                                    }
                                                                    if (errors === _errs66) {
                                                                      if (typeof data25 == "number") {
                                                                        if (data25 < 1 || isNaN(data25)) {
                                                                          const err13 = { instancePath: instancePath + "/run/budget/repeats/from", schemaPath: "#/properties/run/properties/budget/properties/repeats/oneOf/1/properties/from/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                                                                          if (vErrors === null) {
                                                                            vErrors = [err13];
                                                                          } else {
                                                                            vErrors.push(err13);
                                                                          }
                                                                          errors++;
                                                                        }
                                                                      }
                                                                    }
                                                                    var valid11 = _errs66 === errors;
                                                                  } else {
                                                                    var valid11 = true;
                                                                  }
                                                                  if (valid11) {
                                                                    if (data24.to !== void 0) {
                                                                      let data26 = data24.to;
                                                                      const _errs68 = errors;
                                                                      if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)))) {
                                                                        const err14 = { instancePath: instancePath + "/run/budget/repeats/to", schemaPath: "#/properties/run/properties/budget/properties/repeats/oneOf/1/properties/to/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                                        if (vErrors === null) {
                                                                          vErrors = [err14];
                                                                        } else {
                                                                          vErrors.push(err14);
                                                                        }
                                                                        errors++;
                                                                      }
                                                                      if (errors === _errs68) {
                                                                        if (typeof data26 == "number") {
                                                                          if (data26 < 1 || isNaN(data26)) {
                                                                            const err15 = { instancePath: instancePath + "/run/budget/repeats/to", schemaPath: "#/properties/run/properties/budget/properties/repeats/oneOf/1/properties/to/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                                                                            if (vErrors === null) {
                                                                              vErrors = [err15];
                                                                            } else {
                                                                              vErrors.push(err15);
                                                                            }
                                                                            errors++;
                                                                          }
                                                                        }
                                                                      }
                                                                      var valid11 = _errs68 === errors;
                                                                    } else {
                                                                      var valid11 = true;
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            } else {
                                                              const err16 = { instancePath: instancePath + "/run/budget/repeats", schemaPath: "#/properties/run/properties/budget/properties/repeats/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                              if (vErrors === null) {
                                                                vErrors = [err16];
                                                              } else {
                                                                vErrors.push(err16);
                                                              }
                                                              errors++;
                                                            }
                                                          }
                                                          var _valid1 = _errs63 === errors;
                                                          if (_valid1 && valid10) {
                                                            valid10 = false;
                                                            passing1 = [passing1, 1];
                                                          } else {
                                                            if (_valid1) {
                                                              valid10 = true;
                                                              passing1 = 1;
                                                            }
                                                          }
                                                          if (!valid10) {
                                                            const err17 = { instancePath: instancePath + "/run/budget/repeats", schemaPath: "#/properties/run/properties/budget/properties/repeats/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                                                            if (vErrors === null) {
                                                              vErrors = [err17];
                                                            } else {
                                                              vErrors.push(err17);
                                                            }
                                                            errors++;
                                                            validate102.errors = vErrors;
                                                            return false;
                                                          } else {
                                                            errors = _errs60;
                                                            if (vErrors !== null) {
                                                              if (_errs60) {
                                                                vErrors.length = _errs60;
                                                              } else {
                                                                vErrors = null;
                                                              }
                                                            }
                                                          }
                                                          var valid9 = _errs59 === errors;
                                                        } else {
                                                          var valid9 = true;
                                                        }
                                                        if (valid9) {
                                                          if (data21.rows !== void 0) {
                                                            let data27 = data21.rows;
                                                            const _errs70 = errors;
                                                            const _errs71 = errors;
                                                            let valid12 = false;
                                                            let passing2 = null;
                                                            const _errs72 = errors;
                                                            if (data27 !== null) {
                                                              const err18 = { instancePath: instancePath + "/run/budget/rows", schemaPath: "#/properties/run/properties/budget/properties/rows/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                              if (vErrors === null) {
                                                                vErrors = [err18];
                                                              } else {
                                                                vErrors.push(err18);
                                                              }
                                                              errors++;
                                                            }
                                                            var _valid2 = _errs72 === errors;
                                                            if (_valid2) {
                                                              valid12 = true;
                                                              passing2 = 0;
                                                            }
                                                            const _errs74 = errors;
                                                            if (errors === _errs74) {
                                                              if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                                                                let missing7;
                                                                if (data27.from === void 0 && (missing7 = "from") || data27.to === void 0 && (missing7 = "to")) {
                                                                  const err19 = { instancePath: instancePath + "/run/budget/rows", schemaPath: "#/properties/run/properties/budget/properties/rows/oneOf/1/required", keyword: "required", params: { missingProperty: missing7 }, message: "must have required property '" + missing7 + "'" };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err19];
                                                                  } else {
                                                                    vErrors.push(err19);
                                                                  }
                                                                  errors++;
                                                                } else {
                                                                  const _errs76 = errors;
                                                                  for (const key7 in data27) {
                                                                    if (!(key7 === "from" || key7 === "to")) {
                                                                      const err20 = { instancePath: instancePath + "/run/budget/rows", schemaPath: "#/properties/run/properties/budget/properties/rows/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                                                                      if (vErrors === null) {
                                                                        vErrors = [err20];
                                                                      } else {
                                                                        vErrors.push(err20);
                                                                      }
                                                                      errors++;
                                                                      break;
                                                                    }
                                                                  }
                                                                  if (_errs76 === errors) {
                                                                    if (data27.from !== void 0) {
                                                                      let data28 = data27.from;
                                                                      const _errs77 = errors;
                                                                      if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)))) {
                                                                        const err21 = { instancePath: instancePath + "/run/budget/rows/from", schemaPath: "#/properties/run/properties/budget/properties/rows/oneOf/1/properties/from/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                                        if (vErrors === null) {
                                                                          vErrors = [err21];
                                                                        } else {
                                                                          vErrors.push(err21);
                                                                        }
                                                                        errors++;
                                                                      }
                                                                      if (errors === _errs77) {
                                                                        if (typeof data28 == "number") {
                                                                          if (data28 < 1 || isNaN(data28)) {
                                                                            const err22 = { instancePath: instancePath + "/run/budget/rows/from", schemaPath: "#/properties/run/properties/budget/properties/rows/oneOf/1/properties/from/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                                                                            if (vErrors === null) {
                                                                              vErrors = [err22];
                                                                            } else {
                                                                              vErrors.push(err22);
                                                                            }
                                                                            errors++;
                                                                          }
                                                                        }
                                                                      }
                                                                      var valid13 = _errs77 === errors;
                                                                    } else {
                                                                      var valid13 = true;
                                                                    }
                                                                    if (valid13) {
                                                                      if (data27.to !== void 0) {
                                                                        let data29 = data27.to;
                                                                        const _errs79 = errors;
                                                                        if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)))) {
                                                                          const err23 = { instancePath: instancePath + "/run/budget/rows/to", schemaPath: "#/properties/run/properties/budget/properties/rows/oneOf/1/properties/to/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                                          if (vErrors === null) {
                                                                            vErrors = [err23];
                                                                          } else {
                                                                            vErrors.push(err23);
                                                                          }
                                                                          errors++;
                                                                        }
                                                                        if (errors === _errs79) {
                                                                          if (typeof data29 == "number") {
                                                                            if (data29 < 1 || isNaN(data29)) {
                                                                              const err24 = { instancePath: instancePath + "/run/budget/rows/to", schemaPath: "#/properties/run/properties/budget/properties/rows/oneOf/1/properties/to/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                                                                              if (vErrors === null) {
                                                                                vErrors = [err24];
                                                                              } else {
                                                                                vErrors.push(err24);
                                                                              }
                                                                              errors++;
                                                                            }
                                                                          }
                                                                        }
                                                                        var valid13 = _errs79 === errors;
                                                                      } else {
                                                                        var valid13 = true;
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              } else {
                                                                const err25 = { instancePath: instancePath + "/run/budget/rows", schemaPath: "#/properties/run/properties/budget/properties/rows/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                if (vErrors === null) {
                                                                  vErrors = [err25];
                                                                } else {
                                                                  vErrors.push(err25);
                                                                }
                                                                errors++;
                                                              }
                                                            }
                                                            var _valid2 = _errs74 === errors;
                                                            if (_valid2 && valid12) {
                                                              valid12 = false;
                                                              passing2 = [passing2, 1];
                                                            } else {
                                                              if (_valid2) {
                                                                valid12 = true;
                                                                passing2 = 1;
                                                              }
                                                            }
                                                            if (!valid12) {
                                                              const err26 = { instancePath: instancePath + "/run/budget/rows", schemaPath: "#/properties/run/properties/budget/properties/rows/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
                                                              if (vErrors === null) {
                                                                vErrors = [err26];
                                                              } else {
                                                                vErrors.push(err26);
                                                              }
                                                              errors++;
                                                              validate102.errors = vErrors;
                                                              return false;
                                                            } else {
                                                              errors = _errs71;
                                                              if (vErrors !== null) {
                                                                if (_errs71) {
                                                                  vErrors.length = _errs71;
                                                                } else {
                                                                  vErrors = null;
                                                                }
                                                              }
                                                            }
                                                            var valid9 = _errs70 === errors;
                                                          } else {
                                                            var valid9 = true;
                                                          }
                                                          if (valid9) {
                                                            if (data21.notEvaluated !== void 0) {
                                                              let data30 = data21.notEvaluated;
                                                              const _errs81 = errors;
                                                              if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30)))) {
                                                                validate102.errors = [{ instancePath: instancePath + "/run/budget/notEvaluated", schemaPath: "#/properties/run/properties/budget/properties/notEvaluated/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                return false;
                                                              }
                                                              if (errors === _errs81) {
                                                                if (typeof data30 == "number") {
                                                                  if (data30 < 0 || isNaN(data30)) {
                                                                    validate102.errors = [{ instancePath: instancePath + "/run/budget/notEvaluated", schemaPath: "#/properties/run/properties/budget/properties/notEvaluated/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                    return false;
                                                                  }
                                                                }
                                                              }
                                                              var valid9 = _errs81 === errors;
                                                            } else {
                                                              var valid9 = true;
                                                            }
                                                            if (valid9) {
                                                              if (data21.curvesNotEvaluated !== void 0) {
                                                                let data31 = data21.curvesNotEvaluated;
                                                                const _errs83 = errors;
                                                                if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)))) {
                                                                  validate102.errors = [{ instancePath: instancePath + "/run/budget/curvesNotEvaluated", schemaPath: "#/properties/run/properties/budget/properties/curvesNotEvaluated/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                  return false;
                                                                }
                                                                if (errors === _errs83) {
                                                                  if (typeof data31 == "number") {
                                                                    if (data31 < 1 || isNaN(data31)) {
                                                                      validate102.errors = [{ instancePath: instancePath + "/run/budget/curvesNotEvaluated", schemaPath: "#/properties/run/properties/budget/properties/curvesNotEvaluated/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                }
                                                                var valid9 = _errs83 === errors;
                                                              } else {
                                                                var valid9 = true;
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              } else {
                                                validate102.errors = [{ instancePath: instancePath + "/run/budget", schemaPath: "#/properties/run/properties/budget/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                return false;
                                              }
                                            }
                                            var valid5 = _errs52 === errors;
                                          } else {
                                            var valid5 = true;
                                          }
                                          if (valid5) {
                                            if (data8.gate !== void 0) {
                                              let data32 = data8.gate;
                                              const _errs85 = errors;
                                              if (errors === _errs85) {
                                                if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                                                  let missing8;
                                                  if (data32.failOn === void 0 && (missing8 = "failOn") || data32.regression === void 0 && (missing8 = "regression")) {
                                                    validate102.errors = [{ instancePath: instancePath + "/run/gate", schemaPath: "#/properties/run/properties/gate/required", keyword: "required", params: { missingProperty: missing8 }, message: "must have required property '" + missing8 + "'" }];
                                                    return false;
                                                  } else {
                                                    const _errs87 = errors;
                                                    for (const key8 in data32) {
                                                      if (!(key8 === "failOn" || key8 === "regression")) {
                                                        validate102.errors = [{ instancePath: instancePath + "/run/gate", schemaPath: "#/properties/run/properties/gate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" }];
                                                        return false;
                                                        break;
                                                      }
                                                    }
                                                    if (_errs87 === errors) {
                                                      if (data32.failOn !== void 0) {
                                                        let data33 = data32.failOn;
                                                        const _errs88 = errors;
                                                        if (errors === _errs88) {
                                                          if (Array.isArray(data33)) {
                                                            var valid15 = true;
                                                            const len0 = data33.length;
                                                            for (let i0 = 0; i0 < len0; i0++) {
                                                              let data34 = data33[i0];
                                                              const _errs90 = errors;
                                                              if (!(data34 === "test-failure" || data34 === "regression" || data34 === "inconclusive" || data34 === "sensitivity")) {
                                                                validate102.errors = [{ instancePath: instancePath + "/run/gate/failOn/" + i0, schemaPath: "#/properties/run/properties/gate/properties/failOn/items/enum", keyword: "enum", params: { allowedValues: schema112.properties.run.properties.gate.properties.failOn.items.enum }, message: "must be equal to one of the allowed values" }];
                                                                return false;
                                                              }
                                                              var valid15 = _errs90 === errors;
                                                              if (!valid15) {
                                                                break;
                                                              }
                                                            }
                                                            if (valid15) {
                                                              let i1 = data33.length;
                                                              let j0;
                                                              if (i1 > 1) {
                                                                outer0: for (; i1--; ) {
                                                                  for (j0 = i1; j0--; ) {
                                                                    if (func02(data33[i1], data33[j0])) {
                                                                      validate102.errors = [{ instancePath: instancePath + "/run/gate/failOn", schemaPath: "#/properties/run/properties/gate/properties/failOn/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }];
                                                                      return false;
                                                                      break outer0;
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          } else {
                                                            validate102.errors = [{ instancePath: instancePath + "/run/gate/failOn", schemaPath: "#/properties/run/properties/gate/properties/failOn/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid14 = _errs88 === errors;
                                                      } else {
                                                        var valid14 = true;
                                                      }
                                                      if (valid14) {
                                                        if (data32.regression !== void 0) {
                                                          let data35 = data32.regression;
                                                          const _errs91 = errors;
                                                          if (errors === _errs91) {
                                                            if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                                                              let missing9;
                                                              if (data35.metric === void 0 && (missing9 = "metric") || data35.tolerance === void 0 && (missing9 = "tolerance") || data35.alpha === void 0 && (missing9 = "alpha")) {
                                                                validate102.errors = [{ instancePath: instancePath + "/run/gate/regression", schemaPath: "#/properties/run/properties/gate/properties/regression/required", keyword: "required", params: { missingProperty: missing9 }, message: "must have required property '" + missing9 + "'" }];
                                                                return false;
                                                              } else {
                                                                const _errs93 = errors;
                                                                for (const key9 in data35) {
                                                                  if (!(key9 === "metric" || key9 === "tolerance" || key9 === "alpha")) {
                                                                    validate102.errors = [{ instancePath: instancePath + "/run/gate/regression", schemaPath: "#/properties/run/properties/gate/properties/regression/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" }];
                                                                    return false;
                                                                    break;
                                                                  }
                                                                }
                                                                if (_errs93 === errors) {
                                                                  if (data35.metric !== void 0) {
                                                                    let data36 = data35.metric;
                                                                    const _errs94 = errors;
                                                                    if (!(data36 === "accuracy" || data36 === "error_rate" || data36 === "precision" || data36 === "recall" || data36 === "f1" || data36 === "precision_macro" || data36 === "recall_macro" || data36 === "f1_macro" || data36 === "f1_weighted" || data36 === "roc_auc" || data36 === "log_loss" || data36 === "mse" || data36 === "rmse" || data36 === "mae" || data36 === "r2")) {
                                                                      validate102.errors = [{ instancePath: instancePath + "/run/gate/regression/metric", schemaPath: "#/definitions/metricName/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values" }];
                                                                      return false;
                                                                    }
                                                                    var valid17 = _errs94 === errors;
                                                                  } else {
                                                                    var valid17 = true;
                                                                  }
                                                                  if (valid17) {
                                                                    if (data35.tolerance !== void 0) {
                                                                      let data37 = data35.tolerance;
                                                                      const _errs96 = errors;
                                                                      if (errors === _errs96) {
                                                                        if (typeof data37 == "number") {
                                                                          if (data37 < 0 || isNaN(data37)) {
                                                                            validate102.errors = [{ instancePath: instancePath + "/run/gate/regression/tolerance", schemaPath: "#/properties/run/properties/gate/properties/regression/properties/tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                            return false;
                                                                          }
                                                                        } else {
                                                                          validate102.errors = [{ instancePath: instancePath + "/run/gate/regression/tolerance", schemaPath: "#/properties/run/properties/gate/properties/regression/properties/tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                          return false;
                                                                        }
                                                                      }
                                                                      var valid17 = _errs96 === errors;
                                                                    } else {
                                                                      var valid17 = true;
                                                                    }
                                                                    if (valid17) {
                                                                      if (data35.alpha !== void 0) {
                                                                        let data38 = data35.alpha;
                                                                        const _errs98 = errors;
                                                                        if (errors === _errs98) {
                                                                          if (typeof data38 == "number") {
                                                                            if (data38 > 0.5 || isNaN(data38)) {
                                                                              validate102.errors = [{ instancePath: instancePath + "/run/gate/regression/alpha", schemaPath: "#/properties/run/properties/gate/properties/regression/properties/alpha/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.5 }, message: "must be <= 0.5" }];
                                                                              return false;
                                                                            } else {
                                                                              if (data38 <= 0 || isNaN(data38)) {
                                                                                validate102.errors = [{ instancePath: instancePath + "/run/gate/regression/alpha", schemaPath: "#/properties/run/properties/gate/properties/regression/properties/alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" }];
                                                                                return false;
                                                                              }
                                                                            }
                                                                          } else {
                                                                            validate102.errors = [{ instancePath: instancePath + "/run/gate/regression/alpha", schemaPath: "#/properties/run/properties/gate/properties/regression/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                            return false;
                                                                          }
                                                                        }
                                                                        var valid17 = _errs98 === errors;
                                                                      } else {
                                                                        var valid17 = true;
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            } else {
                                                              validate102.errors = [{ instancePath: instancePath + "/run/gate/regression", schemaPath: "#/properties/run/properties/gate/properties/regression/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid14 = _errs91 === errors;
                                                        } else {
                                                          var valid14 = true;
                                                        }
                                                      }
                                                    }
                                                  }
                                                } else {
                                                  validate102.errors = [{ instancePath: instancePath + "/run/gate", schemaPath: "#/properties/run/properties/gate/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                  return false;
                                                }
                                              }
                                              var valid5 = _errs85 === errors;
                                            } else {
                                              var valid5 = true;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    } else {
                      validate102.errors = [{ instancePath: instancePath + "/run", schemaPath: "#/properties/run/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid0 = _errs21 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.timing !== void 0) {
                    let data39 = data.timing;
                    const _errs100 = errors;
                    if (errors === _errs100) {
                      if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                        let missing10;
                        if (data39.startedAt === void 0 && (missing10 = "startedAt") || data39.durationMs === void 0 && (missing10 = "durationMs")) {
                          validate102.errors = [{ instancePath: instancePath + "/timing", schemaPath: "#/properties/timing/required", keyword: "required", params: { missingProperty: missing10 }, message: "must have required property '" + missing10 + "'" }];
                          return false;
                        } else {
                          const _errs102 = errors;
                          for (const key10 in data39) {
                            if (!(key10 === "startedAt" || key10 === "durationMs")) {
                              validate102.errors = [{ instancePath: instancePath + "/timing", schemaPath: "#/properties/timing/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" }];
                              return false;
                              break;
                            }
                          }
                          if (_errs102 === errors) {
                            if (data39.startedAt !== void 0) {
                              let data40 = data39.startedAt;
                              const _errs103 = errors;
                              if (errors === _errs103) {
                                if (typeof data40 === "string") {
                                  if (!pattern42.test(data40)) {
                                    validate102.errors = [{ instancePath: instancePath + "/timing/startedAt", schemaPath: "#/properties/timing/properties/startedAt/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d+)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)$" }, message: 'must match pattern "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d+)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)$"' }];
                                    return false;
                                  }
                                } else {
                                  validate102.errors = [{ instancePath: instancePath + "/timing/startedAt", schemaPath: "#/properties/timing/properties/startedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                              var valid19 = _errs103 === errors;
                            } else {
                              var valid19 = true;
                            }
                            if (valid19) {
                              if (data39.durationMs !== void 0) {
                                let data41 = data39.durationMs;
                                const _errs105 = errors;
                                if (errors === _errs105) {
                                  if (typeof data41 == "number") {
                                    if (data41 < 0 || isNaN(data41)) {
                                      validate102.errors = [{ instancePath: instancePath + "/timing/durationMs", schemaPath: "#/properties/timing/properties/durationMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                      return false;
                                    }
                                  } else {
                                    validate102.errors = [{ instancePath: instancePath + "/timing/durationMs", schemaPath: "#/properties/timing/properties/durationMs/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                    return false;
                                  }
                                }
                                var valid19 = _errs105 === errors;
                              } else {
                                var valid19 = true;
                              }
                            }
                          }
                        }
                      } else {
                        validate102.errors = [{ instancePath: instancePath + "/timing", schemaPath: "#/properties/timing/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs100 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.task !== void 0) {
                      let data42 = data.task;
                      const _errs107 = errors;
                      if (!(data42 === "binary" || data42 === "multiclass" || data42 === "regression")) {
                        validate102.errors = [{ instancePath: instancePath + "/task", schemaPath: "#/properties/task/enum", keyword: "enum", params: { allowedValues: schema112.properties.task.enum }, message: "must be equal to one of the allowed values" }];
                        return false;
                      }
                      var valid0 = _errs107 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.classes !== void 0) {
                        let data43 = data.classes;
                        const _errs108 = errors;
                        const _errs109 = errors;
                        let valid20 = false;
                        let passing3 = null;
                        const _errs110 = errors;
                        if (data43 !== null) {
                          const err27 = { instancePath: instancePath + "/classes", schemaPath: "#/properties/classes/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                          if (vErrors === null) {
                            vErrors = [err27];
                          } else {
                            vErrors.push(err27);
                          }
                          errors++;
                        }
                        var _valid3 = _errs110 === errors;
                        if (_valid3) {
                          valid20 = true;
                          passing3 = 0;
                        }
                        const _errs112 = errors;
                        if (errors === _errs112) {
                          if (Array.isArray(data43)) {
                            if (data43.length < 2) {
                              const err28 = { instancePath: instancePath + "/classes", schemaPath: "#/properties/classes/oneOf/1/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                              if (vErrors === null) {
                                vErrors = [err28];
                              } else {
                                vErrors.push(err28);
                              }
                              errors++;
                            } else {
                              var valid21 = true;
                              const len1 = data43.length;
                              for (let i2 = 0; i2 < len1; i2++) {
                                const _errs114 = errors;
                                if (typeof data43[i2] !== "string") {
                                  const err29 = { instancePath: instancePath + "/classes/" + i2, schemaPath: "#/properties/classes/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                  if (vErrors === null) {
                                    vErrors = [err29];
                                  } else {
                                    vErrors.push(err29);
                                  }
                                  errors++;
                                }
                                var valid21 = _errs114 === errors;
                                if (!valid21) {
                                  break;
                                }
                              }
                            }
                          } else {
                            const err30 = { instancePath: instancePath + "/classes", schemaPath: "#/properties/classes/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                              vErrors = [err30];
                            } else {
                              vErrors.push(err30);
                            }
                            errors++;
                          }
                        }
                        var _valid3 = _errs112 === errors;
                        if (_valid3 && valid20) {
                          valid20 = false;
                          passing3 = [passing3, 1];
                        } else {
                          if (_valid3) {
                            valid20 = true;
                            passing3 = 1;
                          }
                        }
                        if (!valid20) {
                          const err31 = { instancePath: instancePath + "/classes", schemaPath: "#/properties/classes/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf" };
                          if (vErrors === null) {
                            vErrors = [err31];
                          } else {
                            vErrors.push(err31);
                          }
                          errors++;
                          validate102.errors = vErrors;
                          return false;
                        } else {
                          errors = _errs109;
                          if (vErrors !== null) {
                            if (_errs109) {
                              vErrors.length = _errs109;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                        var valid0 = _errs108 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.data !== void 0) {
                          let data45 = data.data;
                          const _errs116 = errors;
                          if (errors === _errs116) {
                            if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                              let missing11;
                              if (data45.labelCounts === void 0 && (missing11 = "labelCounts") || data45.duplicateRows === void 0 && (missing11 = "duplicateRows")) {
                                validate102.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/properties/data/required", keyword: "required", params: { missingProperty: missing11 }, message: "must have required property '" + missing11 + "'" }];
                                return false;
                              } else {
                                const _errs118 = errors;
                                for (const key11 in data45) {
                                  if (!(key11 === "labelCounts" || key11 === "duplicateRows")) {
                                    validate102.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/properties/data/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" }];
                                    return false;
                                    break;
                                  }
                                }
                                if (_errs118 === errors) {
                                  if (data45.labelCounts !== void 0) {
                                    let data46 = data45.labelCounts;
                                    const _errs119 = errors;
                                    const _errs120 = errors;
                                    let valid23 = false;
                                    let passing4 = null;
                                    const _errs121 = errors;
                                    if (data46 !== null) {
                                      const err32 = { instancePath: instancePath + "/data/labelCounts", schemaPath: "#/properties/data/properties/labelCounts/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                      if (vErrors === null) {
                                        vErrors = [err32];
                                      } else {
                                        vErrors.push(err32);
                                      }
                                      errors++;
                                    }
                                    var _valid4 = _errs121 === errors;
                                    if (_valid4) {
                                      valid23 = true;
                                      passing4 = 0;
                                    }
                                    const _errs123 = errors;
                                    if (errors === _errs123) {
                                      if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                                        for (const key12 in data46) {
                                          let data47 = data46[key12];
                                          const _errs126 = errors;
                                          if (!(typeof data47 == "number" && (!(data47 % 1) && !isNaN(data47)))) {
                                            const err33 = { instancePath: instancePath + "/data/labelCounts/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/data/properties/labelCounts/oneOf/1/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                            if (vErrors === null) {
                                              vErrors = [err33];
                                            } else {
                                              vErrors.push(err33);
                                            }
                                            errors++;
                                          }
                                          if (errors === _errs126) {
                                            if (typeof data47 == "number") {
                                              if (data47 < 0 || isNaN(data47)) {
                                                const err34 = { instancePath: instancePath + "/data/labelCounts/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/data/properties/labelCounts/oneOf/1/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                if (vErrors === null) {
                                                  vErrors = [err34];
                                                } else {
                                                  vErrors.push(err34);
                                                }
                                                errors++;
                                              }
                                            }
                                          }
                                          var valid24 = _errs126 === errors;
                                          if (!valid24) {
                                            break;
                                          }
                                        }
                                      } else {
                                        const err35 = { instancePath: instancePath + "/data/labelCounts", schemaPath: "#/properties/data/properties/labelCounts/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                        if (vErrors === null) {
                                          vErrors = [err35];
                                        } else {
                                          vErrors.push(err35);
                                        }
                                        errors++;
                                      }
                                    }
                                    var _valid4 = _errs123 === errors;
                                    if (_valid4 && valid23) {
                                      valid23 = false;
                                      passing4 = [passing4, 1];
                                    } else {
                                      if (_valid4) {
                                        valid23 = true;
                                        passing4 = 1;
                                      }
                                    }
                                    if (!valid23) {
                                      const err36 = { instancePath: instancePath + "/data/labelCounts", schemaPath: "#/properties/data/properties/labelCounts/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf" };
                                      if (vErrors === null) {
                                        vErrors = [err36];
                                      } else {
                                        vErrors.push(err36);
                                      }
                                      errors++;
                                      validate102.errors = vErrors;
                                      return false;
                                    } else {
                                      errors = _errs120;
                                      if (vErrors !== null) {
                                        if (_errs120) {
                                          vErrors.length = _errs120;
                                        } else {
                                          vErrors = null;
                                        }
                                      }
                                    }
                                    var valid22 = _errs119 === errors;
                                  } else {
                                    var valid22 = true;
                                  }
                                  if (valid22) {
                                    if (data45.duplicateRows !== void 0) {
                                      let data48 = data45.duplicateRows;
                                      const _errs128 = errors;
                                      if (!(typeof data48 == "number" && (!(data48 % 1) && !isNaN(data48)))) {
                                        validate102.errors = [{ instancePath: instancePath + "/data/duplicateRows", schemaPath: "#/properties/data/properties/duplicateRows/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                        return false;
                                      }
                                      if (errors === _errs128) {
                                        if (typeof data48 == "number") {
                                          if (data48 < 0 || isNaN(data48)) {
                                            validate102.errors = [{ instancePath: instancePath + "/data/duplicateRows", schemaPath: "#/properties/data/properties/duplicateRows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                            return false;
                                          }
                                        }
                                      }
                                      var valid22 = _errs128 === errors;
                                    } else {
                                      var valid22 = true;
                                    }
                                  }
                                }
                              }
                            } else {
                              validate102.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid0 = _errs116 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.metrics !== void 0) {
                            let data49 = data.metrics;
                            const _errs130 = errors;
                            if (errors === _errs130) {
                              if (Array.isArray(data49)) {
                                if (data49.length < 1) {
                                  validate102.errors = [{ instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                  return false;
                                } else {
                                  var valid25 = true;
                                  const len2 = data49.length;
                                  for (let i3 = 0; i3 < len2; i3++) {
                                    let data50 = data49[i3];
                                    const _errs132 = errors;
                                    if (errors === _errs132) {
                                      if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                                        let missing12;
                                        if (data50.name === void 0 && (missing12 = "name") || data50.higherIsBetter === void 0 && (missing12 = "higherIsBetter")) {
                                          validate102.errors = [{ instancePath: instancePath + "/metrics/" + i3, schemaPath: "#/properties/metrics/items/required", keyword: "required", params: { missingProperty: missing12 }, message: "must have required property '" + missing12 + "'" }];
                                          return false;
                                        } else {
                                          const _errs134 = errors;
                                          for (const key13 in data50) {
                                            if (!(key13 === "name" || key13 === "higherIsBetter")) {
                                              validate102.errors = [{ instancePath: instancePath + "/metrics/" + i3, schemaPath: "#/properties/metrics/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" }];
                                              return false;
                                              break;
                                            }
                                          }
                                          if (_errs134 === errors) {
                                            if (data50.name !== void 0) {
                                              let data51 = data50.name;
                                              const _errs135 = errors;
                                              if (!(data51 === "accuracy" || data51 === "error_rate" || data51 === "precision" || data51 === "recall" || data51 === "f1" || data51 === "precision_macro" || data51 === "recall_macro" || data51 === "f1_macro" || data51 === "f1_weighted" || data51 === "roc_auc" || data51 === "log_loss" || data51 === "mse" || data51 === "rmse" || data51 === "mae" || data51 === "r2")) {
                                                validate102.errors = [{ instancePath: instancePath + "/metrics/" + i3 + "/name", schemaPath: "#/definitions/metricName/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values" }];
                                                return false;
                                              }
                                              var valid26 = _errs135 === errors;
                                            } else {
                                              var valid26 = true;
                                            }
                                            if (valid26) {
                                              if (data50.higherIsBetter !== void 0) {
                                                const _errs137 = errors;
                                                if (typeof data50.higherIsBetter !== "boolean") {
                                                  validate102.errors = [{ instancePath: instancePath + "/metrics/" + i3 + "/higherIsBetter", schemaPath: "#/properties/metrics/items/properties/higherIsBetter/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                  return false;
                                                }
                                                var valid26 = _errs137 === errors;
                                              } else {
                                                var valid26 = true;
                                              }
                                            }
                                          }
                                        }
                                      } else {
                                        validate102.errors = [{ instancePath: instancePath + "/metrics/" + i3, schemaPath: "#/properties/metrics/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                      }
                                    }
                                    var valid25 = _errs132 === errors;
                                    if (!valid25) {
                                      break;
                                    }
                                  }
                                }
                              } else {
                                validate102.errors = [{ instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid0 = _errs130 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.baseline !== void 0) {
                              let data53 = data.baseline;
                              const _errs139 = errors;
                              if (errors === _errs139) {
                                if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                                  let missing13;
                                  if (data53.n === void 0 && (missing13 = "n") || data53.metrics === void 0 && (missing13 = "metrics")) {
                                    validate102.errors = [{ instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/required", keyword: "required", params: { missingProperty: missing13 }, message: "must have required property '" + missing13 + "'" }];
                                    return false;
                                  } else {
                                    const _errs141 = errors;
                                    for (const key14 in data53) {
                                      if (!(key14 === "n" || key14 === "metrics")) {
                                        validate102.errors = [{ instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" }];
                                        return false;
                                        break;
                                      }
                                    }
                                    if (_errs141 === errors) {
                                      if (data53.n !== void 0) {
                                        let data54 = data53.n;
                                        const _errs142 = errors;
                                        if (!(typeof data54 == "number" && (!(data54 % 1) && !isNaN(data54)))) {
                                          validate102.errors = [{ instancePath: instancePath + "/baseline/n", schemaPath: "#/properties/baseline/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                          return false;
                                        }
                                        if (errors === _errs142) {
                                          if (typeof data54 == "number") {
                                            if (data54 < 1 || isNaN(data54)) {
                                              validate102.errors = [{ instancePath: instancePath + "/baseline/n", schemaPath: "#/properties/baseline/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                              return false;
                                            }
                                          }
                                        }
                                        var valid28 = _errs142 === errors;
                                      } else {
                                        var valid28 = true;
                                      }
                                      if (valid28) {
                                        if (data53.metrics !== void 0) {
                                          let data55 = data53.metrics;
                                          const _errs144 = errors;
                                          if (errors === _errs144) {
                                            if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
                                              for (const key15 in data55) {
                                                const _errs147 = errors;
                                                if (!validate112(data55[key15], { instancePath: instancePath + "/baseline/metrics/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data55, parentDataProperty: key15, rootData })) {
                                                  vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);
                                                  errors = vErrors.length;
                                                }
                                                var valid29 = _errs147 === errors;
                                                if (!valid29) {
                                                  break;
                                                }
                                              }
                                            } else {
                                              validate102.errors = [{ instancePath: instancePath + "/baseline/metrics", schemaPath: "#/properties/baseline/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                              return false;
                                            }
                                          }
                                          var valid28 = _errs144 === errors;
                                        } else {
                                          var valid28 = true;
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate102.errors = [{ instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs139 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.groups !== void 0) {
                                let data57 = data.groups;
                                const _errs148 = errors;
                                if (errors === _errs148) {
                                  if (Array.isArray(data57)) {
                                    var valid30 = true;
                                    const len3 = data57.length;
                                    for (let i4 = 0; i4 < len3; i4++) {
                                      const _errs150 = errors;
                                      if (!validate13(data57[i4], { instancePath: instancePath + "/groups/" + i4, parentData: data57, parentDataProperty: i4, rootData })) {
                                        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                                        errors = vErrors.length;
                                      }
                                      var valid30 = _errs150 === errors;
                                      if (!valid30) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate102.errors = [{ instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs148 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.components !== void 0) {
                                  let data59 = data.components;
                                  const _errs151 = errors;
                                  if (errors === _errs151) {
                                    if (Array.isArray(data59)) {
                                      var valid31 = true;
                                      const len4 = data59.length;
                                      for (let i5 = 0; i5 < len4; i5++) {
                                        const _errs153 = errors;
                                        if (!validate15(data59[i5], { instancePath: instancePath + "/components/" + i5, parentData: data59, parentDataProperty: i5, rootData })) {
                                          vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
                                          errors = vErrors.length;
                                        }
                                        var valid31 = _errs153 === errors;
                                        if (!valid31) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate102.errors = [{ instancePath: instancePath + "/components", schemaPath: "#/properties/components/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs151 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.tests !== void 0) {
                                    let data61 = data.tests;
                                    const _errs154 = errors;
                                    if (errors === _errs154) {
                                      if (Array.isArray(data61)) {
                                        var valid32 = true;
                                        const len5 = data61.length;
                                        for (let i6 = 0; i6 < len5; i6++) {
                                          const _errs156 = errors;
                                          if (!validate19(data61[i6], { instancePath: instancePath + "/tests/" + i6, parentData: data61, parentDataProperty: i6, rootData })) {
                                            vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
                                            errors = vErrors.length;
                                          }
                                          var valid32 = _errs156 === errors;
                                          if (!valid32) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate102.errors = [{ instancePath: instancePath + "/tests", schemaPath: "#/properties/tests/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                      }
                                    }
                                    var valid0 = _errs154 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.sensitivity !== void 0) {
                                      let data63 = data.sensitivity;
                                      const _errs157 = errors;
                                      if (errors === _errs157) {
                                        if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                                          let missing14;
                                          if (data63.grid === void 0 && (missing14 = "grid") || data63.repeats === void 0 && (missing14 = "repeats") || data63.scale === void 0 && (missing14 = "scale") || data63.draws === void 0 && (missing14 = "draws") || data63.curves === void 0 && (missing14 = "curves")) {
                                            validate102.errors = [{ instancePath: instancePath + "/sensitivity", schemaPath: "#/properties/sensitivity/required", keyword: "required", params: { missingProperty: missing14 }, message: "must have required property '" + missing14 + "'" }];
                                            return false;
                                          } else {
                                            const _errs159 = errors;
                                            for (const key16 in data63) {
                                              if (!(key16 === "grid" || key16 === "repeats" || key16 === "scale" || key16 === "draws" || key16 === "curves")) {
                                                validate102.errors = [{ instancePath: instancePath + "/sensitivity", schemaPath: "#/properties/sensitivity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" }];
                                                return false;
                                                break;
                                              }
                                            }
                                            if (_errs159 === errors) {
                                              if (data63.grid !== void 0) {
                                                let data64 = data63.grid;
                                                const _errs160 = errors;
                                                if (errors === _errs160) {
                                                  if (Array.isArray(data64)) {
                                                    if (data64.length < 1) {
                                                      validate102.errors = [{ instancePath: instancePath + "/sensitivity/grid", schemaPath: "#/properties/sensitivity/properties/grid/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                                      return false;
                                                    } else {
                                                      var valid34 = true;
                                                      const len6 = data64.length;
                                                      for (let i7 = 0; i7 < len6; i7++) {
                                                        let data65 = data64[i7];
                                                        const _errs162 = errors;
                                                        if (errors === _errs162) {
                                                          if (typeof data65 == "number") {
                                                            if (data65 > 1 || isNaN(data65)) {
                                                              validate102.errors = [{ instancePath: instancePath + "/sensitivity/grid/" + i7, schemaPath: "#/properties/sensitivity/properties/grid/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" }];
                                                              return false;
                                                            } else {
                                                              if (data65 < 0 || isNaN(data65)) {
                                                                validate102.errors = [{ instancePath: instancePath + "/sensitivity/grid/" + i7, schemaPath: "#/properties/sensitivity/properties/grid/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                return false;
                                                              }
                                                            }
                                                          } else {
                                                            validate102.errors = [{ instancePath: instancePath + "/sensitivity/grid/" + i7, schemaPath: "#/properties/sensitivity/properties/grid/items/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid34 = _errs162 === errors;
                                                        if (!valid34) {
                                                          break;
                                                        }
                                                      }
                                                    }
                                                  } else {
                                                    validate102.errors = [{ instancePath: instancePath + "/sensitivity/grid", schemaPath: "#/properties/sensitivity/properties/grid/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                    return false;
                                                  }
                                                }
                                                var valid33 = _errs160 === errors;
                                              } else {
                                                var valid33 = true;
                                              }
                                              if (valid33) {
                                                if (data63.repeats !== void 0) {
                                                  let data66 = data63.repeats;
                                                  const _errs164 = errors;
                                                  if (!(typeof data66 == "number" && (!(data66 % 1) && !isNaN(data66)))) {
                                                    validate102.errors = [{ instancePath: instancePath + "/sensitivity/repeats", schemaPath: "#/properties/sensitivity/properties/repeats/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                    return false;
                                                  }
                                                  if (errors === _errs164) {
                                                    if (typeof data66 == "number") {
                                                      if (data66 < 1 || isNaN(data66)) {
                                                        validate102.errors = [{ instancePath: instancePath + "/sensitivity/repeats", schemaPath: "#/properties/sensitivity/properties/repeats/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                        return false;
                                                      }
                                                    }
                                                  }
                                                  var valid33 = _errs164 === errors;
                                                } else {
                                                  var valid33 = true;
                                                }
                                                if (valid33) {
                                                  if (data63.scale !== void 0) {
                                                    let data67 = data63.scale;
                                                    const _errs166 = errors;
                                                    const _errs167 = errors;
                                                    let valid35 = false;
                                                    const _errs168 = errors;
                                                    if ("std" !== data67) {
                                                      const err37 = { instancePath: instancePath + "/sensitivity/scale", schemaPath: "#/properties/sensitivity/properties/scale/anyOf/0/const", keyword: "const", params: { allowedValue: "std" }, message: "must be equal to constant" };
                                                      if (vErrors === null) {
                                                        vErrors = [err37];
                                                      } else {
                                                        vErrors.push(err37);
                                                      }
                                                      errors++;
                                                    }
                                                    var _valid5 = _errs168 === errors;
                                                    valid35 = valid35 || _valid5;
                                                    if (!valid35) {
                                                      const _errs169 = errors;
                                                      if (errors === _errs169) {
                                                        if (typeof data67 == "number") {
                                                          if (data67 <= 0 || isNaN(data67)) {
                                                            const err38 = { instancePath: instancePath + "/sensitivity/scale", schemaPath: "#/properties/sensitivity/properties/scale/anyOf/1/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                                                            if (vErrors === null) {
                                                              vErrors = [err38];
                                                            } else {
                                                              vErrors.push(err38);
                                                            }
                                                            errors++;
                                                          }
                                                        } else {
                                                          const err39 = { instancePath: instancePath + "/sensitivity/scale", schemaPath: "#/properties/sensitivity/properties/scale/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                          if (vErrors === null) {
                                                            vErrors = [err39];
                                                          } else {
                                                            vErrors.push(err39);
                                                          }
                                                          errors++;
                                                        }
                                                      }
                                                      var _valid5 = _errs169 === errors;
                                                      valid35 = valid35 || _valid5;
                                                    }
                                                    if (!valid35) {
                                                      const err40 = { instancePath: instancePath + "/sensitivity/scale", schemaPath: "#/properties/sensitivity/properties/scale/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                      if (vErrors === null) {
                                                        vErrors = [err40];
                                                      } else {
                                                        vErrors.push(err40);
                                                      }
                                                      errors++;
                                                      validate102.errors = vErrors;
                                                      return false;
                                                    } else {
                                                      errors = _errs167;
                                                      if (vErrors !== null) {
                                                        if (_errs167) {
                                                          vErrors.length = _errs167;
                                                        } else {
                                                          vErrors = null;
                                                        }
                                                      }
                                                    }
                                                    var valid33 = _errs166 === errors;
                                                  } else {
                                                    var valid33 = true;
                                                  }
                                                  if (valid33) {
                                                    if (data63.draws !== void 0) {
                                                      let data68 = data63.draws;
                                                      const _errs171 = errors;
                                                      if (!(data68 === "gaussian" || data68 === "permutation")) {
                                                        validate102.errors = [{ instancePath: instancePath + "/sensitivity/draws", schemaPath: "#/properties/sensitivity/properties/draws/enum", keyword: "enum", params: { allowedValues: schema112.properties.sensitivity.properties.draws.enum }, message: "must be equal to one of the allowed values" }];
                                                        return false;
                                                      }
                                                      var valid33 = _errs171 === errors;
                                                    } else {
                                                      var valid33 = true;
                                                    }
                                                    if (valid33) {
                                                      if (data63.curves !== void 0) {
                                                        let data69 = data63.curves;
                                                        const _errs172 = errors;
                                                        if (errors === _errs172) {
                                                          if (Array.isArray(data69)) {
                                                            var valid36 = true;
                                                            const len7 = data69.length;
                                                            for (let i8 = 0; i8 < len7; i8++) {
                                                              const _errs174 = errors;
                                                              if (!validate21(data69[i8], { instancePath: instancePath + "/sensitivity/curves/" + i8, parentData: data69, parentDataProperty: i8, rootData })) {
                                                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                                                errors = vErrors.length;
                                                              }
                                                              var valid36 = _errs174 === errors;
                                                              if (!valid36) {
                                                                break;
                                                              }
                                                            }
                                                          } else {
                                                            validate102.errors = [{ instancePath: instancePath + "/sensitivity/curves", schemaPath: "#/properties/sensitivity/properties/curves/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid33 = _errs172 === errors;
                                                      } else {
                                                        var valid33 = true;
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        } else {
                                          validate102.errors = [{ instancePath: instancePath + "/sensitivity", schemaPath: "#/properties/sensitivity/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid0 = _errs157 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.predictions !== void 0) {
                                        let data71 = data.predictions;
                                        const _errs175 = errors;
                                        if (errors === _errs175) {
                                          if (data71 && typeof data71 == "object" && !Array.isArray(data71)) {
                                            let missing15;
                                            if (data71.encoding === void 0 && (missing15 = "encoding") || data71.shape === void 0 && (missing15 = "shape") || data71.baseline === void 0 && (missing15 = "baseline") || data71.labels === void 0 && (missing15 = "labels")) {
                                              validate102.errors = [{ instancePath: instancePath + "/predictions", schemaPath: "#/properties/predictions/required", keyword: "required", params: { missingProperty: missing15 }, message: "must have required property '" + missing15 + "'" }];
                                              return false;
                                            } else {
                                              const _errs177 = errors;
                                              for (const key17 in data71) {
                                                if (!(key17 === "encoding" || key17 === "shape" || key17 === "baseline" || key17 === "labels")) {
                                                  validate102.errors = [{ instancePath: instancePath + "/predictions", schemaPath: "#/properties/predictions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" }];
                                                  return false;
                                                  break;
                                                }
                                              }
                                              if (_errs177 === errors) {
                                                if (data71.encoding !== void 0) {
                                                  const _errs178 = errors;
                                                  if ("base64-le" !== data71.encoding) {
                                                    validate102.errors = [{ instancePath: instancePath + "/predictions/encoding", schemaPath: "#/properties/predictions/properties/encoding/const", keyword: "const", params: { allowedValue: "base64-le" }, message: "must be equal to constant" }];
                                                    return false;
                                                  }
                                                  var valid37 = _errs178 === errors;
                                                } else {
                                                  var valid37 = true;
                                                }
                                                if (valid37) {
                                                  if (data71.shape !== void 0) {
                                                    let data73 = data71.shape;
                                                    const _errs179 = errors;
                                                    if (errors === _errs179) {
                                                      if (Array.isArray(data73)) {
                                                        if (data73.length > 2) {
                                                          validate102.errors = [{ instancePath: instancePath + "/predictions/shape", schemaPath: "#/properties/predictions/properties/shape/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" }];
                                                          return false;
                                                        } else {
                                                          if (data73.length < 2) {
                                                            validate102.errors = [{ instancePath: instancePath + "/predictions/shape", schemaPath: "#/properties/predictions/properties/shape/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" }];
                                                            return false;
                                                          } else {
                                                            var valid38 = true;
                                                            const len8 = data73.length;
                                                            for (let i9 = 0; i9 < len8; i9++) {
                                                              let data74 = data73[i9];
                                                              const _errs181 = errors;
                                                              if (!(typeof data74 == "number" && (!(data74 % 1) && !isNaN(data74)))) {
                                                                validate102.errors = [{ instancePath: instancePath + "/predictions/shape/" + i9, schemaPath: "#/properties/predictions/properties/shape/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                return false;
                                                              }
                                                              if (errors === _errs181) {
                                                                if (typeof data74 == "number") {
                                                                  if (data74 < 1 || isNaN(data74)) {
                                                                    validate102.errors = [{ instancePath: instancePath + "/predictions/shape/" + i9, schemaPath: "#/properties/predictions/properties/shape/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                    return false;
                                                                  }
                                                                }
                                                              }
                                                              var valid38 = _errs181 === errors;
                                                              if (!valid38) {
                                                                break;
                                                              }
                                                            }
                                                          }
                                                        }
                                                      } else {
                                                        validate102.errors = [{ instancePath: instancePath + "/predictions/shape", schemaPath: "#/properties/predictions/properties/shape/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid37 = _errs179 === errors;
                                                  } else {
                                                    var valid37 = true;
                                                  }
                                                  if (valid37) {
                                                    if (data71.baseline !== void 0) {
                                                      const _errs183 = errors;
                                                      if (typeof data71.baseline !== "string") {
                                                        validate102.errors = [{ instancePath: instancePath + "/predictions/baseline", schemaPath: "#/properties/predictions/properties/baseline/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid37 = _errs183 === errors;
                                                    } else {
                                                      var valid37 = true;
                                                    }
                                                    if (valid37) {
                                                      if (data71.labels !== void 0) {
                                                        const _errs185 = errors;
                                                        if (typeof data71.labels !== "string") {
                                                          validate102.errors = [{ instancePath: instancePath + "/predictions/labels", schemaPath: "#/properties/predictions/properties/labels/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid37 = _errs185 === errors;
                                                      } else {
                                                        var valid37 = true;
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            validate102.errors = [{ instancePath: instancePath + "/predictions", schemaPath: "#/properties/predictions/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid0 = _errs175 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.acceptances !== void 0) {
                                          let data77 = data.acceptances;
                                          const _errs187 = errors;
                                          if (errors === _errs187) {
                                            if (Array.isArray(data77)) {
                                              var valid39 = true;
                                              const len9 = data77.length;
                                              for (let i10 = 0; i10 < len9; i10++) {
                                                let data78 = data77[i10];
                                                const _errs189 = errors;
                                                const _errs190 = errors;
                                                if (errors === _errs190) {
                                                  if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
                                                    let missing16;
                                                    if (data78.check === void 0 && (missing16 = "check") || data78.by === void 0 && (missing16 = "by") || data78.reason === void 0 && (missing16 = "reason") || data78.pullRequest === void 0 && (missing16 = "pullRequest") || data78.headSha === void 0 && (missing16 = "headSha") || data78.via === void 0 && (missing16 = "via")) {
                                                      validate102.errors = [{ instancePath: instancePath + "/acceptances/" + i10, schemaPath: "#/definitions/acceptance/required", keyword: "required", params: { missingProperty: missing16 }, message: "must have required property '" + missing16 + "'" }];
                                                      return false;
                                                    } else {
                                                      const _errs192 = errors;
                                                      for (const key18 in data78) {
                                                        if (!(key18 === "check" || key18 === "by" || key18 === "reason" || key18 === "pullRequest" || key18 === "headSha" || key18 === "via" || key18 === "drop" || key18 === "value")) {
                                                          validate102.errors = [{ instancePath: instancePath + "/acceptances/" + i10, schemaPath: "#/definitions/acceptance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" }];
                                                          return false;
                                                          break;
                                                        }
                                                      }
                                                      if (_errs192 === errors) {
                                                        if (data78.check !== void 0) {
                                                          let data79 = data78.check;
                                                          const _errs193 = errors;
                                                          if (errors === _errs193) {
                                                            if (typeof data79 === "string") {
                                                              if (func5(data79) < 1) {
                                                                validate102.errors = [{ instancePath: instancePath + "/acceptances/" + i10 + "/check", schemaPath: "#/definitions/acceptance/properties/check/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                return false;
                                                              }
                                                            } else {
                                                              validate102.errors = [{ instancePath: instancePath + "/acceptances/" + i10 + "/check", schemaPath: "#/definitions/acceptance/properties/check/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid41 = _errs193 === errors;
                                                        } else {
                                                          var valid41 = true;
                                                        }
                                                        if (valid41) {
                                                          if (data78.by !== void 0) {
                                                            let data80 = data78.by;
                                                            const _errs195 = errors;
                                                            if (errors === _errs195) {
                                                              if (typeof data80 === "string") {
                                                                if (func5(data80) < 1) {
                                                                  validate102.errors = [{ instancePath: instancePath + "/acceptances/" + i10 + "/by", schemaPath: "#/definitions/acceptance/properties/by/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                  return false;
                                                                }
                                                              } else {
                                                                validate102.errors = [{ instancePath: instancePath + "/acceptances/" + i10 + "/by", schemaPath: "#/definitions/acceptance/properties/by/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                              }
                                                            }
                                                            var valid41 = _errs195 === errors;
                                                          } else {
                                                            var valid41 = true;
                                                          }
                                                          if (valid41) {
                                                            if (data78.reason !== void 0) {
                                                              const _errs197 = errors;
                                                              if (typeof data78.reason !== "string") {
                                                                validate102.errors = [{ instancePath: instancePath + "/acceptances/" + i10 + "/reason", schemaPath: "#/definitions/acceptance/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                              }
                                                              var valid41 = _errs197 === errors;
                                                            } else {
                                                              var valid41 = true;
                                                            }
                                                            if (valid41) {
                                                              if (data78.pullRequest !== void 0) {
                                                                let data82 = data78.pullRequest;
                                                                const _errs199 = errors;
                                                                if (!(typeof data82 == "number" && (!(data82 % 1) && !isNaN(data82)))) {
                                                                  validate102.errors = [{ instancePath: instancePath + "/acceptances/" + i10 + "/pullRequest", schemaPath: "#/definitions/acceptance/properties/pullRequest/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                  return false;
                                                                }
                                                                if (errors === _errs199) {
                                                                  if (typeof data82 == "number") {
                                                                    if (data82 < 1 || isNaN(data82)) {
                                                                      validate102.errors = [{ instancePath: instancePath + "/acceptances/" + i10 + "/pullRequest", schemaPath: "#/definitions/acceptance/properties/pullRequest/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                }
                                                                var valid41 = _errs199 === errors;
                                                              } else {
                                                                var valid41 = true;
                                                              }
                                                              if (valid41) {
                                                                if (data78.headSha !== void 0) {
                                                                  const _errs201 = errors;
                                                                  if (typeof data78.headSha !== "string") {
                                                                    validate102.errors = [{ instancePath: instancePath + "/acceptances/" + i10 + "/headSha", schemaPath: "#/definitions/acceptance/properties/headSha/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                  }
                                                                  var valid41 = _errs201 === errors;
                                                                } else {
                                                                  var valid41 = true;
                                                                }
                                                                if (valid41) {
                                                                  if (data78.via !== void 0) {
                                                                    let data84 = data78.via;
                                                                    const _errs203 = errors;
                                                                    if (!(data84 === "comment" || data84 === "label")) {
                                                                      validate102.errors = [{ instancePath: instancePath + "/acceptances/" + i10 + "/via", schemaPath: "#/definitions/acceptance/properties/via/enum", keyword: "enum", params: { allowedValues: schema32.properties.via.enum }, message: "must be equal to one of the allowed values" }];
                                                                      return false;
                                                                    }
                                                                    var valid41 = _errs203 === errors;
                                                                  } else {
                                                                    var valid41 = true;
                                                                  }
                                                                  if (valid41) {
                                                                    if (data78.drop !== void 0) {
                                                                      const _errs204 = errors;
                                                                      if (!(typeof data78.drop == "number")) {
                                                                        validate102.errors = [{ instancePath: instancePath + "/acceptances/" + i10 + "/drop", schemaPath: "#/definitions/acceptance/properties/drop/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                        return false;
                                                                      }
                                                                      var valid41 = _errs204 === errors;
                                                                    } else {
                                                                      var valid41 = true;
                                                                    }
                                                                    if (valid41) {
                                                                      if (data78.value !== void 0) {
                                                                        const _errs206 = errors;
                                                                        if (!(typeof data78.value == "number")) {
                                                                          validate102.errors = [{ instancePath: instancePath + "/acceptances/" + i10 + "/value", schemaPath: "#/definitions/acceptance/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                          return false;
                                                                        }
                                                                        var valid41 = _errs206 === errors;
                                                                      } else {
                                                                        var valid41 = true;
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  } else {
                                                    validate102.errors = [{ instancePath: instancePath + "/acceptances/" + i10, schemaPath: "#/definitions/acceptance/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                    return false;
                                                  }
                                                }
                                                var valid39 = _errs189 === errors;
                                                if (!valid39) {
                                                  break;
                                                }
                                              }
                                            } else {
                                              validate102.errors = [{ instancePath: instancePath + "/acceptances", schemaPath: "#/properties/acceptances/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                              return false;
                                            }
                                          }
                                          var valid0 = _errs187 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.retrain !== void 0) {
                                            let data87 = data.retrain;
                                            const _errs208 = errors;
                                            if (errors === _errs208) {
                                              if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
                                                let missing17;
                                                if (data87.seeds === void 0 && (missing17 = "seeds") || data87.timeLimitMs === void 0 && (missing17 = "timeLimitMs") || data87.method === void 0 && (missing17 = "method") || data87.baseline === void 0 && (missing17 = "baseline")) {
                                                  validate102.errors = [{ instancePath: instancePath + "/retrain", schemaPath: "#/properties/retrain/required", keyword: "required", params: { missingProperty: missing17 }, message: "must have required property '" + missing17 + "'" }];
                                                  return false;
                                                } else {
                                                  const _errs210 = errors;
                                                  for (const key19 in data87) {
                                                    if (!(key19 === "seeds" || key19 === "timeLimitMs" || key19 === "method" || key19 === "variants" || key19 === "baseline")) {
                                                      validate102.errors = [{ instancePath: instancePath + "/retrain", schemaPath: "#/properties/retrain/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" }];
                                                      return false;
                                                      break;
                                                    }
                                                  }
                                                  if (_errs210 === errors) {
                                                    if (data87.seeds !== void 0) {
                                                      let data88 = data87.seeds;
                                                      const _errs211 = errors;
                                                      if (errors === _errs211) {
                                                        if (Array.isArray(data88)) {
                                                          if (data88.length < 1) {
                                                            validate102.errors = [{ instancePath: instancePath + "/retrain/seeds", schemaPath: "#/properties/retrain/properties/seeds/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                                            return false;
                                                          } else {
                                                            var valid43 = true;
                                                            const len10 = data88.length;
                                                            for (let i11 = 0; i11 < len10; i11++) {
                                                              let data89 = data88[i11];
                                                              const _errs213 = errors;
                                                              if (!(typeof data89 == "number" && (!(data89 % 1) && !isNaN(data89)))) {
                                                                validate102.errors = [{ instancePath: instancePath + "/retrain/seeds/" + i11, schemaPath: "#/properties/retrain/properties/seeds/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                return false;
                                                              }
                                                              if (errors === _errs213) {
                                                                if (typeof data89 == "number") {
                                                                  if (data89 < 0 || isNaN(data89)) {
                                                                    validate102.errors = [{ instancePath: instancePath + "/retrain/seeds/" + i11, schemaPath: "#/properties/retrain/properties/seeds/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                    return false;
                                                                  }
                                                                }
                                                              }
                                                              var valid43 = _errs213 === errors;
                                                              if (!valid43) {
                                                                break;
                                                              }
                                                            }
                                                          }
                                                        } else {
                                                          validate102.errors = [{ instancePath: instancePath + "/retrain/seeds", schemaPath: "#/properties/retrain/properties/seeds/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid42 = _errs211 === errors;
                                                    } else {
                                                      var valid42 = true;
                                                    }
                                                    if (valid42) {
                                                      if (data87.timeLimitMs !== void 0) {
                                                        let data90 = data87.timeLimitMs;
                                                        const _errs215 = errors;
                                                        if (errors === _errs215) {
                                                          if (typeof data90 == "number") {
                                                            if (data90 <= 0 || isNaN(data90)) {
                                                              validate102.errors = [{ instancePath: instancePath + "/retrain/timeLimitMs", schemaPath: "#/properties/retrain/properties/timeLimitMs/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" }];
                                                              return false;
                                                            }
                                                          } else {
                                                            validate102.errors = [{ instancePath: instancePath + "/retrain/timeLimitMs", schemaPath: "#/properties/retrain/properties/timeLimitMs/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid42 = _errs215 === errors;
                                                      } else {
                                                        var valid42 = true;
                                                      }
                                                      if (valid42) {
                                                        if (data87.method !== void 0) {
                                                          const _errs217 = errors;
                                                          if ("seed-t+example-bootstrap" !== data87.method) {
                                                            validate102.errors = [{ instancePath: instancePath + "/retrain/method", schemaPath: "#/properties/retrain/properties/method/const", keyword: "const", params: { allowedValue: "seed-t+example-bootstrap" }, message: "must be equal to constant" }];
                                                            return false;
                                                          }
                                                          var valid42 = _errs217 === errors;
                                                        } else {
                                                          var valid42 = true;
                                                        }
                                                        if (valid42) {
                                                          if (data87.variants !== void 0) {
                                                            let data92 = data87.variants;
                                                            const _errs218 = errors;
                                                            if (errors === _errs218) {
                                                              if (Array.isArray(data92)) {
                                                                var valid44 = true;
                                                                const len11 = data92.length;
                                                                for (let i12 = 0; i12 < len11; i12++) {
                                                                  const _errs220 = errors;
                                                                  if (typeof data92[i12] !== "string") {
                                                                    validate102.errors = [{ instancePath: instancePath + "/retrain/variants/" + i12, schemaPath: "#/properties/retrain/properties/variants/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                  }
                                                                  var valid44 = _errs220 === errors;
                                                                  if (!valid44) {
                                                                    break;
                                                                  }
                                                                }
                                                              } else {
                                                                validate102.errors = [{ instancePath: instancePath + "/retrain/variants", schemaPath: "#/properties/retrain/properties/variants/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                return false;
                                                              }
                                                            }
                                                            var valid42 = _errs218 === errors;
                                                          } else {
                                                            var valid42 = true;
                                                          }
                                                          if (valid42) {
                                                            if (data87.baseline !== void 0) {
                                                              let data94 = data87.baseline;
                                                              const _errs222 = errors;
                                                              if (errors === _errs222) {
                                                                if (data94 && typeof data94 == "object" && !Array.isArray(data94)) {
                                                                  let missing18;
                                                                  if (data94.runs === void 0 && (missing18 = "runs") || data94.metrics === void 0 && (missing18 = "metrics")) {
                                                                    validate102.errors = [{ instancePath: instancePath + "/retrain/baseline", schemaPath: "#/properties/retrain/properties/baseline/required", keyword: "required", params: { missingProperty: missing18 }, message: "must have required property '" + missing18 + "'" }];
                                                                    return false;
                                                                  } else {
                                                                    const _errs224 = errors;
                                                                    for (const key20 in data94) {
                                                                      if (!(key20 === "runs" || key20 === "metrics")) {
                                                                        validate102.errors = [{ instancePath: instancePath + "/retrain/baseline", schemaPath: "#/properties/retrain/properties/baseline/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties" }];
                                                                        return false;
                                                                        break;
                                                                      }
                                                                    }
                                                                    if (_errs224 === errors) {
                                                                      if (data94.runs !== void 0) {
                                                                        let data95 = data94.runs;
                                                                        const _errs225 = errors;
                                                                        if (errors === _errs225) {
                                                                          if (Array.isArray(data95)) {
                                                                            var valid46 = true;
                                                                            const len12 = data95.length;
                                                                            for (let i13 = 0; i13 < len12; i13++) {
                                                                              let data96 = data95[i13];
                                                                              const _errs227 = errors;
                                                                              const _errs228 = errors;
                                                                              if (errors === _errs228) {
                                                                                if (data96 && typeof data96 == "object" && !Array.isArray(data96)) {
                                                                                  let missing19;
                                                                                  if (data96.seed === void 0 && (missing19 = "seed") || data96.status === void 0 && (missing19 = "status") || data96.ms === void 0 && (missing19 = "ms") || data96.trainMs === void 0 && (missing19 = "trainMs") || data96.cached === void 0 && (missing19 = "cached") || data96.metrics === void 0 && (missing19 = "metrics")) {
                                                                                    validate102.errors = [{ instancePath: instancePath + "/retrain/baseline/runs/" + i13, schemaPath: "#/definitions/retrainRun/required", keyword: "required", params: { missingProperty: missing19 }, message: "must have required property '" + missing19 + "'" }];
                                                                                    return false;
                                                                                  } else {
                                                                                    const _errs230 = errors;
                                                                                    for (const key21 in data96) {
                                                                                      if (!(key21 === "seed" || key21 === "status" || key21 === "ms" || key21 === "trainMs" || key21 === "cached" || key21 === "metrics")) {
                                                                                        validate102.errors = [{ instancePath: instancePath + "/retrain/baseline/runs/" + i13, schemaPath: "#/definitions/retrainRun/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" }];
                                                                                        return false;
                                                                                        break;
                                                                                      }
                                                                                    }
                                                                                    if (_errs230 === errors) {
                                                                                      if (data96.seed !== void 0) {
                                                                                        let data97 = data96.seed;
                                                                                        const _errs231 = errors;
                                                                                        if (!(typeof data97 == "number" && (!(data97 % 1) && !isNaN(data97)))) {
                                                                                          validate102.errors = [{ instancePath: instancePath + "/retrain/baseline/runs/" + i13 + "/seed", schemaPath: "#/definitions/retrainRun/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                          return false;
                                                                                        }
                                                                                        if (errors === _errs231) {
                                                                                          if (typeof data97 == "number") {
                                                                                            if (data97 < 0 || isNaN(data97)) {
                                                                                              validate102.errors = [{ instancePath: instancePath + "/retrain/baseline/runs/" + i13 + "/seed", schemaPath: "#/definitions/retrainRun/properties/seed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                                              return false;
                                                                                            }
                                                                                          }
                                                                                        }
                                                                                        var valid48 = _errs231 === errors;
                                                                                      } else {
                                                                                        var valid48 = true;
                                                                                      }
                                                                                      if (valid48) {
                                                                                        if (data96.status !== void 0) {
                                                                                          let data98 = data96.status;
                                                                                          const _errs233 = errors;
                                                                                          if (!(data98 === "ok" || data98 === "timed-out")) {
                                                                                            validate102.errors = [{ instancePath: instancePath + "/retrain/baseline/runs/" + i13 + "/status", schemaPath: "#/definitions/retrainRun/properties/status/enum", keyword: "enum", params: { allowedValues: schema27.properties.status.enum }, message: "must be equal to one of the allowed values" }];
                                                                                            return false;
                                                                                          }
                                                                                          var valid48 = _errs233 === errors;
                                                                                        } else {
                                                                                          var valid48 = true;
                                                                                        }
                                                                                        if (valid48) {
                                                                                          if (data96.ms !== void 0) {
                                                                                            let data99 = data96.ms;
                                                                                            const _errs234 = errors;
                                                                                            if (errors === _errs234) {
                                                                                              if (typeof data99 == "number") {
                                                                                                if (data99 < 0 || isNaN(data99)) {
                                                                                                  validate102.errors = [{ instancePath: instancePath + "/retrain/baseline/runs/" + i13 + "/ms", schemaPath: "#/definitions/retrainRun/properties/ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                                                  return false;
                                                                                                }
                                                                                              } else {
                                                                                                validate102.errors = [{ instancePath: instancePath + "/retrain/baseline/runs/" + i13 + "/ms", schemaPath: "#/definitions/retrainRun/properties/ms/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                                                return false;
                                                                                              }
                                                                                            }
                                                                                            var valid48 = _errs234 === errors;
                                                                                          } else {
                                                                                            var valid48 = true;
                                                                                          }
                                                                                          if (valid48) {
                                                                                            if (data96.trainMs !== void 0) {
                                                                                              let data100 = data96.trainMs;
                                                                                              const _errs236 = errors;
                                                                                              if (!(typeof data100 == "number") && data100 !== null) {
                                                                                                validate102.errors = [{ instancePath: instancePath + "/retrain/baseline/runs/" + i13 + "/trainMs", schemaPath: "#/definitions/retrainRun/properties/trainMs/type", keyword: "type", params: { type: schema27.properties.trainMs.type }, message: "must be number,null" }];
                                                                                                return false;
                                                                                              }
                                                                                              if (errors === _errs236) {
                                                                                                if (typeof data100 == "number") {
                                                                                                  if (data100 < 0 || isNaN(data100)) {
                                                                                                    validate102.errors = [{ instancePath: instancePath + "/retrain/baseline/runs/" + i13 + "/trainMs", schemaPath: "#/definitions/retrainRun/properties/trainMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                                                    return false;
                                                                                                  }
                                                                                                }
                                                                                              }
                                                                                              var valid48 = _errs236 === errors;
                                                                                            } else {
                                                                                              var valid48 = true;
                                                                                            }
                                                                                            if (valid48) {
                                                                                              if (data96.cached !== void 0) {
                                                                                                const _errs238 = errors;
                                                                                                if (typeof data96.cached !== "boolean") {
                                                                                                  validate102.errors = [{ instancePath: instancePath + "/retrain/baseline/runs/" + i13 + "/cached", schemaPath: "#/definitions/retrainRun/properties/cached/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                                                                  return false;
                                                                                                }
                                                                                                var valid48 = _errs238 === errors;
                                                                                              } else {
                                                                                                var valid48 = true;
                                                                                              }
                                                                                              if (valid48) {
                                                                                                if (data96.metrics !== void 0) {
                                                                                                  let data102 = data96.metrics;
                                                                                                  const _errs240 = errors;
                                                                                                  if (errors === _errs240) {
                                                                                                    if (data102 && typeof data102 == "object" && !Array.isArray(data102)) {
                                                                                                      for (const key22 in data102) {
                                                                                                        let data103 = data102[key22];
                                                                                                        const _errs243 = errors;
                                                                                                        if (!(typeof data103 == "number") && data103 !== null) {
                                                                                                          validate102.errors = [{ instancePath: instancePath + "/retrain/baseline/runs/" + i13 + "/metrics/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/retrainRun/properties/metrics/additionalProperties/type", keyword: "type", params: { type: schema27.properties.metrics.additionalProperties.type }, message: "must be number,null" }];
                                                                                                          return false;
                                                                                                        }
                                                                                                        var valid49 = _errs243 === errors;
                                                                                                        if (!valid49) {
                                                                                                          break;
                                                                                                        }
                                                                                                      }
                                                                                                    } else {
                                                                                                      validate102.errors = [{ instancePath: instancePath + "/retrain/baseline/runs/" + i13 + "/metrics", schemaPath: "#/definitions/retrainRun/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                      return false;
                                                                                                    }
                                                                                                  }
                                                                                                  var valid48 = _errs240 === errors;
                                                                                                } else {
                                                                                                  var valid48 = true;
                                                                                                }
                                                                                              }
                                                                                            }
                                                                                          }
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                } else {
                                                                                  validate102.errors = [{ instancePath: instancePath + "/retrain/baseline/runs/" + i13, schemaPath: "#/definitions/retrainRun/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                  return false;
                                                                                }
                                                                              }
                                                                              var valid46 = _errs227 === errors;
                                                                              if (!valid46) {
                                                                                break;
                                                                              }
                                                                            }
                                                                          } else {
                                                                            validate102.errors = [{ instancePath: instancePath + "/retrain/baseline/runs", schemaPath: "#/properties/retrain/properties/baseline/properties/runs/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                            return false;
                                                                          }
                                                                        }
                                                                        var valid45 = _errs225 === errors;
                                                                      } else {
                                                                        var valid45 = true;
                                                                      }
                                                                      if (valid45) {
                                                                        if (data94.metrics !== void 0) {
                                                                          let data104 = data94.metrics;
                                                                          const _errs245 = errors;
                                                                          if (errors === _errs245) {
                                                                            if (data104 && typeof data104 == "object" && !Array.isArray(data104)) {
                                                                              for (const key23 in data104) {
                                                                                const _errs248 = errors;
                                                                                if (!validate112(data104[key23], { instancePath: instancePath + "/retrain/baseline/metrics/" + key23.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data104, parentDataProperty: key23, rootData })) {
                                                                                  vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);
                                                                                  errors = vErrors.length;
                                                                                }
                                                                                var valid50 = _errs248 === errors;
                                                                                if (!valid50) {
                                                                                  break;
                                                                                }
                                                                              }
                                                                            } else {
                                                                              validate102.errors = [{ instancePath: instancePath + "/retrain/baseline/metrics", schemaPath: "#/properties/retrain/properties/baseline/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                              return false;
                                                                            }
                                                                          }
                                                                          var valid45 = _errs245 === errors;
                                                                        } else {
                                                                          var valid45 = true;
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                } else {
                                                                  validate102.errors = [{ instancePath: instancePath + "/retrain/baseline", schemaPath: "#/properties/retrain/properties/baseline/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                  return false;
                                                                }
                                                              }
                                                              var valid42 = _errs222 === errors;
                                                            } else {
                                                              var valid42 = true;
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              } else {
                                                validate102.errors = [{ instancePath: instancePath + "/retrain", schemaPath: "#/properties/retrain/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                return false;
                                              }
                                            }
                                            var valid0 = _errs208 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate102.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate102.errors = vErrors;
  return errors === 0;
}
function resultsValidator() {
  return validate;
}

// src/results/validate.ts
function resultsProblem(document) {
  const check = resultsValidator();
  if (check(document)) return groupsProblem(document);
  return describe2(check.errors?.[0]);
}
function describe2(error) {
  if (error === void 0) return "invalid results document";
  const where = error.instancePath === "" ? "(root)" : error.instancePath;
  return `${where}: ${error.message ?? "invalid"}`;
}

// src/stats/multiple.ts
function sortedOrder(pvalues, name) {
  const m = pvalues.length;
  const order = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    const p = pvalues[i];
    if (!(p >= 0 && p <= 1))
      throw new RangeError(`${name}: p-values must be in [0, 1], got ${p} at ${i}`);
    order[i] = i;
  }
  return order.sort((a, b) => pvalues[a] - pvalues[b] || a - b);
}
function holm(pvalues) {
  const m = pvalues.length;
  const order = sortedOrder(pvalues, "holm");
  const adjusted = new Float64Array(m);
  let running = 0;
  for (let rank = 0; rank < m; rank++) {
    const i = order[rank];
    running = Math.max(running, Math.min(1, (m - rank) * pvalues[i]));
    adjusted[i] = running;
  }
  return adjusted;
}
function benjaminiHochberg(pvalues) {
  const m = pvalues.length;
  const order = sortedOrder(pvalues, "benjaminiHochberg");
  const adjusted = new Float64Array(m);
  let running = 1;
  for (let rank = m - 1; rank >= 0; rank--) {
    const i = order[rank];
    running = Math.min(running, pvalues[i] * (m / (rank + 1)));
    adjusted[i] = running;
  }
  return adjusted;
}
function adjustForMultipleComparisons(scored, metrics) {
  const families = scored instanceof Map ? [...scored.values()] : [...scored];
  for (const metric of metrics) {
    const entries = families.map((m) => m?.[metric]).filter(
      (c) => c !== void 0 && c.value !== null && c.p !== void 0
    );
    const q = benjaminiHochberg(Float64Array.from(entries.map((c) => c.p)));
    entries.forEach((c, i) => c.q = q[i]);
  }
}

// src/metrics/subset.ts
function subset(predictions, rows) {
  const { k } = predictions;
  const scores = new Float64Array(rows.length * k);
  const yTrue = new Float64Array(rows.length);
  const predicted = new Int32Array(predictions.predicted.length === 0 ? 0 : rows.length);
  rows.forEach((row, i) => {
    yTrue[i] = predictions.yTrue[row];
    for (let j = 0; j < k; j++) scores[i * k + j] = predictions.scores[row * k + j];
    if (predicted.length > 0) predicted[i] = predictions.predicted[row];
  });
  return { task: predictions.task, n: rows.length, k, yTrue, scores, predicted };
}

// src/results/slice.ts
function encodeSlice(rows, n) {
  const bytes = new Uint8Array(Math.ceil(n / 8));
  for (const row of rows) bytes[row >> 3] |= 1 << (row & 7);
  return Buffer.from(bytes).toString("base64");
}
function decodeSlice(bitset, n) {
  const bytes = Buffer.from(bitset, "base64");
  const rows = [];
  for (let row = 0; row < n; row++) if (bytes[row >> 3] & 1 << (row & 7)) rows.push(row);
  return Int32Array.from(rows);
}

// src/stats/bootstrap-t.ts
function bootstrapT(statistic, n, resamples, tail, draw) {
  if (!(tail > 0 && tail < 0.5))
    throw new RangeError(`bootstrapT: tail must be in (0, 0.5), got ${tail}`);
  const { estimate, se } = statistic(void 0);
  if (!Number.isFinite(estimate) || !Number.isFinite(se) || se <= 0) return void 0;
  const weights = new Float64Array(n);
  const t = new Float64Array(resamples);
  for (let b = 0; b < resamples; b++) {
    draw(b, weights);
    const star = statistic(weights);
    t[b] = (star.estimate - estimate) / star.se;
  }
  const [qLow, qHigh] = percentileInterval(t, 1 - 2 * tail);
  if (Number.isNaN(qLow) || Number.isNaN(qHigh)) return void 0;
  return { interval: [estimate - qHigh * se, estimate - qLow * se], estimate, se };
}
function logMean(losses) {
  const n = losses.length;
  return (weights) => {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += (weights === void 0 ? 1 : weights[i]) * losses[i];
    mean /= n;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const w = weights === void 0 ? 1 : weights[i];
      if (w !== 0) squares += w * (losses[i] - mean) ** 2;
    }
    return { estimate: Math.log(mean), se: Math.sqrt(squares / (n - 1) / n) / mean };
  };
}
function logUnexplained(y, squaredErrors) {
  const n = y.length;
  const spread = new Float64Array(n);
  return (weights) => {
    const w = (i) => weights === void 0 ? 1 : weights[i];
    let meanY = 0;
    let sse = 0;
    for (let i = 0; i < n; i++) {
      meanY += w(i) * y[i];
      sse += w(i) * squaredErrors[i];
    }
    meanY /= n;
    sse /= n;
    let sst = 0;
    for (let i = 0; i < n; i++) {
      spread[i] = (y[i] - meanY) ** 2;
      sst += w(i) * spread[i];
    }
    sst /= n;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      if (w(i) !== 0) squares += w(i) * (squaredErrors[i] / sse - spread[i] / sst) ** 2;
    }
    return { estimate: Math.log(sse / sst), se: Math.sqrt(squares / (n - 1) / n) };
  };
}

// src/stats/regression-interval.ts
var DECIDING_TAIL_DIVISOR = 10;
var MINIMUM_ROWS = {
  mse: 100,
  rmse: 100,
  mae: 20,
  r2: 20,
  log_loss: 20
};
function regressionInterval(metric, y, predictions, value, options) {
  const squared = Float64Array.from(y, (v, i) => (v - predictions[i]) ** 2);
  const statistic = metric === "r2" ? logUnexplained(y, squared) : logMean(
    metric === "mae" ? Float64Array.from(y, (v, i) => Math.abs(predictions[i] - v)) : squared
  );
  return studentized(metric, statistic, y.length, value, options);
}
function logLossInterval(losses, value, options) {
  return studentized("log_loss", logMean(losses), losses.length, value, options);
}
function studentized(metric, statistic, n, value, options) {
  const own = statistic(void 0);
  const t = own.se > 1e-12 ? bootstrapT(
    statistic,
    n,
    options.resamples,
    options.tail / DECIDING_TAIL_DIVISOR,
    options.draw
  ) : void 0;
  if (t === void 0) {
    return {
      ci: [value, value],
      degenerate: `${metric} = ${value} with no spread to studentize: too little variation to decide`
    };
  }
  const back = metricScale(metric);
  const [low, high] = t.interval.map(back).sort((a, b) => a - b);
  return {
    ci: [low, high],
    ...n < MINIMUM_ROWS[metric] ? {
      degenerate: `${n} rows: a test on ${metric} needs at least ${MINIMUM_ROWS[metric]} for a calibrated interval`
    } : {}
  };
}
function metricScale(metric) {
  switch (metric) {
    case "mse":
    case "mae":
    case "log_loss":
      return Math.exp;
    case "rmse":
      return (theta) => Math.exp(theta / 2);
    case "r2":
      return (theta) => 1 - Math.exp(theta);
  }
}

// src/stats/binomial.ts
var LN_2PI = 1.8378770664093456;
var STIRLERR = [
  0,
  0.08106146679532726,
  0.0413406959554093,
  0.02767792568499834,
  0.020790672103765093,
  0.016644691189821193,
  0.013876128823070748,
  0.01189670994589177,
  0.010411265261972096,
  0.009255462182712733,
  0.00833056343336287,
  0.007573675487951841,
  0.00694284010720953,
  0.006408994188004207,
  0.0059513701127588475,
  0.005554733551962801
];
function stirlerr(k) {
  if (k <= 15) return STIRLERR[k];
  const kk = k * k;
  const s0 = 1 / 12;
  const s1 = 1 / 360;
  const s2 = 1 / 1260;
  const s3 = 1 / 1680;
  const s4 = 1 / 1188;
  if (k > 500) return (s0 - s1 / kk) / k;
  if (k > 80) return (s0 - (s1 - s2 / kk) / kk) / k;
  if (k > 35) return (s0 - (s1 - (s2 - s3 / kk) / kk) / kk) / k;
  return (s0 - (s1 - (s2 - (s3 - s4 / kk) / kk) / kk) / kk) / k;
}
function bd0(x, m) {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    let v = (x - m) / (x + m);
    let s = (x - m) * v;
    let ej = 2 * x * v;
    v = v * v;
    for (let j = 1; j < 1e3; j++) {
      ej *= v;
      const next = s + ej / (2 * j + 1);
      if (next === s) return next;
      s = next;
    }
    return s;
  }
  return x * Math.log(x / m) + m - x;
}
function checkArguments(k, n, p) {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`binomial: n must be an integer >= 0, got ${n}`);
  if (!Number.isInteger(k)) throw new RangeError(`binomial: k must be an integer, got ${k}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`binomial: p must be in [0, 1], got ${p}`);
}
function binomialLogPmf(k, n, p) {
  checkArguments(k, n, p);
  return logPmf(k, n, p);
}
function binomialPmf(k, n, p) {
  return Math.exp(binomialLogPmf(k, n, p));
}
function binomialCdf(k, n, p) {
  checkArguments(k, n, p);
  if (k < 0) return 0;
  if (k >= n) return 1;
  if (p === 0) return 1;
  if (p === 1) return 0;
  return k < n * p ? lowerTail(k, n, p) : 1 - upperTail(k + 1, n, p);
}
function binomialSf(k, n, p) {
  checkArguments(k, n, p);
  if (k < 0) return 1;
  if (k >= n) return 0;
  if (p === 0) return 0;
  if (p === 1) return 1;
  return k + 1 > n * p ? upperTail(k + 1, n, p) : 1 - lowerTail(k, n, p);
}
function logPmf(k, n, p) {
  if (k < 0 || k > n) return -Infinity;
  if (p === 0) return k === 0 ? 0 : -Infinity;
  if (p === 1) return k === n ? 0 : -Infinity;
  if (k === 0) return n * Math.log1p(-p);
  if (k === n) return n * Math.log(p);
  const q = 1 - p;
  const lc = stirlerr(n) - stirlerr(k) - stirlerr(n - k) - bd0(k, n * p) - bd0(n - k, n * q);
  const lf = LN_2PI + Math.log(k) + Math.log1p(-k / n);
  return lc - 0.5 * lf;
}
var NEGLIGIBLE = 1e-17;
function lowerTail(k, n, p) {
  const ratio = (1 - p) / p;
  let term = 1;
  let sum = 1;
  for (let i = k; i > 0; i--) {
    term *= i / (n - i + 1) * ratio;
    sum += term;
    if (term < sum * NEGLIGIBLE) break;
  }
  return Math.exp(logPmf(k, n, p) + Math.log(sum));
}
function upperTail(k, n, p) {
  const ratio = p / (1 - p);
  let term = 1;
  let sum = 1;
  for (let i = k; i < n; i++) {
    term *= (n - i) / (i + 1) * ratio;
    sum += term;
    if (term < sum * NEGLIGIBLE) break;
  }
  return Math.exp(logPmf(k, n, p) + Math.log(sum));
}

// src/stats/clopper-pearson.ts
function clopperPearsonInterval(successes, n, confidence = 0.95) {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`clopperPearsonInterval: n must be an integer >= 0, got ${n}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new RangeError(
      `clopperPearsonInterval: successes must be an integer in [0, n], got ${successes}`
    );
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`clopperPearsonInterval: confidence must be in (0, 1), got ${confidence}`);
  }
  const tail = (1 - confidence) / 2;
  return [clopperPearsonLower(successes, n, tail), clopperPearsonUpper(successes, n, tail)];
}
function clopperPearsonLower(k, n, tail) {
  if (k === 0) return 0;
  return bisect((p) => binomialSf(k - 1, n, p) - tail, true);
}
function clopperPearsonUpper(k, n, tail) {
  if (k === n) return 1;
  return bisect((p) => binomialCdf(k, n, p) - tail, false);
}
function bisect(f, rising) {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 2e3; i++) {
    const mid = lo > 0 && hi / lo > 4 ? Math.sqrt(lo * hi) : lo === 0 && hi > 1e-300 ? hi / 16 : (lo + hi) / 2;
    if (mid <= lo || mid >= hi) break;
    const value = f(mid);
    if (value > 0 === rising) hi = mid;
    else lo = mid;
  }
  return (lo + hi) / 2;
}

// src/stats/test-interval.ts
function testInterval(metric, slice, options) {
  const metricOptions = options.cls === void 0 ? {} : { cls: options.cls };
  const counts = proportionCounts(metric, slice, metricOptions);
  if (counts !== void 0) {
    return {
      method: "clopper-pearson",
      ci: clopperPearsonInterval(counts.successes, counts.trials, options.confidence),
      counted: counts.trials
    };
  }
  const single = options.cls ?? (slice.task === "binary" ? 1 : void 0);
  const tail = (1 - options.confidence) / 2;
  if (metric === "f1" && single !== void 0) {
    const one = [[single, 1]];
    return {
      method: "clopper-pearson-f1",
      ci: classBounds(slice, "f1", one, tail),
      counted: slice.n
    };
  }
  const average = options.cls === void 0 ? classAverage(metric, slice.task) : void 0;
  if (average !== void 0) {
    return {
      method: average.score === "f1" ? "clopper-pearson-f1" : "clopper-pearson",
      ci: classBounds(slice, average.score, averagedClasses(slice, average), tail),
      counted: slice.n
    };
  }
  if (metric === "roc_auc" && (slice.task === "binary" || options.cls === void 0)) {
    const views = slice.task === "binary" ? [slice] : Array.from({ length: slice.k }, (_, c) => oneVsRest(slice, c));
    return { method: "clopper-pearson-auc", ci: aucBounds(views, tail), counted: slice.n };
  }
  const draw = (b, weights) => bootstrapCounts(Rng.stream(options.seed, "test", options.label, b), slice.n, weights);
  if (metric === "mse" || metric === "rmse" || metric === "mae" || metric === "r2") {
    const value = prepareMetric(metric, slice)();
    const interval = regressionInterval(metric, slice.yTrue, slice.scores, value, {
      resamples: options.resamples,
      tail,
      draw
    });
    return { method: "bootstrap-t", counted: slice.n, ...interval };
  }
  if (metric === "log_loss") {
    const value = prepareMetric(metric, slice)();
    const interval = logLossInterval(exampleLogLosses(slice), value, {
      resamples: options.resamples,
      tail,
      draw
    });
    return { method: "bootstrap-t", counted: slice.n, ...interval };
  }
  throw new Error(`internal: no unit-test interval for ${metric}`);
}
function classAverage(metric, task) {
  const averaged = CLASS_AVERAGES[metric];
  if (averaged !== void 0) return averaged;
  if ((metric === "precision" || metric === "recall" || metric === "f1") && task === "multiclass") {
    return { score: metric, classes: "true", weights: "equal" };
  }
  return void 0;
}
var CLASS_AVERAGES = {
  precision_macro: { score: "precision", classes: "true-or-predicted", weights: "equal" },
  recall_macro: { score: "recall", classes: "true-or-predicted", weights: "equal" },
  f1_macro: { score: "f1", classes: "true-or-predicted", weights: "equal" },
  f1_weighted: { score: "f1", classes: "true-or-predicted", weights: "support" }
};
function averagedClasses(slice, average) {
  const counts = classCounter(slice)();
  const weighted = [];
  for (let c = 0; c < slice.k; c++) {
    const present = counts.trueSum[c] > 0 || average.classes === "true-or-predicted" && counts.predSum[c] > 0;
    const weight = average.weights === "support" ? counts.trueSum[c] : 1;
    if (present && weight > 0) weighted.push([c, weight]);
  }
  return weighted;
}
function classBounds(slice, score, classes, tail) {
  const counts = classCounter(slice)();
  const level = tail / classes.length;
  const map = score === "f1" ? (j) => 2 * j / (1 + j) : (j) => j;
  let low = 0;
  let high = 0;
  let total = 0;
  for (const [c, weight] of classes) {
    const tp = counts.tp[c];
    const trials = score === "precision" ? counts.predSum[c] : score === "recall" ? counts.trueSum[c] : counts.trueSum[c] + counts.predSum[c] - tp;
    low += weight * map(clopperPearsonLower(tp, trials, level));
    high += weight * map(clopperPearsonUpper(tp, trials, level));
    total += weight;
  }
  return [low / total, high / total];
}
function oneVsRest(slice, c) {
  const { n, k } = slice;
  const scores = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    scores[2 * i] = 1 - slice.scores[i * k + c];
    scores[2 * i + 1] = slice.scores[i * k + c];
  }
  return {
    task: "binary",
    n,
    k: 2,
    yTrue: Float64Array.from(slice.yTrue, (y) => y === c ? 1 : 0),
    scores,
    predicted: Int32Array.from(slice.predicted, (p) => p === c ? 1 : 0)
  };
}
function aucBounds(views, tail) {
  let low = 0;
  let high = 0;
  for (const view of views) {
    let positives = 0;
    for (let i = 0; i < view.n; i++) if (view.yTrue[i] === 1) positives++;
    const m = Math.min(positives, view.n - positives);
    const auc = prepareMetric("roc_auc", view)();
    low += clopperPearsonLower(Math.floor(m * auc + 1e-9), m, tail / views.length);
    high += clopperPearsonUpper(Math.ceil(m * auc - 1e-9), m, tail / views.length);
  }
  return [low / views.length, high / views.length];
}

// src/suite/unit-tests.ts
function runUnitTest(test, rows, baseline, options) {
  const result = {
    name: test.name,
    metric: test.metric,
    ...test.class === void 0 ? {} : { class: test.class },
    threshold: { ...test.threshold },
    where: test.where,
    n: rows.length,
    status: "skipped"
  };
  if (rows.length < test.minExamples) {
    const matching = rows.length === 1 ? "1 example matches" : `${rows.length} examples match`;
    return { ...result, reason: `${matching}; min-examples is ${test.minExamples}` };
  }
  const slice = subset(baseline, rows);
  const value = computeMetric(
    test.metric,
    slice,
    options.cls === void 0 ? {} : { cls: options.cls }
  );
  if (!Number.isFinite(value)) {
    return { ...result, value: null, reason: `${test.metric} is undefined on this slice` };
  }
  const interval = testInterval(test.metric, slice, { ...options, label: test.name });
  if (!finite(interval.ci)) {
    return {
      ...result,
      value,
      reason: `${test.metric} is undefined on every resample of this slice`
    };
  }
  return {
    ...result,
    n: interval.counted,
    value,
    ci: interval.ci,
    method: interval.method,
    status: interval.degenerate === void 0 ? testStatus(interval.ci, test.threshold) : "inconclusive",
    ...interval.degenerate === void 0 ? {} : { reason: interval.degenerate },
    slice: encodeSlice(rows, baseline.n)
  };
}
function testStatus([low, high], { op, value }) {
  switch (op) {
    case ">=":
      return low >= value ? "pass" : high < value ? "fail" : "inconclusive";
    case ">":
      return low > value ? "pass" : high <= value ? "fail" : "inconclusive";
    case "<=":
      return high <= value ? "pass" : low > value ? "fail" : "inconclusive";
    case "<":
      return high < value ? "pass" : low >= value ? "fail" : "inconclusive";
  }
}

// src/cache/key.ts
import { createHash as createHash2 } from "node:crypto";
import { readFile as readFile4 } from "node:fs/promises";
import path3 from "node:path";

// src/cache/imports.ts
import { readFile as readFile3, stat as stat3 } from "node:fs/promises";
import path2 from "node:path";
var SPECIFIERS = [
  /\bfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\bimport\s+['"]([^'"]+)['"]/g,
  /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g
];
var EXTENSIONS = ["", ".ts", ".mts", ".js", ".mjs", ".cjs", ".json", "/index.ts", "/index.js"];
async function localImports(entry) {
  const seen = /* @__PURE__ */ new Set();
  const queue = [path2.resolve(entry)];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(m|c)?(t|j)s$/.test(file)) continue;
    const text = await readFile3(file, "utf8");
    for (const pattern of SPECIFIERS) {
      for (const match of text.matchAll(pattern)) {
        const specifier = match[1];
        if (!specifier.startsWith("./") && !specifier.startsWith("../")) continue;
        const found = await resolveLocal(path2.resolve(path2.dirname(file), specifier));
        if (found !== void 0) queue.push(found);
      }
    }
  }
  return [...seen].sort();
}
async function resolveLocal(base) {
  const candidates = [
    ...EXTENSIONS.map((ext) => base + ext),
    .../\.(m|c)?js$/.test(base) ? [base.replace(/js$/, "ts")] : []
  ];
  for (const candidate of candidates) {
    try {
      if ((await stat3(candidate)).isFile()) return candidate;
    } catch {
    }
  }
  return void 0;
}

// src/cache/key.ts
var LOCK_FILES = ["package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml"];
async function trainingCodeHash(config2) {
  const hash = createHash2("sha256");
  for (const file of await trainingCodeFiles(config2)) {
    let bytes;
    try {
      bytes = await readFile4(file);
    } catch {
      continue;
    }
    hash.update(path3.relative(config2.root, file)).update("\0").update(bytes).update("\0");
  }
  return `sha256:${hash.digest("hex")}`;
}
async function trainingCodeFiles(config2) {
  const train = config2.train;
  if (train === void 0) throw new Error("trainingCodeFiles: the config has no train section");
  const files = train.module !== void 0 ? await localImports(train.module) : (await matchInputs(train.folder, train.inputs, [train.cache])).files;
  return [...files, ...LOCK_FILES.map((name) => path3.join(config2.root, name))];
}
function runKey(parts) {
  return createHash2("sha256").update(JSON.stringify({ v: 1, ...parts })).digest("hex");
}

// src/stats/normal.ts
var ERFC_P = [
  2461969814735305e-25,
  0.5641895648310689,
  7.463210564422699,
  48.63719709856814,
  196.5208329560771,
  526.4451949954773,
  934.5285271719576,
  1027.5518868951572,
  557.5353353693994
];
var ERFC_Q = [
  13.228195115474499,
  86.70721408859897,
  354.9377788878199,
  975.7085017432055,
  1823.9091668790973,
  2246.3376081871097,
  1656.6630919416134,
  557.5353408177277
];
var ERFC_R = [
  0.5641895835477551,
  1.275366707599781,
  5.019050422511805,
  6.160210979930536,
  7.4097426995044895,
  2.9788666537210022
];
var ERFC_S = [
  2.2605286322011726,
  9.396035249380015,
  12.048953980809666,
  17.08144507475659,
  9.608968090632859,
  3.369076451000815
];
var ERF_T = [
  9.604973739870516,
  90.02601972038427,
  2232.005345946843,
  7003.325141128051,
  55592.30130103949
];
var ERF_U = [
  33.56171416475031,
  521.3579497801527,
  4594.323829709801,
  22629.000061389095,
  49267.39426086359
];
var NDTRI_P0 = [
  -59.96335010141079,
  98.00107541859997,
  -56.67628574690703,
  13.931260938727968,
  -1.2391658386738125
];
var NDTRI_Q0 = [
  1.9544885833814176,
  4.676279128988815,
  86.36024213908905,
  -225.46268785411937,
  200.26021238006066,
  -82.03722561683334,
  15.90562251262117,
  -1.1833162112133
];
var NDTRI_P1 = [
  4.0554489230596245,
  31.525109459989388,
  57.16281922464213,
  44.08050738932008,
  14.684956192885803,
  2.1866330685079025,
  -0.1402560791713545,
  -0.03504246268278482,
  -8574567851546854e-19
];
var NDTRI_Q1 = [
  15.779988325646675,
  45.39076351288792,
  41.3172038254672,
  15.04253856929075,
  2.504649462083094,
  -0.14218292285478779,
  -0.03808064076915783,
  -9332594808954574e-19
];
var NDTRI_P2 = [
  3.2377489177694603,
  6.915228890689842,
  3.9388102529247444,
  1.3330346081580755,
  0.20148538954917908,
  0.012371663481782003,
  30158155350823543e-20,
  26580697468673755e-22,
  6239745391849833e-24
];
var NDTRI_Q2 = [
  6.02427039364742,
  3.6798356385616087,
  1.3770209948908132,
  0.21623699359449663,
  0.013420400608854318,
  32801446468212774e-20,
  28924786474538068e-22,
  6790194080099813e-24
];
var SQRT_2PI = 2.5066282746310007;
var EXP_MINUS_2 = 0.1353352832366127;
var MAX_LOG = 709.782712893384;
function polevl(x, coef) {
  let result = coef[0];
  for (let i = 1; i < coef.length; i++) result = result * x + coef[i];
  return result;
}
function p1evl(x, coef) {
  let result = x + coef[0];
  for (let i = 1; i < coef.length; i++) result = result * x + coef[i];
  return result;
}
function erf(x) {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return -erf(-x);
  if (x > 1) return 1 - erfc(x);
  const z = x * x;
  return x * polevl(z, ERF_T) / p1evl(z, ERF_U);
}
function erfc(a) {
  if (Number.isNaN(a)) return NaN;
  const x = Math.abs(a);
  if (x < 1) return 1 - erf(a);
  const z = -a * a;
  if (z < -MAX_LOG) return a < 0 ? 2 : 0;
  const e = Math.exp(z);
  const y = x < 8 ? e * polevl(x, ERFC_P) / p1evl(x, ERFC_Q) : e * polevl(x, ERFC_R) / p1evl(x, ERFC_S);
  if (a < 0) return 2 - y;
  return y;
}
function normalCdf(x) {
  if (Number.isNaN(x)) return NaN;
  const t = x * Math.SQRT1_2;
  const z = Math.abs(t);
  if (z < Math.SQRT1_2) return 0.5 + 0.5 * erf(t);
  const y = 0.5 * erfc(z);
  return t > 0 ? 1 - y : y;
}
function normalQuantile(p) {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  let y = p;
  let upper = false;
  if (y > 1 - EXP_MINUS_2) {
    y = 1 - y;
    upper = true;
  }
  if (y > EXP_MINUS_2) {
    y = y - 0.5;
    const y2 = y * y;
    const x2 = y + y * (y2 * polevl(y2, NDTRI_P0) / p1evl(y2, NDTRI_Q0));
    return x2 * SQRT_2PI;
  }
  const x = Math.sqrt(-2 * Math.log(y));
  const x0 = x - Math.log(x) / x;
  const z = 1 / x;
  const x1 = x < 8 ? z * polevl(z, NDTRI_P1) / p1evl(z, NDTRI_Q1) : z * polevl(z, NDTRI_P2) / p1evl(z, NDTRI_Q2);
  const result = x0 - x1;
  return upper ? result : -result;
}

export {
  binomialPmf,
  binomialCdf,
  binomialSf,
  clopperPearsonInterval,
  normalCdf,
  normalQuantile,
  membersHash,
  componentTarget,
  resultsProblem,
  validators,
  checkSchema,
  parseYaml,
  parseDuration,
  holm,
  adjustForMultipleComparisons,
  subset,
  decodeSlice,
  runUnitTest,
  BASELINE_NAME,
  loadConfig,
  trainingCodeHash,
  trainingCodeFiles,
  runKey
};
