import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { DEFAULTS } from '../../src/config/defaults.js';
import { InputError } from '../../src/errors.js';
import { prepareSuite } from '../../src/suite/prepare.js';
import { makeRepo, type TempRepo } from '../config/repo.js';
import { useWasm } from '../helpers/backend.js';

const BASE = `suite: s
model: models/credit/model.json
data:
  eval: data/eval.csv
  label: default
`;

let repo: TempRepo;
beforeAll(() => {
  repo = makeRepo();
});
afterAll(() => repo.remove());

const load = (yaml: string) => loadConfig(repo.write('ablation.yml', yaml), { cwd: repo.dir });

describe('ablations.sensitivity', () => {
  it('takes its defaults: no components, both layer noises, std, gaussian, the log grid, the run’s repeats', async () => {
    const config = await load(
      `${BASE}repeats: 7\nablations:\n  sensitivity:\n    features: [age]\n    grid: [1, 0.1, 0]\n`,
    );
    expect(config.ablations.sensitivity).toEqual({
      layers: [],
      features: ['age'],
      groups: [],
      layerNoise: ['weights', 'output'],
      scale: 'std',
      draws: 'permutation',
      grid: [0, 0.1, 1],
      repeats: 7,
    });
    const defaults = await load(`${BASE}ablations:\n  sensitivity: {}\n`);
    expect(defaults.ablations.sensitivity!.grid).toEqual(DEFAULTS.sensitivityGrid);
    expect(
      DEFAULTS.sensitivityGrid.map((s, k) => Math.abs(s - 10 ** (-2 + 0.4 * k)) < 1e-6),
    ).toEqual(Array(6).fill(true));
    expect((await load(BASE)).ablations.sensitivity).toBeUndefined();
  });

  it.each([
    ['a noise level above 1', 'grid: [0.5, 2]', 'ablations.sensitivity.grid[1]'],
    ['an unknown layer noise', 'layer-noise: [bias]', 'ablations.sensitivity.layer-noise[0]'],
    ['a negative scale', 'scale: -1', 'ablations.sensitivity.scale'],
    ['an unknown key', 'levels: [0.1]', 'ablations.sensitivity'],
  ])('refuses %s, naming the key', async (_, line, key) => {
    const error = await load(`${BASE}ablations:\n  sensitivity:\n    ${line}\n`).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect(String((error as Error).message)).toContain(key);
  });
});

describe('ablations.sensitivity against the model and data', () => {
  beforeAll(useWasm);
  it.each([
    [
      'a group ablations.groups does not define',
      { groups: ['nope'] },
      'ablations.sensitivity.groups[0]',
    ],
    [
      'a layer the model does not have',
      { layers: ['hidden_9'] },
      'ablations.sensitivity.layers[0]',
    ],
    [
      'a feature the data does not have',
      { features: ['age'] },
      'ablations.sensitivity.features[0]',
    ],
  ])('refuses %s before evaluating', async (_, edit, key) => {
    const config = await loadConfig('examples/breast-cancer/ablation.yml', { cwd: process.cwd() });
    const sensitivity = {
      ...config.ablations,
      sensitivity: {
        ...(await load(`${BASE}ablations:\n  sensitivity: {}\n`)).ablations.sensitivity!,
        ...edit,
      },
    };
    const error = await prepareSuite({ ...config, ablations: sensitivity }, process.cwd()).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect(String((error as InputError).message) + JSON.stringify(error)).toContain(key);
  });
});
