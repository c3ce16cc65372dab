import { execFileSync } from 'node:child_process';
import { lstat, mkdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Results } from '../../src/results/types.js';
import {
  drain,
  expectOneLineError,
  expectUnchanged,
  runCli,
  runCliChild,
  snapshot,
  suiteRepo,
} from './helpers.js';

const RUN = ['run', '--config', 'suite/ablation.yml', '--backend', 'cpu'];

// Class 2 of issue 8: special output paths (docs/reliability.md).
describe('special output paths (issue 8, class 2)', () => {
  it('--out - writes the document to stdout and the summary to stderr', async () => {
    const root = await suiteRepo();
    const before = await snapshot(root);
    const run = await runCli([...RUN, '--out', '-'], root);
    expect(run.code).toBe(0);
    const results = JSON.parse(run.stdout) as Results;
    expect(results.suite).toBe('breast-cancer');
    expect(run.stderr).toMatch(/^breast-cancer: accuracy 0\.9648 .*\nresults: standard output\n$/s);
    await expectUnchanged(root, before);
    expect((await snapshot(root)).size).toBe(before.size);
  });

  it('--out /dev/stdout is standard output: a child process prints the document, /dev/stdout stays a link', async () => {
    const root = await suiteRepo();
    const before = await snapshot(root);
    const run = await runCliChild([...RUN, '--out', '/dev/stdout'], root, 60_000);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Results).suite).toBe('breast-cancer');
    expect(run.stderr).toMatch(/\nresults: standard output\n$/);
    expect((await lstat('/dev/stdout')).isSymbolicLink()).toBe(true);
    await expectUnchanged(root, before);
  }, 70_000);

  it.skipIf(process.getuid?.() === 0)(
    '--out in a folder without write permission (not as root)',
    async () => {
      const root = await suiteRepo();
      await mkdir(path.join(root, 'locked'), { mode: 0o555 });
      const run = await runCli([...RUN, '--out', 'locked/r.json'], root);
      expectOneLineError(
        run,
        /^--out: "locked\/r\.json" cannot be written: cannot create files in .*locked \(permission denied\)/,
      );
    },
  );

  it('compare --report - writes the markdown to stdout, the verdict to stderr', async () => {
    const root = await suiteRepo();
    const run = await runCli(['compare', 'base.json', 'head.json', '--report', '-'], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^## ablation-ci · breast-cancer/m);
    expect(run.stderr).toMatch(/^gate: passed\n[\s\S]*report: standard output\n$/);
  });

  it('a symlink is written through: the link stays, the file it points at gets the document', async () => {
    const root = await suiteRepo();
    // An earlier results document: --out replaces only one of those.
    await writeFile(path.join(root, 'old.json'), await readFile(path.join(root, 'base.json')));
    await symlink('old.json', path.join(root, 'latest.json'));
    const run = await runCli([...RUN, '--out', 'latest.json'], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\nresults: old\.json\n$/);
    expect((await lstat(path.join(root, 'latest.json'))).isSymbolicLink()).toBe(true);
    expect(await readlink(path.join(root, 'latest.json'))).toBe('old.json');
    const written = JSON.parse(await readFile(path.join(root, 'old.json'), 'utf8')) as Results;
    expect(written.suite).toBe('breast-cancer');
  });

  it('a FIFO is written in place, not replaced by a file', async () => {
    const root = await suiteRepo();
    const fifo = path.join(root, 'results.fifo');
    execFileSync('mkfifo', [fifo]);
    const reading = drain(fifo);
    const run = await runCli([...RUN, '--out', 'results.fifo'], root);
    expect(run.code).toBe(0);
    expect((JSON.parse(await reading) as Results).suite).toBe('breast-cancer');
    expect((await lstat(fifo)).isFIFO()).toBe(true);
  });

  it('/dev/null is written in place and stays a character device', async () => {
    const root = await suiteRepo();
    const run = await runCli([...RUN, '--out', '/dev/null'], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\nresults: \/dev\/null\n$/);
    expect((await stat('/dev/null')).isCharacterDevice()).toBe(true);
    expect(await readFile('/dev/null', 'utf8')).toBe('');
  });

  const refused: [string, (root: string) => Promise<void> | void, string[], RegExp][] = [
    [
      'a socket',
      async (r) => {
        const server = net.createServer();
        await new Promise<void>((done) => server.listen(path.join(r, 'out.sock'), done));
        server.unref();
      },
      [...RUN, '--out', 'out.sock'],
      /^--out: "out\.sock" is a socket, not a file/,
    ],
    [
      'a missing path under /dev',
      () => undefined,
      [...RUN, '--out', '/dev/ablation-ci-nope.json'],
      /^--out: "\/dev\/ablation-ci-nope\.json" does not exist/,
    ],
    [
      'a folder under /dev',
      () => undefined,
      [...RUN, '--out', '/dev/shm'],
      /^--out: "\/dev\/shm" is a folder/,
    ],
    [
      'an empty path',
      () => undefined,
      [...RUN, '--out', ''],
      /^--out: "" is empty; give a file path or - for standard output/,
    ],
    [
      '--out and --report both standard output',
      () => undefined,
      [...RUN, '--baseline', 'base.json', '--out', '-', '--report', '-'],
      /^--report: "-" is standard output, like --out/,
    ],
  ];

  it.each(refused)('refuses %s: exit 2, one line', async (_, setup, argv, message) => {
    const root = await suiteRepo();
    await setup(root);
    const before = await snapshot(root);
    const run = await runCli(argv, root);
    expectOneLineError(run, message);
    await expectUnchanged(root, before);
  });
});
