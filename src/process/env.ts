/**
 * The environment user code runs with (a training module's process, a
 * training command): never ablation-ci's own, which holds the Action's
 * token inputs and the runner's runtime and OIDC tokens. Only these pass
 * (docs/reliability.md): the platform basics below, the locale (`LANG`,
 * `LANGUAGE`, `LC_*`), the names the config lists in `train.env`, and the
 * documented `ABLATION_CI_*` variables of the run, set by ablation-ci.
 */
export const PASSED = [
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'TMPDIR',
  'TZ',
  'TERM',
  'LANG',
  'LANGUAGE',
  // Windows: what a shell and Node need to start.
  'SystemRoot',
  'ComSpec',
  'PATHEXT',
  'WINDIR',
  'TEMP',
  'TMP',
  'USERPROFILE',
];

/**
 * The environment for user code: of `parent`, only the allow-listed names,
 * the locale and `listed` (the config's `train.env`); then `set`.
 */
export function userEnvironment(
  parent: NodeJS.ProcessEnv,
  listed: readonly string[],
  set: Record<string, string>,
): Record<string, string> {
  const allowed = new Set([...PASSED, ...listed]);
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(parent)) {
    if (value === undefined) continue;
    if (allowed.has(name) || name.startsWith('LC_')) env[name] = value;
  }
  return { ...env, ...set };
}
