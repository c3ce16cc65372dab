#!/usr/bin/env node
import { cli } from './cli/main.js';
import { blankEnvironBlock } from './process/scrub.js';

// The command line's entry: everything else is in cli/main.ts. First, no token in
// /proc/PID/environ for training code to read (src/process/scrub.ts).
blankEnvironBlock();

/** What a shell reports for a command killed by SIGPIPE. */
const EXIT_BROKEN_PIPE = 141;

// A reader that stops early (`--out - | head`) closes the pipe: the command
// stops quietly, as Unix tools do on SIGPIPE (status 128 + 13), with no stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(EXIT_BROKEN_PIPE);
  });
}

process.exitCode = await cli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  progress: process.stderr,
});
