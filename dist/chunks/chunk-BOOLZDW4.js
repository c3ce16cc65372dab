import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));

// src/process/scrub.ts
import { closeSync, openSync, readFileSync, writeSync } from "node:fs";
function blankEnvironBlock() {
  let start;
  let end;
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    [start, end] = [Number(fields[47]), Number(fields[48])];
  } catch {
    return false;
  }
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end <= start) return false;
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== void 0) process.env[name] = value;
  }
  let fd;
  try {
    fd = openSync("/proc/self/mem", "r+");
    writeSync(fd, Buffer.alloc(end - start), 0, end - start, start);
    return true;
  } catch {
    return false;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}

// src/pool/needs.ts
import { closeSync as closeSync2, constants, fstatSync, openSync as openSync2, readFileSync as readFileSync2 } from "node:fs";
import path from "node:path";
function mayUseTfjsThreads(file, cwd) {
  let text;
  let fd;
  try {
    fd = openSync2(path.resolve(cwd, file), constants.O_RDONLY | constants.O_NONBLOCK);
    if (!fstatSync(fd).isFile()) return true;
    text = readFileSync2(fd, "utf8");
  } catch {
    return true;
  } finally {
    if (fd !== void 0) closeSync2(fd);
  }
  const line = /^model[ \t]*:[ \t]*(.*)$/m.exec(text);
  if (line === null) return true;
  const value = line[1].replace(/[ \t]+#.*$/, "").trim().replace(/^(["'])(.*)\1$/, "$2");
  return !value.toLowerCase().endsWith(".onnx");
}

export {
  mayUseTfjsThreads,
  blankEnvironBlock
};
