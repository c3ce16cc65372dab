import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  FIRST_MS,
  HEARTBEAT_MS,
  progressLine,
  type Progress,
} from '../../src/progress/progress.js';
import { runEngine } from '../../src/pipeline/engine.js';
import type { Phase } from '../../src/suite/phase.js';

/** A stream that records each write with the (fake) time it was made. */
function timedStream(tty: boolean): {
  stream: NodeJS.WritableStream & { isTTY?: boolean };
  writes: { at: number; text: string }[];
} {
  const writes: { at: number; text: string }[] = [];
  const stream = {
    isTTY: tty,
    write: (text: string) => {
      writes.push({ at: Date.now(), text });
      return true;
    },
  } as unknown as NodeJS.WritableStream & { isTTY?: boolean };
  return { stream, writes };
}

/** A phase's events, in ms from the command's start. */
type Event = { at: number; phase: Phase } | { at: number; fraction: number; detail?: string };

/** Plays `events` through a progress line on a fake clock; returns its writes (ms from the start). */
function replay(
  events: readonly Event[],
  end: number,
  tty: boolean,
): { at: number; text: string }[] {
  const start = Date.now();
  const { stream, writes } = timedStream(tty);
  const progress: Progress = progressLine(stream);
  for (const event of events) {
    vi.advanceTimersByTime(Math.max(0, start + event.at - Date.now()));
    if ('phase' in event) progress.phase(event.phase);
    else progress.update(event.fraction, event.detail);
  }
  vi.advanceTimersByTime(Math.max(0, start + end - Date.now()));
  progress.done();
  return writes.map((w) => ({ at: w.at - start, text: w.text }));
}

const PHASES: Phase[] = ['loading', 'validating', 'training', 'evaluating', 'scoring'];

describe('progress, on a fake clock', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  // Each phase alone for 5 minutes: with no progress at all (loading a model, training one run),
  // with progress reported while the event loop turns, and with the loop blocked between updates.
  it.each(
    PHASES.flatMap((phase) =>
      [false, true].flatMap((tty) =>
        (['silent', 'steady', 'blocked'] as const).map((kind) => ({ phase, tty, kind })),
      ),
    ),
  )(
    '$phase ($kind, tty $tty): a line within the first second, then at least every 30 s',
    ({ phase, tty, kind }) => {
      const { stream, writes } = timedStream(tty);
      const start = Date.now();
      const progress = progressLine(stream);
      progress.phase(phase);
      const total = 300_000;
      if (kind === 'blocked') {
        // No timer fires (a long synchronous stretch): only updates (at 1 s, then every 7 s) can print.
        vi.setSystemTime(start + 1000);
        progress.update(0);
        for (let t = 7000; t <= total; t += 7000) {
          vi.setSystemTime(start + t);
          progress.update(t / total);
        }
      } else {
        for (let t = 0; t < total; t += 5000) {
          vi.advanceTimersByTime(5000);
          if (kind === 'steady') progress.update((t + 5000) / total);
        }
      }
      progress.done();
      const times = writes.map((w) => w.at - start);
      expect(times[0]).toBeLessThanOrEqual(1000);
      expect(writes[0].text).toContain(phase);
      const gaps = times.slice(1).map((t, i) => t - times[i]);
      // Blocked, a beat waits for the next update: at most 7 s late.
      expect(Math.max(...gaps)).toBeLessThanOrEqual(
        kind === 'blocked' ? HEARTBEAT_MS + 7000 : HEARTBEAT_MS,
      );
      expect(times.at(-1)).toBeGreaterThanOrEqual(total - HEARTBEAT_MS - 7000);
    },
  );

  it('says nothing for an input error found within the first second', () => {
    const { stream, writes } = timedStream(false);
    const progress = progressLine(stream);
    progress.phase('loading');
    vi.advanceTimersByTime(FIRST_MS - 100);
    progress.done();
    vi.advanceTimersByTime(60_000);
    expect(writes).toEqual([]);
  });

  it('prints phase, % done, elapsed and time left in a log, "estimating…" until a sample exists', () => {
    const writes = replay(
      [
        { at: 0, phase: 'loading' },
        { at: 2000, phase: 'evaluating' },
        { at: 20_000, fraction: 0.001 },
        { at: 25_000, fraction: 0.005 },
        { at: 60_000, fraction: 0.2 },
        { at: 100_000, fraction: 0.4 },
        { at: 180_000, fraction: 0.8 },
        { at: 200_000, fraction: 1 },
        { at: 200_000, phase: 'scoring' },
      ],
      240_000,
      false,
    );
    expect(writes.map((w) => `${w.at} ${w.text}`).join('')).toBe(
      [
        '1000 ablation-ci: loading, 1 s elapsed',
        '2000 ablation-ci: evaluating, 2 s elapsed',
        // 30 s after the last line; 5 s of work at 0.5% is no sample yet.
        '32000 ablation-ci: evaluating 0% done, 32 s elapsed, time left estimating…',
        // Measured from the first point (20 s): what came before says nothing of the rate.
        '62000 ablation-ci: evaluating 20% done, 62 s elapsed, about 2.68 min left',
        '92000 ablation-ci: evaluating 20% done, 92 s elapsed, about 2.68 min left',
        '122000 ablation-ci: evaluating 40% done, 2.03 min elapsed, about 2.01 min left',
        '152000 ablation-ci: evaluating 40% done, 2.53 min elapsed, about 2.01 min left',
        '182000 ablation-ci: evaluating 80% done, 3.03 min elapsed, about 40 s left',
        // Every evaluation back: scoring, not "100% done, 0 s left".
        '200000 ablation-ci: scoring, 3.33 min elapsed',
        '230000 ablation-ci: scoring, 3.83 min elapsed',
        '',
      ].join('\n'),
    );
  });

  it('on a terminal, redraws one line every second and clears it when done', () => {
    const writes = replay(
      [
        { at: 0, phase: 'training' },
        { at: 0, fraction: 0, detail: 'baseline, seed 42' },
        { at: 1200, fraction: 0.5, detail: 'variant a, seed 42' },
      ],
      2000,
      true,
    );
    expect(writes.map((w) => w.text)).toEqual([
      // Training starts once every input is checked: said at once.
      '\r\x1b[2Ktraining, 0 s elapsed',
      '\r\x1b[2Ktraining (baseline, seed 42) 0% done, 1 s elapsed, time left estimating…',
      '\r\x1b[2Ktraining (variant a, seed 42) 50% done, 2 s elapsed, time left estimating…',
      '\r\x1b[2K',
    ]);
  });
});

/** Runs an example for real, recording its phases and progress (ms from the start). */
async function recordExample(example: string): Promise<{ events: Event[]; end: number }> {
  const root = path.resolve(import.meta.dirname, '../..');
  const events: Event[] = [];
  const start = performance.now();
  const at = (): number => performance.now() - start;
  await runEngine(path.join(root, 'examples', example, 'ablation.yml'), {
    cwd: root,
    backend: 'wasm',
    source: () => Promise.resolve({ commit: null, ref: null }),
    onPhase: (phase) => events.push({ at: at(), phase }),
    onProgress: (fraction) => events.push({ at: at(), fraction }),
    onTrainingProgress: (fraction) => events.push({ at: at(), fraction }),
    useCache: false,
  });
  return { events, end: at() };
}

/** `1m05s` → 65. */
function seconds(text: string): number {
  const [, value, unit] = /^([\d.]+) (s|min|h)$/.exec(text)!;
  return Number(value) * { s: 1, min: 60, h: 3600 }[unit as 's' | 'min' | 'h'];
}

describe('the first time left printed, on the examples', () => {
  it.each(['breast-cancer', 'digits'])(
    '%s: absent, or within 3× of the time the run then took',
    async (example) => {
      const { events, end } = await recordExample(example);
      vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
      try {
        for (const tty of [true, false]) {
          const writes = replay(events, end, tty);
          const first = writes.find((w) => / left$/.test(w.text) && !/ 0 s left$/.test(w.text));
          if (first === undefined) continue;
          const claimed = seconds(/about (\S+ \S+) left$/.exec(first.text)![1]);
          const truth = (end - first.at) / 1000;
          // Printed to the second: a claim of 0–1 s is right when the truth is under 1.5 s.
          expect(
            claimed <= 3 * truth + 1 && truth <= 3 * claimed + 1,
            `${first.text} at ${first.at} ms; the run ended ${truth.toFixed(1)} s later`,
          ).toBe(true);
        }
      } finally {
        vi.useRealTimers();
      }
    },
    180_000,
  );
});
