import { lstat, readFile, realpath, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../errors.js';
import { probeWritable, writeFileAtomic } from './atomic.js';
import { fileKind } from './kind.js';

/**
 * Where a command writes a document, resolved and checked before anything
 * runs (docs/reliability.md):
 * - `stdout`: the path `-` (or `/dev/stdout`, `/dev/fd/1`);
 * - `device`: a character device, a FIFO, or any path under /dev or /proc
 *   (`/dev/stdout`): opened and written in place, never renamed over;
 * - `file`: a regular file, new or existing, written atomically at its real
 *   path, so a symlink is written through and stays a symlink.
 * `replaces: 'results'` (a results document's `--out`): an existing file
 * there must be empty or a results document, or the path is refused.
 */
export type OutputTarget = (
  | { kind: 'stdout'; flag: string; given: string }
  | { kind: 'device' | 'file'; flag: string; given: string; path: string }
) & { replaces?: 'results' };

/** What an output may replace: `results`, only a results document (or an empty file). */
export interface OutputOptions {
  replaces?: 'results';
}

/** A file the run reads, as messages name it. */
export interface InputFile {
  path: string;
  /** What it is to the run: `the config`, `the model`, `weight shard x.bin`, … */
  role: string;
}

/**
 * Resolves the path given to `flag` (`--out`, `--report`) against `cwd`.
 * Refused (InputError naming the flag): a folder, a path under a file, in a
 * missing folder or in one the process cannot create files in, a dangling
 * symlink, a block device or a socket.
 */
export async function resolveOutput(
  flag: string,
  given: string,
  cwd: string,
  options: OutputOptions = {},
): Promise<OutputTarget> {
  const target = await resolveTarget(flag, given, cwd);
  return options.replaces === undefined ? target : { ...target, replaces: options.replaces };
}

async function resolveTarget(flag: string, given: string, cwd: string): Promise<OutputTarget> {
  if (given === '-') return { kind: 'stdout', flag, given };
  const fail = (detail: string): never => {
    throw new InputError(`${JSON.stringify(given)} ${detail}`, { where: flag });
  };
  if (given === '') fail('is empty; give a file path or - for standard output');
  const absolute = path.resolve(cwd, given);
  // The process's own standard output by name: the same stream as `-`.
  if (['/dev/stdout', '/dev/fd/1', '/proc/self/fd/1'].includes(absolute)) {
    return { kind: 'stdout', flag, given };
  }
  if (/^\/(dev|proc)\//.test(absolute)) {
    const kind = await fileKind(absolute);
    if (kind === 'missing' || kind === 'under a file') fail('does not exist');
    if (kind === 'folder' || kind === 'block device' || kind === 'socket') fail(`is a ${kind}`);
    return { kind: 'device', flag, given, path: absolute };
  }
  const kind = await fileKind(absolute);
  switch (kind) {
    case 'file':
      return { kind: 'file', flag, given, path: await writableAt(await realpath(absolute), fail) };
    case 'FIFO':
    case 'character device':
      return { kind: 'device', flag, given, path: absolute };
    case 'folder':
      return fail('is a folder; give a file path inside it');
    case 'block device':
    case 'socket':
      return fail(`is a ${kind}, not a file`);
    case 'under a file':
      return fail(
        `lies under a file: ${firstFileAbove(absolute, await existingAncestor(absolute))}`,
      );
    case 'missing': {
      if ((await lstat(absolute).catch(() => undefined))?.isSymbolicLink() === true) {
        fail('is a symlink to a file that does not exist');
      }
      const folder = path.dirname(absolute);
      const folderKind = await fileKind(folder);
      if (folderKind === 'missing') fail(`is in a folder that does not exist (${folder})`);
      if (folderKind !== 'folder') {
        fail(`lies under a file: ${firstFileAbove(absolute, await existingAncestor(absolute))}`);
      }
      const real = path.join(await realpath(folder), path.basename(absolute));
      return { kind: 'file', flag, given, path: await writableAt(real, fail) };
    }
  }
}

/**
 * Refuses targets that are, or resolve to, a file the run reads (same real
 * path, or same device and inode: a hard link, another case on a
 * case-insensitive filesystem), and two targets that are one file.
 */
export async function checkOutputs(targets: OutputTarget[], inputs: InputFile[]): Promise<void> {
  const identities = await Promise.all(inputs.map(async (input) => identity(input.path)));
  const seen: { target: OutputTarget; id: Identity }[] = [];
  let stdout: OutputTarget | undefined;
  for (const target of targets) {
    if (target.kind === 'stdout') {
      if (stdout !== undefined) {
        throw new InputError(
          `"-" is standard output, like ${stdout.flag}: give one of them a file`,
          {
            where: target.flag,
          },
        );
      }
      stdout = target;
      continue;
    }
    const id = await identity(target.path);
    const clash = inputs.findIndex((_, i) => same(identities[i], id));
    if (clash >= 0) {
      throw new InputError(
        `${JSON.stringify(target.given)} is ${inputs[clash].role}, which this run reads; ` +
          'refusing to overwrite it (choose another path)',
        { where: target.flag },
      );
    }
    const twin = seen.find((other) => same(other.id, id));
    if (twin !== undefined && target.kind === 'file') {
      throw new InputError(
        `${JSON.stringify(target.given)} is the same file as ${twin.target.flag} ${JSON.stringify(twin.target.given)}`,
        { where: target.flag },
      );
    }
    if (target.kind === 'file' && target.replaces === 'results') await replaceable(target);
    seen.push({ target, id });
  }
}

/**
 * A results document's output may replace an earlier results document (or
 * an empty file), nothing else: a config, a script or a lock file named by
 * mistake stays as it is.
 */
async function replaceable(target: OutputTarget & { path: string }): Promise<void> {
  const text = await readFile(target.path, 'utf8').catch(() => '');
  if (text.trim() === '') return;
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    document = undefined;
  }
  const isResults =
    typeof document === 'object' &&
    document !== null &&
    'schemaVersion' in document &&
    'suite' in document;
  if (!isResults) {
    throw new InputError(
      `${JSON.stringify(target.given)} exists and is not a results document; ` +
        'refusing to overwrite it (choose another path)',
      { where: target.flag },
    );
  }
}

/** Writes `text` to a target resolved by `resolveOutput`. */
export async function writeOutput(
  target: OutputTarget,
  text: string,
  stdout: NodeJS.WritableStream,
): Promise<void> {
  switch (target.kind) {
    case 'stdout':
      await new Promise<void>((resolve, reject) =>
        stdout.write(text, (error) => (error ? reject(error) : resolve())),
      );
      return;
    case 'device':
      await writeFile(target.path, text);
      return;
    case 'file':
      await writeFileAtomic(target.path, text);
  }
}

interface Identity {
  real: string | undefined;
  dev: number | undefined;
  ino: number | undefined;
}

async function identity(file: string): Promise<Identity> {
  const info = await stat(file).catch(() => undefined);
  const real = await realpath(file).catch(() => undefined);
  return { real: real ?? path.resolve(file), dev: info?.dev, ino: info?.ino };
}

function same(a: Identity, b: Identity): boolean {
  if (a.real !== undefined && a.real === b.real) return true;
  return a.ino !== undefined && a.ino !== 0 && a.ino === b.ino && a.dev === b.dev;
}

/**
 * Checks that a file can be created in the target's folder (read-only
 * folders and filesystems fail here, not after the run). Returns the target.
 */
async function writableAt(target: string, fail: (detail: string) => never): Promise<string> {
  try {
    await probeWritable(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    const why =
      code === 'EROFS'
        ? 'read-only filesystem'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code;
    return fail(`cannot be written: cannot create files in ${path.dirname(target)} (${why})`);
  }
  return target;
}

async function existingAncestor(file: string): Promise<string> {
  let current = path.dirname(file);
  while ((await fileKind(current)) !== 'folder' && path.dirname(current) !== current) {
    current = path.dirname(current);
  }
  return current;
}

/** The first path below `folder` on the way to `file`: the file that stands where a folder should. */
function firstFileAbove(file: string, folder: string): string {
  const rest = path.relative(folder, file).split(path.sep);
  return `${path.join(folder, rest[0])} is not a folder`;
}
