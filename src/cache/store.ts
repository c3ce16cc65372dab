import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** What the cache keeps of one (variant, seed) training run. */
export interface CachedRun {
  status: 'ok' | 'timed-out';
  ms: number;
  trainMs: number | null;
  width: number;
  /** Float32 eval outputs, base64 (little-endian); empty when timed out. */
  outputs: string;
}

/**
 * The retrain cache: one JSON file per key under `<folder>/runs/`, so that
 * `actions/cache` can save and restore the folder whole. A missing or
 * unreadable entry is a miss.
 */
export class RunCache {
  constructor(readonly folder: string) {}

  private file(key: string): string {
    return path.join(this.folder, 'runs', `${key}.json`);
  }

  async read(key: string): Promise<CachedRun | undefined> {
    try {
      const entry = JSON.parse(await readFile(this.file(key), 'utf8')) as CachedRun;
      return entry.status === 'ok' || entry.status === 'timed-out' ? entry : undefined;
    } catch {
      return undefined;
    }
  }

  async write(key: string, entry: CachedRun): Promise<void> {
    const file = this.file(key);
    await mkdir(path.dirname(file), { recursive: true });
    // Write then rename: a run stopped halfway never leaves half an entry.
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(entry));
    await rename(temporary, file);
  }

  /** The folder where the model trained for `key` is kept (the retrained baseline). */
  modelFolder(key: string): string {
    return path.join(this.folder, 'models', key);
  }
}

export function encodeOutputs(outputs: Float32Array): string {
  return Buffer.from(outputs.buffer, outputs.byteOffset, outputs.byteLength).toString('base64');
}

export function decodeOutputs(text: string): Float32Array {
  const bytes = Buffer.from(text, 'base64');
  return new Float32Array(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  );
}
