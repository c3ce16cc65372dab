/**
 * The one name rule of the config. Every name a user gives — the suite, a
 * group, a retrain variant, a model unit test — is at most NAME_MAX_LENGTH
 * characters. Names that become folders or file names (of the results
 * branch, the retrain cache) are also made of letters, digits, ".", "_" and
 * "-", and are not ".", ".." or ".git"; a test's name is only shown, so any
 * characters may be used in it (it is escaped before it reaches markdown).
 */

/** The longest name: well under a file system's 255 bytes once joined with other names. */
export const NAME_MAX_LENGTH = 100;

/** The characters of a name that becomes a folder or a file name. */
export const FILE_NAME_PATTERN = '^(?!\\.\\.?$|\\.git$)[A-Za-z0-9._-]+$';

/** What a name is for: folder and file names, or a label that is only shown. */
export type NameKind = 'file' | 'label';

/**
 * The JSON Schema of a `what` name (`suite`, `group`, `variant`, `test`),
 * with the words its error message uses.
 */
export function nameRule(what: string, kind: NameKind): Record<string, unknown> {
  return kind === 'file'
    ? {
        type: 'string',
        pattern: FILE_NAME_PATTERN,
        maxLength: NAME_MAX_LENGTH,
        expected: `a ${what} name of at most ${NAME_MAX_LENGTH} letters, digits, ".", "_" or "-" (not ".", ".." or ".git")`,
      }
    : {
        type: 'string',
        minLength: 1,
        maxLength: NAME_MAX_LENGTH,
        expected: `a ${what} name of 1 to ${NAME_MAX_LENGTH} characters`,
      };
}
