import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  compare,
  metricChangeWithInterval,
  probeWritable,
  readResultsFile,
  renderSummary,
  runFacts,
  runMismatches,
  writeFileAtomic,
  zeroToleranceNote
} from "./chunk-GJA3766R.js";
import {
  loadConfig,
  trainingCodeFiles
} from "./chunk-MSJCR2B5.js";
import {
  parse
} from "./chunk-46XJ5LCZ.js";
import {
  fileKind,
  notRegular
} from "./chunk-CAWXICTY.js";
import {
  InputError
} from "./chunk-YSKLVAJM.js";

// src/cli/compare.ts
import path4 from "node:path";
import { parseArgs } from "node:util";

// src/compare/check.ts
var BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
function checkDocument(document, file) {
  const fail = (where, detail) => {
    throw new InputError(detail, { file, where });
  };
  const { task, classes, predictions } = document;
  const n = document.baseline.n;
  const [rows, width] = predictions.shape;
  if (rows !== n) fail("predictions.shape", `holds ${rows} rows but baseline.n is ${n}`);
  if (task === "regression" ? classes !== null : classes === null || classes.length < 2) {
    fail(
      "classes",
      task === "regression" ? "must be null for a regression task" : `a ${task} task needs at least 2 classes`
    );
  }
  const k = classes?.length ?? 1;
  const widths = task === "multiclass" ? [k] : task === "binary" ? [1, 2] : [1];
  if (!widths.includes(width)) {
    fail(
      "predictions.shape",
      `has ${width} outputs per example; a ${task} task with ${k} classes has ${widths.join(" or ")}`
    );
  }
  const outputs = new Float32Array(
    bytes(predictions.baseline, n * width * 4, "predictions.baseline", fail)
  );
  const bad = outputs.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0)
    fail(
      "predictions.baseline",
      `row ${Math.floor(bad / width) + 1} holds ${outputs[bad]}, not a finite output`
    );
  const labels = new Float64Array(bytes(predictions.labels, n * 8, "predictions.labels", fail));
  const wrong = labels.findIndex(
    (y) => task === "regression" ? !Number.isFinite(y) : !Number.isInteger(y) || y < 0 || y >= k
  );
  if (wrong >= 0) {
    fail(
      "predictions.labels",
      task === "regression" ? `row ${wrong + 1} holds ${labels[wrong]}, not a finite target` : `row ${wrong + 1} holds ${labels[wrong]}, not a class index from 0 to ${k - 1} (classes: ${classes?.length ?? 0})`
    );
  }
  document.tests.forEach((test, i) => {
    if (test.slice !== void 0) bytes(test.slice, Math.ceil(n / 8), `tests[${i}].slice`, fail);
  });
}
function checkPair(base, head, files) {
  const [baseFile, headFile] = files;
  const differ = (where, a, b) => {
    if (JSON.stringify(a) === JSON.stringify(b)) return;
    throw new InputError(
      `${JSON.stringify(b)} differs from ${baseFile}'s ${JSON.stringify(a)}: a comparison needs the same suite, task and classes`,
      { file: headFile, where }
    );
  };
  differ("suite", base.suite, head.suite);
  differ("task", base.task, head.task);
  differ("classes", base.classes, head.classes);
}
function bytes(text, length, where, fail) {
  if (!BASE64.test(text)) return fail(where, "is not valid base64");
  const decoded = Buffer.from(text, "base64");
  if (decoded.length !== length) {
    fail(
      where,
      `holds ${decoded.length} bytes, but predictions.shape and baseline.n need ${length}`
    );
  }
  return decoded.buffer.slice(decoded.byteOffset, decoded.byteOffset + decoded.length);
}

// src/files/output.ts
import { lstat, readFile, realpath, stat, writeFile } from "node:fs/promises";
import path from "node:path";
async function resolveOutput(flag, given, cwd, options = {}) {
  const target = await resolveTarget(flag, given, cwd);
  return options.replaces === void 0 ? target : { ...target, replaces: options.replaces };
}
async function resolveTarget(flag, given, cwd) {
  if (given === "-") return { kind: "stdout", flag, given };
  const fail = (detail) => {
    throw new InputError(`${JSON.stringify(given)} ${detail}`, { where: flag });
  };
  if (given === "") fail("is empty; give a file path or - for standard output");
  const absolute = path.resolve(cwd, given);
  if (["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"].includes(absolute)) {
    return { kind: "stdout", flag, given };
  }
  if (/^\/(dev|proc)\//.test(absolute)) {
    const kind2 = await fileKind(absolute);
    if (kind2 === "missing" || kind2 === "under a file") fail("does not exist");
    if (kind2 === "folder" || kind2 === "block device" || kind2 === "socket") fail(`is a ${kind2}`);
    return { kind: "device", flag, given, path: absolute };
  }
  const kind = await fileKind(absolute);
  switch (kind) {
    case "file":
      return { kind: "file", flag, given, path: await writableAt(await realpath(absolute), fail) };
    case "FIFO":
    case "character device":
      return { kind: "device", flag, given, path: absolute };
    case "folder":
      return fail("is a folder; give a file path inside it");
    case "block device":
    case "socket":
      return fail(`is a ${kind}, not a file`);
    case "under a file":
      return fail(
        `lies under a file: ${firstFileAbove(absolute, await existingAncestor(absolute))}`
      );
    case "missing": {
      if ((await lstat(absolute).catch(() => void 0))?.isSymbolicLink() === true) {
        fail("is a symlink to a file that does not exist");
      }
      const folder = path.dirname(absolute);
      const folderKind = await fileKind(folder);
      if (folderKind === "missing") fail(`is in a folder that does not exist (${folder})`);
      if (folderKind !== "folder") {
        fail(`lies under a file: ${firstFileAbove(absolute, await existingAncestor(absolute))}`);
      }
      const real = path.join(await realpath(folder), path.basename(absolute));
      return { kind: "file", flag, given, path: await writableAt(real, fail) };
    }
  }
}
async function checkOutputs(targets, inputs) {
  const identities = await Promise.all(inputs.map(async (input) => identity(input.path)));
  const seen = [];
  let stdout;
  for (const target of targets) {
    if (target.kind === "stdout") {
      if (stdout !== void 0) {
        throw new InputError(
          `"-" is standard output, like ${stdout.flag}: give one of them a file`,
          {
            where: target.flag
          }
        );
      }
      stdout = target;
      continue;
    }
    const id = await identity(target.path);
    const clash = inputs.findIndex((_, i) => same(identities[i], id));
    if (clash >= 0) {
      throw new InputError(
        `${JSON.stringify(target.given)} is ${inputs[clash].role}, which this run reads; refusing to overwrite it (choose another path)`,
        { where: target.flag }
      );
    }
    const twin = seen.find((other) => same(other.id, id));
    if (twin !== void 0 && target.kind === "file") {
      throw new InputError(
        `${JSON.stringify(target.given)} is the same file as ${twin.target.flag} ${JSON.stringify(twin.target.given)}`,
        { where: target.flag }
      );
    }
    if (target.kind === "file" && target.replaces === "results") await replaceable(target);
    seen.push({ target, id });
  }
}
async function replaceable(target) {
  const text = await readFile(target.path, "utf8").catch(() => "");
  if (text.trim() === "") return;
  let document;
  try {
    document = JSON.parse(text);
  } catch {
    document = void 0;
  }
  const isResults = typeof document === "object" && document !== null && "schemaVersion" in document && "suite" in document;
  if (!isResults) {
    throw new InputError(
      `${JSON.stringify(target.given)} exists and is not a results document; refusing to overwrite it (choose another path)`,
      { where: target.flag }
    );
  }
}
async function writeOutput(target, text, stdout) {
  switch (target.kind) {
    case "stdout":
      await new Promise(
        (resolve, reject) => stdout.write(text, (error) => error ? reject(error) : resolve())
      );
      return;
    case "device":
      await writeFile(target.path, text);
      return;
    case "file":
      await writeFileAtomic(target.path, text);
  }
}
async function identity(file) {
  const info = await stat(file).catch(() => void 0);
  const real = await realpath(file).catch(() => void 0);
  return { real: real ?? path.resolve(file), dev: info?.dev, ino: info?.ino };
}
function same(a, b) {
  if (a.real !== void 0 && a.real === b.real) return true;
  return a.ino !== void 0 && a.ino !== 0 && a.ino === b.ino && a.dev === b.dev;
}
async function writableAt(target, fail) {
  try {
    await probeWritable(target);
  } catch (error) {
    const code = error.code ?? "error";
    const why = code === "EROFS" ? "read-only filesystem" : code === "EACCES" || code === "EPERM" ? "permission denied" : code;
    return fail(`cannot be written: cannot create files in ${path.dirname(target)} (${why})`);
  }
  return target;
}
async function existingAncestor(file) {
  let current = path.dirname(file);
  while (await fileKind(current) !== "folder" && path.dirname(current) !== current) {
    current = path.dirname(current);
  }
  return current;
}
function firstFileAbove(file, folder) {
  const rest = path.relative(folder, file).split(path.sep);
  return `${path.join(folder, rest[0])} is not a folder`;
}

// src/cli/inputs.ts
import path3 from "node:path";

// src/model/shards.ts
import { readFile as readFile2 } from "node:fs/promises";
import path2 from "node:path";
async function modelShardFiles(file) {
  if (await notRegular(file) !== void 0) return [];
  let json;
  try {
    json = JSON.parse(await readFile2(file, "utf8"));
  } catch {
    return [];
  }
  const manifest = isRecord(json) ? json["weightsManifest"] : void 0;
  if (!Array.isArray(manifest)) return [];
  const folder = path2.dirname(file);
  return manifest.flatMap(
    (group) => isRecord(group) && Array.isArray(group["paths"]) ? group["paths"] : []
  ).filter((p) => typeof p === "string" && p !== "").map((p) => path2.resolve(folder, p)).filter((p) => !path2.relative(folder, p).startsWith(".."));
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/cli/inputs.ts
async function runInputs(configFile, cwd, baseline) {
  const config = await loadConfig(configFile, { cwd });
  const shown = (file) => path3.relative(cwd, file) || file;
  const inputs = [
    { path: path3.resolve(cwd, configFile), role: `the config (${config.file})` },
    { path: config.data.eval, role: `the eval data (${shown(config.data.eval)})` }
  ];
  if (config.model !== void 0) {
    inputs.push({ path: config.model, role: `the model (${shown(config.model)})` });
    for (const file of await modelShardFiles(config.model)) {
      inputs.push({ path: file, role: `a weight shard of the model (${shown(file)})` });
    }
  }
  if (config.train !== void 0) {
    for (const file of await trainingCodeFiles(config)) {
      const role = file === config.train.module ? "the training module" : path3.basename(file) === "package-lock.json" && path3.dirname(file) === config.root ? "the lock file" : "training code";
      inputs.push({ path: file, role: `${role} (${shown(file)})` });
    }
  }
  if (config.data.train !== void 0) {
    inputs.push({
      path: config.data.train,
      role: `the training data (${shown(config.data.train)})`
    });
  }
  if (config.data.scalingFile !== void 0) {
    inputs.push({
      path: config.data.scalingFile,
      role: `the scaling file (${shown(config.data.scalingFile)})`
    });
  }
  if (baseline !== void 0) {
    inputs.push({ path: path3.resolve(cwd, baseline), role: `the baseline document (${baseline})` });
  }
  return { config, files: inputs };
}
async function checkReadable(file, cwd) {
  const problem = await notRegular(path3.resolve(cwd, file));
  if (problem !== void 0) throw new InputError(problem, { file });
}

// src/cli/compare.ts
async function writeReport(target, comparison, head, baselineNote, stdout, base) {
  const markdown = renderSummary(comparison, {
    ...runFacts(head, base),
    baselineNote,
    now: head.timing.startedAt
  });
  await writeOutput(target, markdown, stdout);
}
function verdictLines(comparison) {
  const { verdict, gate } = comparison;
  const lines = [`gate: ${verdict.passed ? "passed" : "failed"}`];
  for (const metric of comparison.metrics ?? []) {
    if (metric.change === void 0) continue;
    const { base, head, value, ci } = metric.change;
    lines.push(
      `  ${metric.name}: ${base.toFixed(4)} \u2192 ${head.toFixed(4)}, ${metricChangeWithInterval(value, ci, metric.name)}`
    );
  }
  if (verdict.failedTests.length > 0)
    lines.push(`  failed tests: ${verdict.failedTests.join(", ")}`);
  if (verdict.inconclusiveTests.length > 0) {
    lines.push(`  inconclusive tests: ${verdict.inconclusiveTests.join(", ")}`);
  }
  if (verdict.sensitivity !== void 0) {
    lines.push(`  more sensitive than main: ${verdict.sensitivity.join(", ")}`);
  }
  if (gate === void 0) {
    lines.push("  regressions: not checked (no baseline)");
  } else {
    const how = gate.paired ? "paired" : "unpaired: the eval data changed";
    lines.push(
      `  regressions (${how}, tolerance ${gate.tolerance}, alpha ${gate.alpha}): ${verdict.regressions.length === 0 ? "none" : verdict.regressions.join(", ")}`
    );
    const zero = zeroToleranceNote(gate);
    if (zero !== void 0) lines.push(`  note: ${zero}`);
  }
  return lines.join("\n");
}
async function compareCommand(args, io) {
  const { values, positionals } = parse(
    () => parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: { report: { type: "string" }, debug: { type: "boolean", default: false } }
    })
  );
  if (positionals.length !== 2) {
    throw new InputError("compare takes two results documents: BASE.json HEAD.json (see --help)");
  }
  const [baseFile, headFile] = positionals;
  const report = values.report === void 0 ? void 0 : await resolveOutput("--report", values.report, io.cwd);
  for (const file of positionals) await checkReadable(file, io.cwd);
  if (report !== void 0) {
    await checkOutputs(
      [report],
      positionals.map((file, i) => ({
        path: path4.resolve(io.cwd, file),
        role: `the ${i === 0 ? "baseline" : "head"} document (${file})`
      }))
    );
  }
  const base = await readResultsFile(baseFile, io.cwd);
  const head = await readResultsFile(headFile, io.cwd);
  checkDocument(base, baseFile);
  checkDocument(head, headFile);
  checkPair(base, head, [baseFile, headFile]);
  const human = report?.kind === "stdout" ? io.stderr : io.stdout;
  return finishComparison(
    compare(base, head),
    { base, head },
    `baseline: ${baseFile}`,
    report,
    io,
    human
  );
}
async function finishComparison(comparison, { base, head }, note, report, io, human) {
  for (const mismatch of runMismatches(base.run, head.run)) {
    io.stderr.write(`ablation-ci: warning: ${mismatch}
`);
  }
  human.write(`${verdictLines(comparison)}
`);
  if (report !== void 0) {
    await writeReport(report, comparison, head, note, io.stdout, base);
    human.write(`report: ${shownTarget(report, io.cwd)}
`);
  }
  return comparison.verdict.passed ? 0 : 1;
}
function shownTarget(target, cwd) {
  if (target.kind === "stdout") return "standard output";
  const relative = path4.relative(cwd, target.path);
  return target.kind === "device" || relative === "" || relative.startsWith("..") ? target.path : relative;
}

export {
  checkDocument,
  checkPair,
  resolveOutput,
  checkOutputs,
  writeOutput,
  runInputs,
  checkReadable,
  writeReport,
  verdictLines,
  compareCommand,
  finishComparison,
  shownTarget
};
