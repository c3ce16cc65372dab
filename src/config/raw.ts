import type { Static } from '@sinclair/typebox';
import type { conditionSchema, configSchema, modelUnitTestSchema } from './schema.js';

/**
 * `ablation.yml` as written, once it has passed the schema: kebab-case keys,
 * optional keys still absent. The type of the declaration (schema.ts), not
 * written by hand. Only build.ts and train.ts read it.
 */
export type RawConfig = Static<typeof configSchema>;

/** One entry of `tests`, as written. */
export type RawTest = Static<typeof modelUnitTestSchema>;

/** One condition of a test's `where`, as written. */
export type RawCondition = Static<typeof conditionSchema>;
