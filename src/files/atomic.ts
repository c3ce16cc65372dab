import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Temporary files being written right now: what a signal handler must remove. */
const pending = new Set<string>();

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
  const temporary = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  await mkdir(dir, { recursive: true });
  pending.add(temporary);
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
    pending.delete(temporary);
  }
}

/**
 * Removes every temporary file a `writeFileAtomic` still has open, at once
 * and synchronously: it runs in a signal handler right before the process
 * exits. Returns the files removed.
 */
export function removePendingTemporaries(): string[] {
  const removed = [...pending];
  for (const file of removed) {
    rmSync(file, { force: true });
    pending.delete(file);
  }
  return removed;
}
