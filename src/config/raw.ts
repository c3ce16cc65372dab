import type {
  FeatureMode,
  GateCondition,
  LayerMode,
  LayerNoise,
  MetricName,
  Scaling,
  Task,
} from './types.js';

/**
 * `ablation.yml` as written, once it has passed the schema: kebab-case keys,
 * optional keys still absent. Only build.ts reads it.
 */
export interface RawConfig {
  suite: string;
  model?: string;
  data: {
    eval: string;
    train?: string;
    label: string;
    features?: string[];
    task?: Task;
    classes?: (string | number)[];
    scaling?: string | Partial<Scaling>;
  };
  metrics?: MetricName[];
  seed?: number;
  repeats?: number;
  resamples?: number;
  workers?: number;
  'time-limit'?: number | string;
  ablations?: {
    layers?: 'all' | string[];
    'layer-modes'?: LayerMode[];
    features?: 'all' | string[];
    'feature-modes'?: FeatureMode[];
    groups?: Record<string, { layers?: string[]; features?: string[] }>;
    retrain?: Record<string, Record<string, string | number | boolean | string[]>>;
    sensitivity?: {
      layers?: string[];
      features?: 'all' | string[];
      groups?: string[];
      'layer-noise'?: LayerNoise[];
      scale?: 'std' | number;
      draws?: 'gaussian' | 'permutation';
      grid?: number[];
      repeats?: number;
    };
  };
  train?: {
    module?: string;
    command?: string;
    inputs?: string[];
    env?: string[];
    seeds?: number;
    'time-limit'?: string | number;
    cache?: string;
  };
  tests?: RawTest[];
  gate?: {
    'fail-on'?: GateCondition[];
    regression?: { metric?: MetricName; tolerance?: number; alpha?: number };
  };
}

export interface RawTest {
  name: string;
  where?: Record<string, RawCondition>;
  metric: MetricName;
  threshold: string | number;
  'min-examples'?: number;
  class?: string | number;
}

export interface RawCondition {
  eq?: string | number | boolean;
  ne?: string | number | boolean;
  in?: (string | number | boolean)[];
  lt?: number;
  lte?: number;
  gt?: number;
  gte?: number;
  between?: number[];
}
