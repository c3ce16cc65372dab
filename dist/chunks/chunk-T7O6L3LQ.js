import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  InputError
} from "./chunk-YSKLVAJM.js";

// src/files/kind.ts
import { stat } from "node:fs/promises";
function kindOf(info) {
  if (info.isFile()) return "file";
  if (info.isDirectory()) return "folder";
  if (info.isFIFO()) return "FIFO";
  if (info.isCharacterDevice()) return "character device";
  if (info.isBlockDevice()) return "block device";
  return "socket";
}
async function fileKind(file) {
  try {
    return kindOf(await stat(file));
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") return "missing";
    if (code === "ENOTDIR") return "under a file";
    throw error;
  }
}
async function notRegular(file) {
  const kind = await fileKind(file);
  if (kind === "file" || kind === "missing") return void 0;
  if (kind === "folder") return "is a folder, expected a file";
  if (kind === "under a file") return "lies under a file, not a folder";
  return `is not a regular file (a ${kind}); give a file`;
}

// src/config/paths.ts
import { access, realpath, stat as stat2 } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
async function findRoot(dir, cwd) {
  for (let current = resolve(dir); ; current = dirname(current)) {
    if (await exists(join(current, ".git"))) return current;
    if (dirname(current) === current) return resolve(cwd);
  }
}
async function resolveFile(spec) {
  const { given, root, location } = spec;
  const absolute = resolve(spec.base, given);
  const fail = (detail) => {
    throw new InputError(`${JSON.stringify(given)} ${detail}`, location);
  };
  if (!isInside(root, absolute)) fail(`escapes the repository (${root})`);
  let info;
  try {
    info = await stat2(absolute);
  } catch {
    const shown = relative(spec.cwd, absolute);
    fail(`not found${shown === given ? "" : ` (looked for ${shown})`}`);
  }
  const real = await realpath(absolute);
  if (!isInside(await realpath(root), real)) {
    fail(`escapes the repository (${root}) through a symlink to ${real}`);
  }
  if (info?.isDirectory()) {
    const hint = await exists(join(absolute, "model.json")) ? `; did you mean ${JSON.stringify(join(given, "model.json"))}?` : "";
    fail(`is a folder, expected a file${hint}`);
  }
  if (info !== void 0 && !info.isFile()) {
    fail(`is not a regular file (a ${kindOf(info)}); give a file`);
  }
  return absolute;
}
function isInside(root, path) {
  const rel = relative(root, path);
  return rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
async function exists(path) {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

// src/config/key-path.ts
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

// src/config/suggest.ts
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
function closestNames(name, known, count) {
  const wanted = name.toLowerCase();
  return known.map((candidate, order) => ({
    candidate,
    order,
    distance: editDistance(wanted, candidate.toLowerCase())
  })).sort((a, b) => a.distance - b.distance || a.order - b.order).slice(0, count).map((entry) => entry.candidate);
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

export {
  keyPath,
  childPath,
  closestKey,
  closestNames,
  unknownNameHint,
  fileKind,
  notRegular,
  locate,
  findRoot,
  resolveFile,
  isInside
};
