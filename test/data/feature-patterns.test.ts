import { describe, expect, it } from 'vitest';
import { inputErrorOf, parse } from './helpers.js';

/**
 * `data.features` takes the patterns every other key takes: names, globs,
 * ranges and `{a,b}` alternatives. Entries keep the order written; a glob's
 * matches come in the file's column order (the label never among them); a
 * range's in range order. An entry naming nothing, a malformed one, or a
 * column named twice is an error on its key.
 */

// Metadata columns beside the inputs, the label in the middle.
const TEXT =
  'id,p0,p1,y,p2,p10,site,q_a,q_b\n' + 'r1,1,2,0,3,4,north,5,6\n' + 'r2,7,8,1,9,10,south,11,12\n';

describe('patterns in data.features', () => {
  it.each([
    [['p*'], ['p0', 'p1', 'p2', 'p10']],
    [['p?'], ['p0', 'p1', 'p2']],
    [['p[0:2]'], ['p0', 'p1', 'p2']],
    [['p[2:10]*'], ['p2', 'p10']],
    [
      ['q_*', 'p[10:10]', 'p[0:1]'],
      ['q_a', 'q_b', 'p10', 'p0', 'p1'],
    ],
    [['q_{b,a}'], ['q_b', 'q_a']],
    [['*'], ['id', 'p0', 'p1', 'p2', 'p10', 'site', 'q_a', 'q_b']],
  ])('%j names %j', (features, expected) => {
    // A metadata column as a feature needs numbers: id and site are text.
    const text =
      features[0] === '*' ? TEXT.replace(/r(\d)/g, '$1').replace(/north|south/g, '0') : TEXT;
    const dataset = parse(text, { features });
    expect(dataset.features).toEqual(expected);
    expect(dataset.x.length).toBe(2 * expected.length);
  });

  it.each([
    [['p*', 'x_*'], 'data.features[1]: no feature column of data/t.csv matches "x_*"'],
    [
      ['p[0:3]'],
      'data.features[0]: no column "p3" (from "p[0:3]") in data/t.csv; did you mean "p0" or "p1" or "p2"?',
    ],
    [['q_{a,b'], 'data.features[0]: "q_{a,b" has a { without its closing }'],
    [
      ['p[3:0]'],
      'data.features[0]: the range [3:0] in "p[3:0]" is empty (END is included and must be at least START)',
    ],
    [['p0', 'p*'], 'data.features[1]: duplicate feature "p0", already named by data.features[0]'],
    [['y*'], 'data.features[0]: no feature column of data/t.csv matches "y*"'],
  ])('%j: %s', (features, message) => {
    expect(inputErrorOf(() => parse(TEXT, { features }))).toBe(`ablation.yml: ${message}`);
  });
});
