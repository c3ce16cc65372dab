import { Ajv, type SchemaObject, type ValidateFunction } from 'ajv';
import { runOutputsProblem, type OutputShape } from './outputs.js';

/**
 * The predictions file a command suite writes (schema/predictions.schema.json
 * is this schema, published): `{"outputs": [...]}` with one row per eval
 * example, in the eval file's order. A row is the model's outputs for the
 * example: class probabilities in `classes` order (or one probability of the
 * positive class for a binary task), or the prediction for regression; a
 * bare number is a row of one.
 */
export const predictionsSchema: SchemaObject = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/ablation-ci/ablation-ci/schema/predictions.schema.json',
  title: 'ablation-ci command suite predictions',
  type: 'object',
  required: ['outputs'],
  additionalProperties: false,
  properties: {
    outputs: {
      type: 'array',
      minItems: 1,
      items: {
        anyOf: [{ type: 'number' }, { type: 'array', minItems: 1, items: { type: 'number' } }],
      },
    },
  },
};

let validate: ValidateFunction | undefined;

/**
 * The outputs of a parsed predictions document, n × width row-major, or
 * the reason it is not one (the schema, then: n rows, equal widths,
 * numbers a 32-bit float holds, a width the task takes).
 */
export function readPredictions(
  document: unknown,
  shape: OutputShape,
): { outputs: Float32Array; width: number } | { error: string } {
  const { n } = shape;
  validate ??= new Ajv({ allErrors: false, strict: true, allowUnionTypes: true }).compile(
    predictionsSchema,
  );
  if (!validate(document)) {
    const [first] = validate.errors ?? [];
    const where = first?.instancePath === '' ? 'the document' : first?.instancePath;
    return {
      error: `${where} ${first?.message ?? 'is invalid'} (expected {"outputs": [[...], ...]})`,
    };
  }
  const rows = (document as { outputs: (number | number[])[] }).outputs.map((row) =>
    typeof row === 'number' ? [row] : row,
  );
  if (rows.length !== n) {
    return { error: `expected ${n} rows of outputs (one per eval example), got ${rows.length}` };
  }
  const width = rows[0].length;
  const outputs = new Float32Array(n * width);
  for (let i = 0; i < n; i++) {
    if (rows[i].length !== width) {
      return { error: `row ${i + 1} has ${rows[i].length} outputs, row 1 has ${width}` };
    }
    for (let j = 0; j < width; j++) {
      const value = rows[i][j];
      if (!Number.isFinite(value))
        return { error: `row ${i + 1}: ${value} is not a finite number` };
      // Outputs are 32-bit floats, as a TF.js model's: past ±3.4e38 a value would become ±Infinity.
      if (!Number.isFinite(Math.fround(value))) {
        return {
          error: `row ${i + 1}: ${value} is outside the range of a 32-bit float (±3.4e38)`,
        };
      }
      outputs[i * width + j] = value;
    }
  }
  const problem = runOutputsProblem(outputs, width, shape);
  return problem === undefined ? { outputs, width } : { error: problem };
}
