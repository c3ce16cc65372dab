#!/usr/bin/env node
import { cli } from './cli/main.js';
import { blankEnvironBlock } from './process/scrub.js';

// The command line's entry: everything else is in cli/main.ts. First, no token in
// /proc/PID/environ for training code to read (src/process/scrub.ts).
blankEnvironBlock();
process.exitCode = await cli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
