import { parseArgs } from 'node:util';
import { validateConfig } from '../suite/engine.js';
import { backendOf, COMMON, parse } from './args.js';
import { routeConsoleWarnings } from './console.js';
import type { CliIo } from './main.js';

/** `ablation-ci validate`: checks a config and everything it names, evaluating nothing. */
export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(() => parseArgs({ args, strict: true, options: COMMON }));
  const restore = routeConsoleWarnings((line) => io.stderr.write(`ablation-ci: TF.js: ${line}\n`));
  let line: string;
  try {
    line = await validateConfig(values.config, {
      cwd: io.cwd,
      backend: backendOf(values.backend),
      onNotice: (message) => io.stderr.write(`ablation-ci: ${message}\n`),
    });
  } finally {
    restore();
  }
  io.stdout.write(`${line}\n`);
  return 0;
}
