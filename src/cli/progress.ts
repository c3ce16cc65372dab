/**
 * Progress for long runs: on a terminal, one line redrawn in place; in CI
 * logs (not a TTY), where a redrawn line would print hundreds of times, a
 * heartbeat line every `heartbeatMs` (phase, % done, elapsed, time left).
 */
export interface Progress {
  update(fraction: number): void;
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
const HEARTBEAT_MS = 30_000;

export function progressLine(
  stream: NodeJS.WritableStream & { isTTY?: boolean },
  label: string,
  options: ProgressOptions = {},
): Progress {
  const now = options.now ?? Date.now;
  const started = now();
  if (!(options.tty ?? stream.isTTY === true)) {
    const every = options.heartbeatMs ?? HEARTBEAT_MS;
    let next = started + every;
    return {
      update(fraction) {
        const at = now();
        if (at < next) return;
        // Evaluation runs in long synchronous stretches: beat on the next update after the mark.
        next = at + every;
        stream.write(`ablation-ci: ${heartbeat(label, fraction, at - started)}\n`);
      },
      done: () => undefined,
    };
  }
  let last = -1;
  return {
    update(fraction) {
      const percent = Math.floor(fraction * 100);
      if (percent === last) return;
      last = percent;
      const seconds = ((now() - started) / 1000).toFixed(0);
      stream.write(`\r${label} ${String(percent).padStart(3)}%  ${seconds}s`);
    },
    done() {
      if (last >= 0) stream.write('\r\x1b[2K');
    },
  };
}

/** `evaluating 42% done, 1m10s elapsed, about 1m37s left`. */
export function heartbeat(label: string, fraction: number, elapsedMs: number): string {
  const done = Math.min(1, Math.max(0, fraction));
  const left = done > 0 ? ` about ${duration((elapsedMs * (1 - done)) / done)} left` : '';
  return `${label} ${Math.floor(done * 100)}% done, ${duration(elapsedMs)} elapsed,${left || ' time left unknown yet'}`;
}

function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return `${h}h${String(m).padStart(2, '0')}m`;
  return m > 0 ? `${m}m${String(s).padStart(2, '0')}s` : `${s}s`;
}
