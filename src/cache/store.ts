import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
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

/** Reading a cache entry: a hit, a miss (no entry), or an entry that cannot be used, and why. */
export type CacheRead =
  { entry: CachedRun; outputs: Float32Array | undefined } | { entry?: undefined; problem?: string };

/**
 * The retrain cache: one JSON file per key under `<folder>/runs/`, so that
 * `actions/cache` can save and restore the folder whole.
 */
export class RunCache {
  constructor(readonly folder: string) {}

  /** The entry file of `key`. */
  file(key: string): string {
    return path.join(this.folder, 'runs', `${key}.json`);
  }

  /**
   * The entry of `key`: a missing file is a plain miss; one that is not
   * JSON or not a well-formed entry is a miss with the problem, for a
   * warning (whether its outputs fit the suite is the caller's to check).
   */
  async read(key: string): Promise<CacheRead> {
    let text: string;
    try {
      text = await readFile(this.file(key), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code === 'ENOENT' ? {} : { problem: `cannot be read (${code ?? 'error'})` };
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return { problem: 'is not JSON' };
    }
    const problem = cachedRunProblem(value);
    if (problem !== undefined) return { problem };
    const entry = value as CachedRun;
    return { entry, outputs: entry.status === 'ok' ? decodeOutputs(entry.outputs) : undefined };
  }

  async write(key: string, entry: CachedRun): Promise<void> {
    const file = this.file(key);
    await mkdir(path.dirname(file), { recursive: true });
    // Write then rename: a run stopped halfway never leaves half an entry; a name of its own,
    // so that two runs writing one key at once do not share a temporary file.
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(temporary, JSON.stringify(entry));
    await rename(temporary, file);
  }

  /** The folder where the model trained for `key` is kept (the retrained baseline). */
  modelFolder(key: string): string {
    return path.join(this.folder, 'models', key);
  }

  /**
   * Moves a model saved in `saved` (a folder of its own) to `modelFolder(key)`.
   * When another run put it there first, that one stays: the same key, the same model.
   */
  async keepModel(key: string, saved: string): Promise<void> {
    try {
      await rename(saved, this.modelFolder(key));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
      await rm(saved, { recursive: true, force: true });
    }
  }

  /**
   * A new folder for one run's files: `<folder>/<area>/<name>-XXXXXX`, its
   * own even when another run of the same checkout works beside it.
   */
  async workFolder(area: 'work' | 'models', name: string): Promise<string> {
    await mkdir(path.join(this.folder, area), { recursive: true });
    return mkdtemp(path.join(this.folder, area, `${name}-`));
  }
}

const STATUSES = new Set(['ok', 'timed-out']);
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Why `value` is not a well-formed {@link CachedRun}, naming the field; undefined when it is one. */
export function cachedRunProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'is not an entry (a JSON object)';
  }
  const entry = value as Record<string, unknown>;
  const count = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  if (!STATUSES.has(entry.status as string)) return 'status: expected "ok" or "timed-out"';
  if (!count(entry.ms)) return 'ms: expected a number of milliseconds';
  if (entry.trainMs !== null && !count(entry.trainMs)) {
    return 'trainMs: expected a number of milliseconds or null';
  }
  if (typeof entry.outputs !== 'string' || !BASE64.test(entry.outputs)) {
    return 'outputs: expected base64';
  }
  if (entry.status === 'timed-out') return undefined;
  if (!(Number.isSafeInteger(entry.width) && (entry.width as number) >= 1)) {
    return 'width: expected a whole number of outputs per example';
  }
  const bytes = (entry.outputs.length / 4) * 3 - (entry.outputs.match(/=*$/)?.[0].length ?? 0);
  if (bytes === 0 || bytes % (4 * (entry.width as number)) !== 0) {
    return `outputs: ${bytes} bytes are not rows of ${entry.width as number} 32-bit floats`;
  }
  return undefined;
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
