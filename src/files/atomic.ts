import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { untilReleased } from '../process/cleanup.js';

/** Temporary files being written right now, and how to release each one's cleanup. */
const pending = new Map<string, () => void>();

/** Bytes per write call: big writes still yield to the event loop, so a signal is handled mid-write. */
const CHUNK = 1 << 20;

/**
 * Writes a file so that readers see the old content or the new one, never a
 * half-written file: the text goes to a temporary file beside the target,
 * which is then renamed over it (its folder is created if missing). While the write is
 * in progress the temporary file is listed for `removePendingTemporaries`,
 * so that an interrupted process leaves nothing behind.
 */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const temporary = track(file);
  try {
    const handle = await open(temporary, 'wx', 0o644);
    try {
      const bytes = Buffer.from(text, 'utf8');
      for (let at = 0; at < bytes.length; at += CHUNK) {
        await handle.write(bytes, at, Math.min(CHUNK, bytes.length - at));
      }
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    untrack(temporary);
  }
}

/**
 * Creates and removes an empty temporary file beside `file`, as
 * `writeFileAtomic` would: proves, before a long run, that the file can be
 * written. Throws the filesystem's error (EACCES, EROFS, …) when not.
 */
export async function probeWritable(file: string): Promise<void> {
  const temporary = track(file);
  try {
    await (await open(temporary, 'wx', 0o644)).close();
  } finally {
    await rm(temporary, { force: true });
    untrack(temporary);
  }
}

/**
 * A fresh temporary name beside `file`, removed by a signal or an exit
 * while it exists (src/process/cleanup.ts).
 */
function track(file: string): string {
  const name = `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`;
  const temporary = path.join(path.dirname(file), name);
  pending.set(
    temporary,
    untilReleased(() => rmSync(temporary, { force: true })),
  );
  return temporary;
}

function untrack(temporary: string): void {
  pending.get(temporary)?.();
  pending.delete(temporary);
}

/**
 * Removes every temporary file a `writeFileAtomic` still has open, at once
 * and synchronously, as a signal does. Returns the files removed.
 */
export function removePendingTemporaries(): string[] {
  const removed = [...pending.keys()];
  for (const file of removed) {
    rmSync(file, { force: true });
    untrack(file);
  }
  return removed;
}
