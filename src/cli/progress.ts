/**
 * Progress for long runs: one line redrawn in place on a terminal, nothing
 * in CI logs (where a redrawn line would print hundreds of times).
 */
export interface Progress {
  update(fraction: number): void;
  done(): void;
}

export function progressLine(
  stream: NodeJS.WriteStream,
  label: string,
  enabled = stream.isTTY === true,
): Progress {
  if (!enabled) return { update: () => undefined, done: () => undefined };
  let last = -1;
  const started = Date.now();
  return {
    update(fraction) {
      const percent = Math.floor(fraction * 100);
      if (percent === last) return;
      last = percent;
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      stream.write(`\r${label} ${String(percent).padStart(3)}%  ${seconds}s`);
    },
    done() {
      if (last >= 0) stream.write('\r\x1b[2K');
    },
  };
}
