import type { Scaling } from './types.js';
import { InputError } from '../errors.js';
import { childPath } from '../key-path.js';
import { unknownNameHint } from '../pattern/suggest.js';
import { quoteName } from './names.js';
import type { Dataset } from './types.js';

/** Per feature, in feature order: model input = (raw − center) / scale. */
export interface ScalingVectors {
  center: Float64Array;
  scale: Float64Array;
}

/**
 * The center and scale of every feature. A number applies to every
 * feature; a map names features, and the features it leaves out get center
 * 0 and scale 1. No scaling: 0 and 1 everywhere. `location.key` is where
 * the scaling is in the config (`data.scaling`).
 */
export function scalingVectors(
  dataset: Pick<Dataset, 'features' | 'columns'>,
  scaling: Scaling | undefined,
  location: { file: string; key: string },
): ScalingVectors {
  return {
    center: vector(dataset, scaling?.center, 0, 'center', location),
    scale: vector(dataset, scaling?.scale, 1, 'scale', location),
  };
}

function vector(
  { features, columns }: Pick<Dataset, 'features' | 'columns'>,
  spec: number | Record<string, number> | undefined,
  fallback: number,
  part: 'center' | 'scale',
  location: { file: string; key: string },
): Float64Array {
  const key = childPath(location.key, part);
  const check = (value: unknown, where: string): number => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new InputError(`expected a finite number, got ${String(value)}`, {
        file: location.file,
        where,
      });
    }
    if (part === 'scale' && value === 0) {
      throw new InputError('scale must not be 0', { file: location.file, where });
    }
    return value;
  };
  const out = new Float64Array(features.length).fill(fallback);
  if (spec === undefined) return out;
  if (typeof spec !== 'object') return out.fill(check(spec, key));
  const index = new Map(features.map((name, f) => [name, f]));
  for (const [name, value] of Object.entries(spec)) {
    const where = childPath(key, name);
    const f = index.get(name);
    // A shared scaling file may cover columns this suite does not feed the model.
    if (f === undefined && columns.has(name)) continue;
    if (f === undefined) {
      throw new InputError(
        `${quoteName(name)} is not a feature; ${unknownNameHint(name, features, 'features')}`,
        { file: location.file, where },
      );
    }
    out[f] = check(value, where);
  }
  return out;
}
