import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  BlockScorer,
  DATA_EXTENSIONS_TEXT,
  METRICS,
  bootstrapCounts,
  dataFormat,
  metricApplies,
  percentileInterval
} from "./chunk-TJL3ROGX.js";
import {
  workerEntry
} from "./chunk-CFMESWCY.js";
import {
  buildGraph,
  configError,
  expandName,
  indexNames,
  matchFeatures,
  matchLayers,
  planComponents,
  quoteFrom
} from "./chunk-2F72UHEX.js";
import {
  childPath,
  locate,
  unknownNameHint
} from "./chunk-FT6JTLYM.js";
import {
  CR,
  CellTexts,
  FieldScanner,
  LF,
  MAX_TEXT,
  QUOTE,
  readRange
} from "./chunk-RRZRISNN.js";
import {
  Rng
} from "./chunk-CGUDVJKI.js";
import {
  InputError,
  errorMessage
} from "./chunk-YSKLVAJM.js";

// src/sensitivity/units.ts
function curvePlan(config, curves) {
  const options = config.ablations.sensitivity;
  if (options === void 0 || curves === void 0) return void 0;
  const { grid, repeats, scale, draws } = options;
  return { curves, settings: { seed: config.seed, grid, repeats, scale, draws } };
}
var FEATURE_UNIT_ROWS = 16384;
function planCurveUnits(plan, n, rowsPerPass) {
  const { grid, repeats } = plan.settings;
  const copies = grid.length * repeats;
  const all = grid.map((_, g) => g);
  return plan.curves.map((curve, index) => {
    const units = [];
    if (curve.on === "features") {
      const batch = Math.max(1, Math.min(rowsPerPass, Math.floor(FEATURE_UNIT_ROWS / copies)));
      for (let start = 0; start < n; start += batch) {
        units.push({
          on: "curve",
          curve: index,
          points: all,
          start,
          end: Math.min(n, start + batch)
        });
      }
      return units;
    }
    for (let start = 0; start < n; start += rowsPerPass) {
      const end = Math.min(n, start + rowsPerPass);
      for (const g of all) units.push({ on: "curve", curve: index, points: [g], start, end });
    }
    return units;
  });
}
function allocateCurve(plan, n, width) {
  const { grid, repeats } = plan.settings;
  return grid.map(() => Array.from({ length: repeats }, () => new Float32Array(n * width)));
}
function placeCurveUnit(unit, values, outputs, width) {
  const length = (unit.end - unit.start) * width;
  let at2 = 0;
  for (const g of unit.points) {
    for (const target of outputs[g]) {
      target.set(values.subarray(at2, at2 + length), unit.start * width);
      at2 += length;
    }
  }
}
function curveEvaluations(settings) {
  return settings.grid.filter((s) => s > 0).length * settings.repeats;
}

// src/suite/prepare.ts
import path from "node:path";

// src/sensitivity/plan.ts
function planSensitivity(config, settings, graph, features) {
  const key = "ablations.sensitivity";
  const allLayers = graph.nodes.filter((node) => !node.isInput).map((node) => node.name);
  const layers = matchLayers(
    config,
    `${key}.layers`,
    settings.layers,
    allLayers,
    indexNames(allLayers)
  );
  const chosen = settings.features === "all" ? features : matchFeatures(config, `${key}.features`, settings.features, features, indexNames(features));
  const planned = [];
  for (const layer of layers) {
    for (const noise of settings.layerNoise) {
      planned.push({
        id: `layer:${layer}:${noise}`,
        kind: "layer",
        name: layer,
        on: "layers",
        layers: [layer],
        noise
      });
    }
  }
  for (const feature of chosen) {
    planned.push({
      id: `feature:${feature}:input`,
      kind: "feature",
      name: feature,
      on: "features",
      features: [feature],
      noise: "input"
    });
  }
  settings.groups.forEach((name, i) => {
    const group = config.ablations.groups.find((g) => g.name === name);
    if (group === void 0) {
      const known = config.ablations.groups.map((g) => g.name);
      throw configError(
        config,
        `${key}.groups[${i}]`,
        `${JSON.stringify(name)} is not a group of ablations.groups` + (known.length === 0 ? " (none is defined)" : ` (${known.join(", ")})`)
      );
    }
    const groupKey = `ablations.groups.${name}`;
    if (group.layers !== void 0) {
      const members = matchLayers(
        config,
        `${groupKey}.layers`,
        group.layers,
        allLayers,
        indexNames(allLayers)
      );
      for (const noise of settings.layerNoise) {
        planned.push({
          id: `group:${name}:${noise}`,
          kind: "group",
          name,
          on: "layers",
          layers: members,
          noise
        });
      }
    } else {
      const members = matchFeatures(
        config,
        `${groupKey}.features`,
        group.features ?? [],
        features,
        indexNames(features)
      );
      planned.push({
        id: `group:${name}:input`,
        kind: "group",
        name,
        on: "features",
        features: members,
        noise: "input"
      });
    }
  });
  return planned;
}
function planSensitivityOf(config, graph, features) {
  const settings = config.ablations.sensitivity;
  return settings === void 0 ? void 0 : planSensitivity(config, settings, graph, features);
}

// src/data/load.ts
import { createHash as createHash2 } from "node:crypto";
import { isUtf8 } from "node:buffer";
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
function cellNumber(cell) {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : NaN;
  if (cell.length === 0) return NaN;
  const value = Number(cell);
  if (!Number.isFinite(value)) return NaN;
  if (value === 0 && cell.trim() === "") return NaN;
  return value;
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

// src/data/csv.ts
function parseCsv(bytes, file) {
  return typeColumns(bytes, tokenize(bytes, file), file);
}
function tokenize(bytes, file) {
  const { scanner, names } = readHeaderRecord(bytes, file);
  const m = names.length;
  const { at: at2, line: dataLine } = scanner;
  scanner.restart(m);
  const lines = [];
  scanner.readRecords(Infinity, m, lines);
  return {
    names,
    rows: lines.length,
    values: scanner.values.subarray(0, scanner.count),
    kept: scanner.kept.subarray(0, 3 * scanner.keptCount),
    lines: Int32Array.from(lines),
    at: at2,
    line: dataLine
  };
}
function readHeaderRecord(bytes, file) {
  const scanner = new FieldScanner(bytes, file);
  if (!scanner.nextRecord()) throw new InputError("empty file: expected a header row", { file });
  const headerLine = scanner.line;
  const names = readHeader(scanner);
  scanner.row = 1;
  checkHeader(names, file, headerLine);
  return { scanner, names };
}
function readHeader(scanner) {
  const plain = scanner.readPlainHeader();
  if (plain !== void 0) return plain;
  scanner.keepAll = true;
  scanner.readRecords(1, 0, []);
  scanner.keepAll = false;
  const names = [];
  for (let h = 0; h < scanner.count; h++) names.push(scanner.keptText(h).trim());
  return names;
}
function typeColumns(bytes, fields, file) {
  const { names, rows, values, kept } = fields;
  const m = names.length;
  const numeric = new Uint8Array(m).fill(1);
  const keptCells = new Int32Array(m);
  const cells = new CellTexts(bytes);
  cells.expect(kept.length / 3);
  for (let t = 0; t < kept.length; t += 3) {
    const k = kept[t];
    const j = k % m;
    keptCells[j]++;
    if (numeric[j] === 0) continue;
    const value = cellNumber(cells.field(kept[t + 1], kept[t + 2]));
    if (Number.isNaN(value)) numeric[j] = 0;
    else values[k] = value;
  }
  const made = [];
  const texts = [];
  let rescan;
  for (let j = 0; j < m; j++) {
    if (numeric[j] === 1) continue;
    texts[j] = new Array(rows);
    made[j] = { kind: "string", values: texts[j] };
    if (keptCells[j] < rows) (rescan ??= new Uint8Array(m))[j] = 1;
  }
  for (let t = 0; t < kept.length; t += 3) {
    const k = kept[t];
    const j = k % m;
    if (numeric[j] === 0 && rescan?.[j] !== 1) {
      texts[j][(k - j) / m] = cells.field(kept[t + 1], kept[t + 2]);
    }
  }
  if (rescan !== void 0) readTexts(bytes, file, fields, rescan, texts, cells);
  const column = (j) => made[j] ??= numberColumn(values, rows, m, j);
  return { names, numeric, column, rows, lines: fields.lines, cells: values };
}
function readTexts(bytes, file, fields, columns, texts, cells) {
  let count = 0;
  for (let j = 0; j < columns.length; j++) count += columns[j];
  cells.expect(count * fields.rows);
  const scanner = new FieldScanner(bytes, file, Math.max(1, fields.values.length));
  scanner.at = fields.at;
  scanner.line = fields.line;
  scanner.keepColumns = columns;
  scanner.row = 1;
  scanner.readRecords(Infinity, 0, []);
  const m = fields.names.length;
  const { kept } = scanner;
  for (let t = 0; t < 3 * scanner.keptCount; t += 3) {
    const k = kept[t];
    const j = k % m;
    if (columns[j] === 1) texts[j][(k - j) / m] = cells.field(kept[t + 1], kept[t + 2]);
  }
}
function numberColumn(cells, rows, m, j) {
  const values = new Float64Array(rows);
  for (let i = 0; i < rows; i++) values[i] = cells[i * m + j];
  return { kind: "number", values };
}
function checkHeader(names, file, line) {
  const sorted = names.slice().sort();
  let clean = sorted.length === 0 || sorted[0] !== "";
  for (let h = 1; clean && h < sorted.length; h++) clean = sorted[h] !== sorted[h - 1];
  if (clean) return;
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

// src/data/utf8.ts
function firstInvalidUtf8(bytes) {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const lead = bytes[i];
    if (lead < 128) {
      i++;
      continue;
    }
    let length;
    let low = 128;
    let high = 191;
    if (lead >= 194 && lead <= 223) length = 2;
    else if (lead >= 224 && lead <= 239) {
      length = 3;
      if (lead === 224) low = 160;
      if (lead === 237) high = 159;
    } else if (lead >= 240 && lead <= 244) {
      length = 4;
      if (lead === 240) low = 144;
      if (lead === 244) high = 143;
    } else return i;
    if (i + 1 >= n || bytes[i + 1] < low || bytes[i + 1] > high) return i;
    for (let k = 2; k < length; k++) {
      const b = i + k < n ? bytes[i + k] : 0;
      if (b < 128 || b > 191) return i;
    }
    i += length;
  }
  return -1;
}
function lineOf(bytes, at2) {
  let line = 1;
  for (let i = 0; i < at2; i++) {
    const c = bytes[i];
    if (c === LF || c === CR && (i + 1 >= bytes.length || bytes[i + 1] !== LF)) line++;
  }
  return line;
}

// src/data/csv-threads.ts
import { createHash } from "node:crypto";
import { Worker } from "node:worker_threads";
import { open, stat } from "node:fs/promises";
var THREAD_BYTES = 32 * 1024 * 1024;
var MAX_BYTES = 2 ** 31 - 1;
async function readShared(path2, minBytes) {
  let size;
  let handle;
  const fits = (info) => info.isFile() && info.size >= minBytes && info.size <= MAX_BYTES;
  try {
    if (!fits(await stat(path2))) return void 0;
    handle = await open(path2, "r");
  } catch {
    return void 0;
  }
  try {
    const info = await handle.stat();
    if (!fits(info)) throw new Error("not read in shared memory");
    size = info.size;
  } catch {
    await handle.close().catch(() => void 0);
    return void 0;
  }
  const thread = new CsvThread();
  try {
    const memory = Buffer.from(new SharedArrayBuffer(size + 1));
    let read = 0;
    while (read < size) {
      const { bytesRead } = await handle.read(memory, read, size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    if (read !== size) {
      thread.close();
      return void 0;
    }
    memory[size] = LF;
    return { bytes: memory.subarray(0, size), withLineFeed: memory, thread };
  } catch {
    thread.close();
    return void 0;
  } finally {
    await handle.close().catch(() => void 0);
  }
}
async function parseCsvShared(shared, body, file) {
  const { thread } = shared;
  const { scanner, names } = readHeaderRecord(body, file);
  const m = names.length;
  const { at: at2, line } = scanner;
  const split = splitAt(body, at2);
  if (split === void 0) {
    const hash2 = hashOf(shared);
    return { table: parseCsv(body, file), hash: hash2, threads: 1 };
  }
  const room1 = Math.min(m * lineFeeds(body, at2, split), split - at2);
  const room2 = Math.min(m * lineFeeds(body, split, body.length), body.length - split);
  const cells = new Float64Array(new SharedArrayBuffer(8 * Math.max(1, room1 + room2)));
  const second = thread.range({
    type: "range",
    bytes: body,
    from: split,
    to: body.length,
    m,
    values: cells.subarray(room1)
  }).catch(() => void 0);
  const hash = hashOf(shared);
  const part = { from: at2, to: split, line, row: 1 };
  const first = readRange(body, part, m, cells.subarray(0, room1), file);
  const last = await second;
  if (first.overflow || last === void 0 || last.overflow) {
    return { table: parseCsv(body, file), hash, threads: 1 };
  }
  const r1 = first.lines.length;
  const r2 = last.lines.length;
  if (m * r1 < room1) cells.copyWithin(m * r1, room1, room1 + m * r2);
  const lines = new Int32Array(r1 + r2);
  lines.set(first.lines);
  for (let i = 0; i < r2; i++) lines[r1 + i] = last.lines[i] + first.endLine - 1;
  const kept = new Int32Array(first.kept.length + last.kept.length);
  kept.set(first.kept);
  for (let t = 0; t < last.kept.length; t += 3) {
    const at22 = first.kept.length + t;
    kept[at22] = last.kept[t] + m * r1;
    kept[at22 + 1] = last.kept[t + 1];
    kept[at22 + 2] = last.kept[t + 2];
  }
  const table = typeColumns(
    body,
    { names, rows: r1 + r2, values: cells.subarray(0, m * (r1 + r2)), kept, lines, at: at2, line },
    file
  );
  return { table, hash, threads: 2 };
}
function hashOf(shared) {
  const { thread, bytes } = shared;
  return thread.hash(bytes).catch(
    () => thread.closed ? "" : `sha256:${createHash("sha256").update(bytes).digest("hex")}`
  );
}
function splitAt(body, at2) {
  const bytes = asBuffer(body);
  if (bytes.indexOf(QUOTE, at2) >= 0) return void 0;
  const feed = bytes.indexOf(LF, at2 + Math.floor((body.length - at2) / 2));
  return feed < 0 || feed + 1 >= body.length ? void 0 : feed + 1;
}
function lineFeeds(body, from, to) {
  const bytes = asBuffer(body);
  let count = 0;
  for (let i = bytes.indexOf(LF, from); i >= 0 && i < to; i = bytes.indexOf(LF, i + 1)) count++;
  return count;
}
function asBuffer(bytes) {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}
var CsvThread = class {
  worker;
  waiting = [];
  failure;
  isClosed = false;
  constructor() {
    const entry = workerEntry(import.meta.url, "./csv-worker.ts", "csv-worker.js");
    this.worker = entry.eval === true ? new Worker(entry.code, { eval: true }) : new Worker(entry.url);
    this.worker.unref();
    this.worker.on("message", (reply) => this.waiting.shift()?.resolve(reply));
    this.worker.on("error", (error) => this.fail(error));
    this.worker.on(
      "exit",
      (code) => this.fail(new Error(`the CSV thread exited with code ${code}`))
    );
  }
  /** The records of a part; undefined when the part has a bad record. */
  async range(request) {
    const reply = await this.ask(request);
    return reply.type === "range" ? reply : void 0;
  }
  /** The sha256 of `bytes`, as `sha256:<hex>`. */
  async hash(bytes) {
    const reply = await this.ask({ type: "hash", bytes });
    if (reply.type !== "hash") throw new Error(`the CSV thread answered ${reply.type} to hash`);
    return `sha256:${reply.hash}`;
  }
  /** True once `close` was called. */
  get closed() {
    return this.isClosed;
  }
  close() {
    this.isClosed = true;
    this.fail(new Error("the CSV thread was closed"));
    void this.worker.terminate();
  }
  ask(request) {
    if (this.failure !== void 0) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.worker.postMessage(request);
    });
  }
  fail(error) {
    this.failure ??= error;
    for (const waiter of this.waiting.splice(0)) waiter.reject(error);
  }
};

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
  for (let f = 0; f < features.length; f++) isFeature[features[f]] = 1;
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
    for (let f = 0; f < features.length; f++) this.featureAt[features[f]] = f;
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
  for (let f = 0; f < featureIndexes.length; f++) {
    const j = featureIndexes[f];
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
    let inFileOrder = true;
    for (let f = 1; f < d && inFileOrder; f++)
      inFileOrder = featureIndexes[f] > featureIndexes[f - 1];
    if (inFileOrder) {
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
async function loadDataset(spec, options = {}) {
  if (formatOf(spec) === "csv") {
    const shared = await readShared(spec.path, options.threadBytes ?? THREAD_BYTES);
    if (shared !== void 0) {
      try {
        return await parseSharedCsv(shared, spec, options.onThreads);
      } finally {
        shared.thread.close();
      }
    }
  }
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
  return { ...dataset, hash: `sha256:${createHash2("sha256").update(bytes).digest("hex")}` };
}
async function parseSharedCsv(shared, spec, onThreads) {
  const { bytes } = shared;
  const file = spec.displayPath;
  const end = endsWithLineBreak(bytes) ? bytes.length : bytes.length + 1;
  const body = shared.withLineFeed.subarray(textStart(bytes, file), end);
  const read = await parseCsvShared(shared, body, file);
  onThreads?.(read.threads);
  const dataset = datasetOf(read.table, spec);
  return { ...dataset, hash: await read.hash };
}
function readDataset(bytes, spec) {
  return datasetOf(readTable(bytes, formatOf(spec), spec.displayPath), spec);
}
function datasetOf(table, spec) {
  const file = spec.displayPath;
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
  const features = new Array(featureIndexes.length);
  for (let f = 0; f < featureIndexes.length; f++) features[f] = table.names[featureIndexes[f]];
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
  const body = bytes.subarray(textStart(bytes, file));
  switch (format) {
    case "csv":
      return parseCsv(body, file);
    case "jsonl":
      return parseJsonLines(decodeBody(body, format, file), file);
    case "json":
      return parseJsonArray(decodeBody(body, format, file), file);
  }
}
function endsWithLineBreak(bytes) {
  const last = bytes.length === 0 ? -1 : bytes[bytes.length - 1];
  return last === LF || last === CR;
}
function textStart(bytes, file) {
  if (!isUtf8(bytes)) {
    const line = lineOf(bytes, Math.max(0, firstInvalidUtf8(bytes)));
    throw new InputError("not valid UTF-8 text", { file, line });
  }
  const bom = bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
  return bom ? 3 : 0;
}
function decodeBody(body, format, file) {
  if (body.length > MAX_TEXT) {
    throw new InputError(
      `${body.length} bytes, longer than a text can be (${MAX_TEXT} characters): a .${format} file is read as one text; write the data as .csv`,
      { file }
    );
  }
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(body);
}
function selectFeatures(table, labelIndex, spec) {
  if (spec.features === void 0) {
    const all = [];
    for (let j = 0; j < table.names.length; j++) if (j !== labelIndex) all.push(j);
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
  const columns = table.names.map((_, j) => j).filter((j) => j !== labelIndex);
  const known = columns.map((j) => table.names[j]);
  const index = indexNames(known);
  const entries = spec.features;
  const chosen = [];
  const by = /* @__PURE__ */ new Map();
  entries.forEach((entry, i) => {
    const location = { file: spec.configFile, where: `data.features[${i}]` };
    if (entry === spec.label)
      throw new InputError(`${quoteName(entry)} is the label column`, location);
    const result = expandName(entry, known, index, {
      what: `feature column of ${spec.displayPath}`,
      unknown: (name) => `no column ${quoteFrom(name, entry)} in ${spec.displayPath}; ` + unknownNameHint(name, table.names, "columns")
    });
    if ("problem" in result) throw new InputError(result.problem, location);
    for (const position of result.positions) {
      const first = by.get(position);
      if (first !== void 0) {
        const name = known[position];
        const plain = entry === name && entries[first] === name;
        const also = plain || first === i ? "" : `, already named by data.features[${first}]`;
        throw new InputError(`duplicate feature ${quoteName(name)}${also}`, location);
      }
      by.set(position, i);
      chosen.push(columns[position]);
    }
  });
  return chosen;
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
function loadEvalData(config, cwd) {
  return loadDataset({
    path: config.data.eval,
    displayPath: display(config.data.eval, cwd),
    label: config.data.label,
    features: config.data.features,
    task: config.data.task,
    classes: config.data.classes,
    configFile: config.file
  });
}
async function prepareData(config, cwd) {
  try {
    const dataset = await loadEvalData(config, cwd);
    checkMetrics(config, dataset);
    const scalingFile = config.data.scalingFile;
    const scaling = scalingVectors(
      dataset,
      config.data.scaling,
      scalingFile === void 0 ? { file: config.file, key: "data.scaling" } : { file: display(scalingFile, cwd), key: "" }
    );
    const tests = config.tests.map((test, i) => ({
      rows: selectRows(dataset, test.where, { file: config.file, key: `tests[${i}].where` }),
      cls: test.class === void 0 ? void 0 : classIndex(config, dataset, test.class, i)
    }));
    return { dataset, scaling, tests };
  } catch (error) {
    throw withConfigLine(error, config);
  }
}
async function prepareModel(config, data, cwd) {
  const modelFile = config.model;
  if (modelFile === void 0) throw new Error("prepareModel: the config names no model");
  try {
    const { loadModel } = await import("./load-ET74BOSV.js");
    const loaded = await loadModel(modelFile, display(modelFile, cwd));
    try {
      const graph = buildGraph(loaded.model);
      const inputShape = checkModel(config, display(modelFile, cwd), graph, data.dataset);
      const components = planComponents(config, graph, data.dataset.features);
      const sensitivity = planSensitivityOf(config, graph, data.dataset.features);
      return {
        config,
        ...data,
        modelFile,
        model: loaded.model,
        modelHash: loaded.hash,
        graph,
        inputShape,
        components,
        ...sensitivity === void 0 ? {} : { sensitivity }
      };
    } catch (error) {
      loaded.model.dispose();
      throw error;
    }
  } catch (error) {
    throw withConfigLine(error, config);
  }
}
function display(file, cwd) {
  return path.relative(cwd, file) || file;
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

// src/stats/resamples.ts
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

// src/sensitivity/curves.ts
function normalisedArea(degradation) {
  const G = degradation.length;
  if (G === 1) return degradation[0];
  let area = 0;
  for (let g = 0; g + 1 < G; g++) area += (degradation[g] + degradation[g + 1]) / 2;
  return area / (G - 1);
}
function scoreCurve(component, grid, predictions, bases, reference, resamples, confidence, seed) {
  const B = resamples.count;
  const R = predictions[0].length;
  const picks = repeatPicks(seed, component.id, R, B);
  const variants = predictions.map((repeats) => repeats.map((p) => reference.record(p)));
  const byRepeat = variants.map(
    (repeats) => bases.map(() => repeats.map(() => new Float64Array(B)))
  );
  const scorer = new BlockScorer(reference);
  for (const block of resamples.blocks()) {
    scorer.begin(block);
    variants.forEach(
      (repeats, g) => bases.forEach(
        (base, m) => repeats.forEach((variant, r) => scorer.scoreVariant(base.name, variant, byRepeat[g][m][r]))
      )
    );
  }
  const samples = byRepeat.map(
    (metrics) => metrics.map(
      (repeats) => Float64Array.from(
        { length: B },
        (_, b) => meanOf(Array.from(picks.subarray(b * R, (b + 1) * R), (r) => repeats[r][b]))
      )
    )
  );
  const points = grid.map((s, g) => ({
    s,
    metrics: Object.fromEntries(
      bases.map((base, m) => {
        const value = meanOf(variants[g].map((v) => v.points.get(base.name)));
        return [base.name, estimate(value, samples[g][m], confidence, base.reason)];
      })
    )
  }));
  const area = Object.fromEntries(
    bases.map((base, m) => {
      const sign = METRICS[base.name].higherIsBetter ? 1 : -1;
      const point = normalisedArea(
        grid.map(
          (_, g) => sign * (base.value - meanOf(variants[g].map((v) => v.points.get(base.name))))
        )
      );
      const areas = new Float64Array(B);
      const degradation = new Float64Array(grid.length);
      for (let b = 0; b < B; b++) {
        for (let g = 0; g < grid.length; g++)
          degradation[g] = sign * (base.samples[b] - samples[g][m][b]);
        areas[b] = normalisedArea(degradation);
      }
      return [base.name, estimate(point, areas, confidence, base.reason)];
    })
  );
  return {
    id: component.id,
    kind: component.kind,
    name: component.name,
    noise: component.noise,
    target: component.on === "layers" ? [...component.layers] : [...component.features],
    points,
    area
  };
}
function rankCurves(curves, metric) {
  const key = (c) => c.area[metric]?.value ?? -Infinity;
  const order = curves.map((_, i) => i).sort((a, b) => key(curves[b]) - key(curves[a]) || a - b);
  const ranks = new Array(curves.length);
  order.forEach((i, r) => ranks[i] = r + 1);
  return curves.map((curve, i) => ({ ...curve, rank: ranks[i] }));
}
function repeatPicks(seed, id, repeats, count) {
  const picks = new Int32Array(count * repeats);
  if (repeats === 1) return picks;
  const rng = Rng.stream(seed, "sensitivity", id, "repeats");
  for (let i = 0; i < picks.length; i++) picks[i] = rng.int(repeats);
  return picks;
}
function estimate(value, samples, confidence, reason) {
  const ci = percentileInterval(samples, confidence);
  if (!Number.isFinite(value) || !Number.isFinite(ci[0]) || !Number.isFinite(ci[1])) {
    return { value: null, reason: reason || "undefined on the noisy predictions" };
  }
  return { value, ci };
}
function meanOf(values) {
  if (values.every((v) => v === values[0])) return values[0];
  return values.reduce((a, b) => a + b, 0) / values.length;
}

export {
  curvePlan,
  planCurveUnits,
  allocateCurve,
  placeCurveUnit,
  curveEvaluations,
  loadDataset,
  scalingVectors,
  modelData,
  prepareData,
  prepareModel,
  withConfigLine,
  Resamples,
  scoreCurve,
  rankCurves
};
