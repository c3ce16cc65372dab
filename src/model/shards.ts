import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { notRegular } from '../files/kind.js';

/**
 * The weight shards a model.json lists, as absolute paths (those inside the
 * model's folder): the files a run reads besides model.json. A model.json
 * that cannot be read gives none (the run reports it).
 */
export async function modelShardFiles(file: string): Promise<string[]> {
  if ((await notRegular(file)) !== undefined) return [];
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return [];
  }
  const manifest = isRecord(json) ? json['weightsManifest'] : undefined;
  if (!Array.isArray(manifest)) return [];
  const folder = path.dirname(file);
  return manifest
    .flatMap((group: unknown) =>
      isRecord(group) && Array.isArray(group['paths']) ? (group['paths'] as unknown[]) : [],
    )
    .filter((p): p is string => typeof p === 'string' && p !== '')
    .map((p) => path.resolve(folder, p))
    .filter((p) => !path.relative(folder, p).startsWith('..'));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
