import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * An array spread into a call's arguments (`push(...names)`,
 * `Math.max(...values)`) puts every element on the stack: at image scale
 * (150,528 pixel names) it throws "Maximum call stack size exceeded". No
 * source or benchmark file spreads into the calls where arrays grow with the
 * data, except the few listed here whose arrays are bounded, each with why.
 */

/** Calls whose spread arguments are the risk (by the callee's text, or its last part). */
const RISKY =
  /(^|\.)(push|unshift|splice|concat|apply|call|max|min|fromCharCode|fromCodePoint|of)$/;

/** `file: callee` → why its array stays small. */
const BOUNDED: Record<string, string> = {
  'src/action/publish.ts: reasons.push': "the config's inconclusive tests",
  'src/model/artifacts.ts: weightSpecs.push': "one weight group's specs",
  'src/model/weights.ts: names.push': "one layer's weights",
  'src/report/sections/chart.ts: Math.min': 'the chart bars (at most BARS)',
  'src/report/sections/chart.ts: Math.max': 'the chart bars (at most BARS)',
  'src/report/sections/gate.ts: Math.max': 'the gated checks',
  'src/retrain/stage.ts: results.components.push': "the config's retrain variants",
  'src/shard/merge.ts: Math.max': 'one value per shard',
  'src/shard/merge.ts: Math.min': 'one value per shard',
  'src/stats/paired.ts: Math.max': 'a fixed grid of about 100 rates',
  'src/store/commit.ts: args.push': 'the stored runs one retention pass removes',
  'src/budget/tfjs-sample.ts: Math.max': "the timed sample's work units",
  'src/onnx/edit.ts: graph.node.splice': 'the one to three nodes an edit inserts',
  'bench/calibration/small-n-report.ts: Math.max': 'the rows of a benchmark table',
  'bench/markdown.ts: Math.max': 'the rows of a benchmark table',
  'bench/speed/report.ts: Math.max': 'the runs of one benchmark',
  'src/onnx/budget.ts: Math.max': "the timed sample's work classes (one per kind)",
  'bench/onnx.ts: Math.max': 'the runs of one benchmark',
  'bench/calibration/sensitivity-growth.ts: rows.push': "a scenario's rows (one per tolerance)",
  'bench/speed/sensitivity.ts: Math.min': 'the timed rounds of one benchmark case (at most 400)',
  'bench/speed/sensitivity.ts: Math.max': 'the timed rounds of one benchmark case (at most 400)',
};

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.m?ts$/.test(file))
    .map((file) => path.join(dir, file).split(path.sep).join('/'));
}

/** `file: callee` of every spread argument of a risky call in the file. */
function spreadCalls(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isCallExpression(node) || ts.isNewExpression(node)) &&
      (node.arguments ?? []).some((argument) => ts.isSpreadElement(argument))
    ) {
      const callee = node.expression.getText(source);
      if (RISKY.test(callee)) found.push(`${file}: ${callee}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('spread arguments', () => {
  it('no call where arrays grow with the data takes a spread array', () => {
    const files = [...sources('src'), ...sources('bench')];
    expect(files.length).toBeGreaterThan(100);
    const unbounded = files.flatMap(spreadCalls).filter((call) => !(call in BOUNDED));
    expect(unbounded).toEqual([]);
  });

  it('finds the spread it forbids', () => {
    // The check itself, on the line that crashed at image scale.
    const file = 'test/hardening/fixtures/spread-names.ts';
    expect(spreadCalls(file)).toEqual([`${file}: names.push`, `${file}: Math.max`]);
  });
});
