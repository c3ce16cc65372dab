import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Whether a run of the config at `file` may evaluate on TF.js threads, read
 * before the config is loaded (a run warms its threads while it loads): an
 * ONNX model (`model:` ending in `.onnx`) is evaluated by ONNX Runtime on
 * the main thread, so its run warms none. A quick look at the top-level
 * `model:` line, not a parse: a config it cannot read, or a `model:` it
 * cannot see (flow style, an anchor), counts as TF.js, and the engine,
 * which reads the config whole, stops threads an ONNX suite does not use.
 */
export function mayUseTfjsThreads(file: string, cwd: string): boolean {
  let text: string;
  let fd: number | undefined;
  try {
    // Opened without blocking and read only when it is a regular file: a FIFO in the config's
    // place would block this thread for good (the loader refuses it with its one line).
    fd = openSync(path.resolve(cwd, file), constants.O_RDONLY | constants.O_NONBLOCK);
    if (!fstatSync(fd).isFile()) return true;
    text = readFileSync(fd, 'utf8');
  } catch {
    return true;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const line = /^model[ \t]*:[ \t]*(.*)$/m.exec(text);
  if (line === null) return true;
  const value = line[1]
    .replace(/[ \t]+#.*$/, '')
    .trim()
    .replace(/^(["'])(.*)\1$/, '$2');
  return !value.toLowerCase().endsWith('.onnx');
}
