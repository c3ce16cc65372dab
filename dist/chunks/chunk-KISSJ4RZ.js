import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  shardComponents,
  spawnThread,
  threadError
} from "./chunk-2JP7IANX.js";
import {
  Evaluator,
  allocateOutputs,
  buildGraph,
  compileKernels,
  configError,
  instantiate,
  loadModel,
  placeUnit,
  planComponents,
  planUnits,
  unitLength
} from "./chunk-46MOVVUT.js";
import {
  DATA_EXTENSIONS_TEXT,
  METRICS,
  aucOfColumns,
  benjaminiHochberg,
  binomialCdf,
  binomialSf,
  bootstrapCounts,
  classCounter,
  computeMetric,
  countReader,
  dataFormat,
  encodeSlice,
  exampleLogLosses,
  isCountMetric,
  metricApplies,
  percentileInterval,
  prepareMetric,
  proportionCounts,
  rankedColumns,
  showDuration,
  subset,
  toPredictions
} from "./chunk-ETBKEFJ4.js";
import {
  childPath,
  locate,
  unknownNameHint
} from "./chunk-T7O6L3LQ.js";
import {
  Rng
} from "./chunk-CGUDVJKI.js";
import {
  InputError,
  errorMessage
} from "./chunk-YSKLVAJM.js";

// src/suite/prepare.ts
import path from "node:path";

// src/data/load.ts
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { extname } from "node:path";

// src/data/names.ts
function quoteName(name) {
  return JSON.stringify(name);
}
function quoteCell(text) {
  const short = text.length > 40 ? `${text.slice(0, 39)}\u2026` : text;
  return JSON.stringify(short);
}

// src/data/columns.ts
var POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
function cellNumber(cell) {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : NaN;
  if (cell.length === 0) return NaN;
  const value = Number(cell);
  if (!Number.isFinite(value)) return NaN;
  if (value === 0 && cell.trim() === "") return NaN;
  return value;
}
function plainDecimal(text, start, end) {
  let i = start;
  let c = text.charCodeAt(i);
  const negative = c === 45;
  if (negative || c === 43) i++;
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let point = false;
  for (; i < end; i++) {
    c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (point) scale++;
    } else if (c === 46 && !point) {
      point = true;
    } else {
      return NaN;
    }
  }
  return decimalValue(mantissa, digits, scale, negative);
}
function decimalValue(mantissa, digits, scale, negative) {
  if (digits === 0 || digits > 15) return NaN;
  const value = scale === 0 ? mantissa : mantissa / POW10[scale];
  return negative ? -value : value;
}
function cellText(cell) {
  return typeof cell === "number" ? String(cell) : cell;
}
function buildColumn(cells) {
  const values = new Float64Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const value = cellNumber(cells[i]);
    if (Number.isNaN(value)) return { kind: "string", values: cells.map(cellText) };
    values[i] = value;
  }
  return { kind: "number", values };
}
function firstNonNumber(cells) {
  for (let i = 0; i < cells.length; i++) if (Number.isNaN(cellNumber(cells[i]))) return i;
  return -1;
}
function describeNonNumber(text) {
  const trimmed = text.trim();
  if (trimmed === "") return "an empty cell";
  if (/^[+-]?nan$/i.test(trimmed)) return `${quoteCell(text)} (NaN)`;
  const value = Number(trimmed);
  if (/^[+-]?inf(inity)?$/i.test(trimmed) || value === Infinity || value === -Infinity) {
    return `${quoteCell(text)} (infinite)`;
  }
  return `${quoteCell(text)} (non-numeric)`;
}

// src/data/csv-fields.ts
var QUOTE = 34;
var COMMA = 44;
var LF = 10;
var CR = 13;
var MINUS = 45;
var PLUS = 43;
var POINT = 46;
var DIGIT_0 = 48;
var DIGIT_9 = 57;
var FieldScanner = class {
  constructor(text, file, capacity = 1024) {
    this.text = text;
    this.file = file;
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.values = new Float64Array(capacity);
  }
  text;
  file;
  starts;
  ends;
  values;
  /** Fields stored. */
  count = 0;
  /** Where the next record starts, and its 1-based line. */
  at = 0;
  line = 1;
  /**
   * Skips blank lines; false at the end of the text. Otherwise `at` and
   * `line` are where the next record starts.
   */
  nextRecord() {
    const { text } = this;
    let i = this.at;
    while (i < text.length) {
      const first = text.charCodeAt(i);
      if (first !== LF && first !== CR) break;
      i += first === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      this.line++;
    }
    this.at = i;
    return i < text.length;
  }
  /**
   * Reads the record at `at`, appending its fields; returns how many it has.
   * `row` names it in messages: 0 the header, else the data row's number.
   */
  readRecord(row) {
    const { text } = this;
    const n = text.length;
    let { starts, ends, values } = this;
    let k = this.count;
    const first = k;
    let i = this.at;
    let line = this.line;
    for (; ; ) {
      if (k === starts.length) ({ starts, ends, values } = this.grow());
      if (text.charCodeAt(i) === QUOTE) {
        const openLine = line;
        const start = ++i;
        let close = text.indexOf('"', i);
        while (close >= 0 && text.charCodeAt(close + 1) === QUOTE) {
          close = text.indexOf('"', close + 2);
        }
        if (close < 0) this.fail('unterminated quoted field (no closing ")', row, openLine);
        line += countLineBreaks(text, start, close);
        starts[k] = start;
        ends[k] = close;
        values[k] = plainDecimal(text, start, close);
        i = close + 1;
        const next = text.charCodeAt(i);
        if (i < n && next !== COMMA && next !== LF && next !== CR) {
          this.fail(`unexpected ${JSON.stringify(text[i])} after a closing quote`, row, line);
        }
      } else {
        starts[k] = i;
        let c2 = text.charCodeAt(i);
        const negative = c2 === MINUS;
        if (negative || c2 === PLUS) i++;
        let mantissa = 0;
        let digits = 0;
        let scale = 0;
        let point = false;
        let plain = true;
        for (; i < n; i++) {
          c2 = text.charCodeAt(i);
          if (c2 >= DIGIT_0 && c2 <= DIGIT_9) {
            mantissa = mantissa * 10 + (c2 - DIGIT_0);
            digits++;
            if (point) scale++;
          } else if (c2 === COMMA || c2 === LF || c2 === CR) {
            break;
          } else if (c2 === POINT && !point) {
            point = true;
          } else {
            plain = false;
          }
        }
        ends[k] = i;
        values[k] = plain ? decimalValue(mantissa, digits, scale, negative) : NaN;
      }
      k++;
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i++;
        continue;
      }
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      break;
    }
    this.count = k;
    this.at = i;
    this.line = line;
    return k - first;
  }
  /**
   * Drops the stored fields and makes room for those of the rest of the
   * text, in records of m fields: m per line left (lines counted by LF, or
   * by CR in a file without LF), and never more than one per character
   * left (every field but the last ends with a delimiter).
   */
  restart(m) {
    const { text, at: at2 } = this;
    const count = (char) => {
      let lines2 = 0;
      for (let i = text.indexOf(char, at2); i >= 0; i = text.indexOf(char, i + 1)) lines2++;
      return lines2;
    };
    const lines = count("\n") || count("\r");
    const capacity = Math.max(1, Math.min(m * (lines + 1), text.length - at2 + 1));
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.values = new Float64Array(capacity);
    this.count = 0;
  }
  /** Throws the InputError for record `row` (0: the header) at `line`. */
  fail(message, row, line) {
    const where = row === 0 ? "header" : `row ${row}`;
    throw new InputError(message, { file: this.file, where, line });
  }
  /** Doubles the capacity, keeping what is stored. */
  grow() {
    const length = this.starts.length * 2;
    const starts = new Int32Array(length);
    const ends = new Int32Array(length);
    const values = new Float64Array(length);
    starts.set(this.starts);
    ends.set(this.ends);
    values.set(this.values);
    this.starts = starts;
    this.ends = ends;
    this.values = values;
    return this;
  }
};
function fieldText(text, start, end) {
  const raw = text.slice(start, end);
  return start > 0 && text.charCodeAt(start - 1) === QUOTE ? raw.replaceAll('""', '"') : raw;
}
function countLineBreaks(text, from, to) {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === LF || c === CR && text.charCodeAt(k + 1) !== LF) count++;
  }
  return count;
}

// src/data/csv.ts
function parseCsv(text, file) {
  return typeColumns(text, tokenize(text, file));
}
function tokenize(text, file) {
  const scanner = new FieldScanner(text, file);
  if (!scanner.nextRecord()) throw new InputError("empty file: expected a header row", { file });
  const headerLine = scanner.line;
  const count = scanner.readRecord(0);
  const names = [];
  for (let h = 0; h < count; h++) {
    names.push(fieldText(text, scanner.starts[h], scanner.ends[h]).trim());
  }
  checkHeader(names, file, headerLine);
  const m = names.length;
  scanner.restart(m);
  const lines = [];
  while (scanner.nextRecord()) {
    const line = scanner.line;
    const count2 = scanner.readRecord(lines.length + 1);
    if (count2 !== m) {
      scanner.fail(`expected ${m} fields (as in the header), got ${count2}`, lines.length + 1, line);
    }
    lines.push(line);
  }
  const k = scanner.count;
  return {
    names,
    rows: lines.length,
    starts: scanner.starts.subarray(0, k),
    ends: scanner.ends.subarray(0, k),
    values: scanner.values.subarray(0, k),
    lines: Int32Array.from(lines)
  };
}
function typeColumns(text, fields) {
  const { names, rows, starts, ends, values } = fields;
  const m = names.length;
  const numeric = new Uint8Array(m).fill(1);
  for (let k = 0; k < values.length; k++) {
    if (values[k] === values[k]) continue;
    const j = k % m;
    if (numeric[j] === 0) continue;
    const value = cellNumber(fieldText(text, starts[k], ends[k]));
    if (Number.isNaN(value)) numeric[j] = 0;
    else values[k] = value;
  }
  const made = [];
  for (let j = 0; j < m; j++) {
    if (numeric[j] === 1) continue;
    const texts = new Array(rows);
    for (let i = 0, k = j; i < rows; i++, k += m) texts[i] = fieldText(text, starts[k], ends[k]);
    made[j] = { kind: "string", values: texts };
  }
  const column = (j) => made[j] ??= numberColumn(values, rows, m, j);
  return { names, numeric, column, rows, lines: fields.lines, cells: values };
}
function numberColumn(cells, rows, m, j) {
  const values = new Float64Array(rows);
  for (let i = 0; i < rows; i++) values[i] = cells[i * m + j];
  return { kind: "number", values };
}
function checkHeader(names, file, line) {
  const seen = /* @__PURE__ */ new Set();
  names.forEach((name, j) => {
    if (name === "") {
      throw new InputError(`column ${j + 1} has no name`, { file, where: "header", line });
    }
    if (seen.has(name)) {
      throw new InputError(`duplicate column name ${quoteName(name)}`, {
        file,
        where: "header",
        line
      });
    }
    seen.add(name);
  });
}

// src/data/table.ts
function tableOf(names, columns, rows, lines) {
  return {
    names,
    numeric: Uint8Array.from(columns, (column) => column.kind === "number" ? 1 : 0),
    column: (j) => columns[j],
    rows,
    lines
  };
}
function otherColumns(table, features) {
  const isFeature = new Uint8Array(table.names.length);
  for (const j of features) isFeature[j] = 1;
  const made = [];
  for (let j = 0; j < table.names.length; j++) if (isFeature[j] === 0) made[j] = table.column(j);
  return made;
}
var DataColumns = class {
  /** `others` holds every column that is not a feature (see `otherColumns`); it is taken over. */
  constructor(names, rows, others, features, x) {
    this.names = names;
    this.rows = rows;
    this.features = features;
    this.x = x;
    this.made = others;
    this.featureAt = new Int32Array(names.length).fill(-1);
    features.forEach((j, f) => this.featureAt[j] = f);
  }
  names;
  rows;
  features;
  x;
  made;
  /** Per column: its position among the features, or -1. */
  featureAt;
  index;
  get size() {
    return this.names.length;
  }
  get(name) {
    const j = this.indexOf(name);
    return j === void 0 ? void 0 : this.column(j);
  }
  has(name) {
    return this.indexOf(name) !== void 0;
  }
  keys() {
    return this.names.values();
  }
  *[Symbol.iterator]() {
    for (let j = 0; j < this.names.length; j++) yield [this.names[j], this.column(j)];
  }
  column(j) {
    let column = this.made[j];
    if (column === void 0) {
      const f = this.featureAt[j];
      const d = this.features.length;
      const values = new Float64Array(this.rows);
      for (let i = 0; i < this.rows; i++) values[i] = this.x[i * d + f];
      column = this.made[j] = { kind: "number", values };
    }
    return column;
  }
  indexOf(name) {
    this.index ??= new Map(this.names.map((known, j) => [known, j]));
    return this.index.get(name);
  }
};
function rowLocation(table, i, column) {
  const where = column === void 0 ? `row ${i + 1}` : `row ${i + 1}, column ${JSON.stringify(column)}`;
  return { where, line: table.lines?.[i] };
}

// src/data/json.ts
function parseJsonLines(text, file) {
  const builder = new RecordTable(file, true);
  let line = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    line++;
    const source = text.slice(start, end).trim();
    start = end + 1;
    if (source === "") continue;
    let record;
    try {
      record = JSON.parse(source);
    } catch (error) {
      throw new InputError(`invalid JSON: ${errorMessage(error)}`, {
        file,
        where: `row ${builder.rows + 1}`,
        line
      });
    }
    builder.add(record, line);
  }
  return builder.table();
}
function parseJsonArray(text, file) {
  let records;
  try {
    records = JSON.parse(text);
  } catch (error) {
    throw new InputError(`invalid JSON: ${errorMessage(error)}`, { file });
  }
  if (!Array.isArray(records)) {
    throw new InputError(`expected an array of records, got ${describeValue(records)}`, { file });
  }
  const builder = new RecordTable(file, false);
  for (const record of records) builder.add(record, void 0);
  return builder.table();
}
var RecordTable = class {
  constructor(file, hasLines) {
    this.file = file;
    this.hasLines = hasLines;
  }
  file;
  hasLines;
  rows = 0;
  names;
  index = /* @__PURE__ */ new Map();
  cells = [];
  lines = [];
  add(record, line) {
    const where = `row ${this.rows + 1}`;
    const location = { file: this.file, where, line };
    if (typeof record !== "object" || record === null || Array.isArray(record)) {
      throw new InputError(`expected an object, got ${describeValue(record)}`, location);
    }
    const entries = Object.entries(record);
    if (this.names === void 0) {
      this.names = entries.map(([key]) => key);
      this.names.forEach((name, j) => {
        if (name.trim() === "") throw new InputError("a key is empty", location);
        this.index.set(name, j);
      });
      this.cells = this.names.map(() => []);
    }
    if (entries.length < this.names.length) {
      const missing = this.names.find((name) => !Object.hasOwn(record, name)) ?? "";
      throw new InputError(`missing key ${quoteName(missing)}`, location);
    }
    for (const [key, value] of entries) {
      const j = this.index.get(key);
      if (j === void 0) {
        throw new InputError(
          `unexpected key ${quoteName(key)} (not in the first record)`,
          location
        );
      }
      this.cells[j].push(cellOf(value, key, location));
    }
    if (line !== void 0) this.lines.push(line);
    this.rows++;
  }
  table() {
    return tableOf(
      this.names ?? [],
      this.cells.map(buildColumn),
      this.rows,
      this.hasLines ? Int32Array.from(this.lines) : void 0
    );
  }
};
function cellOf(value, key, location) {
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return String(value);
  if (value === null) return "";
  throw new InputError(
    `key ${quoteName(key)}: expected a number, string, boolean or null, got ${describeValue(value)}`,
    location
  );
}
function describeValue(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

// src/data/labels.ts
var MAX_INFERRED_CLASSES = 10;
function encodeLabels(spec) {
  const { column } = spec;
  if (column.kind === "string") {
    const i = column.values.findIndex((text) => text.trim() === "");
    if (i >= 0) throw new InputError("the label is empty", at(spec, i));
  }
  const classes = spec.classes === void 0 ? void 0 : checkClasses(spec.classes, spec);
  const task = spec.task ?? inferTask(spec, classes);
  if (task === "binary" && classes !== void 0 && classes.length !== 2) {
    throw new InputError(`a binary task needs exactly 2 classes, got ${classes.length}`, {
      file: spec.configFile,
      where: "data.classes"
    });
  }
  if (task === "regression") {
    if (classes !== void 0) {
      throw new InputError("not used for a regression task", {
        file: spec.configFile,
        where: "data.classes"
      });
    }
    if (column.kind === "string") {
      const i = firstNonNumber(column.values);
      throw new InputError(
        `regression labels must be numbers, got ${describeNonNumber(column.values[i])}`,
        at(spec, i)
      );
    }
    return { task, classes: void 0, y: Float64Array.from(column.values) };
  }
  const encoded = classes === void 0 ? encodeDistinct(column) : encodeGiven(classes, spec);
  const name = quoteName(spec.name);
  if (task === "binary" && encoded.classes.length !== 2) {
    throw new InputError(
      `a binary task needs 2 classes, but label column ${name} has ${encoded.classes.length} distinct value(s): ${listClasses(encoded.classes)}; check data.task, or set data.classes`,
      { file: spec.file }
    );
  }
  if (encoded.classes.length < 2) {
    throw new InputError(
      `label column ${name} has a single value ${quoteCell(encoded.classes[0])}; set data.classes to every class of the model`,
      { file: spec.file }
    );
  }
  return { task, ...encoded };
}
function at(spec, i) {
  return { file: spec.file, ...rowLocation(spec, i, spec.name) };
}
function inferTask(spec, classes) {
  if (classes !== void 0) return classes.length === 2 ? "binary" : "multiclass";
  const { column } = spec;
  let distinct;
  if (column.kind === "number") {
    distinct = new Set(column.values).size;
    const nonInteger = column.values.some((v) => !Number.isInteger(v));
    if (nonInteger || distinct > MAX_INFERRED_CLASSES) return "regression";
  } else {
    distinct = new Set(column.values).size;
  }
  if (distinct === 1) {
    const only = column.kind === "number" ? String(column.values[0]) : column.values[0];
    throw new InputError(
      `label column ${quoteName(spec.name)} has a single value ${quoteCell(only)}; set data.task and data.classes`,
      { file: spec.file }
    );
  }
  return distinct === 2 ? "binary" : "multiclass";
}
function checkClasses(classes, spec) {
  if (classes.length < 2) {
    throw new InputError(`expected at least 2 classes, got ${classes.length}`, {
      file: spec.configFile,
      where: "data.classes"
    });
  }
  const texts = /* @__PURE__ */ new Set();
  const numbers = /* @__PURE__ */ new Set();
  classes.forEach((text, i) => {
    const value = cellNumber(text);
    if (texts.has(text) || !Number.isNaN(value) && numbers.has(value)) {
      throw new InputError(`duplicate class ${quoteCell(text)}`, {
        file: spec.configFile,
        where: `data.classes[${i}]`
      });
    }
    texts.add(text);
    if (!Number.isNaN(value)) numbers.add(value);
  });
  return classes;
}
function encodeDistinct(column) {
  const y = new Float64Array(column.values.length);
  if (column.kind === "number") {
    const sorted2 = [...new Set(column.values)].sort((a, b) => a - b);
    const index2 = new Map(sorted2.map((value, k) => [value, k]));
    column.values.forEach((value, i) => y[i] = index2.get(value) ?? -1);
    return { classes: sorted2.map(String), y };
  }
  const sorted = [...new Set(column.values)].sort(compareCodePoints);
  const index = new Map(sorted.map((value, k) => [value, k]));
  column.values.forEach((value, i) => y[i] = index.get(value) ?? -1);
  return { classes: sorted, y };
}
function encodeGiven(classes, spec) {
  const byText = new Map(classes.map((text, k) => [text, k]));
  const byNumber = /* @__PURE__ */ new Map();
  classes.forEach((text, k) => {
    const value = cellNumber(text);
    if (!Number.isNaN(value)) byNumber.set(value, k);
  });
  const { column } = spec;
  const y = new Float64Array(column.values.length);
  for (let i = 0; i < y.length; i++) {
    let k;
    let text;
    if (column.kind === "number") {
      k = byNumber.get(column.values[i]);
      text = String(column.values[i]);
    } else {
      text = column.values[i];
      k = byText.get(text) ?? byNumber.get(cellNumber(text));
    }
    if (k === void 0) {
      throw new InputError(
        `label ${quoteCell(text)} is not one of data.classes (${listClasses(classes)})`,
        at(spec, i)
      );
    }
    y[i] = k;
  }
  return { classes, y };
}
function listClasses(classes) {
  const shown = classes.slice(0, 10).map(quoteCell).join(", ");
  return classes.length > 10 ? `${shown}, \u2026 (${classes.length - 10} more)` : shown;
}
function compareCodePoints(a, b) {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

// src/data/features.ts
function checkFeatureCells(table, featureIndexes, file) {
  let bad;
  for (const j of featureIndexes) {
    if (table.numeric[j] === 1) continue;
    const column = table.column(j);
    if (column.kind === "number") continue;
    const row = firstNonNumber(column.values);
    if (bad === void 0 || row < bad.row) bad = { row, j, text: column.values[row] };
  }
  if (bad !== void 0) {
    throw new InputError(`expected a number, got ${describeNonNumber(bad.text)}`, {
      file,
      ...rowLocation(table, bad.row, table.names[bad.j])
    });
  }
}
function featureMatrix(table, featureIndexes) {
  const n = table.rows;
  const d = featureIndexes.length;
  const { cells } = table;
  if (cells !== void 0) {
    const runs = columnRuns(featureIndexes);
    const m = table.names.length;
    if (featureIndexes.every((j, f) => f === 0 || j > featureIndexes[f - 1])) {
      for (let i = 0; i < n; i++) {
        for (const [from, to, length] of runs) {
          cells.copyWithin(i * d + to, i * m + from, i * m + from + length);
        }
      }
      return cells.buffer.byteLength > 1.25 * n * d * 8 ? cells.slice(0, n * d) : cells.subarray(0, n * d);
    }
    const x2 = new Float64Array(n * d);
    for (let i = 0; i < n; i++) {
      for (const [from, to, length] of runs) {
        x2.set(cells.subarray(i * m + from, i * m + from + length), i * d + to);
      }
    }
    return x2;
  }
  const x = new Float64Array(n * d);
  const sources = featureIndexes.map((j) => table.column(j).values);
  for (let i = 0, k = 0; i < n; i++) for (let f = 0; f < d; f++, k++) x[k] = sources[f][i];
  return x;
}
function columnRuns(indexes) {
  const runs = [];
  for (let f = 0; f < indexes.length; ) {
    let length = 1;
    while (f + length < indexes.length && indexes[f + length] === indexes[f] + length) length++;
    runs.push([indexes[f], f, length]);
    f += length;
  }
  return runs;
}

// src/data/load.ts
async function loadDataset(spec) {
  formatOf(spec);
  let bytes;
  try {
    bytes = await readFile(spec.path);
  } catch (error) {
    const code = error.code;
    const reason = code === "ENOENT" ? "no such file" : errorMessage(error);
    throw new InputError(`cannot read ${spec.displayPath}: ${reason}`, {
      file: spec.configFile,
      where: "data.eval"
    });
  }
  return parseDataset(bytes, spec);
}
function parseDataset(bytes, spec) {
  const dataset = readDataset(bytes, spec);
  return { ...dataset, hash: `sha256:${createHash("sha256").update(bytes).digest("hex")}` };
}
function readDataset(bytes, spec) {
  const file = spec.displayPath;
  const table = readTable(bytes, formatOf(spec), file);
  if (table.rows === 0) throw new InputError("no data rows", { file });
  const n = table.rows;
  const labelIndex = table.names.indexOf(spec.label);
  if (labelIndex < 0) {
    throw new InputError(
      `no column ${quoteName(spec.label)} in ${file}; ` + unknownNameHint(spec.label, table.names, "columns"),
      { file: spec.configFile, where: "data.label" }
    );
  }
  const featureIndexes = selectFeatures(table, labelIndex, spec);
  const features = featureIndexes.map((j) => table.names[j]);
  checkFeatureCells(table, featureIndexes, file);
  const others = otherColumns(table, featureIndexes);
  const x = featureMatrix(table, featureIndexes);
  const labels = encodeLabels({
    name: spec.label,
    column: others[labelIndex],
    lines: table.lines,
    task: spec.task,
    classes: spec.classes,
    file,
    configFile: spec.configFile
  });
  return {
    file,
    n,
    columns: new DataColumns(table.names, n, others, featureIndexes, x),
    features,
    x,
    label: spec.label,
    task: labels.task,
    classes: labels.classes,
    y: labels.y
  };
}
function formatOf(spec) {
  const extension = extname(spec.path).toLowerCase();
  const format = dataFormat(extension);
  if (format === void 0) {
    const found = extension === "" ? "no file extension" : `unknown extension ${extension}`;
    throw new InputError(`${spec.displayPath}: ${found}; expected ${DATA_EXTENSIONS_TEXT}`, {
      file: spec.configFile,
      where: "data.eval"
    });
  }
  return format;
}
function readTable(bytes, format, file) {
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError("not valid UTF-8 text", { file });
  }
  switch (format) {
    case "csv":
      return parseCsv(text, file);
    case "jsonl":
      return parseJsonLines(text, file);
    case "json":
      return parseJsonArray(text, file);
  }
}
function selectFeatures(table, labelIndex, spec) {
  if (spec.features === void 0) {
    const all = table.names.map((_, j) => j).filter((j) => j !== labelIndex);
    if (all.length === 0) {
      throw new InputError(`no feature columns: the file has only the label column`, {
        file: spec.displayPath
      });
    }
    return all;
  }
  if (spec.features.length === 0) {
    throw new InputError("expected at least one feature", {
      file: spec.configFile,
      where: "data.features"
    });
  }
  const seen = /* @__PURE__ */ new Set();
  const index = new Map(table.names.map((known, j) => [known, j]));
  return spec.features.map((name, i) => {
    const location = { file: spec.configFile, where: `data.features[${i}]` };
    const j = index.get(name) ?? -1;
    if (j < 0) {
      const hint = unknownNameHint(name, table.names, "columns");
      throw new InputError(
        `no column ${quoteName(name)} in ${spec.displayPath}; ${hint}`,
        location
      );
    }
    if (j === labelIndex) throw new InputError(`${quoteName(name)} is the label column`, location);
    if (seen.has(name)) throw new InputError(`duplicate feature ${quoteName(name)}`, location);
    seen.add(name);
    return j;
  });
}

// src/data/scaling.ts
function scalingVectors(dataset, scaling, location) {
  return {
    center: vector(dataset, scaling?.center, 0, "center", location),
    scale: vector(dataset, scaling?.scale, 1, "scale", location)
  };
}
function vector({ features, columns }, spec, fallback, part, location) {
  const key = childPath(location.key, part);
  const check = (value, where) => {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new InputError(`expected a finite number, got ${String(value)}`, {
        file: location.file,
        where
      });
    }
    if (part === "scale" && value === 0) {
      throw new InputError("scale must not be 0", { file: location.file, where });
    }
    return value;
  };
  const out = new Float64Array(features.length).fill(fallback);
  if (spec === void 0) return out;
  if (typeof spec !== "object") return out.fill(check(spec, key));
  const index = new Map(features.map((name, f) => [name, f]));
  for (const [name, value] of Object.entries(spec)) {
    const where = childPath(key, name);
    const f = index.get(name);
    if (f === void 0 && columns.has(name)) continue;
    if (f === void 0) {
      throw new InputError(
        `${quoteName(name)} is not a feature; ${unknownNameHint(name, features, "features")}`,
        { file: location.file, where }
      );
    }
    out[f] = check(value, where);
  }
  return out;
}

// src/data/where.ts
var OPERATORS = ["eq", "ne", "in", "lt", "lte", "gt", "gte", "between"];
function selectRows(dataset, where, location) {
  const keep = new Uint8Array(dataset.n).fill(1);
  const names = [...dataset.columns.keys()];
  for (const [name, condition] of Object.entries(where)) {
    const key = childPath(location.key, name);
    const column = dataset.columns.get(name);
    if (column === void 0) {
      throw new InputError(
        `no column ${quoteName(name)} in ${dataset.file}; ${unknownNameHint(name, names, "columns")}`,
        { file: location.file, where: key }
      );
    }
    if (typeof condition !== "object" || condition === null || Array.isArray(condition)) {
      throw new InputError("expected a map of operators (eq, ne, in, lt, lte, gt, gte, between)", {
        file: location.file,
        where: key
      });
    }
    for (const [operator, value] of Object.entries(condition)) {
      const at2 = { file: location.file, where: `${key}.${operator}` };
      if (!OPERATORS.includes(operator)) {
        throw new InputError(`unknown operator; expected one of ${OPERATORS.join(", ")}`, at2);
      }
      if (column.kind === "number") {
        narrow(keep, column.values, numberTest(operator, value, at2));
      } else {
        narrow(keep, column.values, textTest(operator, value, name, column.values, at2));
      }
    }
  }
  let count = 0;
  for (const k of keep) count += k;
  const rows = new Int32Array(count);
  for (let i = 0, r = 0; i < keep.length; i++) if (keep[i] === 1) rows[r++] = i;
  return rows;
}
function narrow(keep, values, test) {
  for (let i = 0; i < keep.length; i++) if (keep[i] === 1 && !test(values[i])) keep[i] = 0;
}
function numberTest(operator, value, at2) {
  switch (operator) {
    case "eq": {
      const target = toNumber(value, at2);
      return (v) => v === target;
    }
    case "ne": {
      const target = toNumber(value, at2);
      return (v) => v !== target;
    }
    case "in": {
      const set = new Set(toList(value, at2).map((item, i) => toNumber(item, indexed(at2, i))));
      return (v) => set.has(v);
    }
    case "lt": {
      const target = toNumber(value, at2);
      return (v) => v < target;
    }
    case "lte": {
      const target = toNumber(value, at2);
      return (v) => v <= target;
    }
    case "gt": {
      const target = toNumber(value, at2);
      return (v) => v > target;
    }
    case "gte": {
      const target = toNumber(value, at2);
      return (v) => v >= target;
    }
    case "between": {
      const [lo, hi] = toRange(value, at2);
      return (v) => v >= lo && v <= hi;
    }
  }
}
function textTest(operator, value, name, cells, at2) {
  switch (operator) {
    case "eq": {
      const target = toText(value, at2);
      return (v) => v === target;
    }
    case "ne": {
      const target = toText(value, at2);
      return (v) => v !== target;
    }
    case "in": {
      const set = new Set(toList(value, at2).map((item, i) => toText(item, indexed(at2, i))));
      return (v) => set.has(v);
    }
    case "lt":
    case "lte":
    case "gt":
    case "gte":
    case "between": {
      const row = cells.findIndex((cell) => Number.isNaN(cellNumber(cell)));
      throw new InputError(
        `${operator} needs a numeric column, but column ${quoteName(name)} is not numeric: row ${row + 1} holds ${describeNonNumber(cells[row])}`,
        at2
      );
    }
  }
}
function toNumber(value, at2) {
  const number = typeof value === "number" || typeof value === "string" ? cellNumber(value) : NaN;
  if (Number.isNaN(number)) {
    throw new InputError(`expected a number, got ${describe(value)}`, at2);
  }
  return number;
}
function toText(value, at2) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw new InputError(`expected a string, number or boolean, got ${describe(value)}`, at2);
}
function toList(value, at2) {
  if (!Array.isArray(value)) throw new InputError("expected a list of values", at2);
  return value;
}
function toRange(value, at2) {
  if (!Array.isArray(value) || value.length !== 2) {
    throw new InputError("expected [low, high]", at2);
  }
  const lo = toNumber(value[0], indexed(at2, 0));
  const hi = toNumber(value[1], indexed(at2, 1));
  if (lo > hi) throw new InputError(`low ${lo} is greater than high ${hi}`, at2);
  return [lo, hi];
}
function describe(value) {
  return value === void 0 ? "nothing" : JSON.stringify(value);
}
function indexed(at2, i) {
  return { file: at2.file, where: `${at2.where}[${i}]` };
}

// src/suite/prepare.ts
function modelData(suite, x = suite.dataset.x) {
  const { dataset, scaling } = suite;
  return {
    n: dataset.n,
    features: dataset.features,
    x,
    center: scaling.center,
    scale: scaling.scale
  };
}
async function prepareSuite(config, cwd) {
  const display = (file) => path.relative(cwd, file) || file;
  try {
    const dataset = await loadDataset({
      path: config.data.eval,
      displayPath: display(config.data.eval),
      label: config.data.label,
      features: config.data.features,
      task: config.data.task,
      classes: config.data.classes,
      configFile: config.file
    });
    checkMetrics(config, dataset);
    const scalingFile = config.data.scalingFile;
    const scaling = scalingVectors(
      dataset,
      config.data.scaling,
      scalingFile === void 0 ? { file: config.file, key: "data.scaling" } : { file: display(scalingFile), key: "" }
    );
    const tests = config.tests.map((test, i) => ({
      rows: selectRows(dataset, test.where, { file: config.file, key: `tests[${i}].where` }),
      cls: test.class === void 0 ? void 0 : classIndex(config, dataset, test.class, i)
    }));
    const modelFile = config.model;
    if (modelFile === void 0) throw new Error("prepareSuite: the config names no model");
    const loaded = await loadModel(modelFile, display(modelFile));
    try {
      const graph = buildGraph(loaded.model);
      const inputShape = checkModel(config, display(modelFile), graph, dataset);
      const components = planComponents(config, graph, dataset.features);
      return {
        config,
        dataset,
        modelFile,
        model: loaded.model,
        modelHash: loaded.hash,
        graph,
        inputShape,
        scaling,
        components,
        tests
      };
    } catch (error) {
      loaded.model.dispose();
      throw error;
    }
  } catch (error) {
    throw withConfigLine(error, config);
  }
}
function withConfigLine(error, config) {
  if (!(error instanceof InputError) || error.file !== config.file || error.line !== void 0) {
    return error;
  }
  const location = locate(config, error.where ?? "");
  if (location.line === void 0) return error;
  return new InputError(error.detail, location, { cause: error });
}
function checkMetrics(config, dataset) {
  const check = (name, key) => {
    if (!metricApplies(name, dataset.task)) {
      throw configError(
        config,
        key,
        `${name} does not apply to a ${dataset.task} task (data ${dataset.label}: ${dataset.task})`
      );
    }
  };
  config.metrics.forEach((name, i) => check(name, `metrics[${i}]`));
  config.tests.forEach((test, i) => check(test.metric, `tests[${i}].metric`));
}
function classIndex(config, dataset, name, test) {
  const index = dataset.classes?.indexOf(name) ?? -1;
  if (index < 0) {
    throw configError(
      config,
      `tests[${test}].class`,
      `${JSON.stringify(name)} is not a class of the data (classes: ${(dataset.classes ?? []).join(", ")})`
    );
  }
  return index;
}
function checkModel(config, file, graph, dataset) {
  if (graph.inputSlots.length !== 1 || graph.outputSlots.length !== 1) {
    throw new InputError(
      `the model has ${graph.inputSlots.length} inputs and ${graph.outputSlots.length} outputs; ablation-ci evaluates models with one input and one output`,
      { file }
    );
  }
  const shape = graph.slotShapes[graph.inputSlots[0]];
  if (shape.some((d) => d === null)) {
    throw new InputError(`the model's input shape [${shape.join(", ")}] is not fixed`, { file });
  }
  const inputShape = shape;
  const width = inputShape.reduce((a, d) => a * d, 1);
  const f = dataset.features.length;
  if (width !== f) {
    throw configError(
      config,
      config.data.features === void 0 ? "data.eval" : "data.features",
      `the model ${file} takes ${width} values per example (input shape [${inputShape.join(", ")}]) but the data has ${f} features`
    );
  }
  const outputShape = graph.slotShapes[graph.outputSlots[0]];
  const outputs = outputShape.reduce((a, d) => a * (d ?? 1), 1);
  const expected = dataset.task === "multiclass" ? [dataset.classes?.length ?? 0] : dataset.task === "binary" ? [1, 2] : [1];
  if (!expected.includes(outputs)) {
    throw configError(
      config,
      dataset.task === "regression" ? "data.task" : "data.classes",
      `the model ${file} has ${outputs} outputs but a ${dataset.task} task with ${dataset.classes?.length ?? 1} classes needs ${expected.join(" or ")}`
    );
  }
  return inputShape;
}

// src/suite/run.ts
import { relative } from "node:path";

// src/model/finite.ts
function checkFiniteOutputs(outputs, width, file) {
  for (let i = 0; i < outputs.length; i++) {
    const value = outputs[i];
    if (Number.isFinite(value)) continue;
    const row = Math.floor(i / Math.max(1, width)) + 1;
    const output = width > 1 ? ` (output ${i % width + 1} of ${width})` : "";
    throw new InputError(
      `the model's output for row ${row} of the eval data is ${String(value)}${output}; a model must output finite numbers (check its weights and the input scaling)`,
      { file }
    );
  }
}

// src/metrics/reason.ts
function undefinedReason(name, predictions) {
  if (name !== "roc_auc") return "undefined on these predictions";
  const present = /* @__PURE__ */ new Set();
  for (const y of predictions.yTrue) present.add(y);
  if (present.size <= 1) return "undefined: the true labels hold a single class";
  if (predictions.task === "multiclass" && present.size < predictions.k) {
    const missing = predictions.k - present.size;
    return `undefined: ${missing} of the ${predictions.k} classes have no examples among the true labels (one-vs-rest needs each)`;
  }
  return "undefined on some bootstrap resamples (a resample without every class)";
}

// src/suite/kernels/auc.ts
function scoreChange(base, ablated, k) {
  const n = base.length / k;
  const changed = [];
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < k; c++) {
      if (!Object.is(base[i * k + c], ablated[i * k + c])) {
        changed.push(i);
        break;
      }
    }
  }
  const rows = Int32Array.from(changed);
  const scores = new Float64Array(rows.length * k);
  rows.forEach((i, r) => scores.set(ablated.subarray(i * k, (i + 1) * k), r * k));
  return { rows, scores };
}
function applyScoreChange(base, change, k) {
  const scores = Float64Array.from(base);
  change.rows.forEach((i, r) => scores.set(change.scores.subarray(r * k, (r + 1) * k), i * k));
  return scores;
}
function blockAuc(block, columns, out) {
  const { size } = block;
  out.fill(0, 0, size);
  const column = new Float64Array(size);
  for (const col of columns) {
    columnAuc(block, col, column);
    for (let j = 0; j < size; j++) out[j] += column[j];
  }
  if (columns.length > 1) for (let j = 0; j < size; j++) out[j] /= columns.length;
}
function columnAuc(block, col, out) {
  const { size, weights } = block;
  if (col.hasNaN) {
    out.fill(NaN, 0, size);
    return;
  }
  const { order, positive, groupEnd, groups } = col;
  const negBelow = new Float64Array(size);
  const posTotal = new Float64Array(size);
  const area = new Float64Array(size);
  const pos = new Float64Array(size);
  const neg = new Float64Array(size);
  let start = 0;
  for (let g = 0; g < groups; g++) {
    const end = groupEnd[g];
    if (end - start === 1) {
      const offset = order[start] * size;
      if (positive[start] === 1) {
        for (let j = 0; j < size; j++) {
          const w = weights[offset + j];
          area[j] += w * negBelow[j];
          posTotal[j] += w;
        }
      } else {
        for (let j = 0; j < size; j++) negBelow[j] += weights[offset + j];
      }
      start = end;
      continue;
    }
    pos.fill(0);
    neg.fill(0);
    for (let e = start; e < end; e++) {
      const offset = order[e] * size;
      const into = positive[e] === 1 ? pos : neg;
      for (let j = 0; j < size; j++) into[j] += weights[offset + j];
    }
    for (let j = 0; j < size; j++) {
      area[j] += pos[j] * (negBelow[j] + neg[j] / 2);
      negBelow[j] += neg[j];
      posTotal[j] += pos[j];
    }
    start = end;
  }
  for (let j = 0; j < size; j++) {
    out[j] = posTotal[j] === 0 || negBelow[j] === 0 ? NaN : area[j] / (posTotal[j] * negBelow[j]);
  }
}

// src/suite/kernels/counts.ts
function flips(base, ablated) {
  let changed = 0;
  for (let i = 0; i < base.length; i++) if (ablated[i] !== base[i]) changed++;
  const rows = new Int32Array(changed);
  const predicted = new Int32Array(changed);
  for (let i = 0, j = 0; i < base.length; i++) {
    if (ablated[i] === base[i]) continue;
    rows[j] = i;
    predicted[j++] = ablated[i];
  }
  return { rows, predicted };
}
function blockCounts(ops, size, truth, predicted, k) {
  const length = k * size;
  const [tpAt, trueAt, predAt] = [0, length, 2 * length];
  ops.int32.fill(0, 0, 3 * length);
  for (let i = 0; i < truth.length; i++) {
    const t = truth[i];
    const p = predicted[i];
    ops.add(i, trueAt + t * size);
    ops.add(i, predAt + p * size);
    if (t === p) ops.add(i, tpAt + t * size);
  }
  const tp = ops.int32.slice(tpAt, tpAt + length);
  const trueSum = ops.int32.slice(trueAt, trueAt + length);
  const predSum = ops.int32.slice(predAt, predAt + length);
  const correct = new Int32Array(size);
  for (let c = 0; c < k; c++) for (let j = 0; j < size; j++) correct[j] += tp[c * size + j];
  return { size, k, tp, trueSum, predSum, correct };
}
function correctDelta(ops, size, change, truth, basePredicted, at2) {
  const { rows, predicted } = change;
  ops.int32.fill(0, at2, at2 + size);
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    if (predicted[r] === truth[i]) ops.add(i, at2);
    else if (basePredicted[i] === truth[i]) ops.sub(i, at2);
  }
}
function countDeltas(ops, size, k, change, truth, basePredicted, at2) {
  const { rows, predicted } = change;
  ops.int32.fill(0, at2.tp, at2.tp + k * size);
  ops.int32.fill(0, at2.predSum, at2.predSum + k * size);
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    const before = basePredicted[i];
    const after = predicted[r];
    ops.sub(i, at2.predSum + before * size);
    ops.add(i, at2.predSum + after * size);
    if (before === truth[i]) ops.sub(i, at2.tp + before * size);
    else if (after === truth[i]) ops.add(i, at2.tp + after * size);
  }
}

// src/suite/kernels/losses.ts
var LOSS_KINDS = ["log", "squared", "absolute"];
function lossKind(name) {
  return METRIC_LOSSES[name];
}
var METRIC_LOSSES = {
  log_loss: "log",
  mse: "squared",
  rmse: "squared",
  r2: "squared",
  mae: "absolute"
};
function exampleLosses(kind, preds) {
  if (kind === "log") return exampleLogLosses(preds);
  const { n, yTrue, scores } = preds;
  const loss = new Float64Array(n);
  if (kind === "squared") for (let i = 0; i < n; i++) loss[i] = (yTrue[i] - scores[i]) ** 2;
  else for (let i = 0; i < n; i++) loss[i] = Math.abs(scores[i] - yTrue[i]);
  return loss;
}
function lossChange(base, ablated) {
  let changed = 0;
  let finite2 = true;
  for (let i = 0; i < base.length; i++) {
    if (!Number.isFinite(base[i]) || !Number.isFinite(ablated[i])) finite2 = false;
    if (ablated[i] !== base[i]) changed++;
  }
  if (!finite2) return { all: ablated };
  const rows = new Int32Array(changed);
  const delta = new Float64Array(changed);
  for (let i = 0, j = 0; i < base.length; i++) {
    if (ablated[i] === base[i]) continue;
    rows[j] = i;
    delta[j++] = ablated[i] - base[i];
  }
  return { rows, delta };
}
function weightedSums(block, loss, out) {
  const { size, weights } = block;
  out.fill(0, 0, size);
  for (let i = 0; i < loss.length; i++) {
    const l = loss[i];
    const offset = i * size;
    if (Number.isFinite(l)) {
      for (let j = 0; j < size; j++) out[j] += weights[offset + j] * l;
    } else {
      for (let j = 0; j < size; j++)
        if (weights[offset + j] !== 0) out[j] += weights[offset + j] * l;
    }
  }
}
function ablatedSums(ops, block, baseSums, change, at2) {
  const { size } = block;
  const out = ops.float64.subarray(at2, at2 + size);
  if ("all" in change) {
    weightedSums(block, change.all, out);
    return;
  }
  out.fill(0);
  const { rows, delta } = change;
  for (let r = 0; r < rows.length; r++) ops.axpy(rows[r], delta[r], at2);
  for (let j = 0; j < size; j++) out[j] += baseSums[j];
}
function spreads(block, y, out) {
  const { size, weights } = block;
  const n = y.length;
  for (let j = 0; j < size; j++) {
    let total = 0;
    let weightedY = 0;
    let first = NaN;
    let constant = true;
    for (let i = 0; i < n; i++) {
      const w = weights[i * size + j];
      if (w === 0) continue;
      if (total === 0) first = y[i];
      else if (y[i] !== first) constant = false;
      total += w;
      weightedY += w * y[i];
    }
    let spread = 0;
    if (!constant) {
      const meanY = weightedY / total;
      for (let i = 0; i < n; i++) {
        const w = weights[i * size + j];
        if (w !== 0) spread += w * (y[i] - meanY) ** 2;
      }
    }
    out[j] = spread;
  }
}
function fromSum(name, sum, n, spread) {
  if (name === "r2") {
    if (!(n >= 2) || Number.isNaN(sum)) return NaN;
    if (sum === 0) return 1;
    if (spread === 0) return 0;
    return 1 - sum / spread;
  }
  const mean2 = n === 0 ? NaN : sum / n;
  return name === "rmse" ? Math.sqrt(mean2) : mean2;
}

// src/suite/kernels/rows.wasm.ts
var ROWS_WASM = "AGFzbQEAAAABDgJgA39/fwBgBH9/fH8AAwQDAAABBQMBAAEHKQQGbWVtb3J5AgAHYWRkX3JvdwAAB3N1Yl9yb3cAAQhheHB5X3JvdwACCocDA3oBAn8gACABQQF0aiEDIAAgAUF8cUEBdGohBAJAA0AgACAETw0BIAIgAv0ABAAgAP0EAwD9rgH9CwQAIABBCGohACACQRBqIQIMAAsLAkADQCAAIANPDQEgAiACKAIAIAAvAQBqNgIAIABBAmohACACQQRqIQIMAAsLC3oBAn8gACABQQF0aiEDIAAgAUF8cUEBdGohBAJAA0AgACAETw0BIAIgAv0ABAAgAP0EAwD9sQH9CwQAIABBCGohACACQRBqIQIMAAsLAkADQCAAIANPDQEgAiACKAIAIAAvAQBrNgIAIABBAmohACACQQRqIQIMAAsLC44BAgJ/AXsgAv0UIQYgACABQQF0aiEEIAAgAUF+cUEBdGohBQJAA0AgACAFTw0BIAMgA/0ABAAgAP0EAwD9/wEgBv3yAf3wAf0LBAAgAEEEaiEAIANBEGohAwwACwsCQANAIAAgBE8NASADIAMrAwAgAC8BALggAqKgOQMAIABBAmohACADQQhqIQMMAAsLCw==";

// src/suite/kernels/rows.ts
function rowOps(simd = true) {
  if (simd && module !== void 0) return new WasmRows(module);
  return new JsRows();
}
var module = compileKernels(ROWS_WASM);
var JsRows = class {
  size = 0;
  weights = new Uint16Array(0);
  int32 = new Int32Array(0);
  float64 = new Float64Array(0);
  load(block, int32s, float64s) {
    this.size = block.size;
    this.weights = block.weights;
    if (this.int32.length < int32s) this.int32 = new Int32Array(int32s);
    if (this.float64.length < float64s) this.float64 = new Float64Array(float64s);
  }
  add(example, at2) {
    const { size, weights, int32 } = this;
    const offset = example * size;
    for (let j = 0; j < size; j++) int32[at2 + j] += weights[offset + j];
  }
  sub(example, at2) {
    const { size, weights, int32 } = this;
    const offset = example * size;
    for (let j = 0; j < size; j++) int32[at2 + j] -= weights[offset + j];
  }
  axpy(example, d, at2) {
    const { size, weights, float64 } = this;
    const offset = example * size;
    for (let j = 0; j < size; j++) float64[at2 + j] += weights[offset + j] * d;
  }
};
var WasmRows = class {
  exports;
  size = 0;
  rowBytes = 0;
  int32Address = 0;
  float64Address = 0;
  int32 = new Int32Array(0);
  float64 = new Float64Array(0);
  constructor(module2) {
    this.exports = instantiate(module2);
  }
  load(block, int32s, float64s) {
    const { memory } = this.exports;
    const weightBytes = align(block.weights.byteLength);
    this.int32Address = weightBytes;
    this.float64Address = weightBytes + align(4 * int32s);
    const needed = this.float64Address + 8 * float64s;
    if (needed > memory.buffer.byteLength) {
      memory.grow(Math.ceil((needed - memory.buffer.byteLength) / 65536));
    }
    new Uint16Array(memory.buffer, 0, block.weights.length).set(block.weights);
    this.int32 = new Int32Array(memory.buffer, this.int32Address, int32s);
    this.float64 = new Float64Array(memory.buffer, this.float64Address, float64s);
    this.size = block.size;
    this.rowBytes = 2 * block.size;
  }
  add(example, at2) {
    this.exports.add_row(example * this.rowBytes, this.size, this.int32Address + 4 * at2);
  }
  sub(example, at2) {
    this.exports.sub_row(example * this.rowBytes, this.size, this.int32Address + 4 * at2);
  }
  axpy(example, d, at2) {
    this.exports.axpy_row(example * this.rowBytes, this.size, d, this.float64Address + 8 * at2);
  }
};
function align(bytes) {
  return Math.ceil(bytes / 16) * 16;
}

// src/suite/kernels/scorer.ts
var BlockScorer = class {
  /** `simd: false` forces the JavaScript row kernels (they give the same numbers). */
  constructor(baseline, options = {}) {
    this.baseline = baseline;
    this.ops = rowOps(options.simd ?? true);
    const { k } = baseline.predictions;
    for (const name of baseline.metrics) {
      if (isCountMetric(name))
        this.readers.set(name, countReader(name, baseline.predictions, void 0));
    }
    this.scratch = {
      k,
      total: baseline.predictions.n,
      tp: new Float64Array(k),
      trueSum: new Float64Array(k),
      predSum: new Float64Array(k)
    };
  }
  baseline;
  block;
  counts;
  sums = /* @__PURE__ */ new Map();
  spread;
  baseValues = /* @__PURE__ */ new Map();
  readers = /* @__PURE__ */ new Map();
  // Per-variant work shared by the metrics that read it, for the last variant scored.
  last;
  lastCorrect = false;
  lastDeltas = false;
  lastSums = /* @__PURE__ */ new Set();
  scratch;
  ops;
  /** Starts a block: the baseline's state on each of its resamples (kept with the block). */
  begin(block) {
    this.block = block;
    this.last = void 0;
    const k = this.baseline.predictions.k;
    this.ops.load(block, block.size * (1 + 3 * k), block.size * LOSS_KINDS.length);
    let state = this.baseline.blockStates.get(block);
    if (state === void 0) {
      state = this.baselineState(block);
      this.baseline.blockStates.set(block, state);
    }
    this.counts = state.counts;
    this.sums = state.sums;
    this.spread = state.spread;
    this.baseValues = state.baseValues;
  }
  baselineState(block) {
    const { predictions, truth, metrics, losses } = this.baseline;
    const counts = metrics.some(isCountMetric) ? blockCounts(this.ops, block.size, truth, predictions.predicted, predictions.k) : void 0;
    const sums = /* @__PURE__ */ new Map();
    for (const [kind, loss] of losses) {
      const into = new Float64Array(block.size);
      weightedSums(block, loss, into);
      sums.set(kind, into);
    }
    let spread;
    if (metrics.includes("r2")) {
      spread = new Float64Array(block.size);
      spreads(block, predictions.yTrue, spread);
    }
    return { counts, sums, spread, baseValues: /* @__PURE__ */ new Map() };
  }
  /** The baseline's `name` on each resample of the block, into `out[first + j]`. */
  scoreBaseline(name, out) {
    const reader = this.readers.get(name);
    if (reader !== void 0) {
      const { tp, predSum } = this.counts;
      this.readCounts(name, reader, tp, predSum, void 0, out);
    } else if (name === "roc_auc") {
      this.auc(this.baseline.columns, out);
    } else {
      this.fromSums(name, this.sums.get(lossKind(name)), out);
    }
  }
  /** A variant's `name` on each resample of the block, into `out[first + j]`. */
  scoreVariant(name, variant, out) {
    const block = this.current();
    if (this.last !== variant) {
      this.last = variant;
      this.lastCorrect = false;
      this.lastDeltas = false;
      this.lastSums.clear();
    }
    const { truth, predictions } = this.baseline;
    const { size, first } = block;
    const { k } = predictions;
    if (unchanged(name, variant)) {
      out.set(this.baselineValues(name), first);
      return;
    }
    const reader = this.readers.get(name);
    const ops = this.ops;
    if (name === "accuracy" || name === "error_rate") {
      if (!this.lastCorrect) {
        correctDelta(ops, size, variant.flips, truth, predictions.predicted, 0);
        this.lastCorrect = true;
      }
      const { correct } = this.counts;
      const delta = ops.int32;
      const n = predictions.n;
      for (let j = 0; j < size; j++) {
        const accuracy = (correct[j] + delta[j]) / n;
        out[first + j] = name === "accuracy" ? accuracy : 1 - accuracy;
      }
    } else if (reader !== void 0) {
      const at2 = { tp: size, predSum: size * (1 + k) };
      if (!this.lastDeltas) {
        countDeltas(ops, size, k, variant.flips, truth, predictions.predicted, at2);
        this.lastDeltas = true;
      }
      const deltas = {
        tp: ops.int32.subarray(at2.tp, at2.tp + k * size),
        predSum: ops.int32.subarray(at2.predSum, at2.predSum + k * size)
      };
      const { tp, predSum } = this.counts;
      this.readCounts(name, reader, tp, predSum, deltas, out);
    } else if (name === "roc_auc") {
      const scores = applyScoreChange(predictions.scores, variant.scores, predictions.k);
      this.auc(this.baseline.rank(scores), out);
    } else {
      const kind = lossKind(name);
      const at2 = LOSS_KINDS.indexOf(kind) * size;
      if (!this.lastSums.has(kind)) {
        ablatedSums(ops, block, this.sums.get(kind), variant.losses.get(kind), at2);
        this.lastSums.add(kind);
      }
      this.fromSums(name, ops.float64.subarray(at2, at2 + size), out);
    }
  }
  baselineValues(name) {
    const { first, size } = this.current();
    let values = this.baseValues.get(name);
    if (values === void 0) {
      const into = new Float64Array(first + size);
      this.scoreBaseline(name, into);
      values = into.subarray(first);
      this.baseValues.set(name, values);
    }
    return values;
  }
  current() {
    if (this.block === void 0) throw new Error("BlockScorer: begin a block first");
    return this.block;
  }
  readCounts(name, reader, tp, predSum, deltas, out) {
    const { size, first } = this.current();
    const { trueSum } = this.counts;
    const counts = this.scratch;
    const k = counts.k;
    const base = deltas === void 0 ? void 0 : this.baselineValues(name);
    for (let j = 0; j < size; j++) {
      if (deltas !== void 0) {
        let touched = false;
        for (let c = 0; c < k && !touched; c++) {
          touched = deltas.tp[c * size + j] !== 0 || deltas.predSum[c * size + j] !== 0;
        }
        if (!touched) {
          out[first + j] = base[j];
          continue;
        }
      }
      for (let c = 0; c < k; c++) {
        const at2 = c * size + j;
        counts.tp[c] = deltas === void 0 ? tp[at2] : tp[at2] + deltas.tp[at2];
        counts.predSum[c] = deltas === void 0 ? predSum[at2] : predSum[at2] + deltas.predSum[at2];
        counts.trueSum[c] = trueSum[at2];
      }
      out[first + j] = counts.total === 0 ? NaN : reader(counts);
    }
  }
  auc(columns, out) {
    const { size, first } = this.current();
    const values = new Float64Array(size);
    blockAuc(this.current(), columns, values);
    out.set(values, first);
  }
  fromSums(name, sums, out) {
    const { size, first } = this.current();
    const n = this.baseline.predictions.n;
    for (let j = 0; j < size; j++)
      out[first + j] = fromSum(name, sums[j], n, this.spread?.[j] ?? 0);
  }
};
function unchanged(name, variant) {
  if (isCountMetric(name)) return variant.flips.rows.length === 0;
  if (name === "roc_auc") return variant.scores.rows.length === 0;
  const change = variant.losses.get(lossKind(name));
  return "rows" in change && change.rows.length === 0;
}

// src/suite/kernels/variant.ts
var Baseline = class {
  constructor(metrics, predictions) {
    this.metrics = metrics;
    this.predictions = predictions;
    this.truth = predictions.task === "regression" ? new Int32Array(0) : Int32Array.from(predictions.yTrue);
    if (metrics.includes("roc_auc")) {
      this.columns = rankedColumns(predictions.scores, this.truth, predictions.k);
    }
    for (const name of metrics) {
      this.points.set(name, prepareMetric(name, predictions)());
      const kind = lossKind(name);
      if (kind !== void 0 && !this.losses.has(kind)) {
        this.losses.set(kind, exampleLosses(kind, predictions));
      }
    }
  }
  metrics;
  predictions;
  /** True classes as integers (classification). */
  truth;
  /** Per loss kind the metrics need: every example's baseline loss. */
  losses = /* @__PURE__ */ new Map();
  /** Per block of resamples, its {@link BlockState} (computed by BlockScorer, dropped with the block). */
  blockStates = /* @__PURE__ */ new WeakMap();
  /** Each metric on the whole eval set. */
  points = /* @__PURE__ */ new Map();
  /** ROC AUC's ranked score columns, when it is scored. */
  columns;
  /** An ablated prediction, recorded as its changes (the predictions can then be dropped). */
  record(ablated) {
    const base = this.predictions;
    if (ablated.n !== base.n || ablated.k !== base.k || ablated.task !== base.task) {
      throw new RangeError(
        `ablated predictions of ${ablated.n} \xD7 ${ablated.k} against ${base.n} \xD7 ${base.k}`
      );
    }
    const points = /* @__PURE__ */ new Map();
    for (const name of this.metrics) {
      const columns = name === "roc_auc" ? this.rank(ablated.scores) : void 0;
      points.set(name, columns ? aucOfColumns(columns) : prepareMetric(name, ablated)());
    }
    const variant = { points, losses: /* @__PURE__ */ new Map() };
    if (this.metrics.some(isCountMetric)) variant.flips = flips(base.predicted, ablated.predicted);
    for (const [kind, loss] of this.losses) {
      variant.losses.set(kind, lossChange(loss, exampleLosses(kind, ablated)));
    }
    if (this.metrics.includes("roc_auc")) {
      variant.scores = scoreChange(base.scores, ablated.scores, base.k);
    }
    return variant;
  }
  /** ROC AUC's columns of n × k scores, ranked from the baseline's order. */
  rank(scores) {
    return rankedColumns(scores, this.truth, this.predictions.k, this.columns);
  }
};

// src/suite/contributions.ts
function scoreBaseline(name, baseline, resamples) {
  if (!(baseline instanceof Baseline)) baseline = new Baseline([name], baseline);
  const scorer = new BlockScorer(baseline);
  const samples = new Float64Array(resamples.count);
  for (const block of resamples.blocks()) {
    scorer.begin(block);
    scorer.scoreBaseline(name, samples);
  }
  return {
    name,
    value: baseline.points.get(name),
    samples,
    reason: undefinedReason(name, baseline.predictions)
  };
}
function baselineEstimate(metric, confidence) {
  const ci = percentileInterval(metric.samples, confidence);
  if (!Number.isFinite(metric.value) || !finite(ci)) {
    return { value: null, reason: metric.reason };
  }
  return { value: metric.value, ci };
}
function scoreContributions(bases, baseline, components, resamples, options) {
  const B = resamples.count;
  const scores = components.map(
    (component) => bases.map(() => component.ablated.map(() => new Float64Array(B)))
  );
  const scorer = new BlockScorer(baseline);
  for (const block of resamples.blocks()) {
    scorer.begin(block);
    components.forEach((component, c) => {
      component.ablated.forEach((variant, r) => {
        bases.forEach((base, m) => scorer.scoreVariant(base.name, variant, scores[c][m][r]));
      });
    });
  }
  const results = /* @__PURE__ */ new Map();
  components.forEach((component, c) => {
    const repeats = component.ablated.length;
    const picks = repeatPicks(options.seed, component.id, repeats, B);
    const record = {};
    bases.forEach((base, m) => {
      const values = new Float64Array(B);
      const effects = new Float64Array(B);
      const sign = METRICS[base.name].higherIsBetter ? 1 : -1;
      const byRepeat = scores[c][m];
      for (let b = 0; b < B; b++) {
        let sum = 0;
        for (let r = 0; r < repeats; r++) sum += byRepeat[picks[b * repeats + r]][b];
        values[b] = sum / repeats;
        effects[b] = sign * (base.samples[b] - values[b]);
      }
      const point = mean(component.ablated.map((v) => v.points.get(base.name)));
      record[base.name] = summarise({ base, sign, point, values, effects }, options.confidence);
    });
    results.set(component.id, record);
  });
  return results;
}
function repeatPicks(seed, id, repeats, count) {
  const picks = new Int32Array(count * repeats);
  if (repeats === 1) return picks;
  const rng = Rng.stream(seed, "repeats", id);
  for (let i = 0; i < picks.length; i++) picks[i] = rng.int(repeats);
  return picks;
}
function summarise(job, confidence) {
  const { base, point } = job;
  if (!Number.isFinite(base.value)) return { value: null, reason: base.reason };
  if (!Number.isFinite(point))
    return { value: null, reason: "undefined on the ablated predictions" };
  const valueCi = percentileInterval(job.values, confidence);
  const ci = percentileInterval(job.effects, confidence);
  if (!finite(valueCi) || !finite(ci)) {
    return { value: null, reason: base.reason };
  }
  return { value: point, valueCi, contribution: job.sign * (base.value - point), ci };
}
function finite([low, high]) {
  return Number.isFinite(low) && Number.isFinite(high);
}
function mean(values) {
  if (values.every((v) => v === values[0])) return values[0];
  return values.reduce((a, b) => a + b, 0) / values.length;
}

// src/suite/data-facts.ts
function dataFacts(dataset) {
  const labelCounts = dataset.classes === void 0 ? null : Object.fromEntries(dataset.classes.map((name) => [name, 0]));
  if (labelCounts !== null) {
    for (let i = 0; i < dataset.n; i++) labelCounts[dataset.classes[dataset.y[i]]]++;
  }
  return { labelCounts, duplicateRows: duplicateRows(dataset.x, dataset.y, dataset.n) };
}
function duplicateRows(x, y, n, hash = rowHash) {
  const f = n === 0 ? 0 : x.length / n;
  const seen = /* @__PURE__ */ new Map();
  let duplicates = 0;
  for (let i = 0; i < n; i++) {
    const key = hash(x, y, f, i);
    const earlier = seen.get(key);
    if (earlier === void 0) {
      seen.set(key, i);
    } else if (typeof earlier === "number") {
      if (sameRow(x, y, f, earlier, i)) duplicates++;
      else seen.set(key, [earlier, i]);
    } else if (earlier.some((row) => sameRow(x, y, f, row, i))) {
      duplicates++;
    } else {
      earlier.push(i);
    }
  }
  return duplicates;
}
function sameRow(x, y, f, a, b) {
  if (y[a] !== y[b]) return false;
  for (let j = 0; j < f; j++) if (x[a * f + j] !== x[b * f + j]) return false;
  return true;
}
var rowHash = (x, y, f, i) => {
  const words = new Uint32Array(x.buffer, x.byteOffset + i * f * 8, 2 * f);
  let h1 = 2538058380;
  let h2 = 2246822507;
  for (let w = 0; w <= 2 * f; w += 2) {
    let low;
    let high;
    if (w < 2 * f) {
      low = words[w];
      high = words[w + 1];
    } else {
      labelScratch[0] = y[i];
      low = labelWords[0];
      high = labelWords[1];
    }
    if (low === 0 && high === 2147483648) high = 0;
    let k = Math.imul(low, 3432918353);
    k = Math.imul(k << 15 | k >>> 17, 461845907);
    h1 ^= k;
    h1 = Math.imul(h1 << 13 | h1 >>> 19, 5) + 3864292196;
    h2 = Math.imul(h2 ^ k >>> 7, 3266489909) + high;
    k = Math.imul(high, 3432918353);
    k = Math.imul(k << 15 | k >>> 17, 461845907);
    h1 ^= k;
    h1 = Math.imul(h1 << 13 | h1 >>> 19, 5) + 3864292196;
    h2 = Math.imul(h2 ^ k >>> 7, 3266489909) + low;
  }
  h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507);
  h1 ^= h1 >>> 13;
  h2 = Math.imul(h2 ^ h2 >>> 15, 668265263);
  h2 ^= h2 >>> 16;
  return (h1 >>> 0) * 2097152 + (h2 >>> 11);
};
var labelScratch = new Float64Array(1);
var labelWords = new Uint32Array(labelScratch.buffer);

// src/suite/evaluation.ts
import { availableParallelism } from "node:os";

// src/pool/pool.ts
var WorkerPool = class _WorkerPool {
  constructor(slots) {
    this.slots = slots;
    for (const slot of slots) this.watch(slot);
  }
  slots;
  /** Units queued this turn, not yet sent. */
  queue = [];
  /** Units sent, by id, until their outputs are back. */
  sent = /* @__PURE__ */ new Map();
  flushing = false;
  nextId = 0;
  failure;
  closed = false;
  /**
   * Starts `size` workers — the `warm` threads first, already loading — and
   * waits until each has loaded the model. With `baseline`, the setup goes
   * out first and the baseline's outputs (computed here meanwhile) after it.
   */
  static async start(setup, size, warm, baseline) {
    const slots = warm?.take(size) ?? [];
    while (slots.length < size) slots.push(spawnThread());
    const sent = { ...setup, baselineFollows: baseline !== void 0 };
    const started = Promise.all(slots.map((slot) => ready(slot, sent)));
    try {
      if (baseline !== void 0) {
        const request = { type: "baseline", values: baseline() };
        for (const slot of slots) slot.worker.postMessage(request);
      }
      await started;
    } catch (error) {
      started.catch(() => void 0);
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
      throw error;
    }
    return new _WorkerPool(slots);
  }
  /** Queues a unit; resolves with its outputs. */
  evaluate(unit) {
    if (this.failure !== void 0) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new Error("the worker pool is closed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, unit, resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        queueMicrotask(() => this.flush());
      }
    });
  }
  /** Stops every worker. */
  async close() {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
  flush() {
    this.flushing = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0 || this.failure !== void 0) return;
    for (const pending of batch) this.sent.set(pending.id, pending);
    const request = {
      type: "batch",
      first: batch[0].id,
      units: batch.map((pending) => pending.unit),
      next: new Int32Array(new SharedArrayBuffer(4))
    };
    for (const slot of this.slots) slot.worker.postMessage(request);
  }
  watch(slot) {
    slot.worker.on("message", (reply) => {
      if (reply.type === "done") {
        const pending = this.sent.get(reply.id);
        this.sent.delete(reply.id);
        pending?.resolve(reply.values);
      } else if (reply.type === "error") {
        this.fail(new Error(`an evaluation worker failed: ${reply.message}`));
      }
    });
    slot.worker.on("error", (error) => this.fail(threadError(error, slot)));
    slot.worker.on("exit", (code) => {
      if (!this.closed) this.fail(threadError(`it exited with code ${code}`, slot));
    });
  }
  fail(error) {
    if (this.failure !== void 0) return;
    this.failure = error;
    const pending = [...this.queue, ...this.sent.values()];
    this.queue = [];
    this.sent.clear();
    for (const p of pending) p.reject(error);
    void this.close();
  }
};
function ready(slot, setup) {
  return new Promise((resolve, reject) => {
    if (slot.ended !== void 0) {
      reject(slot.ended);
      return;
    }
    const onMessage = (reply) => {
      slot.worker.off("message", onMessage);
      slot.worker.off("error", onError);
      slot.worker.off("exit", onExit);
      if (reply.type === "ready") resolve();
      else reject(new Error(`an evaluation worker failed to start: ${replyText(reply)}`));
    };
    const onError = (error) => reject(threadError(error, slot));
    const onExit = (code) => reject(threadError(`it exited with code ${code} while starting`, slot));
    slot.worker.on("message", onMessage);
    slot.worker.on("error", onError);
    slot.worker.on("exit", onExit);
    const request = { type: "setup", setup };
    slot.worker.postMessage(request);
  });
}
function replyText(reply) {
  return reply.type === "error" ? reply.message : `unexpected reply ${reply.type}`;
}

// src/pool/runner.ts
async function startRunner(evaluator, components, workers, setup, warm, baseline) {
  if (workers <= 1) {
    await warm?.close();
    return {
      parallel: false,
      evaluate: (unit) => Promise.resolve(evaluator.evaluateUnit(unit, components)),
      close: () => Promise.resolve()
    };
  }
  const pool = await WorkerPool.start(setup(), workers, warm, baseline);
  return { parallel: true, evaluate: (unit) => pool.evaluate(unit), close: () => pool.close() };
}
async function evaluateComponents(runner, plan, indices, onProgress) {
  const { components, repeats, n, width } = plan;
  const chosen = indices.map((i) => components[i]);
  const outputs = allocateOutputs(chosen, repeats, n * width);
  const units = planUnits(components, indices, repeats, n, plan.rowsPerPass);
  let done = 0;
  const place = (unit, values) => {
    placeUnit(unit, values, components, outputs, width);
    done += unitLength(unit, 1) / n;
    onProgress?.(done);
  };
  if (runner.parallel) {
    await Promise.all(units.map(async (unit) => place(unit, await runner.evaluate(unit))));
  } else {
    for (const unit of units) place(unit, await runner.evaluate(unit));
  }
  return outputs;
}

// src/suite/chunks.ts
var CHUNK_ENDS = [1 / 2, 3 / 4, 7 / 8, 15 / 16];
function chunkIndices(plan, indices, bounds) {
  const count = (i) => plan.components[i].stochastic ? plan.repeats : 1;
  const total = indices.reduce((sum, i) => sum + count(i), 0);
  const targets = (bounds.ends ?? CHUNK_ENDS).map((share) => Math.ceil(share * total));
  const clean = unitBoundaries(plan, indices);
  const result = [];
  let current = [];
  let chunkStart = 0;
  let done = 0;
  for (const [k, i] of indices.entries()) {
    const size = count(i);
    if (current.length > 0) {
      const evaluations = done - chunkStart;
      const forced = (evaluations + size) * bounds.bytesPerEvaluation > bounds.maxBytes || evaluations + size > bounds.maxUnits;
      const target = targets.find((t) => t > chunkStart) ?? Infinity;
      if (forced || clean[k] && done >= target) {
        result.push(current);
        current = [];
        chunkStart = done;
      }
    }
    current.push(i);
    done += size;
  }
  if (current.length > 0) result.push(current);
  return result;
}
function unitBoundaries(plan, indices) {
  const units = planUnits(plan.components, indices, plan.repeats, plan.n, plan.rowsPerPass);
  const first = /* @__PURE__ */ new Map();
  const last = /* @__PURE__ */ new Map();
  units.forEach((unit, u) => {
    if (unit.on !== "features") return;
    for (const { component } of unit.segments) {
      if (!first.has(component)) first.set(component, u);
      last.set(component, u);
    }
  });
  const clean = indices.map(() => false);
  const after = new Array(indices.length + 1).fill(Infinity);
  for (let k = indices.length - 1; k >= 0; k--) {
    after[k] = Math.min(after[k + 1], first.get(indices[k]) ?? Infinity);
  }
  let before = -Infinity;
  for (let k = 0; k < indices.length; k++) {
    clean[k] = k > 0 && before < after[k];
    before = Math.max(before, last.get(indices[k]) ?? -Infinity);
  }
  return clean;
}

// src/suite/cost.ts
var MACS_PER_SECOND = 1e10;
var WORKER_START_SECONDS = 0.5;
function macsPerExample(graph) {
  const size = (shape) => shape.reduce((a, d) => a * (d ?? 1), 1);
  let macs = 0;
  for (const node of graph.nodes) {
    if (node.isInput) continue;
    for (const slot of node.outputs) {
      const shape = graph.slotShapes[slot];
      const values = size(shape);
      const channels = shape.length === 0 ? 1 : shape[shape.length - 1] ?? 1;
      macs += values;
      for (const weight of node.layer.weights) {
        if (weight.shape.length >= 2) macs += size(weight.shape) * (values / channels);
      }
    }
  }
  return macs;
}
function planSeconds(graph, components, repeats, rows) {
  const evaluations = components.reduce(
    (sum, c) => sum + (c.notApplicable !== void 0 ? 0 : c.stochastic ? repeats : 1),
    0
  );
  return macsPerExample(graph) * rows * (evaluations + 1) / MACS_PER_SECOND;
}
function workersFor(seconds, cores) {
  if (cores <= 1) return 1;
  return WORKER_START_SECONDS + seconds / cores < seconds ? cores : 1;
}

// src/suite/evaluation.ts
var OUTPUT_BUDGET = 512 * 1024 * 1024;
var LIVE_CHUNKS = 3;
function startEvaluation(suite, options) {
  const { config, dataset } = suite;
  const workers = options.workers ?? config.workers ?? defaultWorkers(suite);
  const x = workers > 1 ? shared(dataset.x) : dataset.x;
  const data = modelData(suite, x);
  const evaluatorOptions = {
    seed: config.seed,
    repeats: config.repeats,
    ...options.memoryBudget === void 0 ? {} : { memoryBudget: options.memoryBudget }
  };
  const evaluator = new Evaluator(suite.graph, suite.inputShape, data, {
    ...evaluatorOptions,
    ...options.baseline === void 0 ? {} : { baseline: options.baseline }
  });
  const runner = startRunner(
    evaluator,
    suite.components,
    workers,
    () => ({
      backend: options.backend,
      searchFrom: options.searchFrom ?? [config.root],
      model: { path: suite.modelFile, displayPath: suite.modelFile, hash: suite.modelHash },
      inputShape: suite.inputShape,
      data,
      components: suite.components,
      options: evaluatorOptions
    }),
    options.threads,
    // Feature units start from the baseline: computed once here while the
    // workers load the model, shared, not redone per worker.
    () => shared(evaluator.baseline())
  );
  runner.catch(() => void 0);
  const plan = {
    components: suite.components,
    repeats: config.repeats,
    n: dataset.n,
    width: evaluator.outputWidth,
    rowsPerPass: evaluator.rowsPerPass
  };
  return Promise.resolve({
    evaluator,
    async *chunks(onProgress, limits = {}) {
      const ready2 = await runner;
      const applicable = suite.components.flatMap((c, i) => c.notApplicable ? [] : [i]);
      const count = (i) => suite.components[i].stochastic ? config.repeats : 1;
      const evaluations = (indices) => indices.reduce((sum, i) => sum + count(i), 0);
      const total = Math.max(1, evaluations(applicable));
      const pieces = chunkIndices(plan, applicable, {
        bytesPerEvaluation: dataset.n * evaluator.outputWidth * 4,
        maxBytes: OUTPUT_BUDGET / LIVE_CHUNKS,
        maxUnits: limits.maxUnits ?? Infinity,
        // On this thread alone nothing overlaps the scoring: more chunks would only cost.
        ends: options.chunkEnds ?? (ready2.parallel ? CHUNK_ENDS : [])
      });
      const ahead = ready2.parallel ? LIVE_CHUNKS - 1 : 1;
      const started = [];
      let completed = 0;
      let queued = 0;
      let refused = false;
      const startUpTo = (last) => {
        while (started.length <= Math.min(last, pieces.length - 1)) {
          const indices = pieces[started.length];
          const units = evaluations(indices);
          refused ||= limits.admit?.(queued + units) === false;
          if (refused) {
            started.push(void 0);
            continue;
          }
          queued += units;
          let last2 = 0;
          const outputs = evaluateComponents(ready2, plan, indices, (done) => {
            completed += done - last2;
            last2 = done;
            onProgress?.(Math.min(1, completed / total));
          }).finally(() => queued -= units);
          outputs.catch(() => void 0);
          started.push(outputs);
        }
      };
      for (let k = 0; k < pieces.length; k++) {
        startUpTo(k + ahead - 1);
        const outputs = await started[k];
        started[k] = void 0;
        startUpTo(k + ahead);
        yield { components: pieces[k].map((i) => suite.components[i]), outputs };
      }
    },
    async close() {
      evaluator.dispose();
      await (await runner.catch(() => void 0))?.close();
    }
  });
}
function defaultWorkers(suite) {
  const seconds = planSeconds(suite.graph, suite.components, suite.config.repeats, suite.dataset.n);
  return workersFor(seconds, availableParallelism());
}
function shared(values) {
  const copy = new values.constructor(
    new SharedArrayBuffer(values.byteLength)
  );
  copy.set(values);
  return copy;
}

// src/stats/clopper-pearson.ts
function clopperPearsonInterval(successes, n, confidence = 0.95) {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`clopperPearsonInterval: n must be an integer >= 0, got ${n}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new RangeError(
      `clopperPearsonInterval: successes must be an integer in [0, n], got ${successes}`
    );
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`clopperPearsonInterval: confidence must be in (0, 1), got ${confidence}`);
  }
  const tail = (1 - confidence) / 2;
  return [clopperPearsonLower(successes, n, tail), clopperPearsonUpper(successes, n, tail)];
}
function clopperPearsonLower(k, n, tail) {
  if (k === 0) return 0;
  return bisect((p) => binomialSf(k - 1, n, p) - tail, true);
}
function clopperPearsonUpper(k, n, tail) {
  if (k === n) return 1;
  return bisect((p) => binomialCdf(k, n, p) - tail, false);
}
function bisect(f, rising) {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 2e3; i++) {
    const mid = lo > 0 && hi / lo > 4 ? Math.sqrt(lo * hi) : lo === 0 && hi > 1e-300 ? hi / 16 : (lo + hi) / 2;
    if (mid <= lo || mid >= hi) break;
    const value = f(mid);
    if (value > 0 === rising) hi = mid;
    else lo = mid;
  }
  return (lo + hi) / 2;
}

// src/suite/headline.ts
function headlineEstimate(metric, baseline, confidence) {
  const estimate = baselineEstimate(metric, confidence);
  const counts = proportionCounts(metric.name, baseline);
  if (estimate.value === null || counts === void 0 || counts.trials === 0) return estimate;
  return {
    value: estimate.value,
    ci: clopperPearsonInterval(counts.successes, counts.trials, confidence)
  };
}

// src/suite/budget.ts
var TARGET_SHARE = 0.9;
var CHUNKS = 20;
var MIN_REPEATS = 2;
function planBudget(input) {
  const target = TARGET_SHARE * input.limit;
  const perRow = (repeats) => (input.fixed + input.work.reduce((sum, w) => sum + (w.deterministic + w.stochastic * repeats) * w.unit, 0)) / input.rows;
  const cost = (rows2, repeats) => input.elapsed + rows2 * perRow(repeats);
  const estimate = cost(input.rows, input.repeats);
  const plan = (rows2, repeats) => {
    const planned = cost(rows2, repeats);
    return { estimate, planned, repeats, rows: rows2, fits: planned <= target };
  };
  if (estimate <= target) return plan(input.rows, input.repeats);
  const repeated = input.work.some((w) => w.stochastic > 0);
  const floor = repeated ? Math.min(input.repeats, MIN_REPEATS) : input.repeats;
  for (let repeats = input.repeats - 1; repeats >= floor; repeats--) {
    if (cost(input.rows, repeats) <= target) return plan(input.rows, repeats);
  }
  const rows = Math.floor((target - input.elapsed) / perRow(floor));
  return plan(Math.min(input.rows, Math.max(input.minRows, rows)), floor);
}

// src/suite/resamples.ts
var BLOCK_CELLS = 8388608;
var CACHE_CELLS = 33554432;
var TILE = 16;
var MAX_WEIGHT = 65535;
var Resamples = class {
  constructor(seed, n, count, blockCells = BLOCK_CELLS) {
    this.seed = seed;
    this.n = n;
    this.count = count;
    this.blockSize = Math.max(1, Math.min(count, Math.floor(blockCells / Math.max(1, n))));
  }
  seed;
  n;
  count;
  cache;
  /** Resamples per block. */
  blockSize;
  /**
   * Every resample, block by block. Kept when they fit in memory, else drawn
   * again on each call.
   */
  *blocks() {
    if (this.cache !== void 0) {
      yield* this.cache;
      return;
    }
    const keep = this.n * this.count <= CACHE_CELLS;
    const kept = [];
    const counts = new Int32Array(this.n * TILE);
    for (let first = 0; first < this.count; first += this.blockSize) {
      const block = this.draw(first, Math.min(this.blockSize, this.count - first), counts);
      if (keep) kept.push(block);
      yield block;
    }
    if (keep) this.cache = kept;
  }
  /** The multiplicities of resample b alone (drawn afresh), as a prepared metric takes them. */
  get(b) {
    const counts = new Float64Array(this.n);
    bootstrapCounts(Rng.stream(this.seed, "bootstrap", b), this.n, counts);
    return counts;
  }
  draw(first, size, counts) {
    const { n } = this;
    const weights = new Uint16Array(n * size);
    for (let j0 = 0; j0 < size; j0 += TILE) {
      const tile = Math.min(TILE, size - j0);
      for (let t = 0; t < tile; t++) {
        const row = counts.subarray(t * n, (t + 1) * n);
        bootstrapCounts(Rng.stream(this.seed, "bootstrap", first + j0 + t), n, row);
      }
      for (let i = 0; i < n; i++) {
        const offset = i * size + j0;
        for (let t = 0; t < tile; t++) {
          const c = counts[t * n + i];
          if (c > MAX_WEIGHT) throw new RangeError(`a resample draws example ${i} ${c} times`);
          weights[offset + t] = c;
        }
      }
    }
    return { first, size, weights };
  }
};

// src/metrics/sums.ts
function sumMetric(name, yTrue) {
  const n = yTrue.length;
  const mean2 = (sum) => sum / n;
  switch (name) {
    case "accuracy":
      return {
        terms: (p) => perExample(p, (i) => p.predicted[i] === p.yTrue[i] ? 1 : 0),
        value: mean2,
        linear: true
      };
    case "error_rate":
      return {
        terms: (p) => perExample(p, (i) => p.predicted[i] === p.yTrue[i] ? 0 : 1),
        value: mean2,
        linear: true
      };
    case "log_loss":
      return { terms: exampleLogLosses, value: mean2, linear: true };
    case "mse":
      return { terms: squaredErrors, value: mean2, linear: true };
    case "rmse":
      return { terms: squaredErrors, value: (sum) => Math.sqrt(sum / n), linear: false };
    case "mae":
      return {
        terms: (p) => perExample(p, (i) => Math.abs(p.scores[i] - p.yTrue[i])),
        value: mean2,
        linear: true
      };
    case "r2": {
      const spread = targetSpread(yTrue);
      return {
        terms: squaredErrors,
        value: (sum) => sum === 0 ? 1 : spread === 0 ? 0 : 1 - sum / spread,
        linear: spread !== 0
      };
    }
    case "precision":
    case "recall":
    case "f1":
    case "precision_macro":
    case "recall_macro":
    case "f1_macro":
    case "f1_weighted":
    case "roc_auc":
      return void 0;
  }
}
function perExample(preds, term) {
  return Float64Array.from({ length: preds.n }, (_, i) => term(i));
}
function squaredErrors(preds) {
  return perExample(preds, (i) => (preds.yTrue[i] - preds.scores[i]) ** 2);
}
function targetSpread(yTrue) {
  const n = yTrue.length;
  let mean2 = 0;
  for (let i = 0; i < n; i++) mean2 += yTrue[i];
  mean2 /= n;
  let spread = 0;
  let constant = true;
  for (let i = 0; i < n; i++) {
    spread += (yTrue[i] - mean2) ** 2;
    if (yTrue[i] !== yTrue[0]) constant = false;
  }
  return constant ? 0 : spread;
}

// src/metrics/influence.ts
function influenceTerms(name, versions) {
  const sums = sumMetric(name === "rmse" || name === "r2" ? "mse" : name, versions[0].yTrue);
  if (sums !== void 0) return versions.map((p) => sums.terms(p));
  if (name === "roc_auc") return placements(versions);
  return countTerms(name, versions);
}
function countTerms(name, versions) {
  const base = versions[0];
  const { n, k } = base;
  const V = versions.length;
  const truth = classCounter(base)().trueSum.slice();
  const predicted = new Float64Array(k);
  const hits = new Float64Array(k);
  for (const p of versions) {
    const counts = classCounter(p)();
    for (let c = 0; c < k; c++) {
      predicted[c] += counts.predSum[c] / V;
      hits[c] += counts.tp[c] / V;
    }
  }
  const weights = classWeights(name, base.task, truth, predicted);
  const score = name.startsWith("precision") ? "precision" : name.startsWith("recall") ? "recall" : "f1";
  return versions.map((p) => {
    const terms = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const t = base.yTrue[i];
      const c = p.predicted[i];
      for (const cls of c === t ? [c] : [c, t]) {
        const w = weights[cls];
        if (w === 0) continue;
        const hit = c === t ? 1 : 0;
        const asPredicted = c === cls ? 1 : 0;
        const asTrue = t === cls ? 1 : 0;
        terms[i] += w * classTerm(score, hit, asPredicted, asTrue, {
          truth: truth[cls],
          predicted: predicted[cls],
          hits: hits[cls]
        });
      }
    }
    return terms;
  });
}
function classTerm(score, hit, asPredicted, asTrue, pooled) {
  const { truth, predicted, hits } = pooled;
  switch (score) {
    case "recall":
      return truth > 0 ? hit / truth : 0;
    case "precision":
      return predicted > 0 ? asPredicted * (asTrue - hits / predicted) / predicted : 0;
    case "f1": {
      const denominator = truth + predicted;
      if (denominator === 0) return 0;
      return (2 * hit - 2 * hits / denominator * (asPredicted + asTrue)) / denominator;
    }
  }
}
function classWeights(name, task, truth, predicted) {
  const k = truth.length;
  const weights = new Float64Array(k);
  const average = (present) => {
    let m = 0;
    for (let c = 0; c < k; c++) if (present(c)) m++;
    for (let c = 0; c < k; c++) weights[c] = present(c) && m > 0 ? 1 / m : 0;
    return weights;
  };
  if (name === "f1_weighted") {
    const total = truth.reduce((a, b) => a + b, 0);
    for (let c = 0; c < k; c++) weights[c] = total > 0 ? truth[c] / total : 0;
    return weights;
  }
  if (name.endsWith("_macro")) return average((c) => truth[c] > 0 || predicted[c] > 0);
  if (task === "binary") {
    weights[1] = 1;
    return weights;
  }
  return average((c) => truth[c] > 0);
}
function placements(versions) {
  const base = versions[0];
  const { n, k } = base;
  const V = versions.length;
  const columns = k === 2 ? [1] : Array.from({ length: k }, (_, c) => c);
  const terms = versions.map(() => new Float64Array(n));
  for (const c of columns) {
    const positive = (i) => base.yTrue[i] === c;
    const pooled = (side) => {
      const scores = [];
      for (const p of versions)
        for (let i = 0; i < n; i++) if (positive(i) === side) scores.push(p.scores[i * k + c]);
      return Float64Array.from(scores).sort();
    };
    const pos = pooled(true);
    const neg = pooled(false);
    const nPos = pos.length / V;
    const nNeg = neg.length / V;
    if (nPos === 0 || nNeg === 0) continue;
    versions.forEach((p, v) => {
      for (let i = 0; i < n; i++) {
        const s = p.scores[i * k + c];
        const share = positive(i) ? (below(neg, s) + 0.5 * (atOrBelow(neg, s) - below(neg, s))) / neg.length / nPos : (pos.length - atOrBelow(pos, s) + 0.5 * (atOrBelow(pos, s) - below(pos, s))) / pos.length / nNeg;
        terms[v][i] += share / columns.length;
      }
    });
  }
  return terms;
}
function below(sorted, x) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function atOrBelow(sorted, x) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// src/stats/randomization.ts
var RANDOMIZATION_DEFAULTS = {
  enumerateUpTo: 4096,
  maxDraws: 9999,
  stopAfter: 20
};
function randomizationTest(terms, versions, rng, options = RANDOMIZATION_DEFAULTS) {
  const rows = terms.length / versions;
  if (!Number.isInteger(rows) || !Number.isInteger(versions) || versions < 2) {
    throw new RangeError(`randomizationTest: ${terms.length} terms for ${versions} versions`);
  }
  if (rows === 0) return { p: 1, method: "exact", draws: 1 };
  let observed = 0;
  for (let j = 0; j < rows; j++) observed += terms[j * versions];
  observed = Math.abs(observed);
  if (Number.isNaN(observed)) return { p: NaN, method: "exact", draws: 1 };
  const cut = observed * (1 - 1e-9) - 1e-300;
  if (rows * Math.log(versions) <= Math.log(options.enumerateUpTo) + 1e-9) {
    const total = Math.round(versions ** rows);
    let count2 = 0;
    for (let index = 0; index < total; index++) {
      let rest = index;
      let sum = 0;
      for (let j = 0; j < rows; j++) {
        sum += terms[j * versions + rest % versions];
        rest = Math.floor(rest / versions);
      }
      if (Math.abs(sum) >= cut) count2++;
    }
    return { p: count2 / total, method: "exact", draws: total };
  }
  const floor = 1 / (options.maxDraws + 1);
  const bound = tailBound(terms, versions, observed);
  if (bound < floor) return { p: bound, method: "tail-bound", draws: 0 };
  const groups = new Groups(terms, versions);
  let count = 0;
  for (let draw = 1; draw <= options.maxDraws; draw++) {
    if (Math.abs(groups.draw(rng)) >= cut) count++;
    if (count === options.stopAfter)
      return { p: count / draw, method: "monte-carlo", draws: draw + 1 };
  }
  return {
    p: (1 + count) / (1 + options.maxDraws),
    method: "monte-carlo",
    draws: options.maxDraws + 1
  };
}
function tailBound(terms, versions, t) {
  let spread = 0;
  let variance = 0;
  let largest = 0;
  for (let j = 0; j < terms.length; j += versions) {
    let low = Infinity;
    let high = -Infinity;
    for (let v = 0; v < versions; v++) {
      const x = terms[j + v];
      low = Math.min(low, x);
      high = Math.max(high, x);
      variance += x * x / versions;
      largest = Math.max(largest, Math.abs(x));
    }
    spread += (high - low) ** 2;
  }
  if (spread === 0) return 1;
  const hoeffding = 2 * Math.exp(-2 * t * t / spread);
  const bernstein = 2 * Math.exp(-t * t / (2 * variance + 2 * largest * t / 3));
  return Math.min(1, hoeffding, bernstein);
}
var Groups = class {
  tables = [];
  sizes = [];
  per = [];
  limits = [];
  constructor(terms, versions) {
    const rows = terms.length / versions;
    let g = 1;
    while (versions ** (g + 1) <= 256) g++;
    for (let start = 0; start < rows; start += g) {
      const members = Math.min(g, rows - start);
      const size = versions ** members;
      const table = new Float64Array(size);
      for (let index = 0; index < size; index++) {
        let rest = index;
        let sum = 0;
        for (let m = 0; m < members; m++) {
          sum += terms[(start + m) * versions + rest % versions];
          rest = Math.floor(rest / versions);
        }
        table[index] = sum;
      }
      this.tables.push(table);
      let per = 1;
      while (size ** (per + 1) <= 2 ** 32) per++;
      this.sizes.push(size);
      this.per.push(per);
      this.limits.push(Math.floor(2 ** 32 / size ** per) * size ** per);
    }
  }
  /** The sum under one uniform random rotation. */
  draw(rng) {
    const { tables, sizes, per, limits } = this;
    let sum = 0;
    let x = 0;
    let left = 0;
    for (let t = 0; t < tables.length; t++) {
      const size = sizes[t];
      if (left === 0 || size !== sizes[t - 1]) {
        do
          x = rng.nextUint32();
        while (x >= limits[t]);
        left = per[t];
      }
      const pick = x % size;
      x = (x - pick) / size;
      left--;
      sum += tables[t][pick];
    }
    return sum;
  }
};

// src/suite/significance.ts
var P_FLOOR = 1 / (RANDOMIZATION_DEFAULTS.maxDraws + 1);
function contributionTest(name, baseline, component, seed, options = RANDOMIZATION_DEFAULTS) {
  const versions = [baseline, ...component.ablated];
  const { rows, centred } = centredTerms(influenceTerms(name, versions));
  const rng = Rng.stream(seed, "swap", component.id, name);
  return { ...randomizationTest(centred, versions.length, rng, options), changed: rows };
}
function withPValues(intervals, baseline, components, seed) {
  const result = /* @__PURE__ */ new Map();
  for (const component of components) {
    const record = {};
    for (const [metric, interval] of Object.entries(intervals.get(component.id) ?? {})) {
      if (interval.value === null) {
        record[metric] = interval;
        continue;
      }
      const test = contributionTest(metric, baseline, component, seed);
      record[metric] = test.changed === 0 ? { ...interval, contribution: 0, ci: [0, 0], p: 1, q: 1 } : { ...interval, p: test.p, q: test.p };
    }
    result.set(component.id, record);
  }
  return result;
}
function centredTerms(terms) {
  const V = terms.length;
  const [first] = terms;
  const n = first.length;
  const rows = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    for (let v = 1; v < V; v++) {
      if (terms[v][i] !== first[i]) {
        rows[count++] = i;
        break;
      }
    }
  }
  const centred = new Float64Array(count * V);
  for (let j = 0; j < count; j++) {
    const i = rows[j];
    let mean2 = 0;
    for (let v = 0; v < V; v++) mean2 += terms[v][i];
    mean2 /= V;
    for (let v = 0; v < V; v++) centred[j * V + v] = terms[v][i] - mean2;
  }
  return { rows: count, centred };
}

// src/suite/test-interval.ts
function testInterval(metric, slice, options) {
  const metricOptions = options.cls === void 0 ? {} : { cls: options.cls };
  const counts = proportionCounts(metric, slice, metricOptions);
  if (counts !== void 0) {
    return {
      method: "clopper-pearson",
      ci: clopperPearsonInterval(counts.successes, counts.trials, options.confidence),
      counted: counts.trials
    };
  }
  const single = options.cls ?? (slice.task === "binary" ? 1 : void 0);
  if (metric === "f1" && single !== void 0) return f1Interval(slice, single, options.confidence);
  if (metric === "roc_auc" && slice.task === "binary")
    return aucInterval(slice, options.confidence);
  return bootstrapInterval(metric, slice, options);
}
function f1Interval(slice, cls, confidence) {
  const counts = classCounter(slice)();
  const tp = counts.tp[cls];
  const union = counts.trueSum[cls] + counts.predSum[cls] - tp;
  const [low, high] = clopperPearsonInterval(tp, union, confidence);
  const f1 = (j) => 2 * j / (1 + j);
  return { method: "clopper-pearson-f1", ci: [f1(low), f1(high)], counted: slice.n };
}
function aucInterval(slice, confidence) {
  let positives = 0;
  for (let i = 0; i < slice.n; i++) if (slice.yTrue[i] === 1) positives++;
  const m = Math.min(positives, slice.n - positives);
  const auc = prepareMetric("roc_auc", slice)();
  const tail = (1 - confidence) / 2;
  const low = clopperPearsonLower(Math.floor(m * auc + 1e-9), m, tail);
  const high = clopperPearsonUpper(Math.ceil(m * auc - 1e-9), m, tail);
  return { method: "clopper-pearson-auc", ci: [low, high], counted: slice.n };
}
function bootstrapInterval(metric, slice, options) {
  const score = prepareMetric(metric, slice, options.cls === void 0 ? {} : { cls: options.cls });
  const weights = new Float64Array(slice.n);
  const samples = new Float64Array(options.resamples);
  let low = Infinity;
  let high = -Infinity;
  for (let b = 0; b < options.resamples; b++) {
    bootstrapCounts(Rng.stream(options.seed, "test", options.label, b), slice.n, weights);
    samples[b] = score(weights);
    if (samples[b] < low) low = samples[b];
    if (samples[b] > high) high = samples[b];
  }
  const ci = percentileInterval(samples, options.confidence);
  return {
    method: "bootstrap",
    ci,
    counted: slice.n,
    // Equal up to rounding: a weighted mean of equal terms can differ in the last bit.
    ...high - low <= 1e-12 * Math.max(1, Math.abs(low)) ? {
      degenerate: `every resample of the slice gives ${metric} = ${low}: too little variation to decide`
    } : {}
  };
}

// src/suite/unit-tests.ts
function runUnitTest(test, rows, baseline, options) {
  const result = {
    name: test.name,
    metric: test.metric,
    ...test.class === void 0 ? {} : { class: test.class },
    threshold: { ...test.threshold },
    where: test.where,
    n: rows.length,
    status: "skipped"
  };
  if (rows.length < test.minExamples) {
    const matching = rows.length === 1 ? "1 example matches" : `${rows.length} examples match`;
    return { ...result, reason: `${matching}; min-examples is ${test.minExamples}` };
  }
  const slice = subset(baseline, rows);
  const value = computeMetric(
    test.metric,
    slice,
    options.cls === void 0 ? {} : { cls: options.cls }
  );
  if (!Number.isFinite(value)) {
    return { ...result, value: null, reason: `${test.metric} is undefined on this slice` };
  }
  const interval = testInterval(test.metric, slice, { ...options, label: test.name });
  if (!finite(interval.ci)) {
    return {
      ...result,
      value,
      reason: `${test.metric} is undefined on every resample of this slice`
    };
  }
  return {
    ...result,
    n: interval.counted,
    value,
    ci: interval.ci,
    method: interval.method,
    status: interval.degenerate === void 0 ? testStatus(interval.ci, test.threshold) : "inconclusive",
    ...interval.degenerate === void 0 ? {} : { reason: interval.degenerate },
    slice: encodeSlice(rows, baseline.n)
  };
}
function testStatus([low, high], { op, value }) {
  switch (op) {
    case ">=":
      return low >= value ? "pass" : high < value ? "fail" : "inconclusive";
    case ">":
      return low > value ? "pass" : high <= value ? "fail" : "inconclusive";
    case "<=":
      return high <= value ? "pass" : low > value ? "fail" : "inconclusive";
    case "<":
      return high < value ? "pass" : low >= value ? "fail" : "inconclusive";
  }
}

// src/suite/run.ts
var CONFIDENCE = 0.95;
async function runSuite(suite, options) {
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  const started = now();
  const { config, dataset } = suite;
  const planned = options.shard === void 0 ? suite.components : (
    // The split is of the plan as configured, whatever a time limit changed.
    shardComponents(
      suite.components,
      options.budget?.record.repeats?.from ?? config.repeats,
      options.shard
    )
  );
  const evaluation = await startEvaluation({ ...suite, components: planned }, options);
  const { evaluator } = evaluation;
  try {
    const predict = (outputs) => toPredictions(dataset.task, dataset.y, outputs, dataset.n, evaluator.outputWidth);
    const baselineOutputs = evaluator.baseline();
    checkFiniteOutputs(
      baselineOutputs,
      evaluator.outputWidth,
      config.model === void 0 ? "the retrained baseline" : relative(config.root, config.model)
    );
    const baseline = predict(baselineOutputs);
    const resamples = new Resamples(config.seed, dataset.n, config.resamples);
    const reference = new Baseline(config.metrics, baseline);
    const baseScores = config.metrics.map((name) => scoreBaseline(name, reference, resamples));
    const applicable = planned.filter((c) => c.notApplicable === void 0);
    const units = applicable.reduce((sum, c) => sum + (c.stochastic ? config.repeats : 1), 0);
    const scored = /* @__PURE__ */ new Map();
    const late = /* @__PURE__ */ new Set();
    const { budget } = options;
    const maxUnits = budget === void 0 ? Infinity : Math.max(1, Math.ceil(units / CHUNKS));
    const admit = (chunkUnits) => budget === void 0 || now().getTime() + chunkUnits * budget.unitSeconds * 1e3 <= budget.deadline;
    for await (const { components: chunk, outputs } of evaluation.chunks(options.onProgress, {
      maxUnits,
      admit
    })) {
      await new Promise((resolve) => setImmediate(resolve));
      if (outputs === void 0) {
        for (const component of chunk) late.add(component.id);
        continue;
      }
      const full = chunk.map((component) => {
        const outs = outputs.get(component.id) ?? [];
        outputs.delete(component.id);
        return { id: component.id, ablated: outs.map(predict) };
      });
      const ablated = full.map(({ id, ablated: repeats }) => ({
        id,
        ablated: repeats.map((p) => reference.record(p))
      }));
      const intervals = scoreContributions(baseScores, reference, ablated, resamples, {
        seed: config.seed,
        confidence: CONFIDENCE
      });
      const chunkScores = withPValues(intervals, baseline, full, config.seed);
      for (const [id, metrics] of chunkScores) scored.set(id, metrics);
    }
    adjustForMultipleComparisons(scored, config.metrics);
    const tests = config.tests.map(
      (test, i) => runUnitTest(test, suite.tests[i].rows, baseline, {
        seed: config.seed,
        resamples: config.resamples,
        confidence: CONFIDENCE,
        cls: suite.tests[i].cls
      })
    );
    return {
      schemaVersion: 1,
      suite: config.suite,
      source: {
        commit: options.source.commit,
        ref: options.source.ref,
        configHash: options.source.configHash,
        modelHash: suite.modelHash,
        dataHash: dataset.hash
      },
      run: {
        seed: config.seed,
        repeats: config.repeats,
        resamples: config.resamples,
        confidence: CONFIDENCE,
        backend: options.backend,
        shard: options.shard === void 0 ? null : { ...options.shard },
        ...budget === void 0 ? {} : { budget: { ...budget.record, notEvaluated: late.size } },
        gate: {
          failOn: [...config.gate.failOn],
          regression: { ...config.gate.regression }
        }
      },
      timing: { startedAt: started.toISOString(), durationMs: now().getTime() - started.getTime() },
      task: dataset.task,
      classes: dataset.classes ?? null,
      data: dataFacts(dataset),
      metrics: config.metrics.map((name) => ({
        name,
        higherIsBetter: METRICS[name].higherIsBetter
      })),
      baseline: {
        n: dataset.n,
        metrics: Object.fromEntries(
          baseScores.map((base) => [base.name, headlineEstimate(base, baseline, CONFIDENCE)])
        )
      },
      components: planned.map(
        (c) => componentResult(
          late.has(c.id) ? {
            ...c,
            notApplicable: `not evaluated: the time limit of ${showDuration(budget.record.limit)} was reached`
          } : c,
          scored.get(c.id),
          config.repeats
        )
      ),
      tests,
      predictions: {
        encoding: "base64-le",
        shape: [dataset.n, evaluator.outputWidth],
        baseline: base64(baselineOutputs),
        labels: base64(dataset.y)
      }
    };
  } finally {
    await evaluation.close();
  }
}
function componentResult(component, metrics, repeats) {
  const { mode } = component;
  const result = {
    id: component.id,
    kind: component.kind,
    name: component.name,
    target: component.on === "layers" ? component.layers : component.features,
    ...typeof mode === "string" ? { mode } : { mode: "value", value: mode.value },
    repeats: component.notApplicable !== void 0 ? 0 : component.stochastic ? repeats : 1
  };
  if (component.notApplicable !== void 0) result.notApplicable = component.notApplicable;
  else result.metrics = metrics;
  return result;
}
function adjustForMultipleComparisons(scored, metrics) {
  for (const metric of metrics) {
    const entries = [...scored.values()].map((m) => m[metric]).filter((c) => c.value !== null);
    const q = benjaminiHochberg(Float64Array.from(entries.map((c) => c.p)));
    entries.forEach((c, i) => c.q = q[i]);
  }
}
function base64(values) {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString("base64");
}

export {
  Baseline,
  scoreBaseline,
  baselineEstimate,
  scoreContributions,
  loadDataset,
  scalingVectors,
  selectRows,
  modelData,
  prepareSuite,
  Resamples,
  CHUNKS,
  planBudget,
  dataFacts,
  runUnitTest,
  CONFIDENCE,
  runSuite,
  adjustForMultipleComparisons
};
