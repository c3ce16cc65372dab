import type { Phase } from '../suite/phase.js';
import { showDuration } from '../results/budget-notice.js';
import { etaSeconds, type EtaSample } from './eta.js';

/**
 * Progress for long commands, phase by phase (loading, validating,
 * training, evaluating, scoring). A phase is announced the moment it
 * starts; then, on a terminal, one line is redrawn in place every second;
 * in CI logs (not a TTY), where a redrawn line would print hundreds of
 * times, a heartbeat line every `heartbeatMs`. A phase with a fraction done
 * shows it and the time left, "estimating…" until a sample of its rate
 * exists (see `etaSeconds`).
 */
export interface Progress {
  /** Starts a phase (`detail`: what it is on, e.g. "baseline, seed 42"); says so at once. */
  phase(name: Phase, detail?: string): void;
  /** The share of the current phase done, in [0, 1]; `detail` replaces the phase's. */
  update(fraction: number, detail?: string): void;
  /** Stops the heartbeat and clears a terminal line. */
  done(): void;
}

export interface ProgressOptions {
  /** Redraw in place (a terminal); default: whether the stream is a TTY. */
  tty?: boolean;
  /** Milliseconds between heartbeat lines when not on a TTY. */
  heartbeatMs?: number;
  /** The clock, in milliseconds. */
  now?: () => number;
}

/** Heartbeats every 30 s: often enough to show life, rare enough for a log. */
export const HEARTBEAT_MS = 30_000;
/** A terminal line is redrawn this often. */
const REDRAW_MS = 1_000;
/**
 * Nothing is shown before this: an input error (found in the first
 * moments: arguments, the config, the documents named) stays the only line
 * on stderr; anything longer is announced at its first second.
 */
export const FIRST_MS = 1_000;
/** Phases that start once every input is checked. */
const CHECKED = new Set<Phase>(['training', 'estimating', 'evaluating', 'scoring']);
/** How often the clock is read while the event loop turns. */
const TICK_MS = 250;

/** Where progress lines go: the command line's stderr, or the Action's log. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Progress on `io.progress` (the real command line's stderr); nothing when it is absent. */
export function quietProgress(io: { progress?: ProgressStream }): Progress {
  if (io.progress !== undefined) return progressLine(io.progress);
  return { phase: () => undefined, update: () => undefined, done: () => undefined };
}

/** The reporter of a command's phases on `stream` (stderr). */
export function progressLine(stream: ProgressStream, options: ProgressOptions = {}): Progress {
  const now = options.now ?? Date.now;
  const tty = options.tty ?? stream.isTTY === true;
  const every = tty ? REDRAW_MS : (options.heartbeatMs ?? HEARTBEAT_MS);
  const started = now();
  let state: PhaseState | undefined;
  let lastPrint: number | undefined;
  let drawn = false;
  let stopped = false;
  const due = (at: number): boolean =>
    lastPrint === undefined ? at - started >= FIRST_MS : at - lastPrint >= every;

  const print = (): void => {
    if (state === undefined || stopped) return;
    const at = now();
    lastPrint = at;
    const text = describe(state, at, started);
    if (tty) {
      stream.write(`\r\x1b[2K${text}`);
      drawn = true;
    } else stream.write(`ablation-ci: ${text}\n`);
  };
  // Timers beat while the event loop turns (loading, workers evaluating);
  // `update` beats during long synchronous stretches on this thread.
  const timer = setInterval(() => {
    if (due(now())) print();
  }, TICK_MS);
  timer.unref();
  return {
    phase(name, detail) {
      // The same phase again (the engine starting what the command began): no second line.
      if (state?.name === name && state.detail === detail) return;
      const at = now();
      state = { name, detail, started: at, samples: [] };
      // Past validation no input error can come: said at once (a timed sample blocks the timer).
      if (at - started >= FIRST_MS || CHECKED.has(name)) print();
    },
    update(fraction, detail) {
      if (state === undefined) return;
      const at = now();
      if (detail !== undefined) state.detail = detail;
      state.samples.push({ at, fraction: Math.min(1, Math.max(0, fraction)) });
      // The first and the latest point are all the estimate reads.
      if (state.samples.length > 2) state.samples.splice(1, 1);
      if (due(at)) print();
    },
    done() {
      stopped = true;
      clearInterval(timer);
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}

interface PhaseState {
  name: Phase;
  detail: string | undefined;
  started: number;
  samples: EtaSample[];
}

/** `evaluating 42% done, 1.17 min elapsed, about 1.62 min left` or `loading, 3 s elapsed`. */
function describe(state: PhaseState, at: number, started: number): string {
  const head = state.detail === undefined ? state.name : `${state.name} (${state.detail})`;
  const elapsed = `${showDuration((at - started) / 1000)} elapsed`;
  const latest = state.samples.at(-1);
  if (latest === undefined) return `${head}, ${elapsed}`;
  const left = etaSeconds(state.samples, state.started);
  const eta = left === undefined ? 'time left estimating…' : `about ${showDuration(left)} left`;
  return `${head} ${Math.floor(latest.fraction * 100)}% done, ${elapsed}, ${eta}`;
}
