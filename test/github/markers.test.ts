import { describe, expect, it } from 'vitest';
import {
  isNewerRun,
  markerName,
  metaLine,
  parseMeta,
  stickyMarker,
  trackingMarker,
} from '../../src/github/markers.js';

describe('markers', () => {
  it.each([
    ['credit-risk', 'credit-risk'],
    ['v1.2_final', 'v1.2_final'],
    ['a--b', 'a%2D%2Db'],
    ['a---b-c', 'a%2D%2D%2Db-c'],
    ['tracking:x', 'tracking%3Ax'],
    ['x -->', 'x%20%2D%2D%3E'],
    ['50%', '50%25'],
    ["it's (big)!", 'it%27s%20%28big%29%21'],
    ['модель', '%D0%BC%D0%BE%D0%B4%D0%B5%D0%BB%D1%8C'],
  ])('names %j as %j inside a comment', (suite, name) => {
    expect(markerName(suite)).toBe(name);
    expect(decodeURIComponent(name)).toBe(suite);
    expect(stickyMarker(suite)).toBe(`<!-- ablation-ci:${name} -->`);
    expect(trackingMarker(suite)).toBe(`<!-- ablation-ci:tracking:${name} -->`);
    // Nothing inside can end or break the HTML comment.
    expect(name).not.toMatch(/--|[<>!]/);
  });

  it('keeps the markers of different suites apart', () => {
    expect(stickyMarker('credit-risk').includes(stickyMarker('credit'))).toBe(false);
    expect(trackingMarker('x').includes(stickyMarker('tracking:x'))).toBe(false);
  });
});

describe('meta line', () => {
  it('writes and reads back the run metadata', () => {
    const meta = { sha: 'abc123', runId: 123, runAttempt: 1 };
    expect(metaLine(meta)).toBe(
      '<!-- ablation-ci:meta {"sha":"abc123","runId":123,"runAttempt":1} -->',
    );
    expect(parseMeta(`<!-- ablation-ci:x -->\n${metaLine(meta)}\n\nreport`)).toEqual(meta);
  });

  it('escapes a sha that would close the comment', () => {
    const meta = { sha: 'x --> <b>', runId: 1, runAttempt: 2 };
    const line = metaLine(meta);
    expect(line).toBe(
      '<!-- ablation-ci:meta {"sha":"x \\u002d\\u002d\\u003e \\u003cb\\u003e","runId":1,"runAttempt":2} -->',
    );
    expect(parseMeta(line)).toEqual(meta);
  });

  it.each([
    ['no meta line', undefined],
    ['<!-- ablation-ci:meta {"sha":"a","runId":"7","runAttempt":1} -->', undefined],
    ['<!-- ablation-ci:meta {"sha":"a","runId":7.5} -->', undefined],
    ['<!-- ablation-ci:meta {not json} -->', undefined],
    ['<!-- ablation-ci:meta {"sha":"a","runId":7} -->', { sha: 'a', runId: 7, runAttempt: 1 }],
  ])('reads %j as %j', (body, meta) => {
    expect(parseMeta(body)).toEqual(meta);
  });

  it.each([
    [{ runId: 2, runAttempt: 1 }, { runId: 1, runAttempt: 9 }, true],
    [{ runId: 1, runAttempt: 2 }, { runId: 1, runAttempt: 1 }, true],
    [{ runId: 1, runAttempt: 1 }, { runId: 1, runAttempt: 1 }, false],
    [{ runId: 1, runAttempt: 9 }, { runId: 2, runAttempt: 1 }, false],
  ])('run %j is newer than %j: %s', (a, b, newer) => {
    expect(isNewerRun({ sha: 'a', ...a }, { sha: 'b', ...b })).toBe(newer);
  });
});
