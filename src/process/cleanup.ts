/**
 * What must not outlive the process: temporary files, training process
 * trees, work folders holding copies of the data. Each is registered with
 * a synchronous cleanup while it exists; on SIGINT, SIGTERM or SIGHUP every
 * cleanup runs and the process exits with 128 + the signal's number (130
 * for Ctrl-C), and on any other exit (an error line, `process.exit`) they
 * run too. The signal handlers exist only while something is registered:
 * the handler removes itself first, so a second Ctrl-C gets Node's default
 * (exit at once), and outside such work a signal stops the process at once
 * with nothing of ours to clean.
 */

const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

const cleanups = new Set<() => void>();

/**
 * Registers `cleanup` (synchronous: it may run in a signal handler or on
 * exit) until the returned `release` is called.
 */
export function untilReleased(cleanup: () => void): () => void {
  // A fresh function per registration: the same cleanup may be registered twice.
  const entry = (): void => cleanup();
  if (cleanups.size === 0) guard(true);
  cleanups.add(entry);
  return () => {
    if (!cleanups.delete(entry)) return;
    if (cleanups.size === 0) guard(false);
  };
}

/**
 * Runs every registered cleanup now, once, newest first (a process is
 * ended before the folder it writes to is removed), and releases them all.
 */
export function cleanUpNow(): void {
  const all = [...cleanups].reverse();
  cleanups.clear();
  guard(false);
  for (const cleanup of all) {
    try {
      cleanup();
    } catch {
      // One failed cleanup must not keep the others from running.
    }
  }
}

function onSignal(signal: NodeJS.Signals): void {
  cleanUpNow();
  process.exit(128 + SIGNALS[signal as keyof typeof SIGNALS]);
}

function guard(on: boolean): void {
  for (const signal of Object.keys(SIGNALS) as NodeJS.Signals[]) {
    if (on) process.on(signal, onSignal);
    else process.off(signal, onSignal);
  }
  if (on) process.on('exit', cleanUpNow);
  else process.off('exit', cleanUpNow);
}
