import { describe, expect, it, vi } from 'vitest';

// The machine as the bench left it: 2 cores, a 1-minute load average of 1.9 from the process that
// just ended, nothing running now.
vi.mock('node:os', async (original) => ({
  ...(await original<typeof import('node:os')>()),
  availableParallelism: () => 2,
  loadavg: () => [1.9, 1.9, 1.9],
}));
const running = vi.hoisted(() => ({ now: 0, readings: 0 }));
vi.mock('../../src/pool/running.js', () => ({
  othersRunning: () => {
    running.readings++;
    return running.now;
  },
}));

describe('free cores when the run starts', () => {
  it('counts what runs now, once, not the average a finished process left behind', async () => {
    const { freeCoresNow } = await import('../../src/pool/size.js');
    expect(freeCoresNow()).toBe(2);
    // Later calls (the plan's thread count) reuse the reading taken at the start, before this
    // run's own threads were running.
    running.now = 2;
    expect(freeCoresNow()).toBe(2);
    expect(running.readings).toBe(1);
  });
});
