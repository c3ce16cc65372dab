import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';

/** What a path names, following symlinks. */
export type FileKind =
  | 'file'
  | 'folder'
  | 'FIFO'
  | 'character device'
  | 'block device'
  | 'socket'
  | 'missing'
  | 'under a file';

/** The kind of a `stat` result. */
export function kindOf(info: Stats): FileKind {
  if (info.isFile()) return 'file';
  if (info.isDirectory()) return 'folder';
  if (info.isFIFO()) return 'FIFO';
  if (info.isCharacterDevice()) return 'character device';
  if (info.isBlockDevice()) return 'block device';
  return 'socket';
}

/**
 * What `file` is, found with `stat` alone: a FIFO or device is never opened
 * here (opening a FIFO for reading blocks until a writer comes).
 */
export async function fileKind(file: string): Promise<FileKind> {
  try {
    return kindOf(await stat(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'missing';
    if (code === 'ENOTDIR') return 'under a file';
    throw error;
  }
}

/**
 * Why an input file cannot be read as one, or undefined when it is a
 * regular file (or missing: the reader reports that in its own words).
 */
export async function notRegular(file: string): Promise<string | undefined> {
  const kind = await fileKind(file);
  if (kind === 'file' || kind === 'missing') return undefined;
  if (kind === 'folder') return 'is a folder, expected a file';
  if (kind === 'under a file') return 'lies under a file, not a folder';
  return `is not a regular file (a ${kind}); give a file`;
}
