#!/usr/bin/env node
import { cli } from './cli/main.js';

// The command line's entry: everything else is in cli/main.ts.
process.exitCode = await cli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  progress: process.stderr,
});
