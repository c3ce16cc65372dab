import { InputError } from '../errors.js';
import type { Results } from '../results/types.js';

/** Canonical base64: what `Buffer.toString('base64')` writes (Buffer.from would skip junk). */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Checks what the schema cannot say about a results document before a
 * comparison decodes it: `predictions.shape` agrees with `baseline.n` and
 * the task's outputs, the stored outputs and labels are canonical base64 of
 * exactly the bytes the shape needs, outputs are finite, labels are class
 * indexes of `classes` (or finite targets for regression), and each test's
 * slice bitset covers n rows. Throws an InputError naming `file` and the key.
 */
export function checkDocument(document: Results, file: string): void {
  const fail = (where: string, detail: string): never => {
    throw new InputError(detail, { file, where });
  };
  const { task, classes, predictions } = document;
  const n = document.baseline.n;
  const [rows, width] = predictions.shape;
  if (rows !== n) fail('predictions.shape', `holds ${rows} rows but baseline.n is ${n}`);
  if (task === 'regression' ? classes !== null : classes === null || classes.length < 2) {
    fail(
      'classes',
      task === 'regression'
        ? 'must be null for a regression task'
        : `a ${task} task needs at least 2 classes`,
    );
  }
  const k = classes?.length ?? 1;
  const widths = task === 'multiclass' ? [k] : task === 'binary' ? [1, 2] : [1];
  if (!widths.includes(width)) {
    fail(
      'predictions.shape',
      `has ${width} outputs per example; a ${task} task with ${k} classes has ${widths.join(' or ')}`,
    );
  }
  const outputs = new Float32Array(
    bytes(predictions.baseline, n * width * 4, 'predictions.baseline', fail),
  );
  const bad = outputs.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0)
    fail(
      'predictions.baseline',
      `row ${Math.floor(bad / width) + 1} holds ${outputs[bad]}, not a finite output`,
    );
  const labels = new Float64Array(bytes(predictions.labels, n * 8, 'predictions.labels', fail));
  const wrong = labels.findIndex((y) =>
    task === 'regression' ? !Number.isFinite(y) : !Number.isInteger(y) || y < 0 || y >= k,
  );
  if (wrong >= 0) {
    fail(
      'predictions.labels',
      task === 'regression'
        ? `row ${wrong + 1} holds ${labels[wrong]}, not a finite target`
        : `row ${wrong + 1} holds ${labels[wrong]}, not a class index from 0 to ${k - 1} (classes: ${classes?.length ?? 0})`,
    );
  }
  document.tests.forEach((test, i) => {
    if (test.slice !== undefined) bytes(test.slice, Math.ceil(n / 8), `tests[${i}].slice`, fail);
  });
}

/**
 * Refuses two documents a comparison cannot pair: another suite, task or
 * class list. `files` names them as the user did: [base, head].
 */
export function checkPair(base: Results, head: Results, files: [string, string]): void {
  const [baseFile, headFile] = files;
  const differ = (where: string, a: unknown, b: unknown): void => {
    if (JSON.stringify(a) === JSON.stringify(b)) return;
    throw new InputError(
      `${JSON.stringify(b)} differs from ${baseFile}'s ${JSON.stringify(a)}: a comparison needs the same suite, task and classes`,
      { file: headFile, where },
    );
  };
  differ('suite', base.suite, head.suite);
  differ('task', base.task, head.task);
  differ('classes', base.classes, head.classes);
}

function bytes(
  text: string,
  length: number,
  where: string,
  fail: (where: string, detail: string) => never,
): ArrayBuffer {
  if (!BASE64.test(text)) return fail(where, 'is not valid base64');
  const decoded = Buffer.from(text, 'base64');
  if (decoded.length !== length) {
    fail(
      where,
      `holds ${decoded.length} bytes, but predictions.shape and baseline.n need ${length}`,
    );
  }
  // A fresh, aligned buffer: Buffer's pool offset may not be a multiple of 8.
  return decoded.buffer.slice(decoded.byteOffset, decoded.byteOffset + decoded.length);
}
