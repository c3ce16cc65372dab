import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  InputError
} from "./chunk-YSKLVAJM.js";

// src/config/paths.ts
import { access, realpath, stat as stat2 } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

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

export {
  fileKind,
  notRegular,
  findRoot,
  resolveFile,
  isInside
};
