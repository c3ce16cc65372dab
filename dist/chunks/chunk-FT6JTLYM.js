import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));

// src/key-path.ts
var IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
function keyPath(...segments) {
  return segments.reduce(childPath, "");
}
function childPath(path, segment) {
  if (typeof segment === "number") return `${path}[${segment}]`;
  if (!IDENTIFIER.test(segment)) return `${path}[${JSON.stringify(segment)}]`;
  return path === "" ? segment : `${path}.${segment}`;
}
var LAST_SEGMENT = /(?:\.[A-Za-z_][A-Za-z0-9_-]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])$/;
function parentPath(path) {
  const match = LAST_SEGMENT.exec(path);
  return match === null ? "" : path.slice(0, match.index);
}

// src/config/locate.ts
function locate(config, where) {
  for (let path = where; path !== ""; path = parentPath(path)) {
    const line = config.lines.get(path);
    if (line !== void 0) return { file: config.file, where, line };
  }
  return { file: config.file, where };
}

// src/pattern/suggest.ts
function closestKey(key, known) {
  const wanted = normalize(key);
  const limit = Math.min(2, Math.floor(wanted.length / 3));
  let best;
  for (const name of known) {
    const distance = editDistance(wanted, normalize(name));
    if (distance <= limit && (best === void 0 || distance < best.distance)) {
      best = { name, distance };
    }
  }
  return best?.name;
}
function normalize(key) {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase().replace(/_/g, "-");
}
function closestNames(name, known, count2) {
  const wanted = name.toLowerCase();
  return known.map((candidate, order) => ({
    candidate,
    order,
    distance: editDistance(wanted, candidate.toLowerCase())
  })).sort((a, b) => a.distance - b.distance || a.order - b.order).slice(0, count2).map((entry) => entry.candidate);
}
function closeNames(name, candidates, max = 3) {
  const lower = name.toLowerCase();
  const limit = Math.min(Math.max(1, Math.floor(name.length / 3)), name.length - 1);
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
function unknownNameHint(name, candidates, noun) {
  const close = closeNames(name, candidates);
  if (close.length > 0) return `did you mean ${close.map((c) => JSON.stringify(c)).join(" or ")}?`;
  const shown = candidates.slice(0, 20).join(", ");
  const more = candidates.length > 20 ? `, \u2026 (${candidates.length - 20} more)` : "";
  return `${noun}: ${shown}${more}`;
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

// src/pattern/syntax.ts
var MAX_EXPANSION = 1e7;
var MAX_ALTERNATIVES = 4096;
var RANGE = /^\[(\d+):(\d+)\]/;
function parsePattern(source, mode) {
  const quoted = JSON.stringify(source);
  let i = 0;
  let glob = false;
  let ranges = false;
  let problem;
  const sequence = (inside) => {
    const nodes2 = [];
    let text = "";
    const flush = () => {
      if (text !== "") nodes2.push({ kind: "text", text });
      text = "";
    };
    while (i < source.length && problem === void 0) {
      const c = source[i];
      if (inside && (c === "," || c === "}")) break;
      const range = c === "[" ? RANGE.exec(source.slice(i, i + 40)) : null;
      if (c === "*" || c === "?") {
        flush();
        glob = true;
        nodes2.push(wildcard(source, i, mode));
        i++;
        while (c === "*" && source[i] === "*") i++;
        if (nodes2[nodes2.length - 1].kind === "folders") i++;
      } else if (c === "{") {
        flush();
        i++;
        const options = [sequence(true)];
        while (source[i] === "," && problem === void 0) {
          i++;
          options.push(sequence(true));
        }
        if (problem !== void 0) break;
        if (source[i] !== "}") problem = `${quoted} has a { without its closing }`;
        nodes2.push({ kind: "either", options });
        i++;
      } else if (c === "}") {
        problem = `${quoted} has a } without an opening {`;
      } else if (range !== null) {
        const start = Number(range[1]);
        const end = Number(range[2]);
        if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) {
          problem = `the range ${range[0]} in ${quoted} has a bound above ${Number.MAX_SAFE_INTEGER}`;
        } else if (start > end) {
          problem = `the range ${range[0]} in ${quoted} is empty (END is included and must be at least START)`;
        }
        flush();
        ranges = true;
        nodes2.push({ kind: "range", start, end });
        i += range[0].length;
      } else {
        text += c;
        i++;
      }
    }
    flush();
    return nodes2;
  };
  const nodes = sequence(false);
  if (problem !== void 0) return { problem };
  const pattern = { source, nodes, glob, ranges };
  if (glob && count(nodes, false) > MAX_ALTERNATIVES) {
    return { problem: `${quoted} has more than ${MAX_ALTERNATIVES} {a,b} alternatives` };
  }
  if (!glob && count(nodes, true) > MAX_EXPANSION) {
    return { problem: `${quoted} stands for more than ${MAX_EXPANSION} names` };
  }
  return pattern;
}
function patternProblem(source, mode) {
  const parsed = parsePattern(source, mode);
  return "problem" in parsed ? parsed.problem : void 0;
}
function expandPattern(nodes) {
  let sequences = [[]];
  for (const node of nodes) {
    const choices = node.kind === "either" ? node.options.flatMap((option) => expandPattern(option)) : [[node]];
    const next = [];
    for (const head of sequences) for (const choice of choices) next.push(head.concat(choice));
    sequences = next;
  }
  return sequences;
}
function expandNames(nodes) {
  let names = [""];
  for (const node of nodes) {
    if (node.kind === "one" || node.kind === "star" || node.kind === "deep" || node.kind === "folders") {
      throw new Error("expandNames: a pattern with * or ? names nothing by itself");
    }
    const choices = node.kind === "text" ? [node.text] : node.kind === "range" ? numbers(node.start, node.end) : node.options.flatMap((option) => expandNames(option));
    if (choices.length === 1) {
      const [choice] = choices;
      for (let i = 0; i < names.length; i++) names[i] += choice;
      continue;
    }
    const next = new Array(names.length * choices.length);
    let k = 0;
    for (const head of names) for (const choice of choices) next[k++] = head + choice;
    names = next;
  }
  return names;
}
function wildcard(source, i, mode) {
  if (source[i] === "?") return { kind: "one" };
  if (source[i + 1] !== "*" || mode === "name") return { kind: "star" };
  return source[i + 2] === "/" ? { kind: "folders" } : { kind: "deep" };
}
function numbers(start, end) {
  const texts = new Array(end - start + 1);
  for (let k = 0; k < texts.length; k++) texts[k] = String(start + k);
  return texts;
}
function count(nodes, ranges) {
  let total = 1;
  for (const node of nodes) {
    if (node.kind === "either") total *= node.options.reduce((s, o) => s + count(o, ranges), 0);
    else if (node.kind === "range" && ranges) total *= node.end - node.start + 1;
    if (total > MAX_EXPANSION) return total;
  }
  return total;
}

// src/wasm/module.ts
var wasm = globalThis.WebAssembly;
function compileKernels(base64) {
  const bytes = Buffer.from(base64, "base64");
  return wasm.validate(bytes) ? new wasm.Module(bytes) : void 0;
}
function instantiate(module) {
  return new wasm.Instance(module).exports;
}

// src/pattern/match.ts
var SLASH = 47;
var ZERO = 48;
function compileMatcher(pattern, mode) {
  const path = mode === "path";
  const sequences = expandPattern(pattern.nodes);
  let table = new Uint8Array(256);
  const fill = (tokens, name) => {
    const size = (tokens.length + 1) * (name.length + 1);
    if (table.length < size) table = new Uint8Array(Math.max(size, table.length * 2));
    fillTable(tokens, name, path, table);
    return table;
  };
  const matches = (tokens, name) => quickCheck(tokens, name) && fill(tokens, name)[0] === 1;
  return {
    test: (name) => sequences.some((tokens) => matches(tokens, name)),
    rangeKey: (name) => {
      let best;
      for (const tokens of sequences) {
        if (!matches(tokens, name)) continue;
        const key = smallestRanges(tokens, name, path, table);
        if (best === void 0 || compareKeys(key, best) < 0) best = key;
      }
      return best ?? [];
    }
  };
}
function compareKeys(a, b) {
  for (let k = 0; k < Math.min(a.length, b.length); k++) if (a[k] !== b[k]) return a[k] - b[k];
  return a.length - b.length;
}
function quickCheck(tokens, name) {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first === void 0) return name === "";
  if (first.kind === "text" && !name.startsWith(first.text)) return false;
  return last.kind !== "text" || name.endsWith(last.text);
}
function fillTable(tokens, name, path, ok) {
  const n = name.length;
  const w = n + 1;
  const t = tokens.length;
  for (let j = 0; j <= n; j++) ok[t * w + j] = j === n ? 1 : 0;
  for (let i = t - 1; i >= 0; i--) {
    const row = i * w;
    const next = row + w;
    const token = tokens[i];
    const crosses = (j) => !path || name.charCodeAt(j) !== SLASH;
    ok[row + n] = token.kind === "star" || token.kind === "deep" || token.kind === "folders" ? ok[next + n] : 0;
    switch (token.kind) {
      case "text": {
        const length = token.text.length;
        for (let j = 0; j <= n; j++) {
          ok[row + j] = j + length <= n && ok[next + j + length] === 1 && name.startsWith(token.text, j) ? 1 : 0;
        }
        break;
      }
      case "one":
        for (let j = 0; j < n; j++) ok[row + j] = ok[next + j + 1] === 1 && crosses(j) ? 1 : 0;
        break;
      case "star":
        for (let j = n - 1; j >= 0; j--) {
          ok[row + j] = ok[next + j] === 1 || crosses(j) && ok[row + j + 1] === 1 ? 1 : 0;
        }
        break;
      case "deep":
        for (let j = n - 1; j >= 0; j--) ok[row + j] = ok[next + j] | ok[row + j + 1];
        break;
      case "folders": {
        let after = 0;
        for (let j = n - 1; j >= 0; j--) {
          if (name.charCodeAt(j) === SLASH && ok[next + j + 1] === 1) after = 1;
          ok[row + j] = ok[next + j] | after;
        }
        break;
      }
      case "range":
        for (let j = 0; j < n; j++) {
          ok[row + j] = rangeEnds(token, name, j, (end) => ok[next + end] === 1) < 0 ? 0 : 1;
        }
        break;
    }
  }
}
function rangeEnds(token, name, j, rest) {
  let value = 0;
  for (let k = j; k < name.length; k++) {
    const digit = name.charCodeAt(k) - ZERO;
    if (digit < 0 || digit > 9 || k > j && value === 0) break;
    value = value * 10 + digit;
    if (value > token.end) break;
    if (value >= token.start && rest(k + 1)) return value;
  }
  return -1;
}
function smallestRanges(tokens, name, path, ok) {
  const n = name.length;
  const w = n + 1;
  let at = new Uint8Array(w);
  at[0] = 1;
  const key = [];
  tokens.forEach((token, i) => {
    const row = i * w;
    const next = row + w;
    const reach = new Uint8Array(w);
    let live = false;
    let best = Infinity;
    for (let j = 0; j <= n; j++) {
      const here = at[j] === 1 && ok[row + j] === 1;
      if (token.kind === "text" && here) reach[j + token.text.length] = 1;
      else if (token.kind === "one" && here) reach[j + 1] = 1;
      else if (token.kind === "range" && here) {
        const value = rangeEnds(token, name, j, (end) => ok[next + end] === 1);
        if (value >= 0 && value < best) best = value;
      } else if (token.kind !== "text" && token.kind !== "one" && token.kind !== "range") {
        live ||= here;
        if (!live) continue;
        const slash = name.charCodeAt(j) === SLASH;
        if (token.kind !== "folders" || here) reach[j] = 1;
        if (token.kind === "folders" && slash) reach[j + 1] = 1;
        if (token.kind === "star" && path && slash) live = false;
      }
    }
    if (token.kind === "range") {
      key.push(best);
      const digits = String(best).length;
      for (let j = 0; j + digits <= n; j++) {
        if (at[j] === 1 && ok[row + j] === 1 && name.startsWith(String(best), j)) {
          if (ok[next + j + digits] === 1) reach[j + digits] = 1;
        }
      }
    }
    at = reach;
  });
  return key;
}

export {
  keyPath,
  childPath,
  closestKey,
  closestNames,
  unknownNameHint,
  compileKernels,
  instantiate,
  locate,
  parsePattern,
  patternProblem,
  expandNames,
  compileMatcher,
  compareKeys
};
