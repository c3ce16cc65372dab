import { execFileSync } from 'node:child_process';
import { rm, symlink } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unlessOpened } from '../helpers/opens.js';
import { expectOneLineError, expectUnchanged, runCli, snapshot, suiteRepo } from './helpers.js';

// Class 3 of issue 8: a special file given as input is refused after a stat, never opened
// (opening a FIFO without a writer, or reading /dev/zero, never ends). A hang is detected by
// watching the file itself (test/helpers/opens.ts), not by a clock: the run either ends, or is
// seen opening the file, however loaded the machine is.
const RUN = ['run', '--config', 'suite/ablation.yml', '--backend', 'cpu', '--out', 'r.json'];
const MODEL = 'suite/model/model.json';

const fifos: string[] = [];
afterAll(async () => {
  for (const fifo of fifos) await rm(fifo, { force: true });
});

/** Replaces `file` (below root) with a FIFO nobody writes to: opening it to read would block forever. */
function fifoAt(file: string) {
  return (root: string): void => {
    const full = path.join(root, file);
    execFileSync('rm', ['-f', full]);
    execFileSync('mkfifo', [full]);
    fifos.push(full);
  };
}

/** The files a case's run must never open: the FIFOs its setup made, or `others` given. */
interface Watched {
  fifos?: string[];
  others?: string[];
}

const specialCases: [
  string,
  (root: string) => void | Promise<void> | Watched | Promise<Watched>,
  string[],
  RegExp,
][] = [
  [
    'the eval data is a FIFO',
    fifoAt('suite/data/eval.csv'),
    RUN,
    /^suite\/ablation\.yml:\d+: data\.eval: "data\/eval\.csv" is not a regular file \(a FIFO\)/,
  ],
  [
    'model.json is a FIFO',
    fifoAt(MODEL),
    RUN,
    /^suite\/ablation\.yml:\d+: model: "model\/model\.json" is not a regular file \(a FIFO\)/,
  ],
  [
    'the weight shard is a FIFO',
    fifoAt('suite/model/weights.bin'),
    RUN,
    /^suite\/model\/weights\.bin: weight shard is not a regular file \(a FIFO\)/,
  ],
  [
    'the scaling file is a FIFO',
    fifoAt('suite/model/scaling.json'),
    RUN,
    /^suite\/ablation\.yml:\d+: data\.scaling: "model\/scaling\.json" is not a regular file \(a FIFO\)/,
  ],
  [
    'the config is a FIFO',
    fifoAt('suite/ablation.yml'),
    RUN,
    /^suite\/ablation\.yml: is not a regular file \(a FIFO\)/,
  ],
  [
    'validate with a FIFO config',
    fifoAt('suite/ablation.yml'),
    ['validate', '--config', 'suite/ablation.yml'],
    /^suite\/ablation\.yml: is not a regular file \(a FIFO\)/,
  ],
  [
    'the baseline document is a FIFO',
    fifoAt('base.json'),
    [...RUN, '--baseline', 'base.json'],
    /^base\.json: is not a regular file \(a FIFO\)/,
  ],
  [
    'compare with a FIFO document',
    fifoAt('head.json'),
    ['compare', 'base.json', 'head.json'],
    /^head\.json: is not a regular file \(a FIFO\)/,
  ],
  [
    'the weight shard is a symlink to a character device',
    async (r) => {
      await rm(path.join(r, 'suite/model/weights.bin'));
      await symlink('/dev/zero', path.join(r, 'suite/model/weights.bin'));
      return { others: ['/dev/zero'] };
    },
    RUN,
    /^suite\/model\/weights\.bin: weight shard escapes the repository through a symlink/,
  ],
  [
    'the eval data is a socket',
    async (r) => {
      await rm(path.join(r, 'suite/data/eval.csv'));
      const server = net.createServer();
      await new Promise<void>((resolve) =>
        server.listen(path.join(r, 'suite/data/eval.csv'), resolve),
      );
      server.unref();
    },
    RUN,
    /data\.eval: "data\/eval\.csv" is not a regular file \(a socket\)/,
  ],
];

describe('FIFOs, devices and sockets are refused as input, never opened (issue 8, class 3)', () => {
  it.each(specialCases)('%s: exit 2, one line', async (_, setup, argv, message) => {
    const root = await suiteRepo();
    const made = fifos.length;
    const watched = (await setup(root)) ?? { fifos: fifos.slice(made) };
    const before = await snapshot(root);
    // In-process, watched: opening the FIFO ends the wait with `opened` (and releases the run).
    const outcome = await unlessOpened(watched, () => runCli(argv, root));
    expect(outcome, 'the CLI opened a special file').not.toHaveProperty('opened');
    if (!('result' in outcome)) return;
    expectOneLineError(outcome.result, message);
    await expectUnchanged(root, before);
  });
});

describe('a character device inside the repository (issue 8, class 3)', () => {
  // mknod needs root; as another user the FIFO and socket cases above cover special files.
  it.skipIf(process.getuid?.() !== 0).each([
    [
      'suite/data/eval.csv',
      /data\.eval: "data\/eval\.csv" is not a regular file \(a character device\)/,
    ],
    [
      'suite/model/weights.bin',
      /^suite\/model\/weights\.bin: weight shard is not a regular file \(a character device\)/,
    ],
  ])('%s as /dev/zero (c 1 5, endless): exit 2, one line', async (file, message) => {
    const root = await suiteRepo();
    const device = path.join(root, file);
    await rm(device);
    execFileSync('mknod', [device, 'c', '1', '5']);
    const outcome = await unlessOpened({ others: [device] }, () => runCli(RUN, root));
    expect(outcome, 'the CLI opened the device').not.toHaveProperty('opened');
    if ('result' in outcome) expectOneLineError(outcome.result, message);
  });
});
