import { closeSync, constants, openSync, readdirSync, readlinkSync } from 'node:fs';

/**
 * Watches whether THIS process opens one of `files`: a hang detector that does not depend on the
 * machine's load. A FIFO is opened when someone opens it to read: a reader blocked in open() is
 * seen by opening the write end without blocking (which fails with ENXIO while nobody reads), and
 * that open also releases the reader (it reads an end of file), so the run finishes instead of
 * hanging. Any other file is seen open among this process's descriptors (`/proc/self/fd`).
 *
 * `opened` resolves with the file as soon as one is seen open; it never resolves otherwise.
 * Call `stop()` once the watched run has finished.
 */
export function watchOpens(files: { fifos?: string[]; others?: string[] }): {
  opened: Promise<string>;
  stop: () => void;
} {
  let stop = (): void => undefined;
  const opened = new Promise<string>((resolve) => {
    const look = (): void => {
      for (const fifo of files.fifos ?? []) {
        let fd: number;
        try {
          fd = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
        } catch {
          continue; // ENXIO: no reader
        }
        closeSync(fd);
        resolve(fifo);
      }
      if (files.others?.length) {
        for (const fd of readdirSync('/proc/self/fd')) {
          let target: string;
          try {
            target = readlinkSync(`/proc/self/fd/${fd}`);
          } catch {
            continue; // closed meanwhile
          }
          if (files.others.includes(target)) resolve(target);
        }
      }
    };
    // Polling only samples: how often it looks changes how soon a hang is seen, never whether.
    const timer = setInterval(look, 10);
    stop = () => clearInterval(timer);
  });
  return { opened, stop };
}

/**
 * Runs `run` while watching `files` (see {@link watchOpens}): resolves with the run's result, or
 * with `{ opened }` naming the file the run opened (which, for a FIFO, is where it would hang).
 */
export async function unlessOpened<T>(
  files: { fifos?: string[]; others?: string[] },
  run: () => Promise<T>,
): Promise<{ result: T } | { opened: string }> {
  const watch = watchOpens(files);
  try {
    return await Promise.race([
      run().then((result) => ({ result })),
      watch.opened.then((opened) => ({ opened })),
    ]);
  } finally {
    watch.stop();
  }
}
