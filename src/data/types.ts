/** One column of the eval file as read: numbers where every cell parses as one. */
export type Column =
  { kind: 'number'; values: Float64Array } | { kind: 'string'; values: string[] };

/**
 * Columns by name, in file order: the reading half of `Map<string, Column>`
 * (a Map is one). A loaded dataset makes its feature columns on first use.
 */
export interface Columns {
  readonly size: number;
  get(name: string): Column | undefined;
  has(name: string): boolean;
  keys(): Iterable<string>;
  [Symbol.iterator](): Iterator<[string, Column]>;
}

/**
 * The eval data of a suite, ready for the model: the selected feature
 * columns as a row-major matrix of raw (unscaled) values, the labels encoded
 * for the task, and every column of the file kept for `where` filters.
 */
export interface Dataset {
  /** The data file as the user named it (for messages). */
  file: string;
  /** sha256 of the file's bytes: `sha256:<hex>`. */
  hash: string;
  /** Number of examples (rows). */
  n: number;
  /** Every column of the file, in file order, by name. */
  columns: Columns;
  /** Feature names in model-input order. */
  features: string[];
  /** n × features.length raw feature values, row-major. */
  x: Float64Array;
  label: string;
  task: Task;
  /** Class labels in output-index order (classification), else undefined. */
  classes: string[] | undefined;
  /**
   * Per example: the class index (classification) or the target value
   * (regression).
   */
  y: Float64Array;
}

/** The kind of prediction a suite makes: the data's labels decide it unless `data.task` does. */
export const TASKS = ['binary', 'multiclass', 'regression'] as const;
export type Task = (typeof TASKS)[number];

/** A value a `where` condition compares with. */
export type Scalar = string | number | boolean;

/** One condition of a `where` filter, on a feature or the label column. */
export interface Condition {
  eq?: Scalar;
  ne?: Scalar;
  in?: Scalar[];
  lt?: number;
  lte?: number;
  gt?: number;
  gte?: number;
  between?: [number, number];
}

/** Column name → condition; all conditions are ANDed. */
export type Where = Record<string, Condition>;

/**
 * Affine input scaling: model input = (raw − center) / scale. A number
 * applies to every feature; a map names features (the others: 0 and 1).
 */
export interface Scaling {
  center: number | Record<string, number>;
  scale: number | Record<string, number>;
}
