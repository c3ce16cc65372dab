import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { othersRunning } from '../../src/pool/running.js';

const busy: ChildProcess[] = [];
afterEach(() => {
  for (const child of busy.splice(0)) child.kill('SIGKILL');
});

/** A process spinning on a core until killed, once it has started spinning. */
async function spin(): Promise<void> {
  const child = spawn(process.execPath, ['-e', 'process.stdout.write("go"); for (;;);']);
  busy.push(child);
  await new Promise((resolve) => child.stdout.once('data', resolve));
}

describe.runIf(existsSync('/proc/loadavg'))('threads running now (Linux)', () => {
  it('counts spinning processes as they run, not a minute later', async () => {
    await spin();
    await spin();
    // Two spinners, whatever else runs on the machine: at least two others (never this thread).
    expect(othersRunning()).toBeGreaterThanOrEqual(2);
  });
});
