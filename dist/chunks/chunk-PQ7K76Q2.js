import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  Evaluator,
  allocateOutputs,
  buildGraph,
  findRoot,
  loadModel,
  notRegular,
  placeUnit,
  planUnits,
  reinitProblem,
  resolveFile,
  unitLength
} from "./chunk-AJ6UXENK.js";
import {
  Rng,
  useBackend
} from "./chunk-KR7ZMUVV.js";
import {
  InputError,
  errorMessage
} from "./chunk-YSKLVAJM.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-IYQKXGP4.js";

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names2, c) => {
          if (c instanceof Name)
            names2[c.str] = (names2[c.str] || 0) + 1;
          return names2;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name2) {
        super(`CodeGen: "code" for ${name2} not defined`);
        this.value = name2.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name2 = this.toName(nameOrPrefix);
        const { prefix } = name2;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name2);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name2.setValue(value, { property: prefix, itemIndex });
        return name2;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name2) => {
          if (name2.scopePath === void 0)
            throw new Error(`CodeGen: name "${name2}" has no value`);
          return (0, code_1._)`${scopeName}${name2.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name2) => {
          if (name2.value === void 0)
            throw new Error(`CodeGen: name "${name2}" has no value`);
          return name2.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name2) => {
            if (nameSet.has(name2))
              return;
            nameSet.set(name2, UsedValueState.Started);
            let c = valueCode(name2);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name2} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name2)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name2);
            }
            nameSet.set(name2, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name2, rhs) {
        super();
        this.varKind = varKind;
        this.name = name2;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names2, constants) {
        if (!names2[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names2, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names2, constants) {
        if (this.lhs instanceof code_1.Name && !names2[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names2, constants);
        return this;
      }
      get names() {
        const names2 = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names2, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names2, constants) {
        this.code = optimizeExpr(this.code, names2, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names2, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names2, constants))
            continue;
          subtractNames(names2, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names2, n) => addNames(names2, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition2, nodes) {
        super(nodes);
        this.condition = condition2;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names2, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names2, constants);
        if (!(super.optimizeNames(names2, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names2, constants);
        return this;
      }
      get names() {
        const names2 = super.names;
        addExprNames(names2, this.condition);
        if (this.else)
          addNames(names2, this.else.names);
        return names2;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names2, constants) {
        if (!super.optimizeNames(names2, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names2, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name2, from, to) {
        super();
        this.varKind = varKind;
        this.name = name2;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name: name2, from, to } = this;
        return `for(${varKind} ${name2}=${from}; ${name2}<${to}; ${name2}++)` + super.render(opts);
      }
      get names() {
        const names2 = addExprNames(super.names, this.from);
        return addExprNames(names2, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name2, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name2;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names2, constants) {
        if (!super.optimizeNames(names2, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names2, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name2, args, async) {
        super();
        this.name = name2;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names2, constants) {
        var _a, _b;
        super.optimizeNames(names2, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names2, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names2, constants);
        return this;
      }
      get names() {
        const names2 = super.names;
        if (this.catch)
          addNames(names2, this.catch.names);
        if (this.finally)
          addNames(names2, this.finally.names);
        return names2;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name2 = this._extScope.value(prefixOrName, value);
        const vs = this._values[name2.prefix] || (this._values[name2.prefix] = /* @__PURE__ */ new Set());
        vs.add(name2);
        return name2;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name2 = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name2.str] = rhs;
        this._leafNode(new Def(varKind, name2, rhs));
        return name2;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition2, thenBody, elseBody) {
        this._blockNode(new If(condition2));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition2) {
        return this._elseNode(new If(condition2));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name2 = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name2, from, to), () => forBody(name2));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name2 = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name2, (0, code_1._)`${arr}[${i}]`);
            forBody(name2);
          });
        }
        return this._for(new ForIter("of", varKind, name2, iterable), () => forBody(name2));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name2 = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name2, obj), () => forBody(name2));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name2, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name2, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names2, from) {
      for (const n in from)
        names2[n] = (names2[n] || 0) + (from[n] || 0);
      return names2;
    }
    function addExprNames(names2, from) {
      return from instanceof code_1._CodeOrName ? addNames(names2, from.names) : names2;
    }
    function optimizeExpr(expr, names2, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names2[n.str] !== 1)
          return n;
        delete names2[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names2[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names2, from) {
      for (const n in from)
        names2[n] = (names2[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names2 = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names2;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group2 = self.RULES.types[type];
      return group2 && group2 !== true && shouldUseGroup(schema, group2);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group2) {
      return group2.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition2 = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition2 = (0, codegen_1._)`${condition2} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition2, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate2 = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate2);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module2) {
    "use strict";
    module2.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module2) {
    "use strict";
    var traverse = module2.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count3 = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count3++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count3 += countKeys(sch));
        }
        if (count3 === Infinity)
          return Infinity;
      }
      return count3;
    }
    function getFullPath(resolver, id = "", normalize2) {
      if (normalize2 !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group2 of RULES.rules)
          groupKeywords(group2);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group2) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group2))
          return;
        if (group2.type) {
          gen.if((0, dataType_2.checkDataType)(group2.type, data, opts.strictNumbers));
          iterateKeywords(it, group2);
          if (types.length === 1 && types[0] === group2.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group2);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group2) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group2.type);
      gen.block(() => {
        for (const rule of group2.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group2.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition2, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition2), successAction, failAction);
      }
      failResult(condition2, successAction, failAction) {
        this.gen.if(condition2);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition2, failAction) {
        this.failResult((0, codegen_1.not)(condition2), void 0, failAction);
      }
      fail(condition2) {
        if (condition2 === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition2);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition2) {
        if (!this.$data)
          return this.fail(condition2);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition2)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate2 = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate2 });
        validate2.errors = null;
        validate2.schema = sch.schema;
        validate2.schemaEnv = sch;
        if (sch.$async)
          validate2.$async = true;
        if (this.opts.code.source === true) {
          validate2.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate2.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate2.source)
            validate2.source.evaluated = (0, codegen_1.stringify)(validate2.evaluated);
        }
        sch.validate = validate2;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve3.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve3(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module2) {
    module2.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module2) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path16) {
      let input = path16;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path16) {
      if (path16 === "" || path16[0] === "/") {
        return removeDotSegments(path16);
      }
      const segments = path16.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module2.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module2) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name2) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name2
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path16 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path16 && path16 !== "/" ? path16 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module2.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module2) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize2(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize2(uri, options), options);
      }
      return uri;
    }
    function resolve3(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize2(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative5, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize2(base, options), options);
        relative5 = parse(serialize2(relative5, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative5.scheme) {
        target.scheme = relative5.scheme;
        target.userinfo = relative5.userinfo;
        target.host = relative5.host;
        target.port = relative5.port;
        target.path = removeDotSegments(relative5.path || "");
        target.query = relative5.query;
      } else {
        if (relative5.userinfo !== void 0 || relative5.host !== void 0 || relative5.port !== void 0) {
          target.userinfo = relative5.userinfo;
          target.host = relative5.host;
          target.port = relative5.port;
          target.path = removeDotSegments(relative5.path || "");
          target.query = relative5.query;
        } else {
          if (!relative5.path) {
            target.path = base.path;
            if (relative5.query !== void 0) {
              target.query = relative5.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative5.path[0] === "/") {
              target.path = removeDotSegments(relative5.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative5.path;
              } else if (!base.path) {
                target.path = relative5.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative5.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative5.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative5.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize2(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent2 = component.indexOf("%");
      while (percent2 !== -1) {
        if (percent2 + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent2 + 1, percent2 + 3))) {
          return true;
        }
        percent2 = component.indexOf("%", percent2 + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize2(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize2(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize: normalize2,
      resolve: resolve3,
      resolveComponent,
      equal,
      serialize: serialize2,
      parse
    };
    module2.exports = fastUri;
    module2.exports.default = fastUri;
    module2.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv4 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group2 of RULES.rules) {
          const i = group2.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group2.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name2, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name2] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv4.ValidationError = validation_error_1.default;
    Ajv4.MissingRefError = ref_error_1.default;
    exports.default = Ajv4;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name2 in this.opts.formats) {
        const format = this.opts.formats[name2];
        if (format)
          this.addFormat(name2, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count3 = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count3)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count3) {
          gen.code((0, codegen_1._)`${count3}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count3} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count3} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count3} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module2) {
    module2.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module2) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv4 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv4;
    module2.exports = exports = Ajv4;
    module2.exports.Ajv = Ajv4;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv4;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

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
    function visit_(key, node, visitor, path16) {
      const ctrl = callVisitor(key, node, visitor, path16);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path16, ctrl);
        return visit_(key, ctrl, visitor, path16);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path16 = Object.freeze(path16.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path16);
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
          path16 = Object.freeze(path16.concat(node));
          const ck = visit_("key", node.key, visitor, path16);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path16);
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
    async function visitAsync_(key, node, visitor, path16) {
      const ctrl = await callVisitor(key, node, visitor, path16);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path16, ctrl);
        return visitAsync_(key, ctrl, visitor, path16);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path16 = Object.freeze(path16.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path16);
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
          path16 = Object.freeze(path16.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path16);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path16);
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
    function callVisitor(key, node, visitor, path16) {
      if (typeof visitor === "function")
        return visitor(key, node, path16);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path16);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path16);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path16);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path16);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path16);
      return void 0;
    }
    function replaceNode(key, path16, node) {
      const parent = path16[path16.length - 1];
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
        const name2 = parts.shift();
        switch (name2) {
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
            onError(0, `Unknown directive ${name2}`, true);
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
        const name2 = `${prefix}${i}`;
        if (!exclude.has(name2))
          return name2;
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
          for (const { count: count3, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count3);
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
        let count3 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count3)
            count3 = c;
        }
        return count3;
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
    function collectionFromPath(schema, path16, value) {
      let v = value;
      for (let i = path16.length - 1; i >= 0; --i) {
        const k = path16[i];
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
    var isEmptyPath = (path16) => path16 == null || typeof path16 === "object" && !!path16[Symbol.iterator]().next().done;
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
      addIn(path16, value) {
        if (isEmptyPath(path16))
          this.add(value);
        else {
          const [key, ...rest] = path16;
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
      deleteIn(path16) {
        const [key, ...rest] = path16;
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
      getIn(path16, keepScalar) {
        const [key, ...rest] = path16;
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
      hasIn(path16) {
        const [key, ...rest] = path16;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path16, value) {
        const [key, ...rest] = path16;
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
        const name2 = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name2} value`);
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
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
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
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
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
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
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
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num2 = (n) => n;
      if (typeof value === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
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
      addIn(path16, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path16, value);
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
      createAlias(node, name2) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name2 || prev.has(name2) ? anchors.findNewAnchor(name2 || "a", prev) : name2;
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
      deleteIn(path16) {
        if (Collection.isEmptyPath(path16)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path16) : false;
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
      getIn(path16, keepScalar) {
        if (Collection.isEmptyPath(path16))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path16, keepScalar) : void 0;
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
      hasIn(path16) {
        if (Collection.isEmptyPath(path16))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path16) : false;
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
      setIn(path16, value) {
        if (Collection.isEmptyPath(path16)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path16), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path16, value);
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
          for (const { count: count3, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count3);
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
var require_errors2 = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name2, pos, code, message) {
        super();
        this.name = name2;
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
        let count3 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count3 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count3);
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
        const { start, key, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
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
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
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
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
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
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
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
        let sep3 = "";
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
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source;
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
        const { start, key, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
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
        if (!isMap2 && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
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
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
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
              if (sep3)
                for (const st of sep3) {
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
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
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
        const name2 = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name2} must end with a ${expectedEnd}` : `${name2} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
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
    function resolveBlockScalar(ctx, scalar2, onError) {
      const start = scalar2.offset;
      const header = parseBlockScalarHeader(scalar2, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar2.source ? splitLines(scalar2.source) : [];
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
        if (scalar2.source)
          end2 += scalar2.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar2.indent + header.indent;
      let offset = scalar2.offset + header.length;
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
      let sep3 = "";
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
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
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
      const end = start + header.length + scalar2.source.length;
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
    function resolveFlowScalar(scalar2, strict, onError) {
      const { offset, type, source, end } = scalar2;
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
          onError(scalar2, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
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
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep3 + (match?.[1] ?? "");
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
      let scalar2;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar2 = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar2 = new Scalar.Scalar(value);
      }
      scalar2.range = range;
      scalar2.source = value;
      if (type)
        scalar2.type = type;
      if (tagName)
        scalar2.tag = tagName;
      if (tag.format)
        scalar2.format = tag.format;
      if (comment)
        scalar2.comment = comment;
      return scalar2;
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
    var errors = require_errors2();
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
    var errors = require_errors2();
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
    function stringifyItem({ start, key, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep3)
        for (const st of sep3)
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
    visit.itemAtPath = (cst, path16) => {
      let item = cst;
      for (const [field, index] of path16) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path16) => {
      const parent = visit.itemAtPath(cst, path16.slice(0, -1));
      const field = path16[path16.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path16, item, visitor) {
      let ctrl = visitor(item, path16);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path16.concat([[field, i]])), token.items[i], visitor);
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
            ctrl = ctrl(item, path16);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path16) : ctrl;
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
      *scalar(scalar2) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep3;
          if (scalar2.end) {
            sep3 = scalar2.end;
            sep3.push(this.sourceToken);
            delete scalar2.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar2.offset,
            indent: scalar2.indent,
            items: [{ start, key: scalar2, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar2);
      }
      *blockScalar(scalar2) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar2.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar2.source = this.source;
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
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep3 }]
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
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
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
    var errors = require_errors2();
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
    var errors = require_errors2();
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

// src/results/budget-notice.ts
function showDuration(seconds) {
  if (seconds < 100) return `${Number(seconds.toPrecision(2))} s`;
  if (seconds < 6e3) return `${Number((seconds / 60).toPrecision(3))} min`;
  return `${Number((seconds / 3600).toPrecision(3))} h`;
}
function budgetNotice(budget) {
  const head = `time limit ${showDuration(budget.limit)}: the plan as configured needs an estimated ${showDuration(budget.estimate)}`;
  const changes = [
    ...budget.repeats === null ? [] : [`repeats ${budget.repeats.from} \u2192 ${budget.repeats.to}`],
    ...budget.rows === null ? [] : [`rows ${budget.rows.from} \u2192 ${budget.rows.to} (a stratified, seeded subsample)`]
  ];
  const parts = [
    changes.length === 0 ? "it fits" : `reduced ${changes.join(" and ")}`,
    ...budget.notEvaluated > 0 ? [`${budget.notEvaluated} components not evaluated before the deadline`] : []
  ];
  return `${head}; ${parts.join("; ")}`;
}

// src/report/escape.ts
var MAX_NAME_LENGTH = 200;
var WORD_JOINER = "&#8288;";
function escapeText(text, maxLength = MAX_NAME_LENGTH) {
  return cut(text, maxLength).replace(/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu, " ").replace(/[&<>\\`*_~[\]|$@#]/g, (char) => ESCAPES[char]).replace(/:\/\//g, `${WORD_JOINER}://`).replace(/(w{3})\./gi, `$1${WORD_JOINER}.`);
}
var ESCAPES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "\\": "\\\\",
  "`": "\\`",
  "*": "\\*",
  _: "\\_",
  "~": "\\~",
  "[": "\\[",
  "]": "\\]",
  "|": "\\|",
  $: "\\$",
  "@": `@${WORD_JOINER}`,
  "#": `#${WORD_JOINER}`
};
function mermaidText(text, maxLength = 40) {
  return cut(text, maxLength).replace(/[^\p{L}\p{N} _.,:+\-/()=…]/gu, "_");
}
function cut(text, maxLength) {
  const chars = Array.from(text);
  if (chars.length <= maxLength) return text;
  return `${chars.slice(0, Math.max(0, maxLength - 1)).join("")}\u2026`;
}

// src/report/format.ts
var MISSING = "\u2014";
var DECIMALS = 4;
function num(value) {
  if (value === null || value === void 0 || !Number.isFinite(value)) return MISSING;
  const text = value.toFixed(DECIMALS);
  return /^-0\.0+$/.test(text) ? text.slice(1) : text;
}
function signed(value) {
  const text = num(value);
  return text === MISSING || text.startsWith("-") || /^0\.0+$/.test(text) ? text : `+${text}`;
}
function withInterval(value, ci) {
  if (num(value) === MISSING) return MISSING;
  return ci === void 0 ? num(value) : `${num(value)} [${num(ci[0])}, ${num(ci[1])}]`;
}
function pValue(p) {
  if (p === null || p === void 0 || !Number.isFinite(p)) return MISSING;
  return p > 0 && p < 1e-4 ? "<0.0001" : num(p);
}
function count(n) {
  return n.toLocaleString("en-US");
}
function plural(n, one, many = `${one}s`) {
  return `${count(n)} ${n === 1 ? one : many}`;
}
function percent(part, total) {
  return total > 0 ? `${(100 * part / total).toFixed(1)}%` : MISSING;
}
function duration(ms) {
  if (!Number.isFinite(ms) || ms < 0) return MISSING;
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  if (ms < 6e4) return `${(ms / 1e3).toFixed(2)} s`;
  const seconds = Math.round(ms / 1e3);
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
  const minutes = Math.round(seconds / 60);
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
function age(startedAt, now) {
  const ms = Date.parse(now) - Date.parse(startedAt);
  if (Number.isNaN(ms)) return "unknown age";
  const minutes = Math.floor(Math.max(0, ms) / 6e4);
  if (minutes < 1) return "less than a minute old";
  if (minutes < 60) return `${plural(minutes, "minute")} old`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${plural(hours, "hour")} old`;
  return `${plural(Math.floor(hours / 24), "day")} old`;
}
function commitLink(commit, links) {
  if (commit === null || commit === void 0 || commit === "") return "an unknown commit";
  if (!/^[0-9a-f]{7,64}$/i.test(commit)) return escapeText(commit, 40);
  const short = `\`${commit.slice(0, 7)}\``;
  if (links.repository === void 0 || !/^[\w.-]+\/[\w.-]+$/.test(links.repository)) return short;
  const base = safeUrl(links.serverUrl);
  return base === void 0 ? short : `[${short}](${base.replace(/\/+$/, "")}/${links.repository}/commit/${commit})`;
}
function safeUrl(url) {
  if (url === void 0 || !/^https?:\/\/[^\s]+$/i.test(url)) return void 0;
  return url.replace(
    /[<>()"'`\\|]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`
  );
}
function shortHash(hash) {
  const hex = hash.replace(/^sha256:/, "");
  return /^[0-9a-f]+$/i.test(hex) ? `\`${hex.slice(0, 12)}\`` : escapeText(hash, 24);
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table2, options) {
  const settings = options || {};
  const align2 = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table2.length) {
    const row4 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table2[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table2[rowIndex].length;
    }
    while (++columnIndex2 < table2[rowIndex].length) {
      const cell = serialize(table2[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row4.push(cell);
    }
    cellMatrix[rowIndex] = row4;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align2 === "object" && "length" in align2) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align2[columnIndex]);
    }
  } else {
    const code = toAlignment(align2);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row3 = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row3[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row3);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row4 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row4[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size);
        } else if (code === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

// src/report/layout.ts
var Tier = {
  /** Rows of collapsed lists (components that do not apply). */
  detail: 0,
  /** Contributions past the largest few. */
  minorContribution: 1,
  /** Tests that pass as they did on main; label counts. */
  unchanged: 2,
  /** Gate checks that did not regress; the chart. */
  check: 3,
  /** The largest contributions; tests that changed without failing. */
  key: 4,
  /** Failing and fixed tests, regressions. */
  failure: 5,
  /** The run facts: a few short rows, kept to the last. */
  fact: 6
};
var TABLE_OPTIONS = { alignDelimiters: false };
function fit(blocks, options) {
  const size = measurer(options.measure);
  const dropped = blocks.map(
    (block) => block.type === "table" ? block.rows.map(() => false) : [false]
  );
  let text = render(blocks, dropped, options, 0);
  if (size(text) <= options.limit) return text;
  const units = droppable(blocks, size);
  let next = 0;
  let droppedCount = 0;
  for (; ; ) {
    let excess = size(text) - options.limit;
    while (next < units.length && excess > 0) {
      const unit = units[next++];
      dropped[unit.block][Math.max(0, unit.row)] = true;
      if (unit.row >= 0) droppedCount++;
      excess -= unit.size;
    }
    text = render(blocks, dropped, options, droppedCount);
    if (size(text) <= options.limit) return text;
    if (next >= units.length) return cutLines(text, options, size);
  }
}
function render(blocks, dropped, options, total) {
  const parts = [];
  blocks.forEach((block, b) => {
    switch (block.type) {
      case "text":
        parts.push(block.text);
        break;
      case "optional":
        if (!dropped[b][0]) parts.push(block.text);
        break;
      case "trim-notice":
        if (total > 0) {
          parts.push(
            `> \u2702\uFE0F **Trimmed** to fit ${options.limitLabel}: ${rows(total)} not shown; ${options.hint}.`
          );
        }
        break;
      case "table": {
        const kept2 = block.rows.filter((_, r) => !dropped[b][r]);
        if (kept2.length > 0 || block.rows.length === 0) parts.push(table(block, kept2));
        const missing = block.rows.length - kept2.length;
        if (missing > 0) parts.push(`_\u2026${more(missing)} not shown; ${options.hint}._`);
        break;
      }
    }
  });
  return `${parts.filter((part) => part !== "").join("\n\n")}
`;
}
function table(block, rows2) {
  return markdownTable([block.header, ...rows2.map((row3) => row3.cells)], {
    ...TABLE_OPTIONS,
    ...block.align === void 0 ? {} : { align: block.align }
  });
}
function more(n) {
  return `${n.toLocaleString("en-US")} more ${n === 1 ? "row" : "rows"}`;
}
function rows(n) {
  return `${n.toLocaleString("en-US")} ${n === 1 ? "row" : "rows"}`;
}
function droppable(blocks, size) {
  const units = [];
  blocks.forEach((block, b) => {
    if (block.type === "optional") {
      units.push({
        block: b,
        row: -1,
        tier: block.tier,
        size: size(block.text) + 2,
        order: units.length
      });
    } else if (block.type === "table") {
      block.rows.forEach((row3, r) => {
        const line = table({ ...block, rows: [] }, [row3]).split("\n")[2];
        units.push({ block: b, row: r, tier: row3.tier, size: size(line) + 1, order: units.length });
      });
    }
  });
  return units.sort((a, b) => a.tier - b.tier || b.order - a.order);
}
function cutLines(text, options, size) {
  const notice = `
_\u2702\uFE0F Cut to fit ${options.limitLabel}; ${options.hint}._
`;
  const lines = text.split("\n");
  for (let end = lines.length - 1; end >= 0; end--) {
    const head = lines.slice(0, end).join("\n");
    const open2 = (head.match(/<details[\s>]/g) ?? []).length - (head.match(/<\/details>/g) ?? []).length;
    const candidate = `${head}${"\n\n</details>".repeat(Math.max(0, open2))}
${notice}`;
    if (size(candidate) <= options.limit) return candidate;
  }
  return Array.from(notice.trim()).reduce(
    (kept2, char) => size(kept2 + char) <= options.limit ? kept2 + char : kept2,
    ""
  );
}
function measurer(measure) {
  return measure === "utf8-bytes" ? (text) => Buffer.byteLength(text, "utf8") : (text) => text.length;
}

// src/report/sections/retrain.ts
function retrainFacts(head) {
  if (head.retrain === void 0) return void 0;
  return {
    seeds: head.retrain.seeds,
    timeLimitMs: head.retrain.timeLimitMs,
    metric: head.metrics[0].name,
    gate: {
      metric: head.run.gate.regression.metric,
      tolerance: head.run.gate.regression.tolerance
    },
    baseline: head.retrain.baseline,
    variants: head.components.flatMap(
      (c) => c.kind === "retrain" && c.retrain !== void 0 ? [
        {
          name: c.id.split(":")[1],
          target: c.target,
          runs: c.retrain.runs,
          metrics: c.metrics ?? {}
        }
      ] : []
    )
  };
}
function retrainBlocks(facts) {
  if (facts === void 0) return [];
  const { metric: metric2, seeds } = facts;
  const k = seeds.length;
  const base = facts.baseline.metrics[metric2];
  const blocks = [
    { type: "text", text: `### Retrain ablations (${escapeText(metric2)})` },
    {
      type: "text",
      text: `Each variant switches a part off and trains again with ${plural(k, "seed")} (${seeds.join(", ")}), as the baseline is; every run is limited to ${duration(facts.timeLimitMs)}. With: the retrained baseline, ${withEstimate(base)}. Contribution: with minus without (positive: the part helps), paired by seed and by eval example; its 95% interval counts both the spread across seeds and the eval sample.`
    }
  ];
  if (k < 3) {
    blocks.push({
      type: "text",
      text: `\u26A0\uFE0F With ${plural(k, "seed")} the interval cannot account for seed variance: set train.seeds to 3 or more.`
    });
  }
  const rows2 = facts.variants.map((v) => {
    const c = v.metrics[metric2];
    const scored = c === void 0 || c.value === null ? [MISSING, `${MISSING} (${escapeText(c?.reason ?? "not scored", 120)})`, MISSING] : [withInterval(c.value, c.valueCi), withInterval(c.contribution, c.ci), pValue(c.p)];
    return {
      cells: [
        escapeText(v.name),
        escapeText(v.target.join(", "), 200),
        ...scored,
        perSeed(v.runs, metric2),
        times(v.runs)
      ],
      tier: Tier.key
    };
  });
  rows2.push({
    cells: [
      "*baseline*",
      MISSING,
      withInterval(base?.value ?? null, base?.value === null ? void 0 : base?.ci),
      MISSING,
      MISSING,
      perSeed(facts.baseline.runs, metric2),
      times(facts.baseline.runs)
    ],
    tier: Tier.key
  });
  blocks.push({
    type: "table",
    header: [
      "Variant",
      "Switched off",
      "Without",
      "Contribution",
      "p",
      "Per seed",
      "Training time"
    ],
    align: ["l", "l", "r", "r", "r", "l", "l"],
    rows: rows2
  });
  const timedOut = [
    ...facts.baseline.runs.map((run) => ({ name: "baseline", run })),
    ...facts.variants.flatMap((v) => v.runs.map((run) => ({ name: v.name, run })))
  ].filter(({ run }) => run.status === "timed-out");
  if (timedOut.length > 0) {
    blocks.push({
      type: "text",
      text: `\u23F1\uFE0F ${plural(timedOut.length, "training run")} hit the ${duration(facts.timeLimitMs)} limit and ${timedOut.length === 1 ? "was" : "were"} left out of the statistics: ` + timedOut.map(({ name: name2, run }) => `${escapeText(name2)} (seed ${run.seed})`).join(", ") + "."
    });
  }
  const { tolerance } = facts.gate;
  const candidates = facts.variants.filter((v) => {
    const c = v.metrics[facts.gate.metric];
    return c !== void 0 && c.value !== null && c.ci[0] >= -tolerance && c.ci[1] <= tolerance;
  });
  blocks.push({
    type: "text",
    text: candidates.length === 0 ? `No candidates to remove: no variant's ${escapeText(facts.gate.metric)} contribution interval lies within \xB1${num(tolerance)} (the gate's tolerance).` : `\u{1F9F9} **Candidates to remove** (the ${escapeText(facts.gate.metric)} contribution's whole interval lies within \xB1${num(tolerance)}, the gate's tolerance): ` + candidates.map((v) => `${escapeText(v.name)} (${escapeText(v.target.join(", "), 120)})`).join("; ") + "."
  });
  return blocks;
}
function withEstimate(estimate) {
  if (estimate === void 0 || estimate.value === null) return MISSING;
  return `${num(estimate.value)} [${num(estimate.ci[0])}, ${num(estimate.ci[1])}] (mean over seeds)`;
}
function perSeed(runs, metric2) {
  return runs.map((run) => run.status === "timed-out" ? "\u23F1\uFE0F" : num(run.metrics[metric2])).join(", ");
}
function times(runs) {
  return runs.map(
    (run) => run.status === "timed-out" ? `\u23F1\uFE0F ${duration(run.ms)}` : `${duration(run.trainMs ?? run.ms)}${run.cached ? " (cached)" : ""}`
  ).join(", ");
}

// src/report/run-facts.ts
function runFacts(head, base) {
  const retrain = retrainFacts(head);
  return {
    ...retrain === void 0 ? {} : { retrain },
    backend: head.run.backend,
    seed: head.run.seed,
    repeats: head.run.repeats,
    resamples: head.run.resamples,
    durationMs: head.timing.durationMs,
    ...head.run.budget === void 0 ? {} : { timeLimit: budgetNotice(head.run.budget) },
    hashes: {
      config: head.source.configHash,
      model: head.source.modelHash,
      data: head.source.dataHash
    },
    ...base === void 0 ? {} : {
      baseRun: {
        backend: base.run.backend,
        seed: base.run.seed,
        resamples: base.run.resamples
      }
    }
  };
}
function runMismatches(base, head) {
  if (base === void 0) return [];
  const facts = [
    ["backend", base.backend, head.backend],
    ["seed", base.seed, head.seed],
    ["bootstrap resample count", base.resamples, head.resamples]
  ];
  return facts.filter(([, was, is]) => was !== is).map(
    ([what, was, is]) => `the baseline ran with ${what} ${was}, this run with ${is}: differences may come from that, not from the change`
  );
}

// src/report/sections/component-label.ts
function componentLabel(c) {
  if (c.name !== void 0) {
    return {
      name: c.name,
      suffix: c.mode === "value" ? c.id.slice(c.id.lastIndexOf(":") + 1) : c.mode
    };
  }
  const prefix = `${c.kind}:`;
  const last = c.id.lastIndexOf(":");
  if (c.id.startsWith(prefix) && last > prefix.length) {
    return { name: c.id.slice(prefix.length, last), suffix: c.id.slice(last + 1) };
  }
  return { name: c.target.join(", "), suffix: c.mode };
}

// src/report/sections/chart.ts
var BARS = 10;
function chartBlock(components, metric2) {
  const bars = components.flatMap(
    (c) => c.head !== void 0 && c.head.value !== null && Number.isFinite(c.head.contribution) ? [{ c, value: Number(c.head.contribution.toFixed(4)) }] : []
  ).slice(0, BARS);
  if (bars.length < 3) return void 0;
  const low = Math.min(0, ...bars.map((b) => b.value));
  const high = Math.max(0, ...bars.map((b) => b.value));
  if (high === low) return void 0;
  const labels = bars.map(({ c }) => {
    const { name: name2, suffix } = componentLabel(c);
    return `"${mermaidText(`${name2} ${suffix}`)}"`;
  });
  const text = [
    "```mermaid",
    "xychart-beta horizontal",
    `    title "Largest contributions to ${mermaidText(metric2)} on this PR"`,
    `    x-axis [${labels.join(", ")}]`,
    `    y-axis "contribution" ${low} --> ${high}`,
    `    bar [${bars.map((b) => b.value).join(", ")}]`,
    "```"
  ].join("\n");
  return { type: "optional", text, tier: Tier.check };
}

// src/report/sections/components.ts
var SHOWN = 10;
var MARKS = [
  [0.01, "\\*\\*"],
  [0.05, "\\*"]
];
function componentBlocks(components, metric2, hasBase) {
  const title = {
    type: "text",
    text: `### Component contributions (${escapeText(metric2)})`
  };
  if (components.length === 0) {
    return [title, { type: "text", text: "This suite ablates no components." }];
  }
  const applicable = components.filter((c) => c.notApplicable === void 0).map((c, index) => ({ c, index })).sort((a, b) => (a.c.rankHead ?? Infinity) - (b.c.rankHead ?? Infinity) || a.index - b.index).map(({ c }) => c);
  const notApplicable = components.filter((c) => c.notApplicable !== void 0);
  const legend = `Contribution: how much worse ${escapeText(metric2)} gets when the component is ablated (positive: the component helps), with its 95% interval. \\* Benjamini\u2013Hochberg q \u2264 0.05, \\*\\* q \u2264 0.01 (over all components)` + (hasBase ? "; \u26A0\uFE0F the sign flipped against main; \u2191/\u2193 rank moves since main." : ".");
  const header = hasBase ? ["Rank", "Component", "Ablation", "Main", "This PR", "Change"] : ["Rank", "Component", "Ablation", "This PR"];
  const rows2 = applicable.map((c, i) => row(c, hasBase, i));
  const blocks = [title];
  const chart = chartBlock(applicable, metric2);
  if (chart !== void 0) blocks.push(chart);
  if (applicable.length > 0) {
    blocks.push({ type: "text", text: legend });
    blocks.push({ type: "table", header, rows: rows2.slice(0, SHOWN) });
  }
  if (rows2.length > SHOWN) {
    blocks.push(
      {
        type: "text",
        text: `<details><summary>${plural(rows2.length - SHOWN, "more component")}</summary>`
      },
      { type: "table", header, rows: rows2.slice(SHOWN) },
      { type: "text", text: "</details>" }
    );
  }
  if (notApplicable.length > 0) {
    blocks.push(
      {
        type: "text",
        text: `<details><summary>${plural(notApplicable.length, "component")} not applicable</summary>`
      },
      {
        type: "table",
        header: ["Component", "Ablation", "Why not"],
        rows: notApplicable.map((c) => ({
          cells: [componentName(c), ablation(c), escapeText(c.notApplicable ?? "", 300)],
          tier: Tier.detail
        }))
      },
      { type: "text", text: "</details>" }
    );
  }
  return blocks;
}
function row(c, hasBase, index) {
  const cells = [
    rank(c, hasBase),
    componentName(c),
    ablation(c),
    ...hasBase ? [contribution(c.base)] : [],
    contribution(c.head),
    ...hasBase ? [change(c)] : []
  ];
  const tier2 = index < SHOWN ? Tier.key : c.signFlip ? Tier.check : Tier.minorContribution;
  return { cells, tier: tier2 };
}
function componentName(c) {
  const { name: name2 } = componentLabel(c);
  return c.kind === "group" ? `${escapeText(name2)} (group of ${c.target.length})` : escapeText(name2);
}
function ablation(c) {
  return `${c.kind}, ${escapeText(componentLabel(c).suffix, 60)}`;
}
function contribution(value) {
  if (value === void 0) return MISSING;
  if (value.value === null) return `${MISSING} (${escapeText(value.reason, 120)})`;
  const mark = MARKS.find(([level]) => value.q <= level)?.[1];
  const text = withInterval(value.contribution, value.ci);
  return mark === void 0 ? text : `${text} ${mark}`;
}
function change(c) {
  if (c.base === void 0) return "\u{1F195} new";
  const text = signed(c.change);
  return c.signFlip ? `${text} \u26A0\uFE0F sign flip` : text;
}
function rank(c, hasBase) {
  if (c.rankHead === void 0) return MISSING;
  if (!hasBase || c.rankBase === void 0 || c.rankBase === c.rankHead) return String(c.rankHead);
  const move = c.rankBase - c.rankHead;
  return `${c.rankHead} ${move > 0 ? "\u2191" : "\u2193"}${Math.abs(move)}`;
}

// src/report/sections/data.ts
var OPEN_CLASSES = 10;
function dataBlocks(data) {
  const { base, head } = data;
  const evalData = base === void 0 ? `${plural(head.n, "example")} (no baseline to compare with)` : data.changed ? `\u26A0\uFE0F changed against main (${count(base.n)} \u2192 ${count(head.n)} examples): the regression gate is unpaired` : `same as main (${plural(head.n, "example")})`;
  const duplicates = `${head.duplicateRows > 0 ? "\u26A0\uFE0F " : ""}${count(head.duplicateRows)} on this PR` + (base === void 0 ? "" : ` (main: ${count(base.duplicateRows)})`);
  const blocks = [
    { type: "text", text: "### Data checks" },
    {
      type: "text",
      text: [
        `- **Eval data:** ${evalData}`,
        "- **NaN or infinite values:** none (the loader rejects them)",
        `- **Duplicate rows:** ${duplicates}`,
        `- **Label balance:** ${head.labelCounts === null ? "not applicable (regression task)" : "examples per class"}`
      ].join("\n")
    }
  ];
  if (head.labelCounts === null) return blocks;
  const classes = [
    ...Object.keys(head.labelCounts),
    ...Object.keys(base?.labelCounts ?? {}).filter((name2) => !(name2 in head.labelCounts))
  ];
  const cell = (counts, n, name2) => counts === null || counts === void 0 || !(name2 in counts) ? MISSING : `${count(counts[name2])} (${percent(counts[name2], n)})`;
  const table2 = {
    type: "table",
    header: base === void 0 ? ["Class", "This PR"] : ["Class", "Main", "This PR"],
    rows: classes.map((name2) => ({
      cells: [
        escapeText(name2, 100),
        ...base === void 0 ? [] : [cell(base.labelCounts, base.n, name2)],
        cell(head.labelCounts, head.n, name2)
      ],
      tier: Tier.unchanged
    }))
  };
  if (classes.length <= OPEN_CLASSES) return [...blocks, table2];
  return [
    ...blocks,
    {
      type: "text",
      text: `<details><summary>${plural(classes.length, "class", "classes")}</summary>`
    },
    table2,
    { type: "text", text: "</details>" }
  ];
}

// src/report/sections/facts.ts
function factBlocks(comparison, context, links) {
  const runUrl = safeUrl(context.runUrl);
  const base = context.baseRun;
  const both = (head, main, always = false) => main === void 0 || !always && main === head ? head : `${head} (main: ${main}${main === head ? "" : " \u26A0\uFE0F"})`;
  const facts = [
    ["Backend", both(escapeText(context.backend, 40), base && escapeText(base.backend, 40), true)],
    ["Seed", both(String(context.seed), base && String(base.seed))],
    ["Repeats", count(context.repeats)],
    ["Bootstrap resamples", both(count(context.resamples), base && count(base.resamples))],
    ["Duration", duration(context.durationMs)],
    ...context.timeLimit === void 0 ? [] : [["Time limit", escapeText(context.timeLimit, 300)]],
    ["Config hash", shortHash(context.hashes.config)],
    ["Model hash", shortHash(context.hashes.model)],
    ["Data hash", shortHash(context.hashes.data)],
    ...runUrl === void 0 ? [] : [["Run", `[workflow run](${runUrl})`]]
  ];
  const baseline = comparison.base;
  const footer = baseline === void 0 ? `This PR: ${commitLink(comparison.head.commit, links)} \xB7 no baseline.` : `This PR: ${commitLink(comparison.head.commit, links)} \xB7 baseline: ${commitLink(baseline.commit, links)} from ${when(baseline.startedAt)} (${age(baseline.startedAt, context.now)}).`;
  return [
    { type: "text", text: "<details><summary>Run facts</summary>" },
    {
      type: "table",
      header: ["Fact", "Value"],
      rows: facts.map((cells) => ({ cells, tier: Tier.fact }))
    },
    { type: "text", text: "</details>" },
    { type: "text", text: `---

<sub>${footer}</sub>` }
  ];
}
function when(iso) {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return escapeText(iso, 40);
  return `${new Date(time).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

// src/report/sections/gate.ts
var METHOD = {
  "mcnemar-exact": "exact McNemar",
  "paired-bootstrap": "paired bootstrap",
  "unpaired-bootstrap": "unpaired bootstrap"
};
function settingsBlock(gate) {
  if (gate.changes.length === 0) return [];
  const rows2 = gate.changes.map(
    (c) => `\`${c.setting}\`: \`${c.base}\` on main \u2192 \`${c.head}\` here; the gate applies \`${c.applied}\``
  );
  return [
    {
      type: "text",
      text: "> [!WARNING]\n> **This PR changes the gate settings.** The gate applies main's settings or the stricter of the two, so a PR cannot loosen its own gate:\n" + rows2.map((row3) => `> - ${row3}`).join("\n")
    }
  ];
}
function gateBlocks(gate) {
  const title = { type: "text", text: "### Regression gate" };
  if (gate === void 0) {
    return [title, { type: "text", text: "No baseline, so the regression gate does not apply." }];
  }
  const settings = settingsBlock(gate);
  const how = gate.paired ? "Paired: this PR ran on the same eval data as main (exact McNemar test on 0/1 correctness for accuracy, error rate and one class's recall, paired bootstrap otherwise)." : "\u26A0\uFE0F Unpaired: the eval data changed, so each check is an unpaired bootstrap (less power than a paired test on the same data).";
  const rule = `A check regresses when this PR is worse than main by more than ${num(gate.tolerance)} with Holm-adjusted p \u2264 ${num(gate.alpha)} over ${plural(gate.checks.length, "check")}.`;
  const bootstrapped = gate.checks.filter((c) => c.monteCarloError !== void 0);
  const error = bootstrapped.length === 0 ? "" : ` Bootstrap p-values carry Monte Carlo error (largest \xB1${num(Math.max(...bootstrapped.map((c) => c.monteCarloError)))}); resamples grow until each decision is clear of \u03B1 by 3 errors.`;
  if (gate.checks.length === 0) {
    return [title, ...settings, { type: "text", text: `${how} ${rule}` }];
  }
  const ordered = gate.checks.map((check3, index) => ({ check: check3, index })).sort((a, b) => Number(b.check.regressed) - Number(a.check.regressed) || a.index - b.index);
  const table2 = {
    type: "table",
    header: ["Check", "Metric", "Main", "This PR", "Drop", "Method", "p", "Holm p", "Regressed?"],
    rows: ordered.map(({ check: check3, index }) => ({
      cells: [
        name(check3, index),
        escapeText(check3.metric),
        num(check3.base),
        num(check3.head),
        signed(check3.drop),
        METHOD[check3.method],
        pValue(check3.p),
        pValue(check3.adjustedP),
        check3.regressed ? "\u274C yes" : "no"
      ],
      tier: check3.regressed ? Tier.failure : Tier.check
    }))
  };
  const regressed = gate.regressions.length > 0;
  return [
    title,
    ...settings,
    { type: "text", text: `${how} ${rule}${error}` },
    ...regressed ? [table2] : [
      {
        type: "text",
        text: `<details><summary>${plural(gate.checks.length, "check")}, no regression</summary>`
      },
      table2,
      { type: "text", text: "</details>" }
    ]
  ];
}
function name(check3, index) {
  return index === 0 && check3.name === "overall" ? "_all eval data_" : escapeText(check3.name);
}

// src/report/sections/tests.ts
var STATUS = {
  pass: "\u2705 pass",
  fail: "\u274C fail",
  inconclusive: "\u2754 inconclusive",
  skipped: "\u23ED\uFE0F skipped"
};
var CHANGE = {
  "new-failure": "\u274C new failure",
  fixed: "\u{1F389} fixed",
  "still-failing": "still failing",
  changed: "changed",
  new: "\u{1F195} new test",
  removed: "\u{1F5D1}\uFE0F removed",
  "still-passing": "still passing",
  unchanged: "unchanged"
};
var OPS = { ">=": "\u2265", ">": "&gt;", "<=": "\u2264", "<": "&lt;" };
function testBlocks(tests, hasBase) {
  const title = { type: "text", text: "### Model unit tests" };
  if (tests.length === 0) {
    return [title, { type: "text", text: "This suite has no model unit tests." }];
  }
  const header = hasBase ? ["Test", "Metric", "Threshold", "Main", "This PR", "n", "Status", "Change"] : ["Test", "Metric", "Threshold", "This PR", "n", "Status"];
  const table2 = (rows2) => ({
    type: "table",
    header,
    rows: rows2.map((test) => row2(test, hasBase))
  });
  if (!hasBase) return [title, table2(tests)];
  const quiet = tests.filter(isQuiet);
  const shown = tests.filter((test) => !isQuiet(test));
  return [
    title,
    shown.length === 0 ? {
      type: "text",
      text: "Every test has the status it has on main."
    } : table2(shown),
    ...quiet.length === 0 ? [] : [
      {
        type: "text",
        text: `<details><summary>${plural(quiet.length, shown.length === 0 ? "test" : "more test")}, status as on main</summary>`
      },
      table2(quiet),
      { type: "text", text: "</details>" }
    ]
  ];
}
function isQuiet(test) {
  return (test.change === "still-passing" || test.change === "unchanged") && (test.head?.status === "pass" || test.head?.status === "skipped");
}
function row2(test, hasBase) {
  const head = test.head;
  const metric2 = test.class === void 0 ? escapeText(test.metric) : `${escapeText(test.metric)} (class ${escapeText(test.class, 60)})`;
  const status = head === void 0 ? MISSING : head.status === "skipped" && head.reason !== void 0 ? `${STATUS.skipped}: ${escapeText(head.reason, 300)}` : STATUS[head.status];
  const cells = [
    escapeText(test.name),
    metric2,
    `${OPS[test.threshold.op]} ${num(test.threshold.value)}`,
    ...hasBase ? [withInterval(test.base?.value, test.base?.ci)] : [],
    withInterval(head?.value, head?.ci),
    head === void 0 ? MISSING : count(head.n),
    status,
    ...hasBase ? [change2(test)] : []
  ];
  return { cells, tier: tier(test) };
}
function change2(test) {
  const details = [
    ...test.change === "changed" && test.base !== void 0 ? [`was ${test.base.status}`] : [],
    ...test.delta === void 0 ? [] : [`\u0394 ${signed(test.delta)}`]
  ];
  return details.length === 0 ? CHANGE[test.change] : `${CHANGE[test.change]} (${details.join("; ")})`;
}
function tier(test) {
  switch (test.change) {
    case "new-failure":
    case "still-failing":
    case "fixed":
      return Tier.failure;
    case "changed":
    case "new":
    case "removed":
      return Tier.key;
    case "still-passing":
    case "unchanged":
      return isQuiet(test) ? Tier.unchanged : Tier.key;
  }
}

// src/report/sections/verdict.ts
var LISTED = 3;
function verdictBlocks(comparison, links, baselineNote, mismatches = []) {
  const { verdict: verdict2 } = comparison;
  const parts = [
    failures(verdict2.failedTests, "failing test", verdict2.passed),
    ...verdict2.inconclusiveTests.length > 0 ? [failures(verdict2.inconclusiveTests, "inconclusive test", verdict2.passed)] : [],
    ...comparison.gate === void 0 ? [] : [failures(verdict2.regressions, "regression", verdict2.passed)]
  ];
  const baseline = comparison.base === void 0 ? "no baseline" : `baseline ${commitLink(comparison.base.commit, links)}`;
  const line = `${verdict2.passed ? "\u2705 **Passed**" : "\u274C **Failed**"}: ${parts.join(", ")} \xB7 ${baseline}`;
  return [
    { type: "text", text: `## ablation-ci \xB7 ${escapeText(comparison.suite)}` },
    { type: "text", text: line },
    ...baselineNote === void 0 || baselineNote === "" ? [] : [{ type: "text", text: `> \u2139\uFE0F ${escapeText(baselineNote, 2e3)}` }],
    ...mismatches.map((text) => ({
      type: "text",
      text: `> \u26A0\uFE0F ${escapeText(capital(text), 300)}.`
    })),
    { type: "trim-notice" }
  ];
}
function capital(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function failures(names2, noun, passed) {
  if (names2.length === 0) return `no ${noun}s`;
  const listed = names2.slice(0, LISTED).map((name2) => escapeText(name2, 60));
  if (names2.length > LISTED) listed.push(`\u2026 ${names2.length - LISTED} more`);
  return `${plural(names2.length, noun)} (${listed.join(", ")})${passed ? " \u2014 not gated" : ""}`;
}

// src/report/render.ts
var COMMENT_LIMIT = 65536;
var SUMMARY_LIMIT = 1048576;
function renderReport(comparison, context, options = {}) {
  const limit = options.limit ?? COMMENT_LIMIT;
  const measure = options.measure ?? "utf16-units";
  const unit = measure === "utf8-bytes" ? "bytes" : "characters";
  return fit(reportBlocks(comparison, context), {
    limit,
    measure,
    hint: measure === "utf8-bytes" ? "the results artifact holds everything" : "the full report is in the job summary and the results artifact",
    limitLabel: `the limit of ${count(options.labelLimit ?? limit)} ${unit}`
  });
}
function renderSummary(comparison, context, options = {}) {
  return renderReport(comparison, context, {
    limit: options.limit ?? SUMMARY_LIMIT,
    measure: "utf8-bytes",
    ...options.labelLimit === void 0 ? {} : { labelLimit: options.labelLimit }
  });
}
function reportBlocks(comparison, context) {
  const links = {
    serverUrl: context.serverUrl ?? "https://github.com",
    ...context.repository === void 0 ? {} : { repository: context.repository }
  };
  const hasBase = comparison.base !== void 0;
  return [
    ...verdictBlocks(
      comparison,
      links,
      context.baselineNote,
      runMismatches(context.baseRun, context)
    ),
    ...testBlocks(comparison.tests, hasBase),
    ...gateBlocks(comparison.gate),
    ...componentBlocks(comparison.components, comparison.metric, hasBase),
    ...retrainBlocks(context.retrain),
    ...dataBlocks(comparison.data),
    ...factBlocks(comparison, context, links)
  ];
}

// src/store/git.ts
import { execFile } from "node:child_process";
var GitError = class extends Error {
  /** The exit code, or undefined when git could not be started or was killed. */
  exitCode;
  stdout;
  stderr;
  constructor(args, exitCode, stdout, stderr, cause) {
    const detail = oneLine(stderr) || (cause instanceof Error ? cause.message : "failed");
    const status = exitCode === void 0 ? "" : ` (exit ${exitCode})`;
    super(`git ${args.join(" ")} failed${status}: ${detail}`, { cause });
    this.name = "GitError";
    this.exitCode = exitCode;
    this.stdout = stdout;
    this.stderr = stderr;
  }
};
function gitRunner(cwd, baseEnv = process.env) {
  return (args, options = {}) => new Promise((resolve3, reject) => {
    const env = { ...baseEnv, GIT_TERMINAL_PROMPT: "0", ...options.env };
    const child = execFile(
      "git",
      args,
      { cwd, env, encoding: "utf8", maxBuffer: 1024 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error === null) {
          resolve3(stdout);
          return;
        }
        const code = typeof error.code === "number" ? error.code : void 0;
        reject(new GitError(args, code, stdout, stderr, error));
      }
    );
    child.stdin?.on("error", () => void 0);
    child.stdin?.end(options.input);
  });
}
function oneLine(text) {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

// src/results/read.ts
import { readFile } from "node:fs/promises";
import path from "node:path";

// src/results/validate.ts
var import_ajv = __toESM(require_ajv(), 1);

// schema/results.schema.json
var results_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/ablation-ci/ablation-ci/schema/results.schema.json",
  title: "ablation-ci results (schemaVersion 1)",
  description: "One run of an ablation suite: component contributions and model unit tests, with intervals on every estimate.",
  type: "object",
  additionalProperties: false,
  required: [
    "schemaVersion",
    "suite",
    "source",
    "run",
    "timing",
    "task",
    "classes",
    "data",
    "metrics",
    "baseline",
    "components",
    "tests",
    "predictions"
  ],
  properties: {
    schemaVersion: {
      const: 1
    },
    suite: {
      type: "string",
      pattern: "^(?!\\.\\.?$|\\.git$)[A-Za-z0-9._-]+$"
    },
    source: {
      type: "object",
      additionalProperties: false,
      required: ["commit", "ref", "configHash", "modelHash", "dataHash"],
      properties: {
        commit: {
          type: ["string", "null"]
        },
        ref: {
          type: ["string", "null"]
        },
        configHash: {
          $ref: "#/definitions/hash"
        },
        modelHash: {
          $ref: "#/definitions/hash"
        },
        dataHash: {
          $ref: "#/definitions/hash"
        }
      }
    },
    run: {
      type: "object",
      additionalProperties: false,
      required: ["seed", "repeats", "resamples", "confidence", "backend", "shard", "gate"],
      properties: {
        seed: {
          type: "integer"
        },
        repeats: {
          type: "integer",
          minimum: 1
        },
        resamples: {
          type: "integer",
          minimum: 1
        },
        confidence: {
          type: "number",
          exclusiveMinimum: 0,
          exclusiveMaximum: 1
        },
        backend: {
          enum: ["tensorflow", "wasm", "cpu"]
        },
        shard: {
          oneOf: [
            {
              type: "null"
            },
            {
              type: "object",
              additionalProperties: false,
              required: ["index", "count"],
              properties: {
                index: {
                  type: "integer",
                  minimum: 1
                },
                count: {
                  type: "integer",
                  minimum: 1
                }
              }
            }
          ]
        },
        budget: {
          description: "What a time limit (time-limit) changed; present only when one was set.",
          type: "object",
          additionalProperties: false,
          required: ["limit", "estimate", "repeats", "rows", "notEvaluated"],
          properties: {
            limit: { type: "number", exclusiveMinimum: 0 },
            estimate: { type: "number", minimum: 0 },
            repeats: {
              oneOf: [
                { type: "null" },
                {
                  type: "object",
                  additionalProperties: false,
                  required: ["from", "to"],
                  properties: {
                    from: { type: "integer", minimum: 1 },
                    to: { type: "integer", minimum: 1 }
                  }
                }
              ]
            },
            rows: {
              oneOf: [
                { type: "null" },
                {
                  type: "object",
                  additionalProperties: false,
                  required: ["from", "to"],
                  properties: {
                    from: { type: "integer", minimum: 1 },
                    to: { type: "integer", minimum: 1 }
                  }
                }
              ]
            },
            notEvaluated: { type: "integer", minimum: 0 }
          }
        },
        gate: {
          type: "object",
          additionalProperties: false,
          required: ["failOn", "regression"],
          properties: {
            failOn: {
              type: "array",
              uniqueItems: true,
              items: {
                enum: ["test-failure", "regression", "inconclusive"]
              }
            },
            regression: {
              type: "object",
              additionalProperties: false,
              required: ["metric", "tolerance", "alpha"],
              properties: {
                metric: {
                  $ref: "#/definitions/metricName"
                },
                tolerance: {
                  type: "number",
                  minimum: 0
                },
                alpha: {
                  type: "number",
                  exclusiveMinimum: 0,
                  maximum: 0.5
                }
              }
            }
          }
        }
      }
    },
    timing: {
      type: "object",
      additionalProperties: false,
      required: ["startedAt", "durationMs"],
      properties: {
        startedAt: {
          type: "string"
        },
        durationMs: {
          type: "number",
          minimum: 0
        }
      }
    },
    task: {
      enum: ["binary", "multiclass", "regression"]
    },
    classes: {
      oneOf: [
        {
          type: "null"
        },
        {
          type: "array",
          items: {
            type: "string"
          },
          minItems: 2
        }
      ]
    },
    data: {
      type: "object",
      additionalProperties: false,
      required: ["labelCounts", "duplicateRows"],
      description: "Facts about the eval data for the report's data checks.",
      properties: {
        labelCounts: {
          oneOf: [
            {
              type: "null"
            },
            {
              type: "object",
              additionalProperties: {
                type: "integer",
                minimum: 0
              }
            }
          ],
          description: "examples per class (null for regression)"
        },
        duplicateRows: {
          type: "integer",
          minimum: 0,
          description: "rows equal to an earlier row (features and label)"
        }
      }
    },
    metrics: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "higherIsBetter"],
        properties: {
          name: {
            $ref: "#/definitions/metricName"
          },
          higherIsBetter: {
            type: "boolean"
          }
        }
      }
    },
    baseline: {
      type: "object",
      additionalProperties: false,
      required: ["n", "metrics"],
      properties: {
        n: {
          type: "integer",
          minimum: 1
        },
        metrics: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/estimate"
          }
        }
      }
    },
    components: {
      type: "array",
      items: {
        $ref: "#/definitions/component"
      }
    },
    tests: {
      type: "array",
      items: {
        $ref: "#/definitions/test"
      }
    },
    predictions: {
      type: "object",
      additionalProperties: false,
      required: ["encoding", "shape", "baseline", "labels"],
      properties: {
        encoding: {
          const: "base64-le",
          description: "baseline: float32 model outputs, n \xD7 k row-major; labels: float64 class index or target per example; both little-endian, base64."
        },
        shape: {
          type: "array",
          items: {
            type: "integer",
            minimum: 1
          },
          minItems: 2,
          maxItems: 2
        },
        baseline: {
          type: "string",
          contentEncoding: "base64"
        },
        labels: {
          type: "string",
          contentEncoding: "base64"
        }
      }
    },
    retrain: {
      description: "Retrain ablations (present when the config has `train`): the K seeds, the time limit, the statistics used and the retrained baseline.",
      type: "object",
      additionalProperties: false,
      required: ["seeds", "timeLimitMs", "method", "baseline"],
      properties: {
        seeds: {
          type: "array",
          items: {
            type: "integer",
            minimum: 0
          },
          minItems: 1
        },
        timeLimitMs: {
          type: "number",
          exclusiveMinimum: 0
        },
        method: {
          const: "seed-t+example-bootstrap"
        },
        variants: {
          description: "The names of every retrain variant of the config, in its order (in a shard too, which trains a range of them); absent in documents written before it existed.",
          type: "array",
          items: {
            type: "string"
          }
        },
        baseline: {
          type: "object",
          additionalProperties: false,
          required: ["runs", "metrics"],
          properties: {
            runs: {
              type: "array",
              items: {
                $ref: "#/definitions/retrainRun"
              }
            },
            metrics: {
              type: "object",
              additionalProperties: {
                $ref: "#/definitions/estimate"
              }
            }
          }
        }
      }
    }
  },
  definitions: {
    hash: {
      type: "string",
      pattern: "^sha256:[0-9a-f]{64}$"
    },
    metricName: {
      enum: [
        "accuracy",
        "error_rate",
        "precision",
        "recall",
        "f1",
        "precision_macro",
        "recall_macro",
        "f1_macro",
        "f1_weighted",
        "roc_auc",
        "log_loss",
        "mse",
        "rmse",
        "mae",
        "r2"
      ]
    },
    interval: {
      type: "array",
      items: {
        type: "number"
      },
      minItems: 2,
      maxItems: 2
    },
    undefinedEstimate: {
      type: "object",
      additionalProperties: false,
      required: ["value", "reason"],
      properties: {
        value: {
          type: "null"
        },
        reason: {
          type: "string",
          minLength: 1
        }
      }
    },
    estimate: {
      oneOf: [
        {
          type: "object",
          additionalProperties: false,
          required: ["value", "ci"],
          properties: {
            value: {
              type: "number"
            },
            ci: {
              $ref: "#/definitions/interval"
            }
          }
        },
        {
          $ref: "#/definitions/undefinedEstimate"
        }
      ]
    },
    contribution: {
      oneOf: [
        {
          type: "object",
          additionalProperties: false,
          required: ["value", "valueCi", "contribution", "ci", "p", "q"],
          properties: {
            value: {
              type: "number",
              description: "the metric with the component ablated"
            },
            valueCi: {
              $ref: "#/definitions/interval"
            },
            contribution: {
              type: "number",
              description: "positive means the component helps"
            },
            ci: {
              $ref: "#/definitions/interval"
            },
            p: {
              type: "number",
              minimum: 0,
              maximum: 1
            },
            q: {
              type: "number",
              minimum: 0,
              maximum: 1,
              description: "Benjamini\u2013Hochberg adjusted p over all components of this metric"
            }
          }
        },
        {
          $ref: "#/definitions/undefinedEstimate"
        }
      ]
    },
    component: {
      type: "object",
      additionalProperties: false,
      required: ["id", "kind", "target", "mode", "repeats"],
      properties: {
        id: {
          type: "string"
        },
        kind: {
          enum: ["layer", "feature", "group", "retrain"]
        },
        name: {
          type: "string",
          minLength: 1
        },
        target: {
          type: "array",
          items: {
            type: "string"
          },
          minItems: 1
        },
        mode: {
          enum: ["zero", "reinit", "mean", "remove", "permute", "value", "retrain"]
        },
        value: {
          type: "number"
        },
        repeats: {
          type: "integer",
          minimum: 0
        },
        notApplicable: {
          type: "string"
        },
        metrics: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/contribution"
          }
        },
        retrain: {
          description: "Retrain ablations: the switches, the dropped features and every (seed) training run of the variant.",
          type: "object",
          additionalProperties: false,
          required: ["switches", "dropFeatures", "runs"],
          properties: {
            switches: {
              type: "object",
              additionalProperties: {
                type: ["string", "number", "boolean"]
              }
            },
            dropFeatures: {
              type: "array",
              items: {
                type: "string"
              }
            },
            runs: {
              type: "array",
              items: {
                $ref: "#/definitions/retrainRun"
              }
            }
          }
        }
      },
      oneOf: [
        {
          required: ["metrics"]
        },
        {
          required: ["notApplicable"]
        }
      ]
    },
    test: {
      type: "object",
      additionalProperties: false,
      required: ["name", "metric", "threshold", "where", "n", "status"],
      properties: {
        name: {
          type: "string"
        },
        metric: {
          $ref: "#/definitions/metricName"
        },
        class: {
          type: "string"
        },
        threshold: {
          type: "object",
          additionalProperties: false,
          required: ["op", "value"],
          properties: {
            op: {
              enum: [">=", ">", "<=", "<"]
            },
            value: {
              type: "number"
            }
          }
        },
        where: {
          type: "object"
        },
        n: {
          type: "integer",
          minimum: 0
        },
        value: {
          type: ["number", "null"]
        },
        ci: {
          $ref: "#/definitions/interval"
        },
        method: {
          enum: [
            "clopper-pearson",
            "clopper-pearson-f1",
            "clopper-pearson-auc",
            "bootstrap",
            "wilson"
          ]
        },
        status: {
          enum: ["pass", "fail", "inconclusive", "skipped"]
        },
        reason: {
          type: "string"
        },
        slice: {
          type: "string",
          contentEncoding: "base64",
          description: "the slice's rows of the eval data as a bitset (bit i of byte i>>3, least significant first)"
        }
      },
      if: {
        properties: {
          status: {
            const: "skipped"
          }
        }
      },
      then: {
        required: ["reason"]
      },
      else: {
        required: ["value", "ci", "method", "slice"]
      }
    },
    retrainRun: {
      description: "One training run: its seed, how it ended, its times (not deterministic, like `timing`) and the metrics of the model it trained on the eval data.",
      type: "object",
      additionalProperties: false,
      required: ["seed", "status", "ms", "trainMs", "cached", "metrics"],
      properties: {
        seed: {
          type: "integer",
          minimum: 0
        },
        status: {
          enum: ["ok", "timed-out"]
        },
        ms: {
          type: "number",
          minimum: 0
        },
        trainMs: {
          type: ["number", "null"],
          minimum: 0
        },
        cached: {
          type: "boolean"
        },
        metrics: {
          type: "object",
          additionalProperties: {
            type: ["number", "null"]
          }
        }
      }
    }
  }
};

// src/results/validate.ts
var ajv = new import_ajv.Ajv({ allErrors: false, strict: false });
var check = ajv.compile(results_schema_default);
function resultsProblem(document) {
  if (check(document)) return void 0;
  return describe(check.errors?.[0]);
}
function describe(error) {
  if (error === void 0) return "invalid results document";
  const where = error.instancePath === "" ? "(root)" : error.instancePath;
  return `${where}: ${error.message ?? "invalid"}`;
}

// src/results/read.ts
function parseResults(text, source) {
  let document;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new InputError(`not valid JSON (${errorMessage(error)})`, source);
  }
  const problem = resultsProblem(document);
  if (problem !== void 0) {
    throw new InputError(`not a results document (schemaVersion 1): ${problem}`, source);
  }
  return document;
}
async function readResultsFile(file, cwd, where) {
  const source = where === void 0 ? { file } : { file, where };
  let text;
  try {
    text = await readFile(path.resolve(cwd, file), "utf8");
  } catch (error) {
    const code = error.code;
    throw new InputError(code === "ENOENT" ? "file not found" : errorMessage(error), source);
  }
  return parseResults(text, source);
}

// src/shard/plan.ts
function parseShard(text, where) {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = match === null ? NaN : Number(match[1]);
  const count3 = match === null ? NaN : Number(match[2]);
  if (!(count3 >= 1 && index >= 1 && index <= count3 && Number.isSafeInteger(count3))) {
    throw new InputError(`expected I/N with 1 \u2264 I \u2264 N (e.g. 2/3), got "${text}"`, { where });
  }
  return { index, count: count3 };
}
function componentCost(component, repeats) {
  if (component.notApplicable !== void 0) return 0;
  return component.stochastic ? repeats : 1;
}
function shardComponents(components, repeats, shard) {
  const shards = shardOf(components, repeats, shard.count);
  return components.filter((_, i) => shards[i] === shard.index);
}
function shardOf(components, repeats, count3) {
  return shardOfCosts(
    components.map((c) => componentCost(c, repeats)),
    count3
  );
}
function shardVariants(variants, seeds, shard) {
  const shards = shardOfCosts(
    variants.map(() => seeds),
    shard.count
  );
  return variants.filter((_, i) => shards[i] === shard.index);
}
function shardOfCosts(costs, count3) {
  const total = costs.reduce((a, b) => a + b, 0);
  const shards = new Int32Array(costs.length);
  let before = 0;
  costs.forEach((cost, i) => {
    const position = total === 0 ? (i + 0.5) / costs.length : (before + cost / 2) / total;
    shards[i] = Math.min(count3, Math.floor(position * count3) + 1);
    before += cost;
  });
  return shards;
}

// src/metrics/registry.ts
var CLASSIFICATION = ["binary", "multiclass"];
var REGRESSION = ["regression"];
var UNIT = { min: 0, max: 1 };
var NON_NEGATIVE = { min: 0, max: Infinity };
function classification(higherIsBetter2, extra = {}) {
  return {
    higherIsBetter: higherIsBetter2,
    tasks: CLASSIFICATION,
    range: UNIT,
    ...extra,
    perClass: extra.perClass ?? false
  };
}
function regression(higherIsBetter2, range) {
  return { higherIsBetter: higherIsBetter2, tasks: REGRESSION, perClass: false, range };
}
var METRICS = {
  accuracy: classification(true, { proportion: { of: "all", success: "correct" } }),
  error_rate: classification(false, { proportion: { of: "all", success: "wrong" } }),
  precision: classification(true, {
    perClass: true,
    proportion: { of: "predicted-class", success: "correct" }
  }),
  recall: classification(true, {
    perClass: true,
    proportion: { of: "true-class", success: "correct" }
  }),
  f1: classification(true, { perClass: true }),
  precision_macro: classification(true),
  recall_macro: classification(true),
  f1_macro: classification(true),
  f1_weighted: classification(true),
  roc_auc: classification(true),
  log_loss: classification(false, { range: NON_NEGATIVE }),
  mse: regression(false, NON_NEGATIVE),
  rmse: regression(false, NON_NEGATIVE),
  mae: regression(false, NON_NEGATIVE),
  r2: regression(true, { min: -Infinity, max: 1 })
};
var METRIC_NAMES = Object.keys(METRICS);
function metricApplies(name2, task) {
  return METRICS[name2].tasks.includes(task);
}

// src/metrics/counts.ts
function classCounter(preds) {
  const { n, k, predicted } = preds;
  const truth = Int32Array.from(preds.yTrue);
  const counts = {
    k,
    total: 0,
    tp: new Float64Array(k),
    trueSum: new Float64Array(k),
    predSum: new Float64Array(k)
  };
  return (weights) => {
    const { tp, trueSum, predSum } = counts;
    tp.fill(0);
    trueSum.fill(0);
    predSum.fill(0);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const w = weights === void 0 ? 1 : weights[i];
      if (w === 0) continue;
      const t = truth[i];
      const p = predicted[i];
      trueSum[t] += w;
      predSum[p] += w;
      if (t === p) tp[t] += w;
      total += w;
    }
    counts.total = total;
    return counts;
  };
}
function classScore(counts, cls, score2) {
  const tp = counts.tp[cls];
  const predicted = counts.predSum[cls];
  const actual = counts.trueSum[cls];
  const precision = predicted === 0 ? 0 : tp / predicted;
  if (score2 === "precision") return precision;
  const recall = actual === 0 ? 0 : tp / actual;
  return score2 === "recall" ? recall : f1Of(precision, recall);
}
function f1Of(precision, recall) {
  const denom = precision + recall;
  return denom === 0 ? 0 : 2 * precision * recall / denom;
}
function presentClasses(counts, set, into) {
  let m = 0;
  for (let c = 0; c < counts.k; c++) {
    if (counts.trueSum[c] > 0 || set === "true-or-predicted" && counts.predSum[c] > 0) {
      into[m++] = c;
    }
  }
  return m;
}

// src/metrics/classification.ts
var COUNT_METRICS = [
  "accuracy",
  "error_rate",
  "precision",
  "recall",
  "f1",
  "precision_macro",
  "recall_macro",
  "f1_macro",
  "f1_weighted"
];
function prepareCountMetric(name2, preds, cls) {
  const count3 = classCounter(preds);
  const read = countReader(name2, preds, cls);
  return (weights) => {
    const counts = count3(weights);
    return counts.total === 0 ? NaN : read(counts);
  };
}
function isCountMetric(name2) {
  return COUNT_METRICS.includes(name2);
}
function countReader(name2, preds, cls) {
  const labels = new Int32Array(preds.k);
  switch (name2) {
    case "accuracy":
      return accuracy;
    case "error_rate":
      return (counts) => 1 - accuracy(counts);
    case "precision":
    case "recall":
    case "f1":
      if (cls !== void 0) return (counts) => classScore(counts, cls, name2);
      if (preds.task === "binary") return (counts) => classScore(counts, 1, name2);
      return (counts) => macro(counts, name2, "true", labels);
    case "precision_macro":
      return (counts) => macro(counts, "precision", "true-or-predicted", labels);
    case "recall_macro":
      return (counts) => macro(counts, "recall", "true-or-predicted", labels);
    case "f1_macro":
      return (counts) => macro(counts, "f1", "true-or-predicted", labels);
    case "f1_weighted":
      return (counts) => supportWeighted(counts, "f1", labels);
  }
}
function accuracy(counts) {
  let correct = 0;
  for (let c = 0; c < counts.k; c++) correct += counts.tp[c];
  return correct / counts.total;
}
function macro(counts, score2, set, labels) {
  const m = presentClasses(counts, set, labels);
  if (m === 0) return NaN;
  let sum = 0;
  for (let j = 0; j < m; j++) sum += classScore(counts, labels[j], score2);
  return sum / m;
}
function supportWeighted(counts, score2, labels) {
  const m = presentClasses(counts, "true-or-predicted", labels);
  let sum = 0;
  let support = 0;
  for (let j = 0; j < m; j++) {
    const c = labels[j];
    sum += classScore(counts, c, score2) * counts.trueSum[c];
    support += counts.trueSum[c];
  }
  return sum / support;
}

// src/metrics/log-loss.ts
var EPS = 2 ** -52;
function prepareLogLoss(preds) {
  const { n } = preds;
  const loss = exampleLogLosses(preds);
  return (weights) => {
    let sum = 0;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const w = weights === void 0 ? 1 : weights[i];
      if (w === 0) continue;
      sum += w * loss[i];
      total += w;
    }
    return total === 0 ? NaN : sum / total;
  };
}
function exampleLogLosses(preds) {
  const { n, k, scores, yTrue } = preds;
  const loss = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let rowSum = 0;
    for (let c = 0; c < k; c++) rowSum += clip(scores[i * k + c]);
    loss[i] = -Math.log(clip(scores[i * k + yTrue[i]]) / rowSum);
  }
  return loss;
}
function clip(p) {
  return p < EPS ? EPS : p > 1 - EPS ? 1 - EPS : p;
}

// src/metrics/regression.ts
function prepareRegressionMetric(name2, preds) {
  const { n, yTrue, scores } = preds;
  const mean2 = (term, weights) => {
    let sum = 0;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const w = weights === void 0 ? 1 : weights[i];
      if (w === 0) continue;
      sum += w * term(i);
      total += w;
    }
    return total === 0 ? NaN : sum / total;
  };
  const squared = (i) => (yTrue[i] - scores[i]) ** 2;
  const absolute = (i) => Math.abs(scores[i] - yTrue[i]);
  switch (name2) {
    case "mse":
      return (weights) => mean2(squared, weights);
    case "rmse":
      return (weights) => Math.sqrt(mean2(squared, weights));
    case "mae":
      return (weights) => mean2(absolute, weights);
    case "r2":
      return (weights) => r2(preds, weights);
  }
}
function r2(preds, weights) {
  const { n, yTrue, scores } = preds;
  let total = 0;
  let weightedY = 0;
  let residual = 0;
  let first = NaN;
  let constant = true;
  for (let i = 0; i < n; i++) {
    const w = weights === void 0 ? 1 : weights[i];
    if (w === 0) continue;
    const y = yTrue[i];
    if (total === 0) first = y;
    else if (y !== first) constant = false;
    total += w;
    weightedY += w * y;
    residual += w * (y - scores[i]) ** 2;
  }
  if (!(total >= 2) || Number.isNaN(residual)) return NaN;
  let spread = 0;
  if (!constant) {
    const meanY = weightedY / total;
    for (let i = 0; i < n; i++) {
      const w = weights === void 0 ? 1 : weights[i];
      if (w !== 0) spread += w * (yTrue[i] - meanY) ** 2;
    }
  }
  if (residual === 0) return 1;
  if (spread === 0) return 0;
  return 1 - residual / spread;
}

// src/metrics/roc-auc.ts
function rankColumn(scores, stride, column, truth, positiveClass, hint) {
  const n = truth.length;
  const score2 = new Float64Array(n);
  let hasNaN = false;
  for (let i = 0; i < n; i++) {
    score2[i] = scores[i * stride + column];
    if (Number.isNaN(score2[i])) hasNaN = true;
  }
  const order = hint === void 0 ? new Int32Array(n) : Int32Array.from(hint);
  if (hint === void 0) for (let i = 0; i < n; i++) order[i] = i;
  if (!hasNaN) order.sort((a, b) => score2[a] - score2[b] || a - b);
  const positive = new Uint8Array(n);
  const groupEnd = new Int32Array(n);
  let groups = 0;
  for (let j = 0; j < n; j++) {
    positive[j] = truth[order[j]] === positiveClass ? 1 : 0;
    if (j + 1 === n || score2[order[j + 1]] !== score2[order[j]]) groupEnd[groups++] = j + 1;
  }
  return { order, positive, groupEnd, groups, hasNaN };
}
function columnAuc(col, weights) {
  if (col.hasNaN) return NaN;
  const { order, positive, groupEnd, groups } = col;
  let negBelow = 0;
  let posTotal = 0;
  let area = 0;
  let start = 0;
  for (let g = 0; g < groups; g++) {
    const end = groupEnd[g];
    let pos = 0;
    let neg = 0;
    for (let j = start; j < end; j++) {
      const w = weights === void 0 ? 1 : weights[order[j]];
      if (positive[j] === 1) pos += w;
      else neg += w;
    }
    area += pos * (negBelow + neg / 2);
    negBelow += neg;
    posTotal += pos;
    start = end;
  }
  if (posTotal === 0 || negBelow === 0) return NaN;
  return area / (posTotal * negBelow);
}
function prepareRocAuc(preds) {
  const truth = Int32Array.from(preds.yTrue);
  const cols = rankedColumns(preds.scores, truth, preds.k);
  return (weights) => aucOfColumns(cols, weights);
}
function rankedColumns(scores, truth, k, hints) {
  if (k === 2) return [rankColumn(scores, 2, 1, truth, 1, hints?.[0].order)];
  return Array.from({ length: k }, (_, c) => rankColumn(scores, k, c, truth, c, hints?.[c].order));
}
function aucOfColumns(cols, weights) {
  if (cols.length === 1) return columnAuc(cols[0], weights);
  let sum = 0;
  for (const col of cols) sum += columnAuc(col, weights);
  return sum / cols.length;
}

// src/metrics/prepare.ts
function prepareMetric(name2, preds, options = {}) {
  checkMetricInput(name2, preds, options);
  const metric2 = prepareByName(name2, preds, options.cls);
  return (weights) => {
    if (weights !== void 0 && weights.length !== preds.n) {
      throw new RangeError(`${weights.length} weights for ${preds.n} examples`);
    }
    return metric2(weights);
  };
}
function computeMetric(name2, preds, options = {}) {
  return prepareMetric(name2, preds, options)(options.weights);
}
function prepareByName(name2, preds, cls) {
  switch (name2) {
    case "accuracy":
    case "error_rate":
    case "precision":
    case "recall":
    case "f1":
    case "precision_macro":
    case "recall_macro":
    case "f1_macro":
    case "f1_weighted":
      return prepareCountMetric(name2, preds, cls);
    case "roc_auc":
      return prepareRocAuc(preds);
    case "log_loss":
      return prepareLogLoss(preds);
    case "mse":
    case "rmse":
    case "mae":
    case "r2":
      return prepareRegressionMetric(name2, preds);
  }
}
function checkMetricInput(name2, preds, options = {}) {
  checkPredictions(preds);
  const { cls } = options;
  if (!metricApplies(name2, preds.task)) {
    throw new InputError(`metric ${name2} does not apply to a ${preds.task} task`);
  }
  if (cls !== void 0) {
    if (!METRICS[name2].perClass) throw new InputError(`metric ${name2} cannot score one class`);
    if (!Number.isInteger(cls) || cls < 0 || cls >= preds.k) {
      throw new RangeError(`class index ${cls} is outside 0..${preds.k - 1}`);
    }
  }
}
function checkPredictions(preds) {
  const { task, n, k, yTrue, scores, predicted } = preds;
  const classes = task === "regression" ? 1 : task === "binary" ? 2 : k;
  const problem = k !== classes || task === "multiclass" && k < 2 ? `a ${task} task with k = ${k}` : yTrue.length !== n || scores.length !== n * k ? `${yTrue.length} labels and ${scores.length} scores for n = ${n}, k = ${k}` : task !== "regression" && predicted.length !== n ? `${predicted.length} predicted classes for n = ${n}` : void 0;
  if (problem !== void 0) throw new RangeError(`inconsistent predictions: ${problem}`);
  if (task === "regression") return;
  for (let i = 0; i < n; i++) {
    const y = yTrue[i];
    if (!Number.isInteger(y) || y < 0 || y >= k || predicted[i] < 0 || predicted[i] >= k) {
      throw new RangeError(`example ${i}: class index outside 0..${k - 1}`);
    }
  }
}

// src/metrics/proportion.ts
function proportionCounts(name2, preds, options = {}, weights) {
  checkMetricInput(name2, preds, options);
  const proportion = METRICS[name2].proportion;
  if (proportion === void 0) return void 0;
  const counts = classCounter(preds)(weights);
  if (proportion.of === "all") {
    let correct = 0;
    for (let c = 0; c < counts.k; c++) correct += counts.tp[c];
    const successes = proportion.success === "correct" ? correct : counts.total - correct;
    return { successes, trials: counts.total };
  }
  const cls = options.cls ?? (preds.task === "binary" ? 1 : onlyTrueClass(counts.trueSum));
  if (cls === void 0) return void 0;
  const trials = proportion.of === "true-class" ? counts.trueSum[cls] : counts.predSum[cls];
  return { successes: counts.tp[cls], trials };
}
function onlyTrueClass(trueSum) {
  let found;
  for (let c = 0; c < trueSum.length; c++) {
    if (trueSum[c] === 0) continue;
    if (found !== void 0) return void 0;
    found = c;
  }
  return found;
}

// src/metrics/to-predictions.ts
function toPredictions(task, yTrue, outputs, n, outputWidth) {
  if (yTrue.length !== n || outputs.length !== n * outputWidth) {
    throw new RangeError(
      `${yTrue.length} labels and ${outputs.length} outputs for ${n} examples of width ${outputWidth}`
    );
  }
  const truth = Float64Array.from(yTrue);
  if (task === "regression") {
    if (outputWidth !== 1) {
      throw new InputError(
        `the model gives ${outputWidth} outputs per example; a regression task needs 1`
      );
    }
    return {
      task,
      n,
      k: 1,
      yTrue: truth,
      scores: Float64Array.from(outputs),
      predicted: new Int32Array(0)
    };
  }
  const k = classCount(task, outputWidth);
  let scores;
  if (task === "binary" && outputWidth === 1) {
    scores = new Float64Array(2 * n);
    for (let i = 0; i < n; i++) {
      scores[2 * i] = 1 - outputs[i];
      scores[2 * i + 1] = outputs[i];
    }
  } else {
    scores = Float64Array.from(outputs);
  }
  const predicted = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const y = truth[i];
    if (!Number.isInteger(y) || y < 0 || y >= k) {
      throw new InputError(
        `example ${i + 1}: class index ${y} is not one of the model's ${k} classes (0..${k - 1})`
      );
    }
    let best = 0;
    for (let c = 1; c < k; c++) if (scores[i * k + c] > scores[i * k + best]) best = c;
    predicted[i] = best;
  }
  return { task, n, k, yTrue: truth, scores, predicted };
}
function classCount(task, outputWidth) {
  if (task === "binary") {
    if (outputWidth === 1 || outputWidth === 2) return 2;
    throw new InputError(
      `the model gives ${outputWidth} outputs per example; a binary task needs 1 (sigmoid) or 2`
    );
  }
  if (outputWidth < 2) {
    throw new InputError(
      `the model gives ${outputWidth} output per example; a multiclass task needs one per class`
    );
  }
  return outputWidth;
}

// src/stats/multiple.ts
function sortedOrder(pvalues, name2) {
  const m = pvalues.length;
  const order = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    const p = pvalues[i];
    if (!(p >= 0 && p <= 1))
      throw new RangeError(`${name2}: p-values must be in [0, 1], got ${p} at ${i}`);
    order[i] = i;
  }
  return order.sort((a, b) => pvalues[a] - pvalues[b] || a - b);
}
function holm(pvalues) {
  const m = pvalues.length;
  const order = sortedOrder(pvalues, "holm");
  const adjusted = new Float64Array(m);
  let running = 0;
  for (let rank2 = 0; rank2 < m; rank2++) {
    const i = order[rank2];
    running = Math.max(running, Math.min(1, (m - rank2) * pvalues[i]));
    adjusted[i] = running;
  }
  return adjusted;
}
function benjaminiHochberg(pvalues) {
  const m = pvalues.length;
  const order = sortedOrder(pvalues, "benjaminiHochberg");
  const adjusted = new Float64Array(m);
  let running = 1;
  for (let rank2 = m - 1; rank2 >= 0; rank2--) {
    const i = order[rank2];
    running = Math.min(running, pvalues[i] * (m / (rank2 + 1)));
    adjusted[i] = running;
  }
  return adjusted;
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

// src/stats/binomtest.ts
function binomialTest(k, n, p = 0.5, alternative = "two-sided") {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`binomialTest: n must be an integer >= 0, got ${n}`);
  if (!Number.isInteger(k) || k < 0 || k > n) {
    throw new RangeError(`binomialTest: k must be an integer in [0, n], got ${k}`);
  }
  if (!(p >= 0 && p <= 1)) throw new RangeError(`binomialTest: p must be in [0, 1], got ${p}`);
  if (n === 0) return 1;
  switch (alternative) {
    case "less":
      return binomialCdf(k, n, p);
    case "greater":
      return binomialSf(k - 1, n, p);
    case "two-sided":
      return Math.min(1, twoSided(k, n, p));
  }
}
function mcnemarExact(b, c, alternative = "two-sided") {
  if (!Number.isInteger(b) || !Number.isInteger(c) || b < 0 || c < 0) {
    throw new RangeError(`mcnemarExact: counts must be integers >= 0, got ${b}, ${c}`);
  }
  return binomialTest(b, b + c, 0.5, alternative);
}
function twoSided(k, n, p) {
  const d = binomialPmf(k, n, p);
  const rerr = 1 + 1e-7;
  if (k === p * n) return 1;
  if (k < p * n) {
    const ix2 = searchBinomTest((x) => -binomialPmf(x, n, p), -d * rerr, Math.ceil(p * n), n);
    const y2 = n - ix2 + (d * rerr === binomialPmf(ix2, n, p) ? 1 : 0);
    return binomialCdf(k, n, p) + binomialSf(n - y2, n, p);
  }
  const ix = searchBinomTest((x) => binomialPmf(x, n, p), d * rerr, 0, Math.floor(p * n));
  const y = ix + 1;
  return binomialCdf(y - 1, n, p) + binomialSf(k - 1, n, p);
}
function searchBinomTest(a, d, lo, hi) {
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    const value = a(mid);
    if (value < d) lo = mid + 1;
    else if (value > d) hi = mid - 1;
    else return mid;
  }
  return a(lo) <= d ? lo : lo - 1;
}

// src/stats/paired.ts
function pairedExactTest(counts, delta0, alternative) {
  checkCounts(counts, delta0);
  if (counts.n === 0) return 1;
  const tail = new ExtremeTail(counts, delta0, alternative);
  const low = Math.max(Math.abs(delta0), 1e-3 / counts.n);
  const steps = 48;
  const rates = /* @__PURE__ */ new Set([Math.abs(delta0) || low, 1]);
  for (let i = 0; i <= steps; i++) {
    rates.add(Math.exp(Math.log(low) * (1 - i / steps)));
    rates.add(low + (1 - low) * i / steps);
  }
  const grid = [...rates].filter((r) => r >= Math.abs(delta0) && r <= 1).sort((x, y) => x - y);
  const values = grid.map((r) => tail.probability(r));
  let best = Math.max(...values);
  for (let i = 0; i < grid.length; i++) {
    const left = i === 0 ? -Infinity : values[i - 1];
    const right = i === grid.length - 1 ? -Infinity : values[i + 1];
    if (values[i] < left || values[i] < right) continue;
    if (values[i] === left && values[i] === right || values[i] < 0.9 * best) continue;
    const lo = grid[Math.max(0, i - 1)];
    const hi = grid[Math.min(grid.length - 1, i + 1)];
    if (hi > lo)
      best = Math.max(
        best,
        goldenMaximum((r) => tail.probability(r), lo, hi)
      );
  }
  return Math.min(1, best);
}
function mcnemarRegression(counts, margin) {
  checkMargin(margin);
  checkCounts(counts, -margin);
  if (margin === 0) return mcnemarExact(counts.losses, counts.wins, "greater");
  return pairedExactTest(counts, -margin, "less");
}
var ExtremeTail = class {
  n;
  delta0;
  less;
  cut;
  // Per number of discordant pairs m: for 'less', the fewest losses whose
  // statistic is as extreme as observed (m + 1: none); for 'greater', the
  // most (−1: none). Found lazily: the statistic falls as losses rise.
  edge;
  constructor(counts, delta0, alternative) {
    this.n = counts.n;
    this.delta0 = delta0;
    this.less = alternative === "less";
    const observed = tango(counts.losses, counts.wins, counts.n, delta0);
    const slack = 1e-9 * Math.max(1, Math.abs(observed));
    this.cut = this.less ? observed + slack : observed - slack;
    this.edge = new Int32Array(counts.n + 1).fill(-2);
  }
  probability(discordantRate) {
    const { n } = this;
    const s = Math.min(1, discordantRate);
    const lossRate = s > 0 ? Math.min(1, Math.max(0, (s - this.delta0) / (2 * s))) : 0;
    const mode = Math.min(n, Math.floor((n + 1) * s));
    let total = 0;
    for (let m = mode; m <= n; m++) {
      const weight = binomialPmf(m, n, s);
      total += weight * this.extreme(m, lossRate);
      if (m > mode && negligible(weight, total)) break;
    }
    for (let m = mode - 1; m >= 0; m--) {
      const weight = binomialPmf(m, n, s);
      total += weight * this.extreme(m, lossRate);
      if (negligible(weight, total)) break;
    }
    return total;
  }
  /** P(extreme | m discordant pairs), losses ~ Binomial(m, lossRate). */
  extreme(m, lossRate) {
    const edge = this.edgeAt(m);
    if (this.less) return edge > m ? 0 : binomialSf(edge - 1, m, lossRate);
    return edge < 0 ? 0 : binomialCdf(edge, m, lossRate);
  }
  edgeAt(m) {
    if (this.edge[m] !== -2) return this.edge[m];
    const extreme = (losses) => {
      const t = tango(losses, m - losses, this.n, this.delta0);
      return this.less ? t <= this.cut : t >= this.cut;
    };
    let lo = 0;
    let hi = m + 1;
    if (this.less) {
      while (lo < hi) {
        const mid = lo + hi >> 1;
        if (extreme(mid)) hi = mid;
        else lo = mid + 1;
      }
      this.edge[m] = lo;
    } else {
      while (lo < hi) {
        const mid = lo + hi >> 1;
        if (extreme(mid)) lo = mid + 1;
        else hi = mid;
      }
      this.edge[m] = lo - 1;
    }
    return this.edge[m];
  }
};
function negligible(weight, total) {
  return weight <= 1e-17 * total || weight < 1e-60;
}
function tango(losses, wins, n, delta0) {
  const a = 2 * n;
  const b = -wins - losses + (2 * n - wins + losses) * delta0;
  const c = -losses * delta0 * (1 - delta0);
  const root = Math.sqrt(Math.max(0, b * b - 4 * a * c));
  const pLoss = b <= 0 ? (root - b) / (2 * a) : -2 * c / (b + root);
  const numerator = wins - losses - n * delta0;
  const variance2 = n * (2 * pLoss + delta0 * (1 - delta0));
  if (!(variance2 > 0)) return numerator === 0 ? 0 : numerator * Infinity;
  return numerator / Math.sqrt(variance2);
}
function goldenMaximum(f, lo, hi) {
  const ratio = (Math.sqrt(5) - 1) / 2;
  let x1 = hi - ratio * (hi - lo);
  let x2 = lo + ratio * (hi - lo);
  let f1 = f(x1);
  let f2 = f(x2);
  for (let i = 0; i < 30; i++) {
    if (f1 < f2) {
      lo = x1;
      x1 = x2;
      f1 = f2;
      x2 = lo + ratio * (hi - lo);
      f2 = f(x2);
    } else {
      hi = x2;
      x2 = x1;
      f2 = f1;
      x1 = hi - ratio * (hi - lo);
      f1 = f(x1);
    }
  }
  return Math.max(f1, f2);
}
function checkCounts({ losses, wins, n }, delta0) {
  if (![losses, wins, n].every((x) => Number.isInteger(x) && x >= 0) || losses + wins > n) {
    throw new RangeError(
      `paired counts must be integers >= 0 with losses + wins <= n, got ${losses}, ${wins}, ${n}`
    );
  }
  if (!(delta0 > -1 && delta0 < 1))
    throw new RangeError(`delta0 must be in (-1, 1), got ${delta0}`);
}
function checkMargin(margin) {
  if (!(margin >= 0 && margin < 1)) throw new RangeError(`margin must be in [0, 1), got ${margin}`);
}

// src/metrics/subset.ts
function subset(predictions, rows2) {
  const { k } = predictions;
  const scores = new Float64Array(rows2.length * k);
  const yTrue = new Float64Array(rows2.length);
  const predicted = new Int32Array(predictions.predicted.length === 0 ? 0 : rows2.length);
  rows2.forEach((row3, i) => {
    yTrue[i] = predictions.yTrue[row3];
    for (let j = 0; j < k; j++) scores[i * k + j] = predictions.scores[row3 * k + j];
    if (predicted.length > 0) predicted[i] = predictions.predicted[row3];
  });
  return { task: predictions.task, n: rows2.length, k, yTrue, scores, predicted };
}

// src/results/slice.ts
function encodeSlice(rows2, n) {
  const bytes = new Uint8Array(Math.ceil(n / 8));
  for (const row3 of rows2) bytes[row3 >> 3] |= 1 << (row3 & 7);
  return Buffer.from(bytes).toString("base64");
}
function decodeSlice(bitset, n) {
  const bytes = Buffer.from(bitset, "base64");
  const rows2 = [];
  for (let row3 = 0; row3 < n; row3++) if (bytes[row3 >> 3] & 1 << (row3 & 7)) rows2.push(row3);
  return Int32Array.from(rows2);
}

// src/stats/bootstrap.ts
var TWO_POW_16 = 65536;
var TWO_POW_32 = 4294967296;
var TWO_POW_MINUS_32 = 1 / TWO_POW_32;
var EXACT_PRODUCT_LIMIT = 2097152;
function bootstrapCounts(rng, n, out) {
  if (!Number.isInteger(n) || n < 0 || n > out.length || n > TWO_POW_32) {
    throw new RangeError(`bootstrapCounts: n must be an integer in [0, out.length], got ${n}`);
  }
  out.fill(0, 0, n);
  if (n === 0) return;
  const threshold = TWO_POW_32 % n;
  if (n > EXACT_PRODUCT_LIMIT) {
    for (let draw = 0; draw < n; draw++) out[uniformIndex(rng, n, threshold)]++;
    return;
  }
  for (let draw = 0; draw < n; draw++) {
    let product = rng.nextUint32() * n;
    let index = Math.floor(product * TWO_POW_MINUS_32);
    while (product - index * TWO_POW_32 < threshold) {
      product = rng.nextUint32() * n;
      index = Math.floor(product * TWO_POW_MINUS_32);
    }
    out[index]++;
  }
}
function uniformIndex(rng, n, threshold) {
  const nHigh = Math.floor(n / TWO_POW_16);
  const nLow = n - nHigh * TWO_POW_16;
  for (; ; ) {
    const x = rng.nextUint32();
    const upper = x * nHigh;
    const upperHigh = Math.floor(upper / TWO_POW_16);
    const middle = (upper - upperHigh * TWO_POW_16) * TWO_POW_16 + x * nLow;
    const carry = Math.floor(middle * TWO_POW_MINUS_32);
    const low = middle - carry * TWO_POW_32;
    if (low >= threshold) return upperHigh + carry;
  }
}
function percentileInterval(samples, confidence = 0.95) {
  if (!(confidence >= 0 && confidence <= 1)) {
    throw new RangeError(`percentileInterval: confidence must be in [0, 1], got ${confidence}`);
  }
  const sorted = sortedWithoutNaN(samples);
  const alpha = (1 - confidence) / 2;
  return [
    quantileSorted(sorted, alpha * 100 / 100),
    quantileSorted(sorted, (1 - alpha) * 100 / 100)
  ];
}
function sortedWithoutNaN(samples) {
  const kept2 = new Float64Array(samples.length);
  let size = 0;
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i];
    if (!Number.isNaN(s)) kept2[size++] = s;
  }
  return kept2.subarray(0, size).sort();
}
function quantileSorted(sorted, q) {
  const n = sorted.length;
  if (n === 0) return NaN;
  const virtual = (n - 1) * q;
  if (virtual >= n - 1) return sorted[n - 1];
  const previous = Math.floor(virtual);
  const a = sorted[previous];
  const b = sorted[previous + 1];
  const t = virtual - previous;
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

// src/compare/bootstrap-check.ts
var MAX_GATE_RESAMPLES = 64e3;
var BootstrapCheck = class {
  constructor(name2, seed, sign, tolerance, baseMetric, headMetric, sizes) {
    this.name = name2;
    this.seed = seed;
    this.sign = sign;
    this.tolerance = tolerance;
    this.baseMetric = baseMetric;
    this.headMetric = headMetric;
    this.baseWeights = new Float64Array(sizes.base);
    this.headWeights = sizes.paired ? this.baseWeights : new Float64Array(sizes.head);
  }
  name;
  seed;
  sign;
  tolerance;
  baseMetric;
  headMetric;
  atOrBelow = 0;
  counted = 0;
  drawn = 0;
  baseWeights;
  headWeights;
  /** Draws resamples until `total` have been drawn. */
  grow(total) {
    const paired = this.headWeights === this.baseWeights;
    for (let b = this.drawn; b < total; b++) {
      const { name: name2, seed } = this;
      bootstrapCounts(
        Rng.stream(seed, "gate", name2, "base", b),
        this.baseWeights.length,
        this.baseWeights
      );
      if (!paired)
        bootstrapCounts(
          Rng.stream(seed, "gate", name2, "head", b),
          this.headWeights.length,
          this.headWeights
        );
      const drop = this.sign * (this.baseMetric(this.baseWeights) - this.headMetric(this.headWeights));
      if (Number.isNaN(drop)) continue;
      this.counted++;
      if (drop <= this.tolerance) this.atOrBelow++;
    }
    this.drawn = Math.max(this.drawn, total);
  }
  get resamples() {
    return this.drawn;
  }
  get p() {
    return (1 + this.atOrBelow) / (1 + this.counted);
  }
  /** The Monte Carlo standard error of p: sqrt(p(1 − p) / resamples). */
  get error() {
    const p = this.p;
    return Math.sqrt(p * (1 - p) / Math.max(1, this.counted));
  }
};

// src/compare/decode.ts
function storedPredictions(results) {
  const [n, width] = results.predictions.shape;
  const outputs = new Float32Array(decode(results.predictions.baseline, n * width * 4));
  const labels = new Float64Array(decode(results.predictions.labels, n * 8));
  return toPredictions(results.task, labels, outputs, n, width);
}
function decode(text, byteLength) {
  const bytes = Buffer.from(text, "base64");
  if (bytes.length !== byteLength) {
    throw new Error(`stored predictions hold ${bytes.length} bytes, expected ${byteLength}`);
  }
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
}

// src/compare/settings.ts
function gateSettings(base, head) {
  const mine = head.run.gate;
  if (base === void 0)
    return { settings: { failOn: [...mine.failOn], ...mine.regression }, changes: [] };
  const main = base.run.gate;
  const order = ["test-failure", "regression", "inconclusive"];
  const failOn = order.filter((c) => main.failOn.includes(c) || mine.failOn.includes(c));
  const metric2 = head.metrics.some((m) => m.name === main.regression.metric) ? main.regression.metric : mine.regression.metric;
  const settings = {
    failOn,
    metric: metric2,
    tolerance: Math.min(main.regression.tolerance, mine.regression.tolerance),
    alpha: Math.min(main.regression.alpha, mine.regression.alpha)
  };
  const list = (conditions) => conditions.length === 0 ? "[]" : `[${order.filter((c) => conditions.includes(c)).join(", ")}]`;
  const changes = [];
  const note = (setting, before, after, applied) => {
    if (before !== after) changes.push({ setting, base: before, head: after, applied });
  };
  note("fail-on", list(main.failOn), list(mine.failOn), list(failOn));
  note("metric", main.regression.metric, mine.regression.metric, metric2);
  note(
    "tolerance",
    String(main.regression.tolerance),
    String(mine.regression.tolerance),
    String(settings.tolerance)
  );
  note(
    "alpha",
    String(main.regression.alpha),
    String(mine.regression.alpha),
    String(settings.alpha)
  );
  return { settings, changes };
}

// src/compare/gate.ts
var CLEAR_OF_ALPHA = 3;
function regressionGate(base, head, gate = gateSettings(base, head)) {
  const { tolerance, alpha, metric: metric2 } = gate.settings;
  const paired = base.source.dataHash === head.source.dataHash;
  const basePredictions = storedPredictions(base);
  const headPredictions = storedPredictions(head);
  const all = (p) => Int32Array.from({ length: p.n }, (_, i) => i);
  const scope = { seed: head.run.seed, tolerance, paired };
  const raw = [];
  if (head.metrics.some((m) => m.name === metric2)) {
    raw.push(
      check2(
        "overall",
        metric2,
        {},
        basePredictions,
        all(basePredictions),
        headPredictions,
        all(headPredictions),
        scope
      )
    );
  }
  for (const test of head.tests) {
    const before = base.tests.find((t) => t.name === test.name);
    if (!gated(test) || before === void 0 || !gated(before) || before.metric !== test.metric)
      continue;
    const cls = test.class === void 0 ? void 0 : head.classes?.indexOf(test.class);
    const headRows = decodeSlice(test.slice, headPredictions.n);
    const baseRows = paired ? headRows : decodeSlice(before.slice, basePredictions.n);
    raw.push(
      check2(
        test.name,
        test.metric,
        cls === void 0 ? {} : { cls },
        basePredictions,
        baseRows,
        headPredictions,
        headRows,
        scope
      )
    );
  }
  const start = Math.max(1, head.run.resamples);
  for (const c of raw) c.bootstrap?.grow(start);
  let adjusted = holm(Float64Array.from(raw.map(pOf)));
  for (; ; ) {
    const ps = raw.map(pOf);
    const order = ps.map((_, i) => i).sort((a, b) => ps[a] - ps[b] || a - b);
    const unclear = raw.filter((c, i) => {
      const b = c.bootstrap;
      if (b === void 0 || b.resamples >= MAX_GATE_RESAMPLES) return false;
      const scale = raw.length - order.indexOf(i);
      return Math.abs(adjusted[i] - alpha) < CLEAR_OF_ALPHA * scale * b.error;
    });
    if (unclear.length === 0) break;
    for (const c of unclear)
      c.bootstrap.grow(Math.min(MAX_GATE_RESAMPLES, 2 * c.bootstrap.resamples));
    adjusted = holm(Float64Array.from(raw.map(pOf)));
  }
  const checks = raw.map(({ bootstrap, ...c }, i) => ({
    ...c,
    p: pOf({ ...c, bootstrap }),
    ...bootstrap === void 0 ? {} : { resamples: bootstrap.resamples, monteCarloError: bootstrap.error },
    adjustedP: adjusted[i],
    regressed: adjusted[i] <= alpha
  }));
  return {
    failOn: gate.settings.failOn,
    tolerance,
    alpha,
    changes: gate.changes,
    paired,
    checks,
    regressions: checks.filter((c) => c.regressed).map((c) => c.name)
  };
}
function pOf(c) {
  return c.bootstrap === void 0 ? c.p : c.bootstrap.p;
}
function gated(test) {
  return test.status !== "skipped" && test.slice !== void 0 && test.n > 0;
}
function check2(name2, metric2, options, basePredictions, baseRows, headPredictions, headRows, scope) {
  const sign = METRICS[metric2].higherIsBetter ? 1 : -1;
  const baseSlice = subset(basePredictions, baseRows);
  const headSlice = subset(headPredictions, headRows);
  const baseMetric = prepareMetric(metric2, baseSlice, options);
  const headMetric = prepareMetric(metric2, headSlice, options);
  const baseValue = baseMetric();
  const headValue = headMetric();
  const summary2 = {
    name: name2,
    metric: metric2,
    base: baseValue,
    head: headValue,
    drop: sign * (baseValue - headValue)
  };
  const counted = scope.paired ? countedRows(metric2, baseSlice, options) : void 0;
  if (counted !== void 0) {
    return {
      ...summary2,
      method: "mcnemar-exact",
      p: mcnemarRegression(discordant(baseSlice, headSlice, counted), scope.tolerance)
    };
  }
  return {
    ...summary2,
    method: scope.paired ? "paired-bootstrap" : "unpaired-bootstrap",
    bootstrap: new BootstrapCheck(name2, scope.seed, sign, scope.tolerance, baseMetric, headMetric, {
      base: baseSlice.n,
      head: headSlice.n,
      paired: scope.paired
    })
  };
}
function countedRows(metric2, slice, options) {
  const proportion = METRICS[metric2].proportion;
  if (proportion?.of === "all") return Int32Array.from({ length: slice.n }, (_, i) => i);
  if (proportion?.of !== "true-class") return void 0;
  let cls = options.cls ?? (slice.task === "binary" ? 1 : void 0);
  if (cls === void 0) {
    const present = new Set(slice.yTrue);
    if (present.size !== 1) return void 0;
    cls = [...present][0];
  }
  const rows2 = [];
  for (let i = 0; i < slice.n; i++) if (slice.yTrue[i] === cls) rows2.push(i);
  return Int32Array.from(rows2);
}
function discordant(base, head, rows2) {
  let losses = 0;
  let wins = 0;
  for (const i of rows2) {
    const baseRight = base.predicted[i] === base.yTrue[i];
    const headRight = head.predicted[i] === head.yTrue[i];
    if (baseRight && !headRight) losses++;
    else if (headRight && !baseRight) wins++;
  }
  return { losses, wins, n: rows2.length };
}

// src/compare/compare.ts
function compare(base, head) {
  const metric2 = head.metrics[0].name;
  const settings = gateSettings(base, head);
  const gate = base === void 0 ? void 0 : regressionGate(base, head, settings);
  const tests = compareTests(base?.tests ?? [], head.tests, base !== void 0);
  return {
    suite: head.suite,
    metric: metric2,
    head: { commit: head.source.commit, startedAt: head.timing.startedAt },
    ...base === void 0 ? {} : { base: { commit: base.source.commit, startedAt: base.timing.startedAt } },
    tests,
    components: compareComponents(base, head, metric2),
    ...gate === void 0 ? {} : { gate },
    data: dataChecks(base, head),
    verdict: verdict(head, gate?.regressions ?? [], settings.settings.failOn)
  };
}
var CHANGE_ORDER = [
  "new-failure",
  "fixed",
  "still-failing",
  "changed",
  "new",
  "removed",
  "still-passing",
  "unchanged"
];
function compareTests(baseTests, headTests, hasBase) {
  const rows2 = [];
  for (const test of headTests) {
    const before = baseTests.find((t) => t.name === test.name);
    const change3 = !hasBase ? test.status === "fail" ? "new-failure" : "unchanged" : before === void 0 ? "new" : classify(before.status, test.status);
    const delta = typeof before?.value === "number" && typeof test.value === "number" ? test.value - before.value : void 0;
    rows2.push({
      name: test.name,
      metric: test.metric,
      ...test.class === void 0 ? {} : { class: test.class },
      threshold: test.threshold,
      ...before === void 0 ? {} : { base: summary(before) },
      head: { ...summary(test), ...test.reason === void 0 ? {} : { reason: test.reason } },
      change: change3,
      ...delta === void 0 ? {} : { delta }
    });
  }
  for (const before of baseTests) {
    if (headTests.some((t) => t.name === before.name)) continue;
    rows2.push({
      name: before.name,
      metric: before.metric,
      threshold: before.threshold,
      base: summary(before),
      change: "removed"
    });
  }
  return rows2.map((row3, index) => ({ row: row3, index })).sort(
    (a, b) => CHANGE_ORDER.indexOf(a.row.change) - CHANGE_ORDER.indexOf(b.row.change) || a.index - b.index
  ).map(({ row: row3 }) => row3);
}
function classify(before, after) {
  if (after === "fail") return before === "fail" ? "still-failing" : "new-failure";
  if (before === "fail") return after === "pass" ? "fixed" : "changed";
  if (after === before) return after === "pass" ? "still-passing" : "unchanged";
  return "changed";
}
function summary(test) {
  return {
    status: test.status,
    value: test.value ?? null,
    ...test.ci === void 0 ? {} : { ci: test.ci },
    n: test.n
  };
}
function compareComponents(base, head, metric2) {
  const baseById = new Map(base?.components.map((c) => [c.id, c]) ?? []);
  const rankBase = ranks(base, metric2);
  const rankHead = ranks(head, metric2);
  const rows2 = head.components.map((component) => {
    const before = baseById.get(component.id)?.metrics?.[metric2];
    const after = component.metrics?.[metric2];
    const change3 = defined(before) && defined(after) ? after.contribution - before.contribution : void 0;
    return {
      id: component.id,
      kind: component.kind,
      ...component.name === void 0 ? {} : { name: component.name },
      target: component.target,
      mode: component.mode,
      ...before === void 0 ? {} : { base: before },
      ...after === void 0 ? {} : { head: after },
      ...component.notApplicable === void 0 ? {} : { notApplicable: component.notApplicable },
      ...change3 === void 0 ? {} : { change: change3 },
      signFlip: signFlip(before, after),
      ...rankBase.has(component.id) ? { rankBase: rankBase.get(component.id) } : {},
      ...rankHead.has(component.id) ? { rankHead: rankHead.get(component.id) } : {}
    };
  });
  const size = (row3) => defined(row3.head) ? Math.abs(row3.head.contribution) : -1;
  return rows2.map((row3, index) => ({ row: row3, index })).sort((a, b) => size(b.row) - size(a.row) || a.index - b.index).map(({ row: row3 }) => row3);
}
function defined(contribution2) {
  return contribution2 !== void 0 && contribution2.value !== null;
}
function signFlip(before, after) {
  if (!defined(before) || !defined(after)) return false;
  if (Math.sign(before.contribution) * Math.sign(after.contribution) >= 0) return false;
  const excludesZero = (c) => c.ci[0] > 0 || c.ci[1] < 0;
  return excludesZero(before) || excludesZero(after);
}
function ranks(results, metric2) {
  const scored = (results?.components ?? []).map((c) => ({ id: c.id, contribution: c.metrics?.[metric2] })).filter(
    (c) => defined(c.contribution)
  ).sort((a, b) => b.contribution.contribution - a.contribution.contribution);
  return new Map(scored.map((c, i) => [c.id, i + 1]));
}
function dataChecks(base, head) {
  const facts = (r) => ({
    n: r.baseline.n,
    labelCounts: r.data.labelCounts,
    duplicateRows: r.data.duplicateRows
  });
  return {
    changed: base !== void 0 && base.source.dataHash !== head.source.dataHash,
    ...base === void 0 ? {} : { base: facts(base) },
    head: facts(head)
  };
}
function verdict(head, regressions, failOn = head.run.gate.failOn) {
  const failedTests = head.tests.filter((t) => t.status === "fail").map((t) => t.name);
  const inconclusiveTests = head.tests.filter((t) => t.status === "inconclusive").map((t) => t.name);
  const passed = !(failOn.includes("test-failure") && failedTests.length > 0) && !(failOn.includes("inconclusive") && inconclusiveTests.length > 0) && !(failOn.includes("regression") && regressions.length > 0);
  return { passed, failedTests, inconclusiveTests, regressions };
}

// src/suite/engine.ts
import { createHash as createHash3 } from "node:crypto";
import { readFile as readFile9 } from "node:fs/promises";
import path14 from "node:path";

// src/config/load.ts
import { readFile as readFile3 } from "node:fs/promises";
import { dirname, extname as extname2, isAbsolute as isAbsolute2, relative as relative3, resolve as resolve2, sep as sep2 } from "node:path";

// src/config/duration.ts
function parseDuration(value, location) {
  if (typeof value === "number") {
    if (value > 0 && Number.isFinite(value)) return value;
  } else if (/^\s*(\d+(\.\d+)?\s*[hms]\s*)+$/.test(value)) {
    let seconds = 0;
    for (const [, amount, unit] of value.matchAll(/(\d+(?:\.\d+)?)\s*([hms])/g)) {
      seconds += Number(amount) * { h: 3600, m: 60, s: 1 }[unit];
    }
    if (seconds > 0) return seconds;
  } else if (/^\s*\d+(\.\d+)?\s*$/.test(value) && Number(value) > 0) {
    return Number(value);
  }
  throw new InputError(
    `expected a duration such as 10m, 90s or 1h30m, or a number of seconds, got ${JSON.stringify(value)}`,
    location
  );
}

// src/config/key-path.ts
var IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
function keyPath(...segments) {
  return segments.reduce(childPath, "");
}
function childPath(path16, segment) {
  if (typeof segment === "number") return `${path16}[${segment}]`;
  if (!IDENTIFIER.test(segment)) return `${path16}[${JSON.stringify(segment)}]`;
  return path16 === "" ? segment : `${path16}.${segment}`;
}
var LAST_SEGMENT = /(?:\.[A-Za-z_][A-Za-z0-9_-]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])$/;
function parentPath(path16) {
  const match = LAST_SEGMENT.exec(path16);
  return match === null ? "" : path16.slice(0, match.index);
}

// src/config/metric-info.ts
var PER_CLASS_METRICS = METRIC_NAMES.filter(
  (name2) => METRICS[name2].perClass
);
function higherIsBetter(metric2) {
  return METRICS[metric2].higherIsBetter;
}
function metricRange(metric2) {
  return METRICS[metric2].range;
}

// src/config/suggest.ts
function closestKey(key, known) {
  const wanted = normalize(key);
  const limit = Math.min(2, Math.floor(wanted.length / 3));
  let best;
  for (const name2 of known) {
    const distance = editDistance(wanted, normalize(name2));
    if (distance <= limit && (best === void 0 || distance < best.distance)) {
      best = { name: name2, distance };
    }
  }
  return best?.name;
}
function normalize(key) {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase().replace(/_/g, "-");
}
function closestNames(name2, known, count3) {
  const wanted = name2.toLowerCase();
  return known.map((candidate, order) => ({
    candidate,
    order,
    distance: editDistance(wanted, candidate.toLowerCase())
  })).sort((a, b) => a.distance - b.distance || a.order - b.order).slice(0, count3).map((entry) => entry.candidate);
}
function closeNames(name2, candidates, max = 3) {
  const lower = name2.toLowerCase();
  const limit = Math.min(Math.max(1, Math.floor(name2.length / 3)), name2.length - 1);
  const scored = [];
  for (const candidate of candidates) {
    const other = candidate.toLowerCase();
    let distance = editDistance(lower, other, limit);
    if (distance > limit && lower.length >= 3 && (other.includes(lower) || lower.includes(other))) {
      distance = limit;
    }
    if (distance <= limit) scored.push({ candidate, distance });
  }
  scored.sort((a, b) => a.distance - b.distance);
  return scored.slice(0, max).map((s) => s.candidate);
}
function unknownNameHint(name2, candidates, noun) {
  const close = closeNames(name2, candidates);
  if (close.length > 0) return `did you mean ${close.map((c) => JSON.stringify(c)).join(" or ")}?`;
  const shown = candidates.slice(0, 20).join(", ");
  const more2 = candidates.length > 20 ? `, \u2026 (${candidates.length - 20} more)` : "";
  return `${noun}: ${shown}${more2}`;
}
function editDistance(a, b, limit = Infinity) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2] + 1);
      }
      current.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length];
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
  if (!isUnion(error)) return describe2(error, data);
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
function describe2(error, data) {
  const segments = segmentsOf(error, data);
  const schema = error.parentSchema ?? {};
  const params = error.params;
  const got = `got ${show(error.data)}`;
  if (error.propertyName !== void 0) {
    const name2 = error.propertyName;
    return {
      segments: [...segments, name2],
      detail: `expected ${String(schema.expected)}, got ${show(name2)}`
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
  const found = counted ? `got ${count2(error.data)}` : got;
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
      const count3 = Number(error.schema);
      const bound = error.keyword === "minItems" ? "at least" : "at most";
      return `${bound} ${count3} item${count3 === 1 ? "" : "s"}`;
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
function count2(items) {
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

// src/retrain/config.ts
var DEFAULT_SEEDS = 3;
var DEFAULT_TIME_LIMIT_MS = 6e4;
var DEFAULT_CACHE = ".ablation-ci-cache";
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
function parseDuration2(value) {
  if (typeof value === "number") return value * 1e3;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)\s*$/.exec(value);
  return Number(match[1]) * UNIT_MS[match[2]];
}
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
  if (raw.data.train === void 0) {
    fail("retrain ablations need data.train (the training data)", "train");
  }
  const train2 = {
    inputs: t.inputs ?? [],
    seeds: t.seeds ?? DEFAULT_SEEDS,
    timeLimitMs: t["time-limit"] === void 0 ? DEFAULT_TIME_LIMIT_MS : parseDuration2(t["time-limit"]),
    cache: paths.cache
  };
  if (t.module !== void 0) train2.module = paths.module;
  if (t.command !== void 0) train2.command = t.command;
  const order = [...lines.keys()];
  const position = (name2) => order.indexOf(keyPath("ablations", "retrain", name2));
  const variants = Object.keys(rawVariants).sort((a, b) => position(a) - position(b)).map((name2) => {
    const { "drop-features": drop, ...switches } = rawVariants[name2];
    return {
      name: name2,
      switches,
      dropFeatures: drop ?? []
    };
  });
  return { train: train2, variants };
}

// src/config/build.ts
function buildConfig(raw, context) {
  const fail = (detail, ...segments) => {
    const where = keyPath(...segments);
    throw new InputError(detail, { file: context.file, where, line: context.lines.get(where) });
  };
  const metrics = raw.metrics ?? ["accuracy"];
  const classes = raw.data.classes?.map(String);
  classes?.forEach((name2, i) => {
    const first = classes.indexOf(name2);
    if (first < i)
      fail(`duplicate ${show(name2)}, already at data.classes[${first}]`, "data", "classes", i);
  });
  raw.data.features?.forEach((name2, i) => {
    if (name2 === raw.data.label) fail(`${show(name2)} is the label column`, "data", "features", i);
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
    ...retrain.train === void 0 ? {} : { train: retrain.train },
    data,
    metrics,
    seed: raw.seed ?? 42,
    repeats: raw.repeats ?? 5,
    resamples: raw.resamples ?? 1e3,
    ...raw.workers === void 0 ? {} : { workers: raw.workers },
    ...raw["time-limit"] === void 0 ? {} : {
      timeLimit: parseDuration(raw["time-limit"], {
        file: context.file,
        where: "time-limit",
        line: context.lines.get("time-limit")
      })
    },
    ablations: {
      layers: ablations.layers ?? "all",
      layerModes: ablations["layer-modes"] ?? ["zero", "reinit"],
      features: ablations.features ?? "all",
      featureModes: ablations["feature-modes"] ?? ["permute"],
      groups: buildGroups(ablations.groups ?? {}, context.lines),
      ...retrain.variants.length === 0 ? {} : { retrain: retrain.variants }
    },
    tests,
    gate: {
      failOn: raw.gate?.["fail-on"] ?? ["test-failure", "regression"],
      regression: {
        metric: gateMetric,
        tolerance: raw.gate?.regression?.tolerance ?? 0.01,
        alpha: raw.gate?.regression?.alpha ?? 0.05
      }
    },
    lines: context.lines
  };
}
function buildTest(raw, i, fail) {
  const threshold = parseThreshold(raw, i, fail);
  const where = Object.fromEntries(
    Object.entries(raw.where ?? {}).map(([column, condition2]) => [
      column,
      buildCondition(condition2, (detail) => fail(detail, "tests", i, "where", column, "between"))
    ])
  );
  const test = {
    name: raw.name,
    where,
    metric: raw.metric,
    threshold,
    minExamples: raw["min-examples"] ?? 1
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
  const condition2 = { ...raw };
  if (raw.between !== void 0) {
    const [low, high] = raw.between;
    if (low > high) fail(`expected [low, high] with low <= high, got [${low}, ${high}]`);
    condition2.between = [low, high];
  }
  return condition2;
}
function buildGroups(raw, lines) {
  const order = [...lines.keys()];
  const position = (name2) => order.indexOf(keyPath("ablations", "groups", name2));
  return Object.keys(raw).sort((a, b) => position(a) - position(b)).map((name2) => ({ name: name2, ...raw[name2] }));
}

// src/config/locate.ts
function locate(config, where) {
  for (let path16 = where; path16 !== ""; path16 = parentPath(path16)) {
    const line = config.lines.get(path16);
    if (line !== void 0) return { file: config.file, where, line };
  }
  return { file: config.file, where };
}

// src/config/scaling.ts
import { readFile as readFile2 } from "node:fs/promises";
import { relative } from "node:path";

// src/config/schema.ts
var import_ajv2 = __toESM(require_ajv(), 1);

// src/config/types.ts
var TASKS = ["binary", "multiclass", "regression"];
var LAYER_MODES = ["zero", "reinit", "mean", "remove"];
var FEATURE_MODE_NAMES = ["permute", "zero", "mean"];
var GATE_CONDITIONS = ["test-failure", "regression", "inconclusive"];

// src/config/schema.ts
var NAME_PATTERN = "^(?!\\.\\.?$|\\.git$)[A-Za-z0-9._-]+$";
var NAME_MAX_LENGTH = 100;
var NAME_WORDS = `at most ${NAME_MAX_LENGTH} letters, digits, ".", "_" or "-" (not ".", ".." or ".git")`;
var nonEmptyString = { type: "string", minLength: 1 };
var path2 = { type: "string", minLength: 1, expected: "a path relative to the config file" };
var names = { type: "array", uniqueItems: true, items: nonEmptyString };
var metric = { type: "string", enum: METRIC_NAMES };
var scalar = { type: ["string", "number", "boolean"] };
var allOrNames = (what) => ({
  anyOf: [{ type: "string", enum: ["all"] }, names],
  expected: `all or a list of ${what}`
});
var numberOrMap = (value, words) => ({
  anyOf: [value, { type: "object", additionalProperties: value }],
  expected: `${words} or a mapping of feature names to ${words.replace(/^an? /, "")}s`
});
var scalingSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    center: numberOrMap({ type: "number" }, "a number"),
    scale: numberOrMap(
      { type: "number", exclusiveMinimum: 0, expected: "a positive number" },
      "a positive number"
    )
  },
  expected: "a mapping with center and scale"
};
var condition = {
  type: "object",
  additionalProperties: false,
  minProperties: 1,
  properties: {
    eq: scalar,
    ne: scalar,
    in: { type: "array", minItems: 1, items: scalar },
    lt: { type: "number" },
    lte: { type: "number" },
    gt: { type: "number" },
    gte: { type: "number" },
    between: {
      type: "array",
      minItems: 2,
      maxItems: 2,
      items: { type: "number" },
      expected: "a list of two numbers [low, high]"
    }
  },
  expected: "a condition such as {gte: 65} (eq, ne, in, lt, lte, gt, gte, between)"
};
var modelUnitTest = {
  type: "object",
  additionalProperties: false,
  required: ["name", "metric", "threshold"],
  properties: {
    name: nonEmptyString,
    where: { type: "object", additionalProperties: condition },
    metric,
    threshold: {
      anyOf: [
        {
          type: "string",
          pattern: "^\\s*(>=|>|<=|<)\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*$"
        },
        { type: "number" }
      ],
      expected: 'a threshold such as ">= 0.8" (>=, >, <=, <) or a number'
    },
    "min-examples": { type: "integer", minimum: 1 },
    class: { type: ["string", "number"], expected: "a class label (a string or a number)" }
  }
};
var group = {
  type: "object",
  additionalProperties: false,
  minProperties: 1,
  maxProperties: 1,
  properties: {
    layers: { ...names, minItems: 1 },
    features: { ...names, minItems: 1 }
  },
  expected: "exactly one of {layers: [...]} or {features: [...]}"
};
var duration2 = {
  anyOf: [
    { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$" },
    { type: "number", exclusiveMinimum: 0 }
  ],
  expected: 'a duration such as "60s", "2m" or "500ms", or a number of seconds'
};
var train = {
  type: "object",
  additionalProperties: false,
  minProperties: 1,
  properties: {
    module: path2,
    command: nonEmptyString,
    inputs: { ...names, minItems: 1 },
    seeds: { type: "integer", minimum: 1, maximum: 100 },
    "time-limit": duration2,
    cache: path2
  }
};
var retrainVariant = {
  type: "object",
  minProperties: 1,
  propertyNames: { type: "string", minLength: 1 },
  properties: { "drop-features": { ...names, minItems: 1 } },
  additionalProperties: { type: ["string", "number", "boolean"] },
  expected: "a mapping of switches to values, e.g. {dropout: false, drop-features: [a, b]}"
};
var configSchema = {
  type: "object",
  additionalProperties: false,
  // `model` is required unless `train` is given (checked in load.ts).
  required: ["suite", "data"],
  expected: "a mapping with suite, model and data",
  properties: {
    suite: {
      type: "string",
      pattern: NAME_PATTERN,
      maxLength: NAME_MAX_LENGTH,
      expected: `a suite name of ${NAME_WORDS}`
    },
    model: path2,
    data: {
      type: "object",
      additionalProperties: false,
      required: ["eval", "label"],
      properties: {
        eval: path2,
        train: path2,
        label: nonEmptyString,
        features: { ...names, minItems: 1 },
        task: { type: "string", enum: TASKS },
        classes: {
          type: "array",
          minItems: 2,
          uniqueItems: true,
          items: { type: ["string", "number"] }
        },
        scaling: {
          anyOf: [path2, scalingSchema],
          expected: "a mapping with center and scale, or the path of a JSON file holding one"
        }
      }
    },
    metrics: { type: "array", minItems: 1, uniqueItems: true, items: metric },
    seed: { type: "integer", minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
    repeats: { type: "integer", minimum: 1, maximum: 1e3 },
    resamples: { type: "integer", minimum: 100, maximum: 1e5 },
    workers: { type: "integer", minimum: 1, maximum: 256 },
    "time-limit": {
      anyOf: [
        { type: "number", exclusiveMinimum: 0 },
        { type: "string", pattern: "^\\s*(\\d+(\\.\\d+)?\\s*[hms]\\s*)+$" }
      ],
      expected: "a duration such as 10m, 90s or 1h30m, or a number of seconds"
    },
    ablations: {
      type: "object",
      additionalProperties: false,
      properties: {
        layers: allOrNames("layer names or globs"),
        "layer-modes": {
          type: "array",
          uniqueItems: true,
          items: { type: "string", enum: LAYER_MODES }
        },
        features: allOrNames("feature names"),
        "feature-modes": {
          type: "array",
          uniqueItems: true,
          items: {
            anyOf: [
              { type: "string", enum: FEATURE_MODE_NAMES },
              {
                type: "object",
                additionalProperties: false,
                required: ["value"],
                properties: { value: { type: "number" } }
              }
            ],
            expected: `one of ${FEATURE_MODE_NAMES.join(" | ")} | {value: number}`
          }
        },
        groups: {
          type: "object",
          propertyNames: {
            type: "string",
            pattern: NAME_PATTERN,
            maxLength: NAME_MAX_LENGTH,
            expected: `a group name of ${NAME_WORDS}`
          },
          additionalProperties: group
        },
        retrain: {
          type: "object",
          propertyNames: {
            type: "string",
            pattern: NAME_PATTERN,
            expected: `a variant name of ${NAME_WORDS}`
          },
          additionalProperties: retrainVariant
        }
      }
    },
    train,
    tests: { type: "array", items: modelUnitTest },
    gate: {
      type: "object",
      additionalProperties: false,
      properties: {
        "fail-on": {
          type: "array",
          uniqueItems: true,
          items: { type: "string", enum: GATE_CONDITIONS }
        },
        regression: {
          type: "object",
          additionalProperties: false,
          properties: {
            metric,
            tolerance: { type: "number", minimum: 0 },
            alpha: {
              type: "number",
              exclusiveMinimum: 0,
              maximum: 0.5,
              expected: "a number in (0, 0.5]"
            }
          }
        }
      }
    }
  }
};
var compiled;
function validators() {
  if (compiled === void 0) {
    const ajv2 = new import_ajv2.Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
    ajv2.addKeyword({ keyword: "expected", schemaType: "string" });
    compiled = { config: ajv2.compile(configSchema), scaling: ajv2.compile(scalingSchema) };
  }
  return compiled;
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
  const set = (path16, at2) => {
    const line = at2 === null ? void 0 : lineOf(at2);
    if (line !== void 0) lines.set(keyPath(...path16), line);
  };
  if (segments.length === 0) set(segments, node);
  if (node === null || (0, import_yaml.isAlias)(node)) return;
  if ((0, import_yaml.isMap)(node)) {
    for (const pair of node.items) {
      if (!(0, import_yaml.isScalar)(pair.key)) continue;
      const path16 = [...segments, String(pair.key.value)];
      set(path16, pair.key);
      record(pair.value, path16, lines, lineOf);
    }
  } else if ((0, import_yaml.isSeq)(node)) {
    node.items.forEach((item, i) => {
      const path16 = [...segments, i];
      set(path16, item);
      record(item, path16, lines, lineOf);
    });
  }
}

// src/config/scaling.ts
function inlineScaling(raw) {
  return { center: raw.center ?? 0, scale: raw.scale ?? 1 };
}
async function readScalingFile(path16, cwd) {
  const file = relative(cwd, path16);
  let text;
  try {
    text = await readFile2(path16, "utf8");
  } catch (cause) {
    throw new InputError(`cannot read: ${cause.message}`, { file }, { cause });
  }
  const { data, lines } = parseJson(text, file);
  checkSchema(validators().scaling, data, lines, file);
  return inlineScaling(data);
}

// src/retrain/paths.ts
import { extname, isAbsolute, relative as relative2, resolve, sep } from "node:path";
var MODULE_EXTENSIONS = [".ts", ".mts", ".js", ".mjs"];
async function resolveTrainPaths(raw, base, root, cwd, at2) {
  let module2;
  if (raw.module !== void 0) {
    if (!MODULE_EXTENSIONS.includes(extname(raw.module).toLowerCase())) {
      throw new InputError(
        `expected a ${MODULE_EXTENSIONS.join(", ")} file, got ${show(raw.module)}`,
        at2("train.module")
      );
    }
    module2 = await resolveFile({
      given: raw.module,
      base,
      root,
      cwd,
      location: at2("train.module")
    });
  }
  const cache = resolve(base, raw.cache ?? DEFAULT_CACHE);
  const rel = relative2(root, cache);
  if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new InputError(
      `${show(raw.cache ?? DEFAULT_CACHE)} escapes the repository (${root})`,
      at2("train.cache")
    );
  }
  return module2 === void 0 ? { cache } : { module: module2, cache };
}

// src/data/formats.ts
var DATA_FORMATS = {
  ".csv": "csv",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".json": "json"
};
var EXTENSIONS = Object.keys(DATA_FORMATS);
var DATA_EXTENSIONS_TEXT = `${EXTENSIONS.slice(0, -1).join(", ")} or ${EXTENSIONS[EXTENSIONS.length - 1]}`;
function dataFormat(extension) {
  const lower = extension.toLowerCase();
  return Object.prototype.hasOwnProperty.call(DATA_FORMATS, lower) ? DATA_FORMATS[lower] : void 0;
}

// src/config/load.ts
async function loadConfig(file, options) {
  const cwd = resolve2(options.cwd);
  const absolute = resolve2(cwd, file);
  const shown = displayName(file, cwd);
  const { data, lines } = parseYaml(await readConfigText(absolute, shown), shown);
  checkSchema(validators().config, data, lines, shown);
  const raw = data;
  const base = dirname(absolute);
  const root = await findRoot(base, cwd);
  const at2 = (where) => locate({ file: shown, lines }, where);
  if (raw.model === void 0 && raw.train === void 0) {
    throw new InputError('missing required key "model"', { file: shown, where: "" });
  }
  const model = raw.model === void 0 ? void 0 : await resolveFile({ given: raw.model, base, root, cwd, location: at2("model") });
  for (const key of ["eval", "train"]) {
    const given = raw.data[key];
    if (given !== void 0 && dataFormat(extname2(given)) === void 0) {
      throw new InputError(
        `expected a ${DATA_EXTENSIONS_TEXT} file, got ${show(given)}`,
        at2(`data.${key}`)
      );
    }
  }
  const train2 = raw.data.train === void 0 ? void 0 : await resolveFile({ given: raw.data.train, base, root, cwd, location: at2("data.train") });
  const trainPaths = raw.train === void 0 ? void 0 : await resolveTrainPaths(raw.train, base, root, cwd, at2);
  const evalPath = await resolveFile({
    given: raw.data.eval,
    base,
    root,
    cwd,
    location: at2("data.eval")
  });
  let scaling;
  let scalingFile;
  if (typeof raw.data.scaling === "string") {
    const location = at2("data.scaling");
    scalingFile = await resolveFile({ given: raw.data.scaling, base, root, cwd, location });
    scaling = await readScalingFile(scalingFile, cwd);
  } else if (raw.data.scaling !== void 0) {
    scaling = inlineScaling(raw.data.scaling);
  }
  return buildConfig(raw, {
    file: shown,
    lines,
    root,
    model,
    eval: evalPath,
    train: train2,
    trainPaths,
    scaling,
    scalingFile
  });
}
function displayName(file, cwd) {
  if (!isAbsolute2(file)) return file;
  const rel = relative3(cwd, file);
  return rel === "" || rel === ".." || rel.startsWith(`..${sep2}`) || isAbsolute2(rel) ? file : rel;
}
async function readConfigText(path16, file) {
  const special = await notRegular(path16);
  if (special !== void 0 && !special.startsWith("is a folder")) {
    throw new InputError(special, { file });
  }
  try {
    return await readFile3(path16, "utf8");
  } catch (cause) {
    const code = cause.code;
    const detail = code === "ENOENT" ? "file not found" : code === "EISDIR" ? "is a folder, expected a YAML file" : `cannot read: ${cause.message}`;
    throw new InputError(detail, { file }, { cause });
  }
}

// src/metrics/reason.ts
function undefinedReason(name2, predictions) {
  if (name2 !== "roc_auc") return "undefined on these predictions";
  const present = /* @__PURE__ */ new Set();
  for (const y of predictions.yTrue) present.add(y);
  if (present.size <= 1) return "undefined: the true labels hold a single class";
  if (predictions.task === "multiclass" && present.size < predictions.k) {
    const missing = predictions.k - present.size;
    return `undefined: ${missing} of the ${predictions.k} classes have no examples among the true labels (one-vs-rest needs each)`;
  }
  return "undefined on some bootstrap resamples (a resample without every class)";
}

// src/suite/kernels/auc.ts
function scoreChange(base, ablated, k) {
  const n = base.length / k;
  const changed = [];
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < k; c++) {
      if (!Object.is(base[i * k + c], ablated[i * k + c])) {
        changed.push(i);
        break;
      }
    }
  }
  const rows2 = Int32Array.from(changed);
  const scores = new Float64Array(rows2.length * k);
  rows2.forEach((i, r) => scores.set(ablated.subarray(i * k, (i + 1) * k), r * k));
  return { rows: rows2, scores };
}
function applyScoreChange(base, change3, k) {
  const scores = Float64Array.from(base);
  change3.rows.forEach((i, r) => scores.set(change3.scores.subarray(r * k, (r + 1) * k), i * k));
  return scores;
}
function blockAuc(block, columns, out) {
  const { size } = block;
  out.fill(0, 0, size);
  const column = new Float64Array(size);
  for (const col of columns) {
    columnAuc2(block, col, column);
    for (let j = 0; j < size; j++) out[j] += column[j];
  }
  if (columns.length > 1) for (let j = 0; j < size; j++) out[j] /= columns.length;
}
function columnAuc2(block, col, out) {
  const { size, weights } = block;
  if (col.hasNaN) {
    out.fill(NaN, 0, size);
    return;
  }
  const { order, positive, groupEnd, groups } = col;
  const negBelow = new Float64Array(size);
  const posTotal = new Float64Array(size);
  const area = new Float64Array(size);
  const pos = new Float64Array(size);
  const neg = new Float64Array(size);
  let start = 0;
  for (let g = 0; g < groups; g++) {
    const end = groupEnd[g];
    if (end - start === 1) {
      const offset = order[start] * size;
      if (positive[start] === 1) {
        for (let j = 0; j < size; j++) {
          const w = weights[offset + j];
          area[j] += w * negBelow[j];
          posTotal[j] += w;
        }
      } else {
        for (let j = 0; j < size; j++) negBelow[j] += weights[offset + j];
      }
      start = end;
      continue;
    }
    pos.fill(0);
    neg.fill(0);
    for (let e = start; e < end; e++) {
      const offset = order[e] * size;
      const into = positive[e] === 1 ? pos : neg;
      for (let j = 0; j < size; j++) into[j] += weights[offset + j];
    }
    for (let j = 0; j < size; j++) {
      area[j] += pos[j] * (negBelow[j] + neg[j] / 2);
      negBelow[j] += neg[j];
      posTotal[j] += pos[j];
    }
    start = end;
  }
  for (let j = 0; j < size; j++) {
    out[j] = posTotal[j] === 0 || negBelow[j] === 0 ? NaN : area[j] / (posTotal[j] * negBelow[j]);
  }
}

// src/suite/kernels/counts.ts
function flips(base, ablated) {
  let changed = 0;
  for (let i = 0; i < base.length; i++) if (ablated[i] !== base[i]) changed++;
  const rows2 = new Int32Array(changed);
  const predicted = new Int32Array(changed);
  for (let i = 0, j = 0; i < base.length; i++) {
    if (ablated[i] === base[i]) continue;
    rows2[j] = i;
    predicted[j++] = ablated[i];
  }
  return { rows: rows2, predicted };
}
function blockCounts(ops, size, truth, predicted, k) {
  const length = k * size;
  const [tpAt, trueAt, predAt] = [0, length, 2 * length];
  ops.int32.fill(0, 0, 3 * length);
  for (let i = 0; i < truth.length; i++) {
    const t = truth[i];
    const p = predicted[i];
    ops.add(i, trueAt + t * size);
    ops.add(i, predAt + p * size);
    if (t === p) ops.add(i, tpAt + t * size);
  }
  const tp = ops.int32.slice(tpAt, tpAt + length);
  const trueSum = ops.int32.slice(trueAt, trueAt + length);
  const predSum = ops.int32.slice(predAt, predAt + length);
  const correct = new Int32Array(size);
  for (let c = 0; c < k; c++) for (let j = 0; j < size; j++) correct[j] += tp[c * size + j];
  return { size, k, tp, trueSum, predSum, correct };
}
function correctDelta(ops, size, change3, truth, basePredicted, at2) {
  const { rows: rows2, predicted } = change3;
  ops.int32.fill(0, at2, at2 + size);
  for (let r = 0; r < rows2.length; r++) {
    const i = rows2[r];
    if (predicted[r] === truth[i]) ops.add(i, at2);
    else if (basePredicted[i] === truth[i]) ops.sub(i, at2);
  }
}
function countDeltas(ops, size, k, change3, truth, basePredicted, at2) {
  const { rows: rows2, predicted } = change3;
  ops.int32.fill(0, at2.tp, at2.tp + k * size);
  ops.int32.fill(0, at2.predSum, at2.predSum + k * size);
  for (let r = 0; r < rows2.length; r++) {
    const i = rows2[r];
    const before = basePredicted[i];
    const after = predicted[r];
    ops.sub(i, at2.predSum + before * size);
    ops.add(i, at2.predSum + after * size);
    if (before === truth[i]) ops.sub(i, at2.tp + before * size);
    else if (after === truth[i]) ops.add(i, at2.tp + after * size);
  }
}

// src/suite/kernels/losses.ts
var LOSS_KINDS = ["log", "squared", "absolute"];
function lossKind(name2) {
  return METRIC_LOSSES[name2];
}
var METRIC_LOSSES = {
  log_loss: "log",
  mse: "squared",
  rmse: "squared",
  r2: "squared",
  mae: "absolute"
};
function exampleLosses(kind, preds) {
  if (kind === "log") return exampleLogLosses(preds);
  const { n, yTrue, scores } = preds;
  const loss = new Float64Array(n);
  if (kind === "squared") for (let i = 0; i < n; i++) loss[i] = (yTrue[i] - scores[i]) ** 2;
  else for (let i = 0; i < n; i++) loss[i] = Math.abs(scores[i] - yTrue[i]);
  return loss;
}
function lossChange(base, ablated) {
  let changed = 0;
  let finite2 = true;
  for (let i = 0; i < base.length; i++) {
    if (!Number.isFinite(base[i]) || !Number.isFinite(ablated[i])) finite2 = false;
    if (ablated[i] !== base[i]) changed++;
  }
  if (!finite2) return { all: ablated };
  const rows2 = new Int32Array(changed);
  const delta = new Float64Array(changed);
  for (let i = 0, j = 0; i < base.length; i++) {
    if (ablated[i] === base[i]) continue;
    rows2[j] = i;
    delta[j++] = ablated[i] - base[i];
  }
  return { rows: rows2, delta };
}
function weightedSums(block, loss, out) {
  const { size, weights } = block;
  out.fill(0, 0, size);
  for (let i = 0; i < loss.length; i++) {
    const l = loss[i];
    const offset = i * size;
    if (Number.isFinite(l)) {
      for (let j = 0; j < size; j++) out[j] += weights[offset + j] * l;
    } else {
      for (let j = 0; j < size; j++)
        if (weights[offset + j] !== 0) out[j] += weights[offset + j] * l;
    }
  }
}
function ablatedSums(ops, block, baseSums, change3, at2) {
  const { size } = block;
  const out = ops.float64.subarray(at2, at2 + size);
  if ("all" in change3) {
    weightedSums(block, change3.all, out);
    return;
  }
  out.fill(0);
  const { rows: rows2, delta } = change3;
  for (let r = 0; r < rows2.length; r++) ops.axpy(rows2[r], delta[r], at2);
  for (let j = 0; j < size; j++) out[j] += baseSums[j];
}
function spreads(block, y, out) {
  const { size, weights } = block;
  const n = y.length;
  for (let j = 0; j < size; j++) {
    let total = 0;
    let weightedY = 0;
    let first = NaN;
    let constant = true;
    for (let i = 0; i < n; i++) {
      const w = weights[i * size + j];
      if (w === 0) continue;
      if (total === 0) first = y[i];
      else if (y[i] !== first) constant = false;
      total += w;
      weightedY += w * y[i];
    }
    let spread = 0;
    if (!constant) {
      const meanY = weightedY / total;
      for (let i = 0; i < n; i++) {
        const w = weights[i * size + j];
        if (w !== 0) spread += w * (y[i] - meanY) ** 2;
      }
    }
    out[j] = spread;
  }
}
function fromSum(name2, sum, n, spread) {
  if (name2 === "r2") {
    if (!(n >= 2) || Number.isNaN(sum)) return NaN;
    if (sum === 0) return 1;
    if (spread === 0) return 0;
    return 1 - sum / spread;
  }
  const mean2 = n === 0 ? NaN : sum / n;
  return name2 === "rmse" ? Math.sqrt(mean2) : mean2;
}

// src/suite/kernels/rows.wasm.ts
var ROWS_WASM = "AGFzbQEAAAABDgJgA39/fwBgBH9/fH8AAwQDAAABBQMBAAEHKQQGbWVtb3J5AgAHYWRkX3JvdwAAB3N1Yl9yb3cAAQhheHB5X3JvdwACCocDA3oBAn8gACABQQF0aiEDIAAgAUF8cUEBdGohBAJAA0AgACAETw0BIAIgAv0ABAAgAP0EAwD9rgH9CwQAIABBCGohACACQRBqIQIMAAsLAkADQCAAIANPDQEgAiACKAIAIAAvAQBqNgIAIABBAmohACACQQRqIQIMAAsLC3oBAn8gACABQQF0aiEDIAAgAUF8cUEBdGohBAJAA0AgACAETw0BIAIgAv0ABAAgAP0EAwD9sQH9CwQAIABBCGohACACQRBqIQIMAAsLAkADQCAAIANPDQEgAiACKAIAIAAvAQBrNgIAIABBAmohACACQQRqIQIMAAsLC44BAgJ/AXsgAv0UIQYgACABQQF0aiEEIAAgAUF+cUEBdGohBQJAA0AgACAFTw0BIAMgA/0ABAAgAP0EAwD9/wEgBv3yAf3wAf0LBAAgAEEEaiEAIANBEGohAwwACwsCQANAIAAgBE8NASADIAMrAwAgAC8BALggAqKgOQMAIABBAmohACADQQhqIQMMAAsLCw==";

// src/suite/kernels/rows.ts
function rowOps(simd = true) {
  if (simd && module !== void 0) return new WasmRows(module);
  return new JsRows();
}
var wasm = globalThis.WebAssembly;
var module = compile();
function compile() {
  const bytes = Buffer.from(ROWS_WASM, "base64");
  return wasm.validate(bytes) ? new wasm.Module(bytes) : void 0;
}
var JsRows = class {
  size = 0;
  weights = new Uint16Array(0);
  int32 = new Int32Array(0);
  float64 = new Float64Array(0);
  load(block, int32s, float64s) {
    this.size = block.size;
    this.weights = block.weights;
    if (this.int32.length < int32s) this.int32 = new Int32Array(int32s);
    if (this.float64.length < float64s) this.float64 = new Float64Array(float64s);
  }
  add(example, at2) {
    const { size, weights, int32 } = this;
    const offset = example * size;
    for (let j = 0; j < size; j++) int32[at2 + j] += weights[offset + j];
  }
  sub(example, at2) {
    const { size, weights, int32 } = this;
    const offset = example * size;
    for (let j = 0; j < size; j++) int32[at2 + j] -= weights[offset + j];
  }
  axpy(example, d, at2) {
    const { size, weights, float64 } = this;
    const offset = example * size;
    for (let j = 0; j < size; j++) float64[at2 + j] += weights[offset + j] * d;
  }
};
var WasmRows = class {
  exports;
  size = 0;
  rowBytes = 0;
  int32Address = 0;
  float64Address = 0;
  int32 = new Int32Array(0);
  float64 = new Float64Array(0);
  constructor(module2) {
    this.exports = new wasm.Instance(module2).exports;
  }
  load(block, int32s, float64s) {
    const { memory } = this.exports;
    const weightBytes = align(block.weights.byteLength);
    this.int32Address = weightBytes;
    this.float64Address = weightBytes + align(4 * int32s);
    const needed = this.float64Address + 8 * float64s;
    if (needed > memory.buffer.byteLength) {
      memory.grow(Math.ceil((needed - memory.buffer.byteLength) / 65536));
    }
    new Uint16Array(memory.buffer, 0, block.weights.length).set(block.weights);
    this.int32 = new Int32Array(memory.buffer, this.int32Address, int32s);
    this.float64 = new Float64Array(memory.buffer, this.float64Address, float64s);
    this.size = block.size;
    this.rowBytes = 2 * block.size;
  }
  add(example, at2) {
    this.exports.add_row(example * this.rowBytes, this.size, this.int32Address + 4 * at2);
  }
  sub(example, at2) {
    this.exports.sub_row(example * this.rowBytes, this.size, this.int32Address + 4 * at2);
  }
  axpy(example, d, at2) {
    this.exports.axpy_row(example * this.rowBytes, this.size, d, this.float64Address + 8 * at2);
  }
};
function align(bytes) {
  return Math.ceil(bytes / 16) * 16;
}

// src/suite/kernels/scorer.ts
var BlockScorer = class {
  /** `simd: false` forces the JavaScript row kernels (they give the same numbers). */
  constructor(baseline, options = {}) {
    this.baseline = baseline;
    this.ops = rowOps(options.simd ?? true);
    const { k } = baseline.predictions;
    for (const name2 of baseline.metrics) {
      if (isCountMetric(name2))
        this.readers.set(name2, countReader(name2, baseline.predictions, void 0));
    }
    this.scratch = {
      k,
      total: baseline.predictions.n,
      tp: new Float64Array(k),
      trueSum: new Float64Array(k),
      predSum: new Float64Array(k)
    };
  }
  baseline;
  block;
  counts;
  sums = /* @__PURE__ */ new Map();
  spread;
  baseValues = /* @__PURE__ */ new Map();
  readers = /* @__PURE__ */ new Map();
  // Per-variant work shared by the metrics that read it, for the last variant scored.
  last;
  lastCorrect = false;
  lastDeltas = false;
  lastSums = /* @__PURE__ */ new Set();
  scratch;
  ops;
  /** Starts a block: the baseline's state on each of its resamples (kept with the block). */
  begin(block) {
    this.block = block;
    this.last = void 0;
    const k = this.baseline.predictions.k;
    this.ops.load(block, block.size * (1 + 3 * k), block.size * LOSS_KINDS.length);
    let state = this.baseline.blockStates.get(block);
    if (state === void 0) {
      state = this.baselineState(block);
      this.baseline.blockStates.set(block, state);
    }
    this.counts = state.counts;
    this.sums = state.sums;
    this.spread = state.spread;
    this.baseValues = state.baseValues;
  }
  baselineState(block) {
    const { predictions, truth, metrics, losses } = this.baseline;
    const counts = metrics.some(isCountMetric) ? blockCounts(this.ops, block.size, truth, predictions.predicted, predictions.k) : void 0;
    const sums = /* @__PURE__ */ new Map();
    for (const [kind, loss] of losses) {
      const into = new Float64Array(block.size);
      weightedSums(block, loss, into);
      sums.set(kind, into);
    }
    let spread;
    if (metrics.includes("r2")) {
      spread = new Float64Array(block.size);
      spreads(block, predictions.yTrue, spread);
    }
    return { counts, sums, spread, baseValues: /* @__PURE__ */ new Map() };
  }
  /** The baseline's `name` on each resample of the block, into `out[first + j]`. */
  scoreBaseline(name2, out) {
    const reader = this.readers.get(name2);
    if (reader !== void 0) {
      const { tp, predSum } = this.counts;
      this.readCounts(name2, reader, tp, predSum, void 0, out);
    } else if (name2 === "roc_auc") {
      this.auc(this.baseline.columns, out);
    } else {
      this.fromSums(name2, this.sums.get(lossKind(name2)), out);
    }
  }
  /** A variant's `name` on each resample of the block, into `out[first + j]`. */
  scoreVariant(name2, variant, out) {
    const block = this.current();
    if (this.last !== variant) {
      this.last = variant;
      this.lastCorrect = false;
      this.lastDeltas = false;
      this.lastSums.clear();
    }
    const { truth, predictions } = this.baseline;
    const { size, first } = block;
    const { k } = predictions;
    if (unchanged(name2, variant)) {
      out.set(this.baselineValues(name2), first);
      return;
    }
    const reader = this.readers.get(name2);
    const ops = this.ops;
    if (name2 === "accuracy" || name2 === "error_rate") {
      if (!this.lastCorrect) {
        correctDelta(ops, size, variant.flips, truth, predictions.predicted, 0);
        this.lastCorrect = true;
      }
      const { correct } = this.counts;
      const delta = ops.int32;
      const n = predictions.n;
      for (let j = 0; j < size; j++) {
        const accuracy2 = (correct[j] + delta[j]) / n;
        out[first + j] = name2 === "accuracy" ? accuracy2 : 1 - accuracy2;
      }
    } else if (reader !== void 0) {
      const at2 = { tp: size, predSum: size * (1 + k) };
      if (!this.lastDeltas) {
        countDeltas(ops, size, k, variant.flips, truth, predictions.predicted, at2);
        this.lastDeltas = true;
      }
      const deltas = {
        tp: ops.int32.subarray(at2.tp, at2.tp + k * size),
        predSum: ops.int32.subarray(at2.predSum, at2.predSum + k * size)
      };
      const { tp, predSum } = this.counts;
      this.readCounts(name2, reader, tp, predSum, deltas, out);
    } else if (name2 === "roc_auc") {
      const scores = applyScoreChange(predictions.scores, variant.scores, predictions.k);
      this.auc(this.baseline.rank(scores), out);
    } else {
      const kind = lossKind(name2);
      const at2 = LOSS_KINDS.indexOf(kind) * size;
      if (!this.lastSums.has(kind)) {
        ablatedSums(ops, block, this.sums.get(kind), variant.losses.get(kind), at2);
        this.lastSums.add(kind);
      }
      this.fromSums(name2, ops.float64.subarray(at2, at2 + size), out);
    }
  }
  baselineValues(name2) {
    const { first, size } = this.current();
    let values = this.baseValues.get(name2);
    if (values === void 0) {
      const into = new Float64Array(first + size);
      this.scoreBaseline(name2, into);
      values = into.subarray(first);
      this.baseValues.set(name2, values);
    }
    return values;
  }
  current() {
    if (this.block === void 0) throw new Error("BlockScorer: begin a block first");
    return this.block;
  }
  readCounts(name2, reader, tp, predSum, deltas, out) {
    const { size, first } = this.current();
    const { trueSum } = this.counts;
    const counts = this.scratch;
    const k = counts.k;
    const base = deltas === void 0 ? void 0 : this.baselineValues(name2);
    for (let j = 0; j < size; j++) {
      if (deltas !== void 0) {
        let touched = false;
        for (let c = 0; c < k && !touched; c++) {
          touched = deltas.tp[c * size + j] !== 0 || deltas.predSum[c * size + j] !== 0;
        }
        if (!touched) {
          out[first + j] = base[j];
          continue;
        }
      }
      for (let c = 0; c < k; c++) {
        const at2 = c * size + j;
        counts.tp[c] = deltas === void 0 ? tp[at2] : tp[at2] + deltas.tp[at2];
        counts.predSum[c] = deltas === void 0 ? predSum[at2] : predSum[at2] + deltas.predSum[at2];
        counts.trueSum[c] = trueSum[at2];
      }
      out[first + j] = counts.total === 0 ? NaN : reader(counts);
    }
  }
  auc(columns, out) {
    const { size, first } = this.current();
    const values = new Float64Array(size);
    blockAuc(this.current(), columns, values);
    out.set(values, first);
  }
  fromSums(name2, sums, out) {
    const { size, first } = this.current();
    const n = this.baseline.predictions.n;
    for (let j = 0; j < size; j++)
      out[first + j] = fromSum(name2, sums[j], n, this.spread?.[j] ?? 0);
  }
};
function unchanged(name2, variant) {
  if (isCountMetric(name2)) return variant.flips.rows.length === 0;
  if (name2 === "roc_auc") return variant.scores.rows.length === 0;
  const change3 = variant.losses.get(lossKind(name2));
  return "rows" in change3 && change3.rows.length === 0;
}

// src/suite/kernels/variant.ts
var Baseline = class {
  constructor(metrics, predictions) {
    this.metrics = metrics;
    this.predictions = predictions;
    this.truth = predictions.task === "regression" ? new Int32Array(0) : Int32Array.from(predictions.yTrue);
    if (metrics.includes("roc_auc")) {
      this.columns = rankedColumns(predictions.scores, this.truth, predictions.k);
    }
    for (const name2 of metrics) {
      this.points.set(name2, prepareMetric(name2, predictions)());
      const kind = lossKind(name2);
      if (kind !== void 0 && !this.losses.has(kind)) {
        this.losses.set(kind, exampleLosses(kind, predictions));
      }
    }
  }
  metrics;
  predictions;
  /** True classes as integers (classification). */
  truth;
  /** Per loss kind the metrics need: every example's baseline loss. */
  losses = /* @__PURE__ */ new Map();
  /** Per block of resamples, its {@link BlockState} (computed by BlockScorer, dropped with the block). */
  blockStates = /* @__PURE__ */ new WeakMap();
  /** Each metric on the whole eval set. */
  points = /* @__PURE__ */ new Map();
  /** ROC AUC's ranked score columns, when it is scored. */
  columns;
  /** An ablated prediction, recorded as its changes (the predictions can then be dropped). */
  record(ablated) {
    const base = this.predictions;
    if (ablated.n !== base.n || ablated.k !== base.k || ablated.task !== base.task) {
      throw new RangeError(
        `ablated predictions of ${ablated.n} \xD7 ${ablated.k} against ${base.n} \xD7 ${base.k}`
      );
    }
    const points = /* @__PURE__ */ new Map();
    for (const name2 of this.metrics) {
      const columns = name2 === "roc_auc" ? this.rank(ablated.scores) : void 0;
      points.set(name2, columns ? aucOfColumns(columns) : prepareMetric(name2, ablated)());
    }
    const variant = { points, losses: /* @__PURE__ */ new Map() };
    if (this.metrics.some(isCountMetric)) variant.flips = flips(base.predicted, ablated.predicted);
    for (const [kind, loss] of this.losses) {
      variant.losses.set(kind, lossChange(loss, exampleLosses(kind, ablated)));
    }
    if (this.metrics.includes("roc_auc")) {
      variant.scores = scoreChange(base.scores, ablated.scores, base.k);
    }
    return variant;
  }
  /** ROC AUC's columns of n × k scores, ranked from the baseline's order. */
  rank(scores) {
    return rankedColumns(scores, this.truth, this.predictions.k, this.columns);
  }
};

// src/suite/contributions.ts
function scoreBaseline(name2, baseline, resamples) {
  if (!(baseline instanceof Baseline)) baseline = new Baseline([name2], baseline);
  const scorer = new BlockScorer(baseline);
  const samples = new Float64Array(resamples.count);
  for (const block of resamples.blocks()) {
    scorer.begin(block);
    scorer.scoreBaseline(name2, samples);
  }
  return {
    name: name2,
    value: baseline.points.get(name2),
    samples,
    reason: undefinedReason(name2, baseline.predictions)
  };
}
function baselineEstimate(metric2, confidence) {
  const ci = percentileInterval(metric2.samples, confidence);
  if (!Number.isFinite(metric2.value) || !finite(ci)) {
    return { value: null, reason: metric2.reason };
  }
  return { value: metric2.value, ci };
}
function scoreContributions(bases, baseline, components, resamples, options) {
  const B = resamples.count;
  const scores = components.map(
    (component) => bases.map(() => component.ablated.map(() => new Float64Array(B)))
  );
  const scorer = new BlockScorer(baseline);
  for (const block of resamples.blocks()) {
    scorer.begin(block);
    components.forEach((component, c) => {
      component.ablated.forEach((variant, r) => {
        bases.forEach((base, m) => scorer.scoreVariant(base.name, variant, scores[c][m][r]));
      });
    });
  }
  const results = /* @__PURE__ */ new Map();
  components.forEach((component, c) => {
    const repeats = component.ablated.length;
    const picks = repeatPicks(options.seed, component.id, repeats, B);
    const record2 = {};
    bases.forEach((base, m) => {
      const values = new Float64Array(B);
      const effects = new Float64Array(B);
      const sign = METRICS[base.name].higherIsBetter ? 1 : -1;
      const byRepeat = scores[c][m];
      for (let b = 0; b < B; b++) {
        let sum = 0;
        for (let r = 0; r < repeats; r++) sum += byRepeat[picks[b * repeats + r]][b];
        values[b] = sum / repeats;
        effects[b] = sign * (base.samples[b] - values[b]);
      }
      const point = mean(component.ablated.map((v) => v.points.get(base.name)));
      record2[base.name] = summarise({ base, sign, point, values, effects }, options.confidence);
    });
    results.set(component.id, record2);
  });
  return results;
}
function repeatPicks(seed, id, repeats, count3) {
  const picks = new Int32Array(count3 * repeats);
  if (repeats === 1) return picks;
  const rng = Rng.stream(seed, "repeats", id);
  for (let i = 0; i < picks.length; i++) picks[i] = rng.int(repeats);
  return picks;
}
function summarise(job, confidence) {
  const { base, point } = job;
  if (!Number.isFinite(base.value)) return { value: null, reason: base.reason };
  if (!Number.isFinite(point))
    return { value: null, reason: "undefined on the ablated predictions" };
  const valueCi = percentileInterval(job.values, confidence);
  const ci = percentileInterval(job.effects, confidence);
  if (!finite(valueCi) || !finite(ci)) {
    return { value: null, reason: base.reason };
  }
  return { value: point, valueCi, contribution: job.sign * (base.value - point), ci };
}
function finite([low, high]) {
  return Number.isFinite(low) && Number.isFinite(high);
}
function mean(values) {
  if (values.every((v) => v === values[0])) return values[0];
  return values.reduce((a, b) => a + b, 0) / values.length;
}

// src/suite/resamples.ts
var BLOCK_CELLS = 8388608;
var CACHE_CELLS = 33554432;
var TILE = 16;
var MAX_WEIGHT = 65535;
var Resamples = class {
  constructor(seed, n, count3, blockCells = BLOCK_CELLS) {
    this.seed = seed;
    this.n = n;
    this.count = count3;
    this.blockSize = Math.max(1, Math.min(count3, Math.floor(blockCells / Math.max(1, n))));
  }
  seed;
  n;
  count;
  cache;
  /** Resamples per block. */
  blockSize;
  /**
   * Every resample, block by block. Kept when they fit in memory, else drawn
   * again on each call.
   */
  *blocks() {
    if (this.cache !== void 0) {
      yield* this.cache;
      return;
    }
    const keep = this.n * this.count <= CACHE_CELLS;
    const kept2 = [];
    const counts = new Int32Array(this.n * TILE);
    for (let first = 0; first < this.count; first += this.blockSize) {
      const block = this.draw(first, Math.min(this.blockSize, this.count - first), counts);
      if (keep) kept2.push(block);
      yield block;
    }
    if (keep) this.cache = kept2;
  }
  /** The multiplicities of resample b alone (drawn afresh), as a prepared metric takes them. */
  get(b) {
    const counts = new Float64Array(this.n);
    bootstrapCounts(Rng.stream(this.seed, "bootstrap", b), this.n, counts);
    return counts;
  }
  draw(first, size, counts) {
    const { n } = this;
    const weights = new Uint16Array(n * size);
    for (let j0 = 0; j0 < size; j0 += TILE) {
      const tile = Math.min(TILE, size - j0);
      for (let t = 0; t < tile; t++) {
        const row3 = counts.subarray(t * n, (t + 1) * n);
        bootstrapCounts(Rng.stream(this.seed, "bootstrap", first + j0 + t), n, row3);
      }
      for (let i = 0; i < n; i++) {
        const offset = i * size + j0;
        for (let t = 0; t < tile; t++) {
          const c = counts[t * n + i];
          if (c > MAX_WEIGHT) throw new RangeError(`a resample draws example ${i} ${c} times`);
          weights[offset + t] = c;
        }
      }
    }
    return { first, size, weights };
  }
};

// src/suite/budget.ts
var TARGET_SHARE = 0.9;
var CHUNKS = 20;
var MIN_REPEATS = 2;
function planBudget(input) {
  const target = TARGET_SHARE * input.limit;
  const perRow = (repeats) => (input.fixed + input.work.reduce((sum, w) => sum + (w.deterministic + w.stochastic * repeats) * w.unit, 0)) / input.rows;
  const cost = (rows3, repeats) => input.elapsed + rows3 * perRow(repeats);
  const estimate = cost(input.rows, input.repeats);
  const plan = (rows3, repeats) => {
    const planned = cost(rows3, repeats);
    return { estimate, planned, repeats, rows: rows3, fits: planned <= target };
  };
  if (estimate <= target) return plan(input.rows, input.repeats);
  const repeated = input.work.some((w) => w.stochastic > 0);
  const floor = repeated ? Math.min(input.repeats, MIN_REPEATS) : input.repeats;
  for (let repeats = input.repeats - 1; repeats >= floor; repeats--) {
    if (cost(input.rows, repeats) <= target) return plan(input.rows, repeats);
  }
  const rows2 = Math.floor((target - input.elapsed) / perRow(floor));
  return plan(Math.min(input.rows, Math.max(input.minRows, rows2)), floor);
}

// src/suite/budget-sample.ts
function timeSample(suite, components, clock) {
  const { config, dataset } = suite;
  const evaluator = new Evaluator(
    suite.graph,
    suite.inputShape,
    {
      n: dataset.n,
      features: dataset.features,
      x: dataset.x,
      center: suite.scaling.center,
      scale: suite.scaling.scale
    },
    { seed: config.seed, repeats: 1 }
  );
  try {
    const predict = (outputs) => toPredictions(dataset.task, dataset.y, outputs, dataset.n, evaluator.outputWidth);
    const start = clock();
    const baselineOutputs = evaluator.baseline();
    const baseline = new Baseline(config.metrics, predict(baselineOutputs));
    const resamples = new Resamples(config.seed, dataset.n, config.resamples);
    const bases = config.metrics.map((name2) => scoreBaseline(name2, baseline, resamples));
    const options = { seed: config.seed, confidence: 0.95 };
    let fixed = clock() - start;
    const work = [];
    for (const on of ["layers", "features"]) {
      const ofKind = components.filter((c) => c.notApplicable === void 0 && c.on === on);
      if (ofKind.length === 0) continue;
      const probes = ofKind.slice(0, PROBES);
      const time = (some) => {
        const before = clock();
        const outputs = evaluator.run(some);
        scoreContributions(
          bases,
          baseline,
          some.map((c) => ({
            id: c.id,
            ablated: (outputs.get(c.id) ?? []).map((o) => baseline.record(predict(o)))
          })),
          resamples,
          options
        );
        return clock() - before;
      };
      time(probes.slice(0, 1));
      const one = time(probes.slice(0, 1));
      const unit = probes.length === 1 ? one : Math.max(0, time(probes) - one) / (probes.length - 1);
      fixed += CHUNKS * Math.max(0, one - unit);
      work.push({
        deterministic: ofKind.filter((c) => !c.stochastic).length,
        stochastic: ofKind.filter((c) => c.stochastic).length,
        unit
      });
    }
    return { fixed, work, baseline: baselineOutputs };
  } finally {
    evaluator.dispose();
  }
}
function subsampleRows(dataset, rows2, seed) {
  const strata = /* @__PURE__ */ new Map();
  for (let i = 0; i < dataset.n; i++) {
    const key = dataset.classes === void 0 ? 0 : dataset.y[i];
    const list = strata.get(key) ?? [];
    list.push(i);
    strata.set(key, list);
  }
  const keys = [...strata.keys()].sort((a, b) => a - b);
  const exact = keys.map((k) => strata.get(k).length * rows2 / dataset.n);
  const counts = exact.map(Math.floor);
  const order = keys.map((_, i) => i).sort((a, b) => exact[b] - counts[b] - (exact[a] - counts[a]) || a - b);
  for (let r = 0, left = rows2 - counts.reduce((a, b) => a + b, 0); r < left; r++)
    counts[order[r]]++;
  const kept2 = [];
  keys.forEach((key, i) => {
    const members = strata.get(key);
    const permutation = Rng.stream(seed, "time-limit", "rows", key).permutation(members.length);
    for (let j = 0; j < counts[i]; j++) kept2.push(members[permutation[j]]);
  });
  return Int32Array.from(kept2).sort();
}
function restrictRows(suite, kept2) {
  const { dataset } = suite;
  const f = dataset.features.length;
  const x = new Float64Array(kept2.length * f);
  kept2.forEach((row3, i) => x.set(dataset.x.subarray(row3 * f, (row3 + 1) * f), i * f));
  const columns = /* @__PURE__ */ new Map();
  for (const [name2, column] of dataset.columns) {
    columns.set(
      name2,
      column.kind === "number" ? { kind: "number", values: Float64Array.from(kept2, (row3) => column.values[row3]) } : { kind: "string", values: Array.from(kept2, (row3) => column.values[row3]) }
    );
  }
  const position = new Int32Array(dataset.n).fill(-1);
  kept2.forEach((row3, i) => position[row3] = i);
  return {
    ...suite,
    dataset: {
      ...dataset,
      n: kept2.length,
      x,
      y: Float64Array.from(kept2, (row3) => dataset.y[row3]),
      columns
    },
    tests: suite.tests.map((test) => ({
      ...test,
      rows: Int32Array.from(Array.from(test.rows, (row3) => position[row3]).filter((i) => i >= 0))
    }))
  };
}
function fitToTimeLimit(suite, components, options) {
  const seconds = () => options.clock() / 1e3;
  const sample = timeSample(suite, components, seconds);
  const { config, dataset } = suite;
  const classes = dataset.classes?.length ?? 1;
  const plan = planBudget({
    limit: options.limit,
    elapsed: seconds() - options.startedAt / 1e3,
    fixed: sample.fixed,
    work: sample.work,
    rows: dataset.n,
    repeats: config.repeats,
    minRows: Math.min(dataset.n, Math.max(MIN_ROWS, 2 * classes))
  });
  let fitted = suite;
  if (plan.rows < dataset.n)
    fitted = restrictRows(suite, subsampleRows(dataset, plan.rows, config.seed));
  if (plan.repeats !== config.repeats) {
    fitted = { ...fitted, config: { ...fitted.config, repeats: plan.repeats } };
  }
  const round = (s) => Math.round(s * 10) / 10;
  const tail = Math.max(0.5, 0.02 * options.limit);
  return {
    suite: fitted,
    budget: {
      limit: options.limit,
      estimate: round(plan.estimate),
      repeats: plan.repeats === config.repeats ? null : { from: config.repeats, to: plan.repeats },
      rows: plan.rows === dataset.n ? null : { from: dataset.n, to: plan.rows },
      notEvaluated: 0
    },
    deadline: options.startedAt + (options.limit - tail) * 1e3,
    unitSeconds: Math.max(0, ...sample.work.map((w) => w.unit)) * (plan.rows / dataset.n),
    fits: plan.fits,
    baseline: fitted.dataset === dataset ? sample.baseline : void 0
  };
}
var PROBES = 4;
var MIN_ROWS = 50;

// src/retrain/stage.ts
import path11 from "node:path";

// src/data/load.ts
import { createHash } from "node:crypto";
import { readFile as readFile4 } from "node:fs/promises";
import { extname as extname3 } from "node:path";

// src/data/names.ts
function quoteName(name2) {
  return JSON.stringify(name2);
}
function quoteCell(text) {
  const short = text.length > 40 ? `${text.slice(0, 39)}\u2026` : text;
  return JSON.stringify(short);
}

// src/data/columns.ts
var POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
function cellNumber(cell) {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : NaN;
  if (cell.length === 0) return NaN;
  const value = Number(cell);
  if (!Number.isFinite(value)) return NaN;
  if (value === 0 && cell.trim() === "") return NaN;
  return value;
}
function plainDecimal(text, start, end) {
  let i = start;
  let c = text.charCodeAt(i);
  const negative = c === 45;
  if (negative || c === 43) i++;
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let point = false;
  for (; i < end; i++) {
    c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (point) scale++;
    } else if (c === 46 && !point) {
      point = true;
    } else {
      return NaN;
    }
  }
  if (digits === 0 || digits > 15) return NaN;
  const value = scale === 0 ? mantissa : mantissa / POW10[scale];
  return negative ? -value : value;
}
function cellText(cell) {
  return typeof cell === "number" ? String(cell) : cell;
}
function buildColumn(cells) {
  const values = new Float64Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const value = cellNumber(cells[i]);
    if (Number.isNaN(value)) return { kind: "string", values: cells.map(cellText) };
    values[i] = value;
  }
  return { kind: "number", values };
}
function firstNonNumber(cells) {
  for (let i = 0; i < cells.length; i++) if (Number.isNaN(cellNumber(cells[i]))) return i;
  return -1;
}
function describeNonNumber(text) {
  const trimmed = text.trim();
  if (trimmed === "") return "an empty cell";
  if (/^[+-]?nan$/i.test(trimmed)) return `${quoteCell(text)} (NaN)`;
  const value = Number(trimmed);
  if (/^[+-]?inf(inity)?$/i.test(trimmed) || value === Infinity || value === -Infinity) {
    return `${quoteCell(text)} (infinite)`;
  }
  return `${quoteCell(text)} (non-numeric)`;
}

// src/data/csv.ts
var QUOTE = 34;
var COMMA = 44;
var LF = 10;
var CR = 13;
function parseCsv(text, file) {
  const fields = tokenize(text, file);
  const columns = typeColumns(text, fields);
  return { names: fields.names, columns, rows: fields.rows, lines: fields.lines };
}
function tokenize(text, file) {
  const n = text.length;
  let names2;
  let m = 0;
  const starts = new Growable();
  const ends = new Growable();
  const lines = new Growable();
  let i = 0;
  let line = 1;
  while (i < n) {
    const first = text.charCodeAt(i);
    if (first === LF || first === CR) {
      i += first === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      continue;
    }
    const rowLine = line;
    const where = names2 === void 0 ? "header" : `row ${lines.length + 1}`;
    let count3 = 0;
    for (; ; ) {
      if (text.charCodeAt(i) === QUOTE) {
        const openLine = line;
        const start = ++i;
        let close = text.indexOf('"', i);
        while (close >= 0 && text.charCodeAt(close + 1) === QUOTE) {
          close = text.indexOf('"', close + 2);
        }
        if (close < 0) {
          throw new InputError('unterminated quoted field (no closing ")', {
            file,
            where,
            line: openLine
          });
        }
        line += countLineBreaks(text, start, close);
        starts.push(start);
        ends.push(close);
        i = close + 1;
        const next = text.charCodeAt(i);
        if (i < n && next !== COMMA && next !== LF && next !== CR) {
          throw new InputError(`unexpected ${JSON.stringify(text[i])} after a closing quote`, {
            file,
            where,
            line
          });
        }
      } else {
        starts.push(i);
        while (i < n) {
          const c2 = text.charCodeAt(i);
          if (c2 === COMMA || c2 === LF || c2 === CR) break;
          i++;
        }
        ends.push(i);
      }
      count3++;
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i++;
        continue;
      }
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      break;
    }
    if (names2 === void 0) {
      names2 = [];
      for (let k = 0; k < count3; k++) {
        names2.push(fieldText(text, starts.data[k], ends.data[k]).trim());
      }
      checkHeader(names2, file, rowLine);
      m = names2.length;
      starts.length = ends.length = 0;
    } else {
      if (count3 !== m) {
        throw new InputError(`expected ${m} fields (as in the header), got ${count3}`, {
          file,
          where,
          line: rowLine
        });
      }
      lines.push(rowLine);
    }
  }
  if (names2 === void 0) throw new InputError("empty file: expected a header row", { file });
  return {
    names: names2,
    rows: lines.length,
    starts: starts.toArray(),
    ends: ends.toArray(),
    lines: lines.toArray()
  };
}
function typeColumns(text, fields) {
  const { rows: rows2, starts, ends } = fields;
  const m = fields.names.length;
  const numbers = fields.names.map(() => new Float64Array(rows2));
  const numeric = fields.names.map(() => true);
  for (let i = 0, k = 0; i < rows2; i++) {
    for (let j = 0; j < m; j++, k++) {
      if (!numeric[j]) continue;
      let value = plainDecimal(text, starts[k], ends[k]);
      if (Number.isNaN(value)) value = cellNumber(fieldText(text, starts[k], ends[k]));
      if (Number.isNaN(value)) numeric[j] = false;
      else numbers[j][i] = value;
    }
  }
  return numbers.map((values, j) => {
    if (numeric[j]) return { kind: "number", values };
    const texts = new Array(rows2);
    for (let i = 0, k = j; i < rows2; i++, k += m) texts[i] = fieldText(text, starts[k], ends[k]);
    return { kind: "string", values: texts };
  });
}
function fieldText(text, start, end) {
  const raw = text.slice(start, end);
  return start > 0 && text.charCodeAt(start - 1) === QUOTE ? raw.replaceAll('""', '"') : raw;
}
function countLineBreaks(text, from, to) {
  let count3 = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === LF || c === CR && text.charCodeAt(k + 1) !== LF) count3++;
  }
  return count3;
}
function checkHeader(names2, file, line) {
  const seen = /* @__PURE__ */ new Set();
  names2.forEach((name2, j) => {
    if (name2 === "") {
      throw new InputError(`column ${j + 1} has no name`, { file, where: "header", line });
    }
    if (seen.has(name2)) {
      throw new InputError(`duplicate column name ${quoteName(name2)}`, {
        file,
        where: "header",
        line
      });
    }
    seen.add(name2);
  });
}
var Growable = class {
  data = new Int32Array(1024);
  length = 0;
  push(value) {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  toArray() {
    return this.data.slice(0, this.length);
  }
};

// src/data/json.ts
function parseJsonLines(text, file) {
  const builder = new RecordTable(file, true);
  let line = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    line++;
    const source = text.slice(start, end).trim();
    start = end + 1;
    if (source === "") continue;
    let record2;
    try {
      record2 = JSON.parse(source);
    } catch (error) {
      throw new InputError(`invalid JSON: ${errorMessage(error)}`, {
        file,
        where: `row ${builder.rows + 1}`,
        line
      });
    }
    builder.add(record2, line);
  }
  return builder.table();
}
function parseJsonArray(text, file) {
  let records;
  try {
    records = JSON.parse(text);
  } catch (error) {
    throw new InputError(`invalid JSON: ${errorMessage(error)}`, { file });
  }
  if (!Array.isArray(records)) {
    throw new InputError(`expected an array of records, got ${describeValue(records)}`, { file });
  }
  const builder = new RecordTable(file, false);
  for (const record2 of records) builder.add(record2, void 0);
  return builder.table();
}
var RecordTable = class {
  constructor(file, hasLines) {
    this.file = file;
    this.hasLines = hasLines;
  }
  file;
  hasLines;
  rows = 0;
  names;
  index = /* @__PURE__ */ new Map();
  cells = [];
  lines = [];
  add(record2, line) {
    const where = `row ${this.rows + 1}`;
    const location = { file: this.file, where, line };
    if (typeof record2 !== "object" || record2 === null || Array.isArray(record2)) {
      throw new InputError(`expected an object, got ${describeValue(record2)}`, location);
    }
    const entries = Object.entries(record2);
    if (this.names === void 0) {
      this.names = entries.map(([key]) => key);
      this.names.forEach((name2, j) => {
        if (name2.trim() === "") throw new InputError("a key is empty", location);
        this.index.set(name2, j);
      });
      this.cells = this.names.map(() => []);
    }
    if (entries.length < this.names.length) {
      const missing = this.names.find((name2) => !Object.hasOwn(record2, name2)) ?? "";
      throw new InputError(`missing key ${quoteName(missing)}`, location);
    }
    for (const [key, value] of entries) {
      const j = this.index.get(key);
      if (j === void 0) {
        throw new InputError(
          `unexpected key ${quoteName(key)} (not in the first record)`,
          location
        );
      }
      this.cells[j].push(cellOf(value, key, location));
    }
    if (line !== void 0) this.lines.push(line);
    this.rows++;
  }
  table() {
    return {
      names: this.names ?? [],
      columns: this.cells.map(buildColumn),
      rows: this.rows,
      lines: this.hasLines ? Int32Array.from(this.lines) : void 0
    };
  }
};
function cellOf(value, key, location) {
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return String(value);
  if (value === null) return "";
  throw new InputError(
    `key ${quoteName(key)}: expected a number, string, boolean or null, got ${describeValue(value)}`,
    location
  );
}
function describeValue(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

// src/data/table.ts
function rowLocation(table2, i, column) {
  const where = column === void 0 ? `row ${i + 1}` : `row ${i + 1}, column ${JSON.stringify(column)}`;
  return { where, line: table2.lines?.[i] };
}

// src/data/labels.ts
var MAX_INFERRED_CLASSES = 10;
function encodeLabels(spec) {
  const { column } = spec;
  if (column.kind === "string") {
    const i = column.values.findIndex((text) => text.trim() === "");
    if (i >= 0) throw new InputError("the label is empty", at(spec, i));
  }
  const classes = spec.classes === void 0 ? void 0 : checkClasses(spec.classes, spec);
  const task = spec.task ?? inferTask(spec, classes);
  if (task === "binary" && classes !== void 0 && classes.length !== 2) {
    throw new InputError(`a binary task needs exactly 2 classes, got ${classes.length}`, {
      file: spec.configFile,
      where: "data.classes"
    });
  }
  if (task === "regression") {
    if (classes !== void 0) {
      throw new InputError("not used for a regression task", {
        file: spec.configFile,
        where: "data.classes"
      });
    }
    if (column.kind === "string") {
      const i = firstNonNumber(column.values);
      throw new InputError(
        `regression labels must be numbers, got ${describeNonNumber(column.values[i])}`,
        at(spec, i)
      );
    }
    return { task, classes: void 0, y: Float64Array.from(column.values) };
  }
  const encoded = classes === void 0 ? encodeDistinct(column) : encodeGiven(classes, spec);
  const name2 = quoteName(spec.name);
  if (task === "binary" && encoded.classes.length !== 2) {
    throw new InputError(
      `a binary task needs 2 classes, but label column ${name2} has ${encoded.classes.length} distinct value(s): ${listClasses(encoded.classes)}; check data.task, or set data.classes`,
      { file: spec.file }
    );
  }
  if (encoded.classes.length < 2) {
    throw new InputError(
      `label column ${name2} has a single value ${quoteCell(encoded.classes[0])}; set data.classes to every class of the model`,
      { file: spec.file }
    );
  }
  return { task, ...encoded };
}
function at(spec, i) {
  return { file: spec.file, ...rowLocation(spec, i, spec.name) };
}
function inferTask(spec, classes) {
  if (classes !== void 0) return classes.length === 2 ? "binary" : "multiclass";
  const { column } = spec;
  let distinct;
  if (column.kind === "number") {
    distinct = new Set(column.values).size;
    const nonInteger = column.values.some((v) => !Number.isInteger(v));
    if (nonInteger || distinct > MAX_INFERRED_CLASSES) return "regression";
  } else {
    distinct = new Set(column.values).size;
  }
  if (distinct === 1) {
    const only = column.kind === "number" ? String(column.values[0]) : column.values[0];
    throw new InputError(
      `label column ${quoteName(spec.name)} has a single value ${quoteCell(only)}; set data.task and data.classes`,
      { file: spec.file }
    );
  }
  return distinct === 2 ? "binary" : "multiclass";
}
function checkClasses(classes, spec) {
  if (classes.length < 2) {
    throw new InputError(`expected at least 2 classes, got ${classes.length}`, {
      file: spec.configFile,
      where: "data.classes"
    });
  }
  const texts = /* @__PURE__ */ new Set();
  const numbers = /* @__PURE__ */ new Set();
  classes.forEach((text, i) => {
    const value = cellNumber(text);
    if (texts.has(text) || !Number.isNaN(value) && numbers.has(value)) {
      throw new InputError(`duplicate class ${quoteCell(text)}`, {
        file: spec.configFile,
        where: `data.classes[${i}]`
      });
    }
    texts.add(text);
    if (!Number.isNaN(value)) numbers.add(value);
  });
  return classes;
}
function encodeDistinct(column) {
  const y = new Float64Array(column.values.length);
  if (column.kind === "number") {
    const sorted2 = [...new Set(column.values)].sort((a, b) => a - b);
    const index2 = new Map(sorted2.map((value, k) => [value, k]));
    column.values.forEach((value, i) => y[i] = index2.get(value) ?? -1);
    return { classes: sorted2.map(String), y };
  }
  const sorted = [...new Set(column.values)].sort(compareCodePoints);
  const index = new Map(sorted.map((value, k) => [value, k]));
  column.values.forEach((value, i) => y[i] = index.get(value) ?? -1);
  return { classes: sorted, y };
}
function encodeGiven(classes, spec) {
  const byText = new Map(classes.map((text, k) => [text, k]));
  const byNumber = /* @__PURE__ */ new Map();
  classes.forEach((text, k) => {
    const value = cellNumber(text);
    if (!Number.isNaN(value)) byNumber.set(value, k);
  });
  const { column } = spec;
  const y = new Float64Array(column.values.length);
  for (let i = 0; i < y.length; i++) {
    let k;
    let text;
    if (column.kind === "number") {
      k = byNumber.get(column.values[i]);
      text = String(column.values[i]);
    } else {
      text = column.values[i];
      k = byText.get(text) ?? byNumber.get(cellNumber(text));
    }
    if (k === void 0) {
      throw new InputError(
        `label ${quoteCell(text)} is not one of data.classes (${listClasses(classes)})`,
        at(spec, i)
      );
    }
    y[i] = k;
  }
  return { classes, y };
}
function listClasses(classes) {
  const shown = classes.slice(0, 10).map(quoteCell).join(", ");
  return classes.length > 10 ? `${shown}, \u2026 (${classes.length - 10} more)` : shown;
}
function compareCodePoints(a, b) {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

// src/data/load.ts
async function loadDataset(spec) {
  formatOf(spec);
  let bytes;
  try {
    bytes = await readFile4(spec.path);
  } catch (error) {
    const code = error.code;
    const reason = code === "ENOENT" ? "no such file" : errorMessage(error);
    throw new InputError(`cannot read ${spec.displayPath}: ${reason}`, {
      file: spec.configFile,
      where: "data.eval"
    });
  }
  return parseDataset(bytes, spec);
}
function parseDataset(bytes, spec) {
  const file = spec.displayPath;
  const table2 = readTable(bytes, formatOf(spec), file);
  if (table2.rows === 0) throw new InputError("no data rows", { file });
  const n = table2.rows;
  const labelIndex = table2.names.indexOf(spec.label);
  if (labelIndex < 0) {
    throw new InputError(
      `no column ${quoteName(spec.label)} in ${file}; ` + unknownNameHint(spec.label, table2.names, "columns"),
      { file: spec.configFile, where: "data.label" }
    );
  }
  const featureIndexes = selectFeatures(table2, labelIndex, spec);
  const columns = new Map(table2.names.map((name2, j) => [name2, table2.columns[j]]));
  const features = featureIndexes.map((j) => table2.names[j]);
  const x = featureMatrix(table2, featureIndexes, file);
  const labels = encodeLabels({
    name: spec.label,
    column: table2.columns[labelIndex],
    lines: table2.lines,
    task: spec.task,
    classes: spec.classes,
    file,
    configFile: spec.configFile
  });
  return {
    file,
    hash: `sha256:${createHash("sha256").update(bytes).digest("hex")}`,
    n,
    columns,
    features,
    x,
    label: spec.label,
    task: labels.task,
    classes: labels.classes,
    y: labels.y
  };
}
function formatOf(spec) {
  const extension = extname3(spec.path).toLowerCase();
  const format = dataFormat(extension);
  if (format === void 0) {
    const found = extension === "" ? "no file extension" : `unknown extension ${extension}`;
    throw new InputError(`${spec.displayPath}: ${found}; expected ${DATA_EXTENSIONS_TEXT}`, {
      file: spec.configFile,
      where: "data.eval"
    });
  }
  return format;
}
function readTable(bytes, format, file) {
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError("not valid UTF-8 text", { file });
  }
  switch (format) {
    case "csv":
      return parseCsv(text, file);
    case "jsonl":
      return parseJsonLines(text, file);
    case "json":
      return parseJsonArray(text, file);
  }
}
function selectFeatures(table2, labelIndex, spec) {
  if (spec.features === void 0) {
    const all = table2.names.map((_, j) => j).filter((j) => j !== labelIndex);
    if (all.length === 0) {
      throw new InputError(`no feature columns: the file has only the label column`, {
        file: spec.displayPath
      });
    }
    return all;
  }
  if (spec.features.length === 0) {
    throw new InputError("expected at least one feature", {
      file: spec.configFile,
      where: "data.features"
    });
  }
  const seen = /* @__PURE__ */ new Set();
  return spec.features.map((name2, i) => {
    const location = { file: spec.configFile, where: `data.features[${i}]` };
    const j = table2.names.indexOf(name2);
    if (j < 0) {
      const hint = unknownNameHint(name2, table2.names, "columns");
      throw new InputError(
        `no column ${quoteName(name2)} in ${spec.displayPath}; ${hint}`,
        location
      );
    }
    if (j === labelIndex) throw new InputError(`${quoteName(name2)} is the label column`, location);
    if (seen.has(name2)) throw new InputError(`duplicate feature ${quoteName(name2)}`, location);
    seen.add(name2);
    return j;
  });
}
function featureMatrix(table2, featureIndexes, file) {
  const n = table2.rows;
  const d = featureIndexes.length;
  let bad;
  for (const j of featureIndexes) {
    const column = table2.columns[j];
    if (column.kind === "number") continue;
    const row3 = firstNonNumber(column.values);
    if (bad === void 0 || row3 < bad.row) bad = { row: row3, j, text: column.values[row3] };
  }
  if (bad !== void 0) {
    throw new InputError(`expected a number, got ${describeNonNumber(bad.text)}`, {
      file,
      ...rowLocation(table2, bad.row, table2.names[bad.j])
    });
  }
  const x = new Float64Array(n * d);
  const sources = featureIndexes.map((j) => table2.columns[j].values);
  for (let i = 0, k = 0; i < n; i++) for (let f = 0; f < d; f++, k++) x[k] = sources[f][i];
  return x;
}

// src/data/where.ts
var OPERATORS = ["eq", "ne", "in", "lt", "lte", "gt", "gte", "between"];
function selectRows(dataset, where, location) {
  const keep = new Uint8Array(dataset.n).fill(1);
  const names2 = [...dataset.columns.keys()];
  for (const [name2, condition2] of Object.entries(where)) {
    const key = childPath(location.key, name2);
    const column = dataset.columns.get(name2);
    if (column === void 0) {
      throw new InputError(
        `no column ${quoteName(name2)} in ${dataset.file}; ${unknownNameHint(name2, names2, "columns")}`,
        { file: location.file, where: key }
      );
    }
    if (typeof condition2 !== "object" || condition2 === null || Array.isArray(condition2)) {
      throw new InputError("expected a map of operators (eq, ne, in, lt, lte, gt, gte, between)", {
        file: location.file,
        where: key
      });
    }
    for (const [operator, value] of Object.entries(condition2)) {
      const at2 = { file: location.file, where: `${key}.${operator}` };
      if (!OPERATORS.includes(operator)) {
        throw new InputError(`unknown operator; expected one of ${OPERATORS.join(", ")}`, at2);
      }
      if (column.kind === "number") {
        narrow(keep, column.values, numberTest(operator, value, at2));
      } else {
        narrow(keep, column.values, textTest(operator, value, name2, column.values, at2));
      }
    }
  }
  let count3 = 0;
  for (const k of keep) count3 += k;
  const rows2 = new Int32Array(count3);
  for (let i = 0, r = 0; i < keep.length; i++) if (keep[i] === 1) rows2[r++] = i;
  return rows2;
}
function narrow(keep, values, test) {
  for (let i = 0; i < keep.length; i++) if (keep[i] === 1 && !test(values[i])) keep[i] = 0;
}
function numberTest(operator, value, at2) {
  switch (operator) {
    case "eq": {
      const target = toNumber(value, at2);
      return (v) => v === target;
    }
    case "ne": {
      const target = toNumber(value, at2);
      return (v) => v !== target;
    }
    case "in": {
      const set = new Set(toList(value, at2).map((item, i) => toNumber(item, indexed(at2, i))));
      return (v) => set.has(v);
    }
    case "lt": {
      const target = toNumber(value, at2);
      return (v) => v < target;
    }
    case "lte": {
      const target = toNumber(value, at2);
      return (v) => v <= target;
    }
    case "gt": {
      const target = toNumber(value, at2);
      return (v) => v > target;
    }
    case "gte": {
      const target = toNumber(value, at2);
      return (v) => v >= target;
    }
    case "between": {
      const [lo, hi] = toRange(value, at2);
      return (v) => v >= lo && v <= hi;
    }
  }
}
function textTest(operator, value, name2, cells, at2) {
  switch (operator) {
    case "eq": {
      const target = toText(value, at2);
      return (v) => v === target;
    }
    case "ne": {
      const target = toText(value, at2);
      return (v) => v !== target;
    }
    case "in": {
      const set = new Set(toList(value, at2).map((item, i) => toText(item, indexed(at2, i))));
      return (v) => set.has(v);
    }
    case "lt":
    case "lte":
    case "gt":
    case "gte":
    case "between": {
      const row3 = cells.findIndex((cell) => Number.isNaN(cellNumber(cell)));
      throw new InputError(
        `${operator} needs a numeric column, but column ${quoteName(name2)} is not numeric: row ${row3 + 1} holds ${describeNonNumber(cells[row3])}`,
        at2
      );
    }
  }
}
function toNumber(value, at2) {
  const number = typeof value === "number" || typeof value === "string" ? cellNumber(value) : NaN;
  if (Number.isNaN(number)) {
    throw new InputError(`expected a number, got ${describe3(value)}`, at2);
  }
  return number;
}
function toText(value, at2) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw new InputError(`expected a string, number or boolean, got ${describe3(value)}`, at2);
}
function toList(value, at2) {
  if (!Array.isArray(value)) throw new InputError("expected a list of values", at2);
  return value;
}
function toRange(value, at2) {
  if (!Array.isArray(value) || value.length !== 2) {
    throw new InputError("expected [low, high]", at2);
  }
  const lo = toNumber(value[0], indexed(at2, 0));
  const hi = toNumber(value[1], indexed(at2, 1));
  if (lo > hi) throw new InputError(`low ${lo} is greater than high ${hi}`, at2);
  return [lo, hi];
}
function describe3(value) {
  return value === void 0 ? "nothing" : JSON.stringify(value);
}
function indexed(at2, i) {
  return { file: at2.file, where: `${at2.where}[${i}]` };
}

// src/suite/data-facts.ts
function dataFacts(dataset) {
  const labelCounts = dataset.classes === void 0 ? null : Object.fromEntries(dataset.classes.map((name2) => [name2, 0]));
  if (labelCounts !== null) {
    for (let i = 0; i < dataset.n; i++) labelCounts[dataset.classes[dataset.y[i]]]++;
  }
  return { labelCounts, duplicateRows: duplicateRows(dataset.x, dataset.y, dataset.n) };
}
function duplicateRows(x, y, n, hash = rowHash) {
  const f = n === 0 ? 0 : x.length / n;
  const seen = /* @__PURE__ */ new Map();
  let duplicates = 0;
  for (let i = 0; i < n; i++) {
    const key = hash(x, y, f, i);
    const earlier = seen.get(key);
    if (earlier === void 0) {
      seen.set(key, i);
    } else if (typeof earlier === "number") {
      if (sameRow(x, y, f, earlier, i)) duplicates++;
      else seen.set(key, [earlier, i]);
    } else if (earlier.some((row3) => sameRow(x, y, f, row3, i))) {
      duplicates++;
    } else {
      earlier.push(i);
    }
  }
  return duplicates;
}
function sameRow(x, y, f, a, b) {
  if (y[a] !== y[b]) return false;
  for (let j = 0; j < f; j++) if (x[a * f + j] !== x[b * f + j]) return false;
  return true;
}
var rowHash = (x, y, f, i) => {
  const words = new Uint32Array(x.buffer, x.byteOffset + i * f * 8, 2 * f);
  let h1 = 2538058380;
  let h2 = 2246822507;
  for (let w = 0; w <= 2 * f; w += 2) {
    let low;
    let high;
    if (w < 2 * f) {
      low = words[w];
      high = words[w + 1];
    } else {
      labelScratch[0] = y[i];
      low = labelWords[0];
      high = labelWords[1];
    }
    if (low === 0 && high === 2147483648) high = 0;
    let k = Math.imul(low, 3432918353);
    k = Math.imul(k << 15 | k >>> 17, 461845907);
    h1 ^= k;
    h1 = Math.imul(h1 << 13 | h1 >>> 19, 5) + 3864292196;
    h2 = Math.imul(h2 ^ k >>> 7, 3266489909) + high;
    k = Math.imul(high, 3432918353);
    k = Math.imul(k << 15 | k >>> 17, 461845907);
    h1 ^= k;
    h1 = Math.imul(h1 << 13 | h1 >>> 19, 5) + 3864292196;
    h2 = Math.imul(h2 ^ k >>> 7, 3266489909) + low;
  }
  h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507);
  h1 ^= h1 >>> 13;
  h2 = Math.imul(h2 ^ h2 >>> 15, 668265263);
  h2 ^= h2 >>> 16;
  return (h1 >>> 0) * 2097152 + (h2 >>> 11);
};
var labelScratch = new Float64Array(1);
var labelWords = new Uint32Array(labelScratch.buffer);

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

// src/suite/test-interval.ts
function testInterval(metric2, slice, options) {
  const metricOptions = options.cls === void 0 ? {} : { cls: options.cls };
  const counts = proportionCounts(metric2, slice, metricOptions);
  if (counts !== void 0) {
    return {
      method: "clopper-pearson",
      ci: clopperPearsonInterval(counts.successes, counts.trials, options.confidence),
      counted: counts.trials
    };
  }
  const single = options.cls ?? (slice.task === "binary" ? 1 : void 0);
  if (metric2 === "f1" && single !== void 0) return f1Interval(slice, single, options.confidence);
  if (metric2 === "roc_auc" && slice.task === "binary")
    return aucInterval(slice, options.confidence);
  return bootstrapInterval(metric2, slice, options);
}
function f1Interval(slice, cls, confidence) {
  const counts = classCounter(slice)();
  const tp = counts.tp[cls];
  const union = counts.trueSum[cls] + counts.predSum[cls] - tp;
  const [low, high] = clopperPearsonInterval(tp, union, confidence);
  const f1 = (j) => 2 * j / (1 + j);
  return { method: "clopper-pearson-f1", ci: [f1(low), f1(high)], counted: slice.n };
}
function aucInterval(slice, confidence) {
  let positives = 0;
  for (let i = 0; i < slice.n; i++) if (slice.yTrue[i] === 1) positives++;
  const m = Math.min(positives, slice.n - positives);
  const auc = prepareMetric("roc_auc", slice)();
  const tail = (1 - confidence) / 2;
  const low = clopperPearsonLower(Math.floor(m * auc + 1e-9), m, tail);
  const high = clopperPearsonUpper(Math.ceil(m * auc - 1e-9), m, tail);
  return { method: "clopper-pearson-auc", ci: [low, high], counted: slice.n };
}
function bootstrapInterval(metric2, slice, options) {
  const score2 = prepareMetric(metric2, slice, options.cls === void 0 ? {} : { cls: options.cls });
  const weights = new Float64Array(slice.n);
  const samples = new Float64Array(options.resamples);
  let low = Infinity;
  let high = -Infinity;
  for (let b = 0; b < options.resamples; b++) {
    bootstrapCounts(Rng.stream(options.seed, "test", options.label, b), slice.n, weights);
    samples[b] = score2(weights);
    if (samples[b] < low) low = samples[b];
    if (samples[b] > high) high = samples[b];
  }
  const ci = percentileInterval(samples, options.confidence);
  return {
    method: "bootstrap",
    ci,
    counted: slice.n,
    // Equal up to rounding: a weighted mean of equal terms can differ in the last bit.
    ...high - low <= 1e-12 * Math.max(1, Math.abs(low)) ? {
      degenerate: `every resample of the slice gives ${metric2} = ${low}: too little variation to decide`
    } : {}
  };
}

// src/suite/unit-tests.ts
function runUnitTest(test, rows2, baseline, options) {
  const result = {
    name: test.name,
    metric: test.metric,
    ...test.class === void 0 ? {} : { class: test.class },
    threshold: { ...test.threshold },
    where: test.where,
    n: rows2.length,
    status: "skipped"
  };
  if (rows2.length < test.minExamples) {
    const matching = rows2.length === 1 ? "1 example matches" : `${rows2.length} examples match`;
    return { ...result, reason: `${matching}; min-examples is ${test.minExamples}` };
  }
  const slice = subset(baseline, rows2);
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
    slice: encodeSlice(rows2, baseline.n)
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

// src/retrain/data.ts
import path3 from "node:path";

// src/data/scaling.ts
function scalingVectors(dataset, scaling, location) {
  return {
    center: vector(dataset, scaling?.center, 0, "center", location),
    scale: vector(dataset, scaling?.scale, 1, "scale", location)
  };
}
function vector({ features, columns }, spec, fallback, part, location) {
  const key = childPath(location.key, part);
  const check3 = (value, where) => {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new InputError(`expected a finite number, got ${String(value)}`, {
        file: location.file,
        where
      });
    }
    if (part === "scale" && value === 0) {
      throw new InputError("scale must not be 0", { file: location.file, where });
    }
    return value;
  };
  const out = new Float64Array(features.length).fill(fallback);
  if (spec === void 0) return out;
  if (typeof spec !== "object") return out.fill(check3(spec, key));
  const index = new Map(features.map((name2, f) => [name2, f]));
  for (const [name2, value] of Object.entries(spec)) {
    const where = childPath(key, name2);
    const f = index.get(name2);
    if (f === void 0 && columns.has(name2)) continue;
    if (f === void 0) {
      throw new InputError(
        `${quoteName(name2)} is not a feature; ${unknownNameHint(name2, features, "features")}`,
        { file: location.file, where }
      );
    }
    out[f] = check3(value, where);
  }
  return out;
}

// src/retrain/data.ts
async function loadRetrainData(config, evalData, cwd) {
  const file = config.data.train;
  const display = path3.relative(cwd, file) || file;
  const train2 = await loadDataset({
    path: file,
    displayPath: display,
    label: config.data.label,
    features: evalData.features,
    task: evalData.task,
    classes: evalData.classes,
    configFile: config.file
  });
  const location = config.data.scalingFile === void 0 ? { file: config.file, key: "data.scaling" } : { file: path3.relative(cwd, config.data.scalingFile), key: "" };
  const shown = evalData.features.slice(0, 8).join(", ") + (evalData.features.length > 8 ? ", \u2026" : "");
  for (const variant of config.ablations.retrain ?? []) {
    variant.dropFeatures.forEach((name2, j) => {
      if (!evalData.features.includes(name2)) {
        throw new InputError(
          `${JSON.stringify(name2)} is not a feature of the data (features: ${shown})`,
          locate(config, keyPath("ablations", "retrain", variant.name, "drop-features", j))
        );
      }
    });
  }
  return {
    train: train2,
    eval: evalData,
    trainScaling: scalingVectors(train2, config.data.scaling, location),
    evalScaling: scalingVectors(evalData, config.data.scaling, location),
    scaled: config.data.scaling !== void 0
  };
}
function kept(features, variant) {
  const drop = new Set(variant?.dropFeatures ?? []);
  return features.flatMap((name2, j) => drop.has(name2) ? [] : [j]);
}
function matrices(dataset, scaling, columns) {
  const f = dataset.features.length;
  const g = columns.length;
  const raw = new Float32Array(dataset.n * g);
  const x = new Float32Array(dataset.n * g);
  for (let i = 0; i < dataset.n; i++) {
    columns.forEach((j, k) => {
      const value = dataset.x[i * f + j];
      raw[i * g + k] = value;
      x[i * g + k] = (value - scaling.center[j]) / scaling.scale[j];
    });
  }
  return { raw, x };
}
function trainingData(data, variant) {
  const columns = kept(data.train.features, variant);
  const { raw, x } = matrices(data.train, data.trainScaling, columns);
  return {
    n: data.train.n,
    features: columns.map((j) => data.train.features[j]),
    task: data.train.task,
    classes: data.train.classes ?? null,
    x,
    raw,
    y: Float32Array.from(data.train.y),
    scaling: data.scaled ? {
      center: columns.map((j) => data.trainScaling.center[j]),
      scale: columns.map((j) => data.trainScaling.scale[j])
    } : null
  };
}
function evalInputs(data, variant) {
  const columns = kept(data.eval.features, variant);
  return { n: data.eval.n, f: columns.length, x: matrices(data.eval, data.evalScaling, columns).x };
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

// src/retrain/student-t.ts
var LANCZOS = [
  76.18009172947146,
  -86.50532032941678,
  24.01409824083091,
  -1.231739572450155,
  0.001208650973866179,
  -5395239384953e-18
];
function logGamma(x) {
  let y = x;
  const tmp = x + 5.5 - (x + 0.5) * Math.log(x + 5.5);
  let series = 1.000000000190015;
  for (const c of LANCZOS) series += c / ++y;
  return -tmp + Math.log(2.5066282746310007 * series / x);
}
function betaContinuedFraction(a, b, x) {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - (a + b) * x / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 500; m++) {
    const m2 = 2 * m;
    let aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}
function incompleteBeta(x, a, b) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(
    logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x)
  );
  return x < (a + 1) / (a + b + 2) ? front * betaContinuedFraction(a, b, x) / a : 1 - front * betaContinuedFraction(b, a, 1 - x) / b;
}
function studentTCdf(t, df) {
  if (!Number.isFinite(df)) return normalCdf(t);
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t > 0 ? 1 - tail : tail;
}
function studentTQuantile(p, df) {
  if (!Number.isFinite(df)) return normalQuantile(p);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  let low = 0;
  let high = 1;
  while (studentTCdf(high, df) < p) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-12 * high; i++) {
    const mid = (low + high) / 2;
    if (studentTCdf(mid, df) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

// src/retrain/stats.ts
function seedMean(perSeed2, bootstrapMeans, confidence) {
  const k = perSeed2.length;
  const mean2 = average(perSeed2);
  const seedTerm = k >= 2 ? variance(perSeed2) / k : 0;
  const exampleTerm = variance(bootstrapMeans);
  const se = Math.sqrt(seedTerm + exampleTerm);
  const df = seedTerm > 0 ? (seedTerm + exampleTerm) ** 2 / (seedTerm ** 2 / (k - 1)) : Infinity;
  if (se === 0) return { mean: mean2, ci: [mean2, mean2], p: mean2 === 0 ? 1 : 0, df };
  const q = studentTQuantile(0.5 + confidence / 2, df);
  const p = 2 * studentTCdf(-Math.abs(mean2) / se, df);
  return { mean: mean2, ci: [mean2 - q * se, mean2 + q * se], p: Math.min(1, p), df };
}
function average(values) {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}
function variance(values) {
  const n = values.length;
  if (n < 2) return 0;
  const m = average(values);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (values[i] - m) ** 2;
  return sum / (n - 1);
}
function score(name2, runs, resamples) {
  const metrics = runs.map((p) => prepareMetric(name2, p));
  const perSeed2 = Float64Array.from(metrics, (m) => m());
  const means = new Float64Array(resamples.count);
  for (let b = 0; b < resamples.count; b++) {
    const weights = resamples.get(b);
    let sum = 0;
    for (const m of metrics) sum += m(weights);
    means[b] = sum / metrics.length;
  }
  return { perSeed: perSeed2, means };
}
var defined2 = (values) => values.every((v) => Number.isFinite(v));
function retrainedEstimate(name2, baseline, resamples, confidence) {
  const s = score(name2, baseline, resamples);
  if (!defined2(s.perSeed) || !defined2(s.means)) {
    return { value: null, reason: `${name2} is undefined on the retrained baseline` };
  }
  const { mean: mean2, ci } = seedMean(s.perSeed, s.means, confidence);
  return { value: mean2, ci };
}
function retrainContribution(name2, baseline, variant, resamples, confidence) {
  const sign = METRICS[name2].higherIsBetter ? 1 : -1;
  const base = score(name2, baseline, resamples);
  const ablated = score(name2, variant, resamples);
  if (![base.perSeed, base.means, ablated.perSeed, ablated.means].every(defined2)) {
    return {
      contribution: { value: null, reason: `${name2} is undefined on some retrained model` },
      perSeed: ablated.perSeed
    };
  }
  const diff = (a, b) => Float64Array.from(a, (v, i) => sign * (v - b[i]));
  const effect = seedMean(
    diff(base.perSeed, ablated.perSeed),
    diff(base.means, ablated.means),
    confidence
  );
  const value = seedMean(ablated.perSeed, ablated.means, confidence);
  return {
    contribution: {
      value: value.mean,
      valueCi: value.ci,
      contribution: effect.mean,
      ci: effect.ci,
      p: effect.p,
      q: effect.p
    },
    perSeed: ablated.perSeed
  };
}

// src/retrain/results.ts
function retrainResults(config, outcome, evalData, confidence) {
  const predict = (run) => run.outputs === void 0 ? void 0 : toPredictions(evalData.task, evalData.y, run.outputs, evalData.n, run.width ?? 1);
  const resamples = new Resamples(config.seed, evalData.n, config.resamples);
  const basePredictions = outcome.baseline.map(predict);
  const okBase = basePredictions.filter((p) => p !== void 0);
  const metrics = config.metrics;
  const baselineMetrics = Object.fromEntries(
    metrics.map((name2) => [
      name2,
      okBase.length === 0 ? { value: null, reason: "every baseline training run timed out" } : retrainedEstimate(name2, okBase, resamples, confidence)
    ])
  );
  const components = outcome.variants.map(({ variant, runs }) => {
    const variantPredictions = runs.map(predict);
    const paired = runs.flatMap(
      (_, s) => basePredictions[s] !== void 0 && variantPredictions[s] !== void 0 ? [s] : []
    );
    const scored = {};
    for (const name2 of metrics) {
      scored[name2] = paired.length === 0 ? {
        value: null,
        reason: "no seed where both the baseline and the variant finished within the time limit"
      } : retrainContribution(
        name2,
        paired.map((s) => basePredictions[s]),
        paired.map((s) => variantPredictions[s]),
        resamples,
        confidence
      ).contribution;
    }
    return {
      id: `retrain:${variant.name}:retrain`,
      kind: "retrain",
      target: [...Object.keys(variant.switches), ...variant.dropFeatures],
      mode: "retrain",
      repeats: paired.length,
      metrics: scored,
      retrain: {
        switches: { ...variant.switches },
        dropFeatures: [...variant.dropFeatures],
        runs: runs.map((run, s) => runResult(run, variantPredictions[s], metrics))
      }
    };
  });
  adjust(components, metrics);
  return {
    components,
    retrain: {
      seeds: [...outcome.seeds],
      timeLimitMs: config.train?.timeLimitMs ?? 0,
      method: "seed-t+example-bootstrap",
      variants: (config.ablations.retrain ?? []).map((variant) => variant.name),
      baseline: {
        runs: outcome.baseline.map((run, s) => runResult(run, basePredictions[s], metrics)),
        metrics: baselineMetrics
      }
    }
  };
}
function runResult(run, predictions, metrics) {
  const value = (name2) => {
    if (predictions === void 0) return null;
    const v = prepareMetric(name2, predictions)();
    return Number.isFinite(v) ? v : null;
  };
  return {
    seed: run.seed,
    status: run.status,
    ms: Math.round(run.ms),
    trainMs: run.trainMs === null ? null : Math.round(run.trainMs),
    cached: run.cached,
    metrics: Object.fromEntries(metrics.map((name2) => [name2, value(name2)]))
  };
}
function adjust(components, metrics) {
  for (const name2 of metrics) {
    const entries = components.map((c) => c.metrics?.[name2]).filter(
      (c) => c !== void 0 && c.value !== null
    );
    const q = benjaminiHochberg(Float64Array.from(entries.map((c) => c.p)));
    entries.forEach((c, i) => c.q = q[i]);
  }
}

// src/retrain/train-all.ts
import { existsSync as existsSync2 } from "node:fs";
import { availableParallelism, totalmem } from "node:os";
import path10 from "node:path";

// src/cache/key.ts
import { createHash as createHash2 } from "node:crypto";
import { readFile as readFile6 } from "node:fs/promises";
import path6 from "node:path";

// src/cache/glob.ts
import { readdir } from "node:fs/promises";
import path4 from "node:path";
var SKIP = /* @__PURE__ */ new Set([".git", "node_modules"]);
function globToRegExp(glob) {
  let source = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*" && glob[i + 1] === "*") {
      const slash = glob[i + 2] === "/";
      source += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else if (c === "{") source += "(?:";
    else if (c === "}") source += ")";
    else if (c === ",") source += "|";
    else source += c.replace(/[.+^$()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}
async function expandGlobs(base, globs, skip = []) {
  const patterns = globs.map((g) => globToRegExp(g.replace(/^\.\//, "")));
  const skipped = new Set(skip.map((p) => path4.resolve(p)));
  const found = [];
  const walk = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path4.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP.has(entry.name) && !skipped.has(full)) await walk(full);
      } else if (entry.isFile()) {
        const rel = path4.relative(base, full).split(path4.sep).join("/");
        if (patterns.some((p) => p.test(rel))) found.push(full);
      }
    }
  };
  await walk(base);
  return found.sort();
}

// src/cache/imports.ts
import { readFile as readFile5, stat } from "node:fs/promises";
import path5 from "node:path";
var SPECIFIERS = [
  /\bfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\bimport\s+['"]([^'"]+)['"]/g,
  /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g
];
var EXTENSIONS2 = ["", ".ts", ".mts", ".js", ".mjs", ".cjs", ".json", "/index.ts", "/index.js"];
async function localImports(entry) {
  const seen = /* @__PURE__ */ new Set();
  const queue = [path5.resolve(entry)];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(m|c)?(t|j)s$/.test(file)) continue;
    const text = await readFile5(file, "utf8");
    for (const pattern of SPECIFIERS) {
      for (const match of text.matchAll(pattern)) {
        const specifier = match[1];
        if (!specifier.startsWith("./") && !specifier.startsWith("../")) continue;
        const found = await resolveLocal(path5.resolve(path5.dirname(file), specifier));
        if (found !== void 0) queue.push(found);
      }
    }
  }
  return [...seen].sort();
}
async function resolveLocal(base) {
  const candidates = [
    ...EXTENSIONS2.map((ext) => base + ext),
    .../\.(m|c)?js$/.test(base) ? [base.replace(/js$/, "ts")] : []
  ];
  for (const candidate of candidates) {
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
    }
  }
  return void 0;
}

// src/cache/key.ts
async function trainingCodeHash(config) {
  const train2 = config.train;
  if (train2 === void 0) throw new Error("trainingCodeHash: the config has no train section");
  const base = path6.dirname(path6.resolve(config.root, config.file));
  const files = train2.module !== void 0 ? await localImports(train2.module) : await expandGlobs(base, train2.inputs, [train2.cache]);
  const hash = createHash2("sha256");
  const lock = path6.join(config.root, "package-lock.json");
  for (const file of [...files, lock]) {
    let bytes;
    try {
      bytes = await readFile6(file);
    } catch {
      continue;
    }
    hash.update(path6.relative(config.root, file)).update("\0").update(bytes).update("\0");
  }
  return `sha256:${hash.digest("hex")}`;
}
function runKey(parts) {
  return createHash2("sha256").update(JSON.stringify({ v: 1, ...parts })).digest("hex");
}

// src/cache/store.ts
import { mkdir, readFile as readFile7, rename, writeFile } from "node:fs/promises";
import path7 from "node:path";
var RunCache = class {
  constructor(folder) {
    this.folder = folder;
  }
  folder;
  file(key) {
    return path7.join(this.folder, "runs", `${key}.json`);
  }
  async read(key) {
    try {
      const entry = JSON.parse(await readFile7(this.file(key), "utf8"));
      return entry.status === "ok" || entry.status === "timed-out" ? entry : void 0;
    } catch {
      return void 0;
    }
  }
  async write(key, entry) {
    const file = this.file(key);
    await mkdir(path7.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(entry));
    await rename(temporary, file);
  }
  /** The folder where the model trained for `key` is kept (the retrained baseline). */
  modelFolder(key) {
    return path7.join(this.folder, "models", key);
  }
};
function encodeOutputs(outputs) {
  return Buffer.from(outputs.buffer, outputs.byteOffset, outputs.byteLength).toString("base64");
}
function decodeOutputs(text) {
  const bytes = Buffer.from(text, "base64");
  return new Float32Array(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  );
}

// src/command/run.ts
import { spawn } from "node:child_process";
import { mkdir as mkdir2, readFile as readFile8, rm, writeFile as writeFile2 } from "node:fs/promises";
import path8 from "node:path";

// src/command/predictions.ts
var import_ajv3 = __toESM(require_ajv(), 1);
var predictionsSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/ablation-ci/ablation-ci/schema/predictions.schema.json",
  title: "ablation-ci command suite predictions",
  type: "object",
  required: ["outputs"],
  additionalProperties: false,
  properties: {
    outputs: {
      type: "array",
      minItems: 1,
      items: {
        anyOf: [{ type: "number" }, { type: "array", minItems: 1, items: { type: "number" } }]
      }
    }
  }
};
var validate;
function readPredictions(document, n) {
  validate ??= new import_ajv3.Ajv({ allErrors: false, strict: true, allowUnionTypes: true }).compile(
    predictionsSchema
  );
  if (!validate(document)) {
    const [first] = validate.errors ?? [];
    const where = first?.instancePath === "" ? "the document" : first?.instancePath;
    return {
      error: `${where} ${first?.message ?? "is invalid"} (expected {"outputs": [[...], ...]})`
    };
  }
  const rows2 = document.outputs.map(
    (row3) => typeof row3 === "number" ? [row3] : row3
  );
  if (rows2.length !== n) {
    return { error: `expected ${n} rows of outputs (one per eval example), got ${rows2.length}` };
  }
  const width = rows2[0].length;
  const outputs = new Float32Array(n * width);
  for (let i = 0; i < n; i++) {
    if (rows2[i].length !== width) {
      return { error: `row ${i + 1} has ${rows2[i].length} outputs, row 1 has ${width}` };
    }
    for (let j = 0; j < width; j++) {
      const value = rows2[i][j];
      if (!Number.isFinite(value))
        return { error: `row ${i + 1}: ${value} is not a finite number` };
      outputs[i * width + j] = value;
    }
  }
  return { outputs, width };
}

// src/command/run.ts
var GRACE_MS = 1e3;
var STDERR_TAIL = 400;
async function runCommandSuite(config, data, job) {
  const train2 = config.train;
  const variantName = job.variant?.name ?? "baseline";
  const folder = path8.join(train2.cache, "work", `${variantName}-seed-${job.seed}`);
  await rm(folder, { recursive: true, force: true });
  await mkdir2(folder, { recursive: true });
  let ok = false;
  try {
    const drop = new Set(job.variant?.dropFeatures ?? []);
    const features = data.eval.features.filter((name2) => !drop.has(name2));
    const request = {
      variant: variantName,
      switches: job.variant?.switches ?? {},
      dropFeatures: [...drop],
      seed: job.seed,
      trainData: path8.join(folder, "train.csv"),
      evalData: path8.join(folder, "eval.csv"),
      output: path8.join(folder, "predictions.json"),
      features,
      label: config.data.label,
      task: data.eval.task,
      classes: data.eval.classes ?? null,
      timeLimitMs: train2.timeLimitMs
    };
    await writeFile2(request.trainData, toCsv(data.train, features));
    await writeFile2(request.evalData, toCsv(data.eval, features));
    const requestFile = path8.join(folder, "request.json");
    await writeFile2(requestFile, JSON.stringify(request, null, 2));
    const env = {
      ...process.env,
      ABLATION_CI_SWITCHES: JSON.stringify(request.switches),
      ABLATION_CI_SEED: String(job.seed),
      ABLATION_CI_OUTPUT: request.output,
      ABLATION_CI_TRAIN_DATA: request.trainData,
      ABLATION_CI_EVAL_DATA: request.evalData,
      ABLATION_CI_REQUEST: requestFile
    };
    const cwd = path8.dirname(path8.resolve(job.cwd, config.file));
    const started = performance.now();
    const exit = await runLimited(train2.command, { cwd, env, timeLimitMs: train2.timeLimitMs });
    const ms = performance.now() - started;
    if (exit.timedOut) return { status: "timed-out", ms };
    const shown = `predictions file ${path8.relative(job.cwd, request.output) || request.output}`;
    if (exit.code !== 0) {
      const tail = exit.stderr.trim().split("\n").slice(-1)[0] ?? "";
      return {
        status: "failed",
        ms,
        error: `the command exited with ${exit.signal ?? `code ${exit.code}`}${tail === "" ? "" : ` (${tail})`}; ${shown} not read`
      };
    }
    let text;
    try {
      text = await readFile8(request.output, "utf8");
    } catch {
      return { status: "failed", ms, error: `the command wrote no ${shown}` };
    }
    let document;
    try {
      document = JSON.parse(text);
    } catch (error) {
      return { status: "failed", ms, error: `${shown}: not JSON (${error.message})` };
    }
    const read = readPredictions(document, data.eval.n);
    if ("error" in read) return { status: "failed", ms, error: `${shown}: ${read.error}` };
    ok = true;
    return { status: "ok", ms, trainMs: ms, outputs: read.outputs, width: read.width };
  } finally {
    if (ok) await rm(folder, { recursive: true, force: true });
  }
}
function runLimited(command, options) {
  return new Promise((resolve3) => {
    const child = spawn(command, {
      shell: true,
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ["ignore", "ignore", "pipe"]
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-STDERR_TAIL);
    });
    let timedOut = false;
    const killGroup = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
      }
    };
    let hard;
    const limit = setTimeout(() => {
      timedOut = true;
      killGroup("SIGTERM");
      hard = setTimeout(() => killGroup("SIGKILL"), GRACE_MS);
    }, options.timeLimitMs);
    child.on("error", (error) => {
      clearTimeout(limit);
      resolve3({ code: 127, signal: null, timedOut: false, stderr: error.message });
    });
    child.on("close", (code, signal) => {
      clearTimeout(limit);
      clearTimeout(hard);
      if (timedOut) killGroup("SIGKILL");
      resolve3({ code, signal, timedOut, stderr });
    });
  });
}
function toCsv(dataset, features) {
  const f = dataset.features.length;
  const columns = features.map((name2) => dataset.features.indexOf(name2));
  const quote = (text) => /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  const lines = [[...features, dataset.label].map(quote).join(",")];
  for (let i = 0; i < dataset.n; i++) {
    const label = dataset.classes === void 0 ? String(dataset.y[i]) : dataset.classes[dataset.y[i]];
    lines.push([...columns.map((j) => String(dataset.x[i * f + j])), quote(label)].join(","));
  }
  return `${lines.join("\n")}
`;
}

// src/retrain/launch.ts
import { Worker } from "node:worker_threads";

// src/pool/locate.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path9 from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
function workerEntry(here, source, bundled) {
  if (here.endsWith(".ts")) {
    const tsx = path9.dirname(createRequire(here).resolve("tsx/package.json"));
    const api = pathToFileURL(path9.join(tsx, "dist", "esm", "api", "index.mjs")).href;
    const entry = new URL(source, here).href;
    const code = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); }).catch((error) => { process.stderr.write(String(error && error.stack || error)); process.exit(1); });`;
    return { code, eval: true };
  }
  const dir = path9.dirname(fileURLToPath(here));
  for (const candidate of [dir, path9.dirname(dir)]) {
    const file = path9.join(candidate, bundled);
    if (existsSync(file)) return { url: pathToFileURL(file) };
  }
  throw new Error(`${bundled} is missing beside ${fileURLToPath(here)}: rebuild dist/`);
}

// src/retrain/launch.ts
function runInWorker(request, options) {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const grace = options.graceMs ?? 1e3;
  return new Promise((resolve3) => {
    const worker = startWorker(request);
    let ended = false;
    let timedOut = false;
    let kill;
    const end = (run) => {
      if (ended) return;
      ended = true;
      clearTimeout(limit);
      clearTimeout(kill);
      resolve3(run);
      void worker.terminate();
    };
    const limit = setTimeout(() => {
      timedOut = true;
      worker.postMessage({ type: "abort" });
      kill = setTimeout(() => end({ status: "timed-out", ms: elapsed() }), grace);
    }, options.timeLimitMs);
    worker.on("message", (message) => {
      if (timedOut) end({ status: "timed-out", ms: elapsed() });
      else if (message.type === "progress") options.onProgress?.(message.fraction);
      else if (message.type === "error") {
        end({ status: "failed", ms: elapsed(), error: message.message });
      } else {
        end({
          status: "ok",
          ms: elapsed(),
          trainMs: message.trainMs,
          outputs: message.outputs,
          width: message.width
        });
      }
    });
    worker.on("error", (error) => {
      end(
        timedOut ? { status: "timed-out", ms: elapsed() } : { status: "failed", ms: elapsed(), error: error.message }
      );
    });
    worker.on("exit", (code) => {
      end(
        timedOut ? { status: "timed-out", ms: elapsed() } : { status: "failed", ms: elapsed(), error: `the worker exited with code ${code}` }
      );
    });
  });
}
function startWorker(request) {
  const options = { workerData: request, stdout: false, stderr: false };
  const entry = workerEntry(import.meta.url, "./worker.ts", "retrain-worker.js");
  return entry.eval === true ? new Worker(entry.code, { ...options, eval: true }) : new Worker(entry.url, options);
}

// src/retrain/train-all.ts
function retrainSeeds(config) {
  const k = config.train?.seeds ?? 0;
  return Array.from({ length: k }, (_, i) => config.seed + i);
}
async function trainAll(config, data, options) {
  const train2 = config.train;
  if (train2 === void 0) throw new Error("trainAll: the config has no train section");
  const cache = new RunCache(train2.cache);
  const seeds = retrainSeeds(config);
  const code = await trainingCodeHash(config);
  const spec = {
    label: config.data.label,
    features: data.eval.features,
    task: data.eval.task,
    classes: data.eval.classes ?? null,
    scaling: config.data.scaling ?? null,
    module: train2.module === void 0 ? null : path10.relative(config.root, train2.module),
    command: train2.command ?? null,
    timeLimitMs: train2.timeLimitMs
  };
  const all = config.ablations.retrain ?? [];
  const mine = options.shard === void 0 ? all : shardVariants(all, seeds.length, options.shard);
  const variants = [void 0, ...mine];
  const jobs = variants.flatMap((variant) => seeds.map((seed) => ({ variant, seed })));
  const results = /* @__PURE__ */ new Map();
  const name2 = (variant) => variant?.name ?? "baseline";
  let modelFile;
  const runJob = async ({ variant, seed }) => {
    const key = runKey({
      code,
      trainData: data.train.hash,
      evalData: data.eval.hash,
      spec,
      switches: variant?.switches ?? {},
      dropFeatures: variant?.dropFeatures ?? [],
      seed,
      backend: options.backend
    });
    const keepModel = options.keepBaselineModel && variant === void 0 && seed === seeds[0];
    const modelDir = cache.modelFolder(key);
    if (keepModel) modelFile = path10.join(modelDir, "model.json");
    const hit = options.useCache ? await cache.read(key) : void 0;
    const usable = hit !== void 0 && (!keepModel || existsSync2(path10.join(modelDir, "model.json")));
    let run;
    if (usable) {
      run = {
        seed,
        status: hit.status,
        ms: hit.ms,
        trainMs: hit.trainMs,
        cached: true,
        ...hit.status === "ok" ? { outputs: decodeOutputs(hit.outputs), width: hit.width } : {}
      };
    } else {
      const done = await execute(
        config,
        data,
        variant,
        seed,
        keepModel ? modelDir : void 0,
        options
      );
      if (done.status === "failed") {
        throw new InputError(
          `retrain ${name2(variant)}, seed ${seed}: ${done.error ?? "failed"}`,
          locate(
            config,
            variant === void 0 ? "train" : keyPath("ablations", "retrain", variant.name)
          )
        );
      }
      run = {
        seed,
        status: done.status,
        ms: done.ms,
        trainMs: done.status === "ok" ? done.trainMs ?? done.ms : null,
        cached: false,
        ...done.status === "ok" ? { outputs: done.outputs, width: done.width } : {}
      };
      await cache.write(key, {
        status: run.status,
        ms: run.ms,
        trainMs: run.trainMs,
        width: run.width ?? 0,
        outputs: run.outputs === void 0 ? "" : encodeOutputs(run.outputs)
      });
    }
    results.set(`${name2(variant)}\0${seed}`, run);
    options.onRun?.(
      `${describeRun(name2(variant), run, train2.timeLimitMs)} [${results.size}/${jobs.length}]`
    );
  };
  await pool(jobs, options.concurrency ?? defaultConcurrency(), runJob);
  const runsOf = (variant) => seeds.map((seed) => results.get(`${name2(variant)}\0${seed}`));
  return {
    seeds,
    codeHash: code,
    baseline: runsOf(void 0),
    variants: mine.map((variant) => ({
      variant,
      runs: runsOf(variant)
    })),
    ...modelFile === void 0 ? {} : { modelFile }
  };
}
function execute(config, data, variant, seed, saveTo, options) {
  const train2 = config.train;
  const switches = variant?.switches ?? {};
  if (train2.command !== void 0) {
    return runCommandSuite(config, data, { variant, seed, cwd: options.cwd });
  }
  return runInWorker(
    {
      module: train2.module,
      backend: options.backend,
      searchFrom: options.searchFrom,
      switches,
      seed,
      data: trainingData(data, variant),
      eval: evalInputs(data, variant),
      ...saveTo === void 0 ? {} : { saveTo }
    },
    { timeLimitMs: train2.timeLimitMs }
  );
}
var WORKER_MEMORY = 512 * 1024 * 1024;
function defaultConcurrency() {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(totalmem() / WORKER_MEMORY)));
}
function describeRun(name2, run, limitMs) {
  const seconds = (ms) => `${(ms / 1e3).toFixed(1)}s`;
  const how = run.status === "timed-out" ? `timed out at the ${seconds(limitMs)} limit` : `trained in ${seconds(run.trainMs ?? run.ms)}`;
  return `retrain ${name2}, seed ${run.seed}: ${how}${run.cached ? " (cached)" : ""}`;
}
async function pool(items, size, work) {
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (!failed && next < items.length) {
      const item = items[next++];
      try {
        await work(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, items.length)) }, lane));
}

// src/retrain/stage.ts
function loadEvalData(config, cwd) {
  return loadDataset({
    path: config.data.eval,
    displayPath: path11.relative(cwd, config.data.eval) || config.data.eval,
    label: config.data.label,
    features: config.data.features,
    task: config.data.task,
    classes: config.data.classes,
    configFile: config.file
  });
}
async function retrainStage(config, options) {
  if (config.train === void 0) return void 0;
  const evalData = options.evalData ?? await loadEvalData(config, options.cwd);
  const data = await loadRetrainData(config, evalData, options.cwd);
  const keep = config.model === void 0 && config.train.module !== void 0;
  const outcome = await trainAll(config, data, { ...options, keepBaselineModel: keep });
  if (!keep) return { config, outcome, evalData };
  if (outcome.baseline[0].status !== "ok" || outcome.modelFile === void 0) {
    throw new InputError(
      `the baseline trained with seed ${outcome.seeds[0]} timed out, and without model it is the model evaluated; raise train.time-limit or give model`,
      { file: config.file, where: "train.time-limit" }
    );
  }
  return { config: { ...config, model: outcome.modelFile }, outcome, evalData };
}
function attachRetrain(results, stage, confidence) {
  const scored = retrainResults(stage.config, stage.outcome, stage.evalData, confidence);
  results.components.push(...scored.components);
  results.retrain = scored.retrain;
  return results;
}
function commandSuiteResults(stage, options) {
  const { config, outcome, evalData } = stage;
  const first = outcome.baseline.find((run) => run.outputs !== void 0);
  if (first?.outputs === void 0) {
    throw new InputError("every baseline training run timed out; raise train.time-limit", {
      file: config.file,
      where: "train.time-limit"
    });
  }
  const width = first.width ?? 1;
  const baseline = toPredictions(evalData.task, evalData.y, first.outputs, evalData.n, width);
  const resamples = new Resamples(config.seed, evalData.n, config.resamples);
  const scores = config.metrics.map((name2) => scoreBaseline(name2, baseline, resamples));
  const tests = config.tests.map((test, i) => {
    const rows2 = selectRows(evalData, test.where, { file: config.file, key: `tests[${i}].where` });
    const cls = test.class === void 0 ? void 0 : evalData.classes?.indexOf(test.class);
    if (cls === -1) {
      throw new InputError(`${JSON.stringify(test.class)} is not a class of the data`, {
        file: config.file,
        where: `tests[${i}].class`
      });
    }
    return runUnitTest(test, rows2, baseline, {
      seed: config.seed,
      resamples: config.resamples,
      confidence: options.confidence,
      ...cls === void 0 ? {} : { cls }
    });
  });
  const base642 = (values) => Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString("base64");
  return {
    schemaVersion: 1,
    suite: config.suite,
    source: {
      ...options.source,
      modelHash: outcome.codeHash,
      dataHash: evalData.hash
    },
    run: {
      seed: config.seed,
      repeats: config.repeats,
      resamples: config.resamples,
      confidence: options.confidence,
      backend: options.backend,
      shard: options.shard === void 0 ? null : { ...options.shard },
      gate: { failOn: [...config.gate.failOn], regression: { ...config.gate.regression } }
    },
    timing: {
      startedAt: options.started.toISOString(),
      durationMs: Date.now() - options.started.getTime()
    },
    task: evalData.task,
    classes: evalData.classes ?? null,
    data: dataFacts(evalData),
    metrics: config.metrics.map((name2) => ({ name: name2, higherIsBetter: METRICS[name2].higherIsBetter })),
    baseline: {
      n: evalData.n,
      metrics: Object.fromEntries(
        scores.map((s) => [s.name, baselineEstimate(s, options.confidence)])
      )
    },
    components: [],
    tests,
    predictions: {
      encoding: "base64-le",
      shape: [evalData.n, width],
      baseline: base642(first.outputs),
      labels: base642(evalData.y)
    }
  };
}

// src/retrain/validate.ts
import path12 from "node:path";
async function validateRetrain(config, cwd) {
  const evalData = await loadEvalData(config, cwd);
  const data = await loadRetrainData(config, evalData, cwd);
  const train2 = config.train;
  const how = train2.module !== void 0 ? path12.relative(cwd, train2.module) : `\`${train2.command}\``;
  return `${config.file}: valid \u2014 suite ${config.suite}, ${evalData.n} eval and ${data.train.n} training examples, ${evalData.features.length} features, ${(config.ablations.retrain ?? []).length} retrain variants \xD7 ${train2.seeds} seeds by ${how}, ${config.tests.length} model unit tests`;
}

// src/suite/prepare.ts
import path13 from "node:path";

// src/config/error.ts
function configError(config, key, detail) {
  return new InputError(detail, locate(config, key));
}

// src/ablation/names.ts
var RANGE = /\[(\d+):(\d+)\]/;
var MAX_EXPANSION = 1e7;
function expandName(pattern, known, index, words) {
  const candidates = expandRanges(pattern);
  if (typeof candidates === "string") return { problem: candidates };
  const names2 = [];
  for (const candidate of candidates) {
    if (/[*?]/.test(candidate)) {
      const regex = globToRegExp2(candidate);
      const matches = known.filter((name2) => regex.test(name2));
      if (matches.length === 0) {
        return { problem: `no ${words.what} matches ${JSON.stringify(candidate)}` };
      }
      names2.push(...matches);
    } else if (index.has(candidate)) {
      names2.push(candidate);
    } else {
      const hint = closestNames(candidate, known, 3);
      const suffix = hint.length > 0 ? ` (did you mean ${hint.join(", ")}?)` : "";
      const expanded = candidate === pattern ? "" : ` (from ${JSON.stringify(pattern)})`;
      return { problem: `${words.unknown(JSON.stringify(candidate) + expanded)}${suffix}` };
    }
  }
  return { names: names2 };
}
function indexNames(names2) {
  const index = /* @__PURE__ */ new Map();
  names2.forEach((name2, i) => {
    if (!index.has(name2)) index.set(name2, i);
  });
  return index;
}
function expandRanges(pattern) {
  const match = RANGE.exec(pattern);
  if (match === null) return [pattern];
  const start = Number(match[1]);
  const end = Number(match[2]);
  if (start > end)
    return `the range [${match[1]}:${match[2]}] in ${JSON.stringify(pattern)} is empty (END is included and must be at least START)`;
  const head = pattern.slice(0, match.index);
  const tails = expandRanges(pattern.slice(match.index + match[0].length));
  if (typeof tails === "string") return tails;
  if ((end - start + 1) * tails.length > MAX_EXPANSION) {
    return `${JSON.stringify(pattern)} stands for more than ${MAX_EXPANSION} names`;
  }
  const names2 = [];
  for (let i = start; i <= end; i++) for (const tail of tails) names2.push(`${head}${i}${tail}`);
  return names2;
}
function globToRegExp2(pattern) {
  const escaped = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${escaped}$`);
}

// src/ablation/plan.ts
var INFERENCE_IDENTITY = /* @__PURE__ */ new Set([
  "Dropout",
  "SpatialDropout1D",
  "SpatialDropout2D",
  "GaussianNoise",
  "GaussianDropout",
  "AlphaDropout",
  "ActivityRegularization"
]);
function planComponents(config, graph, features) {
  const layerByName = /* @__PURE__ */ new Map();
  for (const node of graph.nodes) if (!node.isInput) layerByName.set(node.name, node.layer);
  const allLayers = [...layerByName.keys()];
  const layerIndex = indexNames(allLayers);
  const featureIndex = indexNames(features);
  const outputLayers = new Set(graph.outputSlots.map((s) => producerOf(graph, s)));
  const { ablations } = config;
  const layers = ablations.layers === "all" ? allLayers.filter(
    (name2) => !outputLayers.has(name2) && !INFERENCE_IDENTITY.has(layerByName.get(name2)?.getClassName() ?? "")
  ) : matchLayers(config, "ablations.layers", ablations.layers, allLayers, layerIndex);
  const chosenFeatures = ablations.features === "all" ? features : matchFeatures(config, "ablations.features", ablations.features, features, featureIndex);
  const components = [];
  for (const layer of layers) {
    for (const mode of ablations.layerModes) {
      components.push(layerComponent("layer", layer, [layer], mode, graph, layerByName));
    }
  }
  for (const feature of chosenFeatures) {
    for (const mode of ablations.featureModes) {
      components.push(featureComponent("feature", feature, [feature], mode));
    }
  }
  for (const group2 of ablations.groups) {
    const key = `ablations.groups.${group2.name}`;
    if (group2.layers !== void 0) {
      const members = matchLayers(config, `${key}.layers`, group2.layers, allLayers, layerIndex);
      for (const mode of ablations.layerModes) {
        components.push(layerComponent("group", group2.name, members, mode, graph, layerByName));
      }
    } else {
      const members = matchFeatures(
        config,
        `${key}.features`,
        group2.features ?? [],
        features,
        featureIndex
      );
      for (const mode of ablations.featureModes) {
        components.push(featureComponent("group", group2.name, members, mode));
      }
    }
  }
  return components;
}
function layerComponent(kind, name2, layers, mode, graph, layerByName) {
  const component = {
    id: `${kind}:${name2}:${mode}`,
    kind,
    name: name2,
    on: "layers",
    layers,
    mode,
    stochastic: mode === "reinit"
  };
  for (const layer of layers) {
    const problem = layerModeProblem(graph, layer, layerByName.get(layer), mode);
    if (problem !== void 0) {
      component.notApplicable = layers.length > 1 ? `${layer}: ${problem}` : problem;
      break;
    }
  }
  return component;
}
function featureComponent(kind, name2, features, mode) {
  const suffix = typeof mode === "string" ? mode : `value=${mode.value}`;
  return {
    id: `${kind}:${name2}:${suffix}`,
    kind,
    name: name2,
    on: "features",
    features,
    mode,
    stochastic: mode === "permute"
  };
}
function layerModeProblem(graph, name2, layer, mode) {
  switch (mode) {
    case "zero":
    case "mean":
      return void 0;
    case "reinit":
      return reinitProblem(layer);
    case "remove": {
      for (const index of graph.nodesOfLayer.get(name2) ?? []) {
        const node = graph.nodes[index];
        if (node.inputs.length !== 1 || node.outputs.length !== 1) {
          return "remove needs a layer with one input and one output";
        }
        const input = graph.slotShapes[node.inputs[0]];
        const output = graph.slotShapes[node.outputs[0]];
        if (JSON.stringify(input) !== JSON.stringify(output)) {
          return `remove needs equal input and output shapes; input is ${shapeText(input)}, output ${shapeText(output)}`;
        }
      }
      return void 0;
    }
  }
}
function shapeText(shape) {
  return `[${shape.map((d) => d ?? "?").join(", ")}]`;
}
function producerOf(graph, slot) {
  return graph.nodes.find((node) => node.outputs.includes(slot))?.name ?? "";
}
function matchLayers(config, key, patterns, layers, index) {
  const chosen = /* @__PURE__ */ new Set();
  patterns.forEach((pattern, i) => {
    const result = expandName(pattern, layers, index, {
      what: "layer of the model",
      unknown: (quoted) => `no layer of the model is named ${quoted}`
    });
    if ("problem" in result) throw configError(config, `${key}[${i}]`, result.problem);
    for (const name2 of result.names) chosen.add(name2);
  });
  return layers.filter((name2) => chosen.has(name2));
}
function matchFeatures(config, key, patterns, features, index) {
  const chosen = /* @__PURE__ */ new Set();
  patterns.forEach((pattern, i) => {
    const result = expandName(pattern, features, index, {
      what: "feature of the eval data",
      unknown: (quoted) => `${quoted} is not a feature of the eval data`
    });
    if ("problem" in result) throw configError(config, `${key}[${i}]`, result.problem);
    for (const name2 of result.names) chosen.add(name2);
  });
  return [...chosen];
}

// src/suite/prepare.ts
async function prepareSuite(config, cwd) {
  const display = (file) => path13.relative(cwd, file) || file;
  try {
    const dataset = await loadDataset({
      path: config.data.eval,
      displayPath: display(config.data.eval),
      label: config.data.label,
      features: config.data.features,
      task: config.data.task,
      classes: config.data.classes,
      configFile: config.file
    });
    checkMetrics(config, dataset);
    const scalingFile = config.data.scalingFile;
    const scaling = scalingVectors(
      dataset,
      config.data.scaling,
      scalingFile === void 0 ? { file: config.file, key: "data.scaling" } : { file: display(scalingFile), key: "" }
    );
    const tests = config.tests.map((test, i) => ({
      rows: selectRows(dataset, test.where, { file: config.file, key: `tests[${i}].where` }),
      cls: test.class === void 0 ? void 0 : classIndex(config, dataset, test.class, i)
    }));
    const modelFile = config.model;
    if (modelFile === void 0) throw new Error("prepareSuite: the config names no model");
    const loaded = await loadModel(modelFile, display(modelFile));
    try {
      const graph = buildGraph(loaded.model);
      const inputShape = checkModel(config, display(modelFile), graph, dataset);
      const components = planComponents(config, graph, dataset.features);
      return {
        config,
        dataset,
        modelFile,
        model: loaded.model,
        modelHash: loaded.hash,
        graph,
        inputShape,
        scaling,
        components,
        tests
      };
    } catch (error) {
      loaded.model.dispose();
      throw error;
    }
  } catch (error) {
    throw withConfigLine(error, config);
  }
}
function withConfigLine(error, config) {
  if (!(error instanceof InputError) || error.file !== config.file || error.line !== void 0) {
    return error;
  }
  const location = locate(config, error.where ?? "");
  if (location.line === void 0) return error;
  return new InputError(error.detail, location, { cause: error });
}
function checkMetrics(config, dataset) {
  const check3 = (name2, key) => {
    if (!metricApplies(name2, dataset.task)) {
      throw configError(
        config,
        key,
        `${name2} does not apply to a ${dataset.task} task (data ${dataset.label}: ${dataset.task})`
      );
    }
  };
  config.metrics.forEach((name2, i) => check3(name2, `metrics[${i}]`));
  config.tests.forEach((test, i) => check3(test.metric, `tests[${i}].metric`));
}
function classIndex(config, dataset, name2, test) {
  const index = dataset.classes?.indexOf(name2) ?? -1;
  if (index < 0) {
    throw configError(
      config,
      `tests[${test}].class`,
      `${JSON.stringify(name2)} is not a class of the data (classes: ${(dataset.classes ?? []).join(", ")})`
    );
  }
  return index;
}
function checkModel(config, file, graph, dataset) {
  if (graph.inputSlots.length !== 1 || graph.outputSlots.length !== 1) {
    throw new InputError(
      `the model has ${graph.inputSlots.length} inputs and ${graph.outputSlots.length} outputs; ablation-ci evaluates models with one input and one output`,
      { file }
    );
  }
  const shape = graph.slotShapes[graph.inputSlots[0]];
  if (shape.some((d) => d === null)) {
    throw new InputError(`the model's input shape [${shape.join(", ")}] is not fixed`, { file });
  }
  const inputShape = shape;
  const width = inputShape.reduce((a, d) => a * d, 1);
  const f = dataset.features.length;
  if (width !== f) {
    throw configError(
      config,
      config.data.features === void 0 ? "data.eval" : "data.features",
      `the model ${file} takes ${width} values per example (input shape [${inputShape.join(", ")}]) but the data has ${f} features`
    );
  }
  const outputShape = graph.slotShapes[graph.outputSlots[0]];
  const outputs = outputShape.reduce((a, d) => a * (d ?? 1), 1);
  const expected = dataset.task === "multiclass" ? [dataset.classes?.length ?? 0] : dataset.task === "binary" ? [1, 2] : [1];
  if (!expected.includes(outputs)) {
    throw configError(
      config,
      dataset.task === "regression" ? "data.task" : "data.classes",
      `the model ${file} has ${outputs} outputs but a ${dataset.task} task with ${dataset.classes?.length ?? 1} classes needs ${expected.join(" or ")}`
    );
  }
  return inputShape;
}

// src/suite/run.ts
import { relative as relative4 } from "node:path";

// src/model/finite.ts
function checkFiniteOutputs(outputs, width, file) {
  for (let i = 0; i < outputs.length; i++) {
    const value = outputs[i];
    if (Number.isFinite(value)) continue;
    const row3 = Math.floor(i / Math.max(1, width)) + 1;
    const output = width > 1 ? ` (output ${i % width + 1} of ${width})` : "";
    throw new InputError(
      `the model's output for row ${row3} of the eval data is ${String(value)}${output}; a model must output finite numbers (check its weights and the input scaling)`,
      { file }
    );
  }
}

// src/suite/evaluation.ts
import { availableParallelism as availableParallelism2 } from "node:os";

// src/pool/pool.ts
import { Worker as Worker2 } from "node:worker_threads";
var IN_FLIGHT = 2;
var WorkerPool = class _WorkerPool {
  constructor(slots) {
    this.slots = slots;
    for (const slot of slots) this.watch(slot);
  }
  slots;
  queue = [];
  nextId = 0;
  failure;
  closed = false;
  /** Starts `size` workers and waits until each has loaded the model. */
  static async start(setup, size) {
    const entry = workerEntry(import.meta.url, "./worker.ts", "worker.js");
    const slots = Array.from({ length: size }, () => ({
      worker: entry.eval === true ? new Worker2(entry.code, { eval: true, stdout: true, stderr: true }) : new Worker2(entry.url, { stdout: true, stderr: true }),
      running: /* @__PURE__ */ new Map(),
      stderr: ""
    }));
    try {
      await Promise.all(slots.map((slot) => ready(slot, setup)));
    } catch (error) {
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
      throw error;
    }
    return new _WorkerPool(slots);
  }
  /** Queues a unit; resolves with its outputs. */
  evaluate(unit) {
    if (this.failure !== void 0) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new Error("the worker pool is closed"));
    return new Promise((resolve3, reject) => {
      this.queue.push({ id: this.nextId++, unit, resolve: resolve3, reject });
      this.dispatch();
    });
  }
  /** Stops every worker. */
  async close() {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
  dispatch() {
    for (const slot of this.slots) {
      while (slot.running.size < IN_FLIGHT && this.queue.length > 0) {
        const pending2 = this.queue.shift();
        slot.running.set(pending2.id, pending2);
        const request = { type: "unit", id: pending2.id, unit: pending2.unit };
        slot.worker.postMessage(request);
      }
    }
  }
  watch(slot) {
    slot.worker.on("message", (reply) => {
      if (reply.type === "done") {
        const pending2 = slot.running.get(reply.id);
        slot.running.delete(reply.id);
        pending2?.resolve(reply.values);
        this.dispatch();
      } else if (reply.type === "error") {
        this.fail(new Error(`an evaluation worker failed: ${reply.message}`));
      }
    });
    slot.worker.on("error", (error) => this.fail(workerError(error, slot)));
    slot.worker.on("exit", (code) => {
      if (!this.closed) this.fail(workerError(`it exited with code ${code}`, slot));
    });
  }
  fail(error) {
    if (this.failure !== void 0) return;
    this.failure = error;
    const pending2 = [...this.queue, ...this.slots.flatMap((slot) => [...slot.running.values()])];
    this.queue.length = 0;
    for (const slot of this.slots) slot.running.clear();
    for (const p of pending2) p.reject(error);
    void this.close();
  }
};
function ready(slot, setup) {
  slot.worker.stdout.resume();
  slot.worker.stderr.on("data", (chunk) => {
    slot.stderr = (slot.stderr + chunk.toString()).slice(-2e3);
  });
  return new Promise((resolve3, reject) => {
    const onMessage = (reply) => {
      slot.worker.off("message", onMessage);
      slot.worker.off("error", onError);
      slot.worker.off("exit", onExit);
      if (reply.type === "ready") resolve3();
      else reject(new Error(`an evaluation worker failed to start: ${replyText(reply)}`));
    };
    const onError = (error) => reject(workerError(error, slot));
    const onExit = (code) => reject(workerError(`it exited with code ${code} while starting`, slot));
    slot.worker.on("message", onMessage);
    slot.worker.on("error", onError);
    slot.worker.on("exit", onExit);
    const request = { type: "setup", setup };
    slot.worker.postMessage(request);
  });
}
function replyText(reply) {
  return reply.type === "error" ? reply.message : `unexpected reply ${reply.type}`;
}
function workerError(cause, slot) {
  const text = cause instanceof Error ? cause.message : String(cause);
  const lastLine = slot.stderr.trim().split("\n").pop();
  const detail = lastLine === void 0 || lastLine === "" ? "" : ` (${lastLine.trim()})`;
  return new Error(`an evaluation worker failed: ${text}${detail}`.replace(/\s*\n\s*/g, " "));
}

// src/pool/runner.ts
async function startRunner(evaluator, components, workers, setup) {
  if (workers <= 1) {
    return {
      parallel: false,
      evaluate: (unit) => Promise.resolve(evaluator.evaluateUnit(unit, components)),
      close: () => Promise.resolve()
    };
  }
  const pool2 = await WorkerPool.start(setup(), workers);
  return { parallel: true, evaluate: (unit) => pool2.evaluate(unit), close: () => pool2.close() };
}
async function evaluateComponents(runner, plan, indices, onProgress) {
  const { components, repeats, n, width } = plan;
  const chosen = indices.map((i) => components[i]);
  const outputs = allocateOutputs(chosen, repeats, n * width);
  const units = planUnits(components, indices, repeats, n, plan.rowsPerPass);
  let done = 0;
  const place = (unit, values) => {
    placeUnit(unit, values, components, outputs, width);
    done += unitLength(unit, 1) / n;
    onProgress?.(done);
  };
  if (runner.parallel) {
    await Promise.all(units.map(async (unit) => place(unit, await runner.evaluate(unit))));
  } else {
    for (const unit of units) place(unit, await runner.evaluate(unit));
  }
  return outputs;
}

// src/suite/evaluation.ts
var OUTPUT_BUDGET = 256 * 1024 * 1024;
var SMALL_PLAN = 1e5;
async function startEvaluation(suite, options) {
  const { config, dataset } = suite;
  const workers = options.workers ?? config.workers ?? defaultWorkers(suite);
  const x = workers > 1 ? shared(dataset.x) : dataset.x;
  const data = {
    n: dataset.n,
    features: dataset.features,
    x,
    center: suite.scaling.center,
    scale: suite.scaling.scale
  };
  const evaluatorOptions = {
    seed: config.seed,
    repeats: config.repeats,
    ...options.memoryBudget === void 0 ? {} : { memoryBudget: options.memoryBudget }
  };
  const evaluator = new Evaluator(suite.graph, suite.inputShape, data, {
    ...evaluatorOptions,
    ...options.baseline === void 0 ? {} : { baseline: options.baseline }
  });
  let runner;
  try {
    runner = await startRunner(evaluator, suite.components, workers, () => ({
      backend: options.backend,
      searchFrom: options.searchFrom ?? [config.root],
      model: { path: suite.modelFile, displayPath: suite.modelFile, hash: suite.modelHash },
      inputShape: suite.inputShape,
      data,
      components: suite.components,
      // Feature units start from the baseline: computed once here, shared, not redone per worker.
      options: { ...evaluatorOptions, baseline: shared(evaluator.baseline()) }
    }));
  } catch (error) {
    evaluator.dispose();
    throw error;
  }
  const plan = {
    components: suite.components,
    repeats: config.repeats,
    n: dataset.n,
    width: evaluator.outputWidth,
    rowsPerPass: evaluator.rowsPerPass
  };
  return {
    evaluator,
    async *chunks(onProgress, limits = {}) {
      const applicable = suite.components.flatMap((c, i) => c.notApplicable ? [] : [i]);
      const count3 = (i) => suite.components[i].stochastic ? config.repeats : 1;
      const total = Math.max(
        1,
        applicable.reduce((sum, i) => sum + count3(i), 0)
      );
      let finished = 0;
      const start = (indices) => {
        const before = finished;
        finished += indices.reduce((sum, i) => sum + count3(i), 0);
        return evaluateComponents(
          runner,
          plan,
          indices,
          (done) => onProgress?.(Math.min(1, (before + done) / total))
        );
      };
      const pieces = chunkIndices(
        applicable,
        count3,
        dataset.n * evaluator.outputWidth * 4,
        limits.maxUnits ?? Infinity
      );
      let refused = false;
      const admitted = (k) => {
        const units = pieces[k].reduce((sum, i) => sum + count3(i), 0);
        refused ||= limits.admit?.(units) === false;
        return !refused;
      };
      let next = pieces.length > 0 && admitted(0) ? start(pieces[0]) : void 0;
      for (let k = 0; k < pieces.length; k++) {
        const outputs = next === void 0 ? void 0 : await next;
        next = k + 1 < pieces.length && admitted(k + 1) ? start(pieces[k + 1]) : void 0;
        next?.catch(() => void 0);
        yield { components: pieces[k].map((i) => suite.components[i]), outputs };
      }
    },
    async close() {
      evaluator.dispose();
      await runner.close();
    }
  };
}
function chunkIndices(indices, count3, bytesPerOutput, maxUnits) {
  const result = [];
  let current = [];
  let bytes = 0;
  let units = 0;
  for (const i of indices) {
    const size = count3(i) * bytesPerOutput;
    if (current.length > 0 && (bytes + size > OUTPUT_BUDGET || units + count3(i) > maxUnits)) {
      result.push(current);
      current = [];
      bytes = 0;
      units = 0;
    }
    current.push(i);
    bytes += size;
    units += count3(i);
  }
  if (current.length > 0) result.push(current);
  return result;
}
function defaultWorkers(suite) {
  const variants = suite.components.reduce(
    (sum, c) => sum + (c.notApplicable !== void 0 ? 0 : c.stochastic ? suite.config.repeats : 1),
    0
  );
  return variants * suite.dataset.n < SMALL_PLAN ? 1 : availableParallelism2();
}
function shared(values) {
  const copy = new values.constructor(
    new SharedArrayBuffer(values.byteLength)
  );
  copy.set(values);
  return copy;
}

// src/suite/headline.ts
function headlineEstimate(metric2, baseline, confidence) {
  const estimate = baselineEstimate(metric2, confidence);
  const counts = proportionCounts(metric2.name, baseline);
  if (estimate.value === null || counts === void 0 || counts.trials === 0) return estimate;
  return {
    value: estimate.value,
    ci: clopperPearsonInterval(counts.successes, counts.trials, confidence)
  };
}

// src/metrics/sums.ts
function sumMetric(name2, yTrue) {
  const n = yTrue.length;
  const mean2 = (sum) => sum / n;
  switch (name2) {
    case "accuracy":
      return {
        terms: (p) => perExample(p, (i) => p.predicted[i] === p.yTrue[i] ? 1 : 0),
        value: mean2,
        linear: true
      };
    case "error_rate":
      return {
        terms: (p) => perExample(p, (i) => p.predicted[i] === p.yTrue[i] ? 0 : 1),
        value: mean2,
        linear: true
      };
    case "log_loss":
      return { terms: exampleLogLosses, value: mean2, linear: true };
    case "mse":
      return { terms: squaredErrors, value: mean2, linear: true };
    case "rmse":
      return { terms: squaredErrors, value: (sum) => Math.sqrt(sum / n), linear: false };
    case "mae":
      return {
        terms: (p) => perExample(p, (i) => Math.abs(p.scores[i] - p.yTrue[i])),
        value: mean2,
        linear: true
      };
    case "r2": {
      const spread = targetSpread(yTrue);
      return {
        terms: squaredErrors,
        value: (sum) => sum === 0 ? 1 : spread === 0 ? 0 : 1 - sum / spread,
        linear: spread !== 0
      };
    }
    case "precision":
    case "recall":
    case "f1":
    case "precision_macro":
    case "recall_macro":
    case "f1_macro":
    case "f1_weighted":
    case "roc_auc":
      return void 0;
  }
}
function perExample(preds, term) {
  return Float64Array.from({ length: preds.n }, (_, i) => term(i));
}
function squaredErrors(preds) {
  return perExample(preds, (i) => (preds.yTrue[i] - preds.scores[i]) ** 2);
}
function targetSpread(yTrue) {
  const n = yTrue.length;
  let mean2 = 0;
  for (let i = 0; i < n; i++) mean2 += yTrue[i];
  mean2 /= n;
  let spread = 0;
  let constant = true;
  for (let i = 0; i < n; i++) {
    spread += (yTrue[i] - mean2) ** 2;
    if (yTrue[i] !== yTrue[0]) constant = false;
  }
  return constant ? 0 : spread;
}

// src/metrics/influence.ts
function influenceTerms(name2, versions) {
  const sums = sumMetric(name2 === "rmse" || name2 === "r2" ? "mse" : name2, versions[0].yTrue);
  if (sums !== void 0) return versions.map((p) => sums.terms(p));
  if (name2 === "roc_auc") return placements(versions);
  return countTerms(name2, versions);
}
function countTerms(name2, versions) {
  const base = versions[0];
  const { n, k } = base;
  const V = versions.length;
  const truth = classCounter(base)().trueSum.slice();
  const predicted = new Float64Array(k);
  const hits = new Float64Array(k);
  for (const p of versions) {
    const counts = classCounter(p)();
    for (let c = 0; c < k; c++) {
      predicted[c] += counts.predSum[c] / V;
      hits[c] += counts.tp[c] / V;
    }
  }
  const weights = classWeights(name2, base.task, truth, predicted);
  const score2 = name2.startsWith("precision") ? "precision" : name2.startsWith("recall") ? "recall" : "f1";
  return versions.map((p) => {
    const terms = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const t = base.yTrue[i];
      const c = p.predicted[i];
      for (const cls of c === t ? [c] : [c, t]) {
        const w = weights[cls];
        if (w === 0) continue;
        const hit = c === t ? 1 : 0;
        const asPredicted = c === cls ? 1 : 0;
        const asTrue = t === cls ? 1 : 0;
        terms[i] += w * classTerm(score2, hit, asPredicted, asTrue, {
          truth: truth[cls],
          predicted: predicted[cls],
          hits: hits[cls]
        });
      }
    }
    return terms;
  });
}
function classTerm(score2, hit, asPredicted, asTrue, pooled) {
  const { truth, predicted, hits } = pooled;
  switch (score2) {
    case "recall":
      return truth > 0 ? hit / truth : 0;
    case "precision":
      return predicted > 0 ? asPredicted * (asTrue - hits / predicted) / predicted : 0;
    case "f1": {
      const denominator = truth + predicted;
      if (denominator === 0) return 0;
      return (2 * hit - 2 * hits / denominator * (asPredicted + asTrue)) / denominator;
    }
  }
}
function classWeights(name2, task, truth, predicted) {
  const k = truth.length;
  const weights = new Float64Array(k);
  const average2 = (present) => {
    let m = 0;
    for (let c = 0; c < k; c++) if (present(c)) m++;
    for (let c = 0; c < k; c++) weights[c] = present(c) && m > 0 ? 1 / m : 0;
    return weights;
  };
  if (name2 === "f1_weighted") {
    const total = truth.reduce((a, b) => a + b, 0);
    for (let c = 0; c < k; c++) weights[c] = total > 0 ? truth[c] / total : 0;
    return weights;
  }
  if (name2.endsWith("_macro")) return average2((c) => truth[c] > 0 || predicted[c] > 0);
  if (task === "binary") {
    weights[1] = 1;
    return weights;
  }
  return average2((c) => truth[c] > 0);
}
function placements(versions) {
  const base = versions[0];
  const { n, k } = base;
  const V = versions.length;
  const columns = k === 2 ? [1] : Array.from({ length: k }, (_, c) => c);
  const terms = versions.map(() => new Float64Array(n));
  for (const c of columns) {
    const positive = (i) => base.yTrue[i] === c;
    const pooled = (side) => {
      const scores = [];
      for (const p of versions)
        for (let i = 0; i < n; i++) if (positive(i) === side) scores.push(p.scores[i * k + c]);
      return Float64Array.from(scores).sort();
    };
    const pos = pooled(true);
    const neg = pooled(false);
    const nPos = pos.length / V;
    const nNeg = neg.length / V;
    if (nPos === 0 || nNeg === 0) continue;
    versions.forEach((p, v) => {
      for (let i = 0; i < n; i++) {
        const s = p.scores[i * k + c];
        const share = positive(i) ? (below(neg, s) + 0.5 * (atOrBelow(neg, s) - below(neg, s))) / neg.length / nPos : (pos.length - atOrBelow(pos, s) + 0.5 * (atOrBelow(pos, s) - below(pos, s))) / pos.length / nNeg;
        terms[v][i] += share / columns.length;
      }
    });
  }
  return terms;
}
function below(sorted, x) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function atOrBelow(sorted, x) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// src/stats/randomization.ts
var RANDOMIZATION_DEFAULTS = {
  enumerateUpTo: 4096,
  maxDraws: 9999,
  stopAfter: 20
};
function randomizationTest(terms, versions, rng, options = RANDOMIZATION_DEFAULTS) {
  const rows2 = terms.length / versions;
  if (!Number.isInteger(rows2) || !Number.isInteger(versions) || versions < 2) {
    throw new RangeError(`randomizationTest: ${terms.length} terms for ${versions} versions`);
  }
  if (rows2 === 0) return { p: 1, method: "exact", draws: 1 };
  let observed = 0;
  for (let j = 0; j < rows2; j++) observed += terms[j * versions];
  observed = Math.abs(observed);
  if (Number.isNaN(observed)) return { p: NaN, method: "exact", draws: 1 };
  const cut2 = observed * (1 - 1e-9) - 1e-300;
  if (rows2 * Math.log(versions) <= Math.log(options.enumerateUpTo) + 1e-9) {
    const total = Math.round(versions ** rows2);
    let count4 = 0;
    for (let index = 0; index < total; index++) {
      let rest = index;
      let sum = 0;
      for (let j = 0; j < rows2; j++) {
        sum += terms[j * versions + rest % versions];
        rest = Math.floor(rest / versions);
      }
      if (Math.abs(sum) >= cut2) count4++;
    }
    return { p: count4 / total, method: "exact", draws: total };
  }
  const floor = 1 / (options.maxDraws + 1);
  const bound = tailBound(terms, versions, observed);
  if (bound < floor) return { p: bound, method: "tail-bound", draws: 0 };
  const groups = new Groups(terms, versions);
  let count3 = 0;
  for (let draw = 1; draw <= options.maxDraws; draw++) {
    if (Math.abs(groups.draw(rng)) >= cut2) count3++;
    if (count3 === options.stopAfter)
      return { p: count3 / draw, method: "monte-carlo", draws: draw + 1 };
  }
  return {
    p: (1 + count3) / (1 + options.maxDraws),
    method: "monte-carlo",
    draws: options.maxDraws + 1
  };
}
function tailBound(terms, versions, t) {
  let spread = 0;
  let variance2 = 0;
  let largest = 0;
  for (let j = 0; j < terms.length; j += versions) {
    let low = Infinity;
    let high = -Infinity;
    for (let v = 0; v < versions; v++) {
      const x = terms[j + v];
      low = Math.min(low, x);
      high = Math.max(high, x);
      variance2 += x * x / versions;
      largest = Math.max(largest, Math.abs(x));
    }
    spread += (high - low) ** 2;
  }
  if (spread === 0) return 1;
  const hoeffding = 2 * Math.exp(-2 * t * t / spread);
  const bernstein = 2 * Math.exp(-t * t / (2 * variance2 + 2 * largest * t / 3));
  return Math.min(1, hoeffding, bernstein);
}
var Groups = class {
  tables = [];
  sizes = [];
  per = [];
  limits = [];
  constructor(terms, versions) {
    const rows2 = terms.length / versions;
    let g = 1;
    while (versions ** (g + 1) <= 256) g++;
    for (let start = 0; start < rows2; start += g) {
      const members = Math.min(g, rows2 - start);
      const size = versions ** members;
      const table2 = new Float64Array(size);
      for (let index = 0; index < size; index++) {
        let rest = index;
        let sum = 0;
        for (let m = 0; m < members; m++) {
          sum += terms[(start + m) * versions + rest % versions];
          rest = Math.floor(rest / versions);
        }
        table2[index] = sum;
      }
      this.tables.push(table2);
      let per = 1;
      while (size ** (per + 1) <= 2 ** 32) per++;
      this.sizes.push(size);
      this.per.push(per);
      this.limits.push(Math.floor(2 ** 32 / size ** per) * size ** per);
    }
  }
  /** The sum under one uniform random rotation. */
  draw(rng) {
    const { tables, sizes, per, limits } = this;
    let sum = 0;
    let x = 0;
    let left = 0;
    for (let t = 0; t < tables.length; t++) {
      const size = sizes[t];
      if (left === 0 || size !== sizes[t - 1]) {
        do
          x = rng.nextUint32();
        while (x >= limits[t]);
        left = per[t];
      }
      const pick = x % size;
      x = (x - pick) / size;
      left--;
      sum += tables[t][pick];
    }
    return sum;
  }
};

// src/suite/significance.ts
var P_FLOOR = 1 / (RANDOMIZATION_DEFAULTS.maxDraws + 1);
function contributionTest(name2, baseline, component, seed, options = RANDOMIZATION_DEFAULTS) {
  const versions = [baseline, ...component.ablated];
  const { rows: rows2, centred } = centredTerms(influenceTerms(name2, versions));
  const rng = Rng.stream(seed, "swap", component.id, name2);
  return { ...randomizationTest(centred, versions.length, rng, options), changed: rows2 };
}
function withPValues(intervals, baseline, components, seed) {
  const result = /* @__PURE__ */ new Map();
  for (const component of components) {
    const record2 = {};
    for (const [metric2, interval] of Object.entries(intervals.get(component.id) ?? {})) {
      if (interval.value === null) {
        record2[metric2] = interval;
        continue;
      }
      const test = contributionTest(metric2, baseline, component, seed);
      record2[metric2] = test.changed === 0 ? { ...interval, contribution: 0, ci: [0, 0], p: 1, q: 1 } : { ...interval, p: test.p, q: test.p };
    }
    result.set(component.id, record2);
  }
  return result;
}
function centredTerms(terms) {
  const V = terms.length;
  const rows2 = [];
  for (let i = 0; i < terms[0].length; i++)
    if (terms.some((t) => t[i] !== terms[0][i])) rows2.push(i);
  const centred = new Float64Array(rows2.length * V);
  rows2.forEach((i, j) => {
    let mean2 = 0;
    for (let v = 0; v < V; v++) mean2 += terms[v][i];
    mean2 /= V;
    for (let v = 0; v < V; v++) centred[j * V + v] = terms[v][i] - mean2;
  });
  return { rows: rows2.length, centred };
}

// src/suite/run.ts
var CONFIDENCE = 0.95;
async function runSuite(suite, options) {
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  const started = now();
  const { config, dataset } = suite;
  const planned = options.shard === void 0 ? suite.components : (
    // The split is of the plan as configured, whatever a time limit changed.
    shardComponents(
      suite.components,
      options.budget?.record.repeats?.from ?? config.repeats,
      options.shard
    )
  );
  const evaluation = await startEvaluation({ ...suite, components: planned }, options);
  const { evaluator } = evaluation;
  try {
    const predict = (outputs) => toPredictions(dataset.task, dataset.y, outputs, dataset.n, evaluator.outputWidth);
    const baselineOutputs = evaluator.baseline();
    checkFiniteOutputs(
      baselineOutputs,
      evaluator.outputWidth,
      config.model === void 0 ? "the retrained baseline" : relative4(config.root, config.model)
    );
    const baseline = predict(baselineOutputs);
    const resamples = new Resamples(config.seed, dataset.n, config.resamples);
    const reference = new Baseline(config.metrics, baseline);
    const baseScores = config.metrics.map((name2) => scoreBaseline(name2, reference, resamples));
    const applicable = planned.filter((c) => c.notApplicable === void 0);
    const units = applicable.reduce((sum, c) => sum + (c.stochastic ? config.repeats : 1), 0);
    const scored = /* @__PURE__ */ new Map();
    const late = /* @__PURE__ */ new Set();
    const { budget } = options;
    const maxUnits = budget === void 0 ? Infinity : Math.max(1, Math.ceil(units / CHUNKS));
    const admit = (chunkUnits) => budget === void 0 || now().getTime() + chunkUnits * budget.unitSeconds * 1e3 <= budget.deadline;
    for await (const { components: chunk, outputs } of evaluation.chunks(options.onProgress, {
      maxUnits,
      admit
    })) {
      if (outputs === void 0) {
        for (const component of chunk) late.add(component.id);
        continue;
      }
      const full = chunk.map((component) => {
        const outs = outputs.get(component.id) ?? [];
        outputs.delete(component.id);
        return { id: component.id, ablated: outs.map(predict) };
      });
      const ablated = full.map(({ id, ablated: repeats }) => ({
        id,
        ablated: repeats.map((p) => reference.record(p))
      }));
      const intervals = scoreContributions(baseScores, reference, ablated, resamples, {
        seed: config.seed,
        confidence: CONFIDENCE
      });
      const chunkScores = withPValues(intervals, baseline, full, config.seed);
      for (const [id, metrics] of chunkScores) scored.set(id, metrics);
    }
    adjustForMultipleComparisons(scored, config.metrics);
    const tests = config.tests.map(
      (test, i) => runUnitTest(test, suite.tests[i].rows, baseline, {
        seed: config.seed,
        resamples: config.resamples,
        confidence: CONFIDENCE,
        cls: suite.tests[i].cls
      })
    );
    return {
      schemaVersion: 1,
      suite: config.suite,
      source: {
        commit: options.source.commit,
        ref: options.source.ref,
        configHash: options.source.configHash,
        modelHash: suite.modelHash,
        dataHash: dataset.hash
      },
      run: {
        seed: config.seed,
        repeats: config.repeats,
        resamples: config.resamples,
        confidence: CONFIDENCE,
        backend: options.backend,
        shard: options.shard === void 0 ? null : { ...options.shard },
        ...budget === void 0 ? {} : { budget: { ...budget.record, notEvaluated: late.size } },
        gate: {
          failOn: [...config.gate.failOn],
          regression: { ...config.gate.regression }
        }
      },
      timing: { startedAt: started.toISOString(), durationMs: now().getTime() - started.getTime() },
      task: dataset.task,
      classes: dataset.classes ?? null,
      data: dataFacts(dataset),
      metrics: config.metrics.map((name2) => ({
        name: name2,
        higherIsBetter: METRICS[name2].higherIsBetter
      })),
      baseline: {
        n: dataset.n,
        metrics: Object.fromEntries(
          baseScores.map((base) => [base.name, headlineEstimate(base, baseline, CONFIDENCE)])
        )
      },
      components: planned.map(
        (c) => componentResult(
          late.has(c.id) ? {
            ...c,
            notApplicable: `not evaluated: the time limit of ${showDuration(budget.record.limit)} was reached`
          } : c,
          scored.get(c.id),
          config.repeats
        )
      ),
      tests,
      predictions: {
        encoding: "base64-le",
        shape: [dataset.n, evaluator.outputWidth],
        baseline: base64(baselineOutputs),
        labels: base64(dataset.y)
      }
    };
  } finally {
    await evaluation.close();
  }
}
function componentResult(component, metrics, repeats) {
  const { mode } = component;
  const result = {
    id: component.id,
    kind: component.kind,
    name: component.name,
    target: component.on === "layers" ? component.layers : component.features,
    ...typeof mode === "string" ? { mode } : { mode: "value", value: mode.value },
    repeats: component.notApplicable !== void 0 ? 0 : component.stochastic ? repeats : 1
  };
  if (component.notApplicable !== void 0) result.notApplicable = component.notApplicable;
  else result.metrics = metrics;
  return result;
}
function adjustForMultipleComparisons(scored, metrics) {
  for (const metric2 of metrics) {
    const entries = [...scored.values()].map((m) => m[metric2]).filter((c) => c.value !== null);
    const q = benjaminiHochberg(Float64Array.from(entries.map((c) => c.p)));
    entries.forEach((c, i) => c.q = q[i]);
  }
}
function base64(values) {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString("base64");
}

// src/suite/engine.ts
async function runEngine(configFile, options) {
  const startedAt = Date.now();
  const loaded = await loadConfig(configFile, { cwd: options.cwd });
  const config = options.failOn === void 0 ? loaded : { ...loaded, gate: { ...loaded.gate, failOn: options.failOn } };
  const backend = await useBackend(options.backend, {
    searchFrom: [config.root, options.cwd],
    onNotice: options.onNotice
  });
  const started = /* @__PURE__ */ new Date();
  let suite = config.model === void 0 ? void 0 : await prepareSuite(config, options.cwd);
  try {
    const stage = await retrainStage(config, {
      backend,
      cwd: options.cwd,
      searchFrom: [config.root, options.cwd],
      useCache: options.useCache ?? true,
      // The same cap as evaluation: `--workers`, else the config's `workers`, else the machine.
      concurrency: options.workers ?? config.workers,
      onRun: options.onRetrainRun,
      ...options.shard === void 0 ? {} : { shard: options.shard },
      ...suite === void 0 ? {} : { evalData: suite.dataset }
    });
    const source = {
      ...await options.source(config.root),
      configHash: await hashConfig(configFile, config, options.cwd)
    };
    if (suite === void 0 && stage?.config.model !== void 0) {
      suite = await prepareSuite(stage.config, options.cwd);
    }
    let results;
    if (suite !== void 0) {
      const prepared = suite;
      const limit = options.timeLimit ?? config.timeLimit;
      const fitted = limit === void 0 ? void 0 : fitToTimeLimit(
        prepared,
        options.shard === void 0 ? prepared.components : shardComponents(prepared.components, config.repeats, options.shard),
        { limit, startedAt, clock: Date.now }
      );
      if (fitted !== void 0 && (!fitted.fits || fitted.suite !== prepared)) {
        options.onNotice?.(
          budgetNotice(fitted.budget) + (fitted.fits ? "" : "; even so it may not fit: components the deadline reaches are reported as not evaluated")
        );
      }
      results = await runSuite(fitted?.suite ?? prepared, {
        backend,
        workers: options.workers,
        searchFrom: [config.root, options.cwd],
        source,
        onProgress: options.onProgress,
        ...options.shard === void 0 ? {} : { shard: options.shard },
        ...fitted?.baseline === void 0 ? {} : { baseline: fitted.baseline },
        ...fitted === void 0 ? {} : {
          budget: {
            record: fitted.budget,
            deadline: fitted.deadline,
            unitSeconds: fitted.unitSeconds
          }
        }
      });
    } else {
      results = commandSuiteResults(stage, {
        backend,
        source,
        started,
        confidence: CONFIDENCE,
        ...options.shard === void 0 ? {} : { shard: options.shard }
      });
    }
    if (stage !== void 0) {
      attachRetrain(results, stage, CONFIDENCE);
      results.timing = {
        startedAt: started.toISOString(),
        durationMs: Date.now() - started.getTime()
      };
    }
    return { config, results };
  } finally {
    suite?.model.dispose();
  }
}
async function validateConfig(configFile, options) {
  const config = await loadConfig(configFile, { cwd: options.cwd });
  await useBackend(options.backend, {
    searchFrom: [config.root, options.cwd],
    onNotice: options.onNotice
  });
  const retrainLine = config.train === void 0 ? "" : await validateRetrain(config, options.cwd);
  if (config.model === void 0) return retrainLine;
  const suite = await prepareSuite(config, options.cwd);
  suite.model.dispose();
  const applicable = suite.components.filter((c) => c.notApplicable === void 0).length;
  const skipped = suite.components.length - applicable;
  return `${config.file}: valid \u2014 suite ${config.suite}, ${suite.dataset.n} examples, ${suite.dataset.features.length} features, ${applicable} components` + (skipped > 0 ? ` (+${skipped} not applicable)` : "") + `, ${config.tests.length} model unit tests`;
}
async function hashConfig(file, config, cwd) {
  const hash = createHash3("sha256").update(await readFile9(path14.resolve(cwd, file)));
  if (config.data.scalingFile !== void 0) hash.update(await readFile9(config.data.scalingFile));
  return `sha256:${hash.digest("hex")}`;
}

// src/files/atomic.ts
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { mkdir as mkdir3, open, rename as rename2, rm as rm2 } from "node:fs/promises";
import path15 from "node:path";
var pending = /* @__PURE__ */ new Set();
var SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };
function onSignal(signal) {
  guard(false);
  removePendingTemporaries();
  process.exit(128 + SIGNALS[signal]);
}
function guard(on) {
  for (const signal of Object.keys(SIGNALS)) {
    if (on) process.on(signal, onSignal);
    else process.off(signal, onSignal);
  }
}
var CHUNK = 1 << 20;
async function writeFileAtomic(file, text) {
  const dir = path15.dirname(file);
  await mkdir3(dir, { recursive: true });
  const temporary = track(file);
  try {
    const handle = await open(temporary, "wx", 420);
    try {
      const bytes = Buffer.from(text, "utf8");
      for (let at2 = 0; at2 < bytes.length; at2 += CHUNK) {
        await handle.write(bytes, at2, Math.min(CHUNK, bytes.length - at2));
      }
    } finally {
      await handle.close();
    }
    await rename2(temporary, file);
  } catch (error) {
    await rm2(temporary, { force: true });
    throw error;
  } finally {
    untrack(temporary);
  }
}
async function probeWritable(file) {
  const temporary = track(file);
  try {
    await (await open(temporary, "wx", 420)).close();
  } finally {
    await rm2(temporary, { force: true });
    untrack(temporary);
  }
}
function track(file) {
  const name2 = `.${path15.basename(file)}.${randomBytes(6).toString("hex")}.tmp`;
  const temporary = path15.join(path15.dirname(file), name2);
  if (pending.size === 0) guard(true);
  pending.add(temporary);
  return temporary;
}
function untrack(temporary) {
  pending.delete(temporary);
  if (pending.size === 0) guard(false);
}
function removePendingTemporaries() {
  const removed = [...pending];
  for (const file of removed) {
    rmSync(file, { force: true });
    pending.delete(file);
  }
  guard(false);
  return removed;
}

// src/results/source.ts
async function sourceOf(git, env) {
  const commit = env.GITHUB_SHA || await ask(git, ["rev-parse", "HEAD"]);
  const ref = env.GITHUB_REF || await ask(git, ["symbolic-ref", "-q", "HEAD"]);
  return { commit: commit ?? null, ref: ref ?? null };
}
async function ask(git, args) {
  try {
    return (await git(args)).trim() || void 0;
  } catch {
    return void 0;
  }
}

// src/shard/merge.ts
var SHARED = [
  ["suite", (r) => r.suite],
  // Retrain settings first: a clearer line than the config hash they also change.
  ["retrain", (r) => r.retrain === void 0 ? "none" : "present"],
  ["retrain.seeds", (r) => r.retrain?.seeds],
  ["retrain.timeLimitMs", (r) => r.retrain?.timeLimitMs],
  ["retrain.method", (r) => r.retrain?.method],
  ["retrain.variants", (r) => r.retrain?.variants],
  ["source.commit", (r) => r.source.commit],
  ["source.ref", (r) => r.source.ref],
  ["source.configHash", (r) => r.source.configHash],
  ["source.modelHash", (r) => r.source.modelHash],
  ["source.dataHash", (r) => r.source.dataHash],
  ["run.seed", (r) => r.run.seed],
  ["run.repeats", (r) => r.run.repeats],
  ["run.resamples", (r) => r.run.resamples],
  ["run.confidence", (r) => r.run.confidence],
  ["run.backend", (r) => r.run.backend],
  ["run.shard.count", (r) => r.run.shard?.count],
  ["run.gate", (r) => r.run.gate],
  ["task", (r) => r.task],
  ["classes", (r) => r.classes],
  ["metrics", (r) => r.metrics],
  ["data", (r) => r.data],
  ["baseline", (r) => r.baseline],
  ["tests", (r) => r.tests],
  ["predictions", (r) => r.predictions],
  // The retrained baseline is trained in every shard: the same seeds, statuses and scores
  // (its times and `cached` are not deterministic, like `timing`).
  ["retrain.baseline.metrics", (r) => r.retrain?.baseline.metrics],
  [
    "retrain.baseline.runs",
    (r) => r.retrain?.baseline.runs.map(({ seed, status, metrics }) => ({ seed, status, metrics }))
  ]
];
function mergeShards(shards) {
  if (shards.length === 0) throw new InputError("merge needs the results of every shard");
  for (const { file, results } of shards) {
    if (results.run.shard === null) {
      throw new InputError("not a shard: run.shard is null (a whole run needs no merge)", {
        file,
        where: "run.shard"
      });
    }
  }
  const [first] = shards;
  for (const shard of shards.slice(1)) {
    for (const [key, read] of SHARED) {
      if (JSON.stringify(read(shard.results)) !== JSON.stringify(read(first.results))) {
        throw new InputError(
          `differs from ${first.file} (${show2(read(shard.results))} vs ${show2(read(first.results))}): shards of different runs`,
          { file: shard.file, where: key }
        );
      }
    }
  }
  const count3 = first.results.run.shard.count;
  const byIndex = /* @__PURE__ */ new Map();
  for (const shard of shards) {
    const { index } = shard.results.run.shard;
    const other = byIndex.get(index);
    if (other !== void 0) {
      throw new InputError(`shard ${index}/${count3} again (also ${other.file})`, {
        file: shard.file,
        where: "run.shard.index"
      });
    }
    byIndex.set(index, shard);
  }
  const missing = Array.from({ length: count3 }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0) {
    throw new InputError(
      `missing shard${missing.length > 1 ? "s" : ""} ${missing.map((i) => `${i}/${count3}`).join(", ")} (given: ${shards.map((s) => s.file).join(", ")})`,
      { where: "run.shard" }
    );
  }
  const ordered = [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, shard]) => shard);
  const seen = /* @__PURE__ */ new Map();
  const joined = ordered.flatMap(
    ({ file, results }) => results.components.map((component) => {
      const other = seen.get(component.id);
      if (other !== void 0) {
        throw new InputError(`component ${component.id} is also in ${other}`, {
          file,
          where: "components"
        });
      }
      seen.set(component.id, file);
      return structuredClone(component);
    })
  );
  const evaluated = joined.filter((c) => c.kind !== "retrain");
  const retrained = joined.filter((c) => c.kind === "retrain");
  for (const family of [evaluated, retrained]) {
    const scored = /* @__PURE__ */ new Map();
    for (const component of family) {
      if (component.metrics !== void 0) scored.set(component.id, component.metrics);
    }
    adjustForMultipleComparisons(
      scored,
      first.results.metrics.map((m) => m.name)
    );
  }
  const untrained = (first.results.retrain?.variants ?? []).filter(
    (name2) => !seen.has(`retrain:${name2}:retrain`)
  );
  if (untrained.length > 0) {
    throw new InputError(
      `no shard holds ${untrained.join(", ")} (given: ${shards.map((s) => s.file).join(", ")})`,
      { where: "retrain.variants" }
    );
  }
  const components = [...evaluated, ...retrained];
  const budgets = shards.map((s) => s.results.run.budget).filter((b) => b !== void 0);
  const budget = budgets.length === 0 ? void 0 : {
    ...budgets[0],
    estimate: Math.max(...budgets.map((b) => b.estimate)),
    notEvaluated: budgets.reduce((sum, b) => sum + b.notEvaluated, 0)
  };
  const started = Math.min(...shards.map((s) => Date.parse(s.results.timing.startedAt)));
  return {
    ...structuredClone(first.results),
    run: {
      ...structuredClone(first.results.run),
      shard: null,
      ...budget === void 0 ? {} : { budget }
    },
    timing: {
      startedAt: new Date(started).toISOString(),
      durationMs: Math.max(...shards.map((s) => s.results.timing.durationMs))
    },
    components
  };
}
function show2(value) {
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > 40 ? `${text.slice(0, 37)}\u2026` : text;
}

export {
  budgetNotice,
  runFacts,
  runMismatches,
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  renderReport,
  renderSummary,
  GitError,
  gitRunner,
  resultsProblem,
  parseResults,
  readResultsFile,
  GATE_CONDITIONS,
  validators,
  checkSchema,
  parseYaml,
  writeFileAtomic,
  probeWritable,
  parseDuration,
  parseShard,
  compare,
  verdict,
  sourceOf,
  loadConfig,
  runEngine,
  validateConfig,
  mergeShards
};
