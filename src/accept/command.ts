/**
 * The comment command `/ablation-ci accept CHECK… [-- reason]` and the label
 * `ablation-ci: accept`, by which a maintainer accepts an intended
 * regression (docs/action.md#accepting-an-intended-regression).
 */

/** The label that accepts every check failing in the pull request's last report. */
export const ACCEPT_LABEL = 'ablation-ci: accept';

const PREFIX = /^\/ablation-ci\s+accept(?=\s|$)/;

/** What a command asks to accept. */
export interface AcceptCommand {
  /** The checks named, in order, without repeats. */
  checks: string[];
  /** What follows `--` on the command's line and the comment's next lines, trimmed. */
  reason: string;
}

/** A command that cannot be read: one line saying why. */
export class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandError';
  }
}

/**
 * The accept command in a comment: its first non-blank line must start with
 * `/ablation-ci accept`; undefined for any other comment. Names are
 * separated by spaces; a name with spaces is quoted in `"…"` or `` `…` ``.
 * Throws {@link CommandError} for an unclosed quote or no name at all.
 */
export function parseAcceptCommand(body: string): AcceptCommand | undefined {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) return undefined;
  const line = lines[first].trim();
  const prefix = PREFIX.exec(line);
  if (prefix === null) return undefined;
  const checks: string[] = [];
  let reasonOnLine = '';
  let rest = line.slice(prefix[0].length);
  for (;;) {
    rest = rest.trimStart();
    if (rest === '') break;
    if (rest === '--' || rest.startsWith('-- ')) {
      reasonOnLine = rest.slice(2).trim();
      break;
    }
    const quote = rest[0];
    let name: string;
    if (quote === '"' || quote === '`') {
      const end = rest.indexOf(quote, 1);
      if (end < 0)
        throw new CommandError(
          `the name starting ${quote}${rest.slice(1, 40)} has no closing ${quote}`,
        );
      name = rest.slice(1, end);
      rest = rest.slice(end + 1);
    } else {
      const end = rest.search(/\s/);
      name = end < 0 ? rest : rest.slice(0, end);
      rest = end < 0 ? '' : rest.slice(end);
    }
    if (name.trim() === '') throw new CommandError('an empty name in quotes');
    if (!checks.includes(name)) checks.push(name);
  }
  if (checks.length === 0) {
    throw new CommandError('no check named: write /ablation-ci accept CHECK… [-- reason]');
  }
  const below = lines
    .slice(first + 1)
    .join('\n')
    .trim();
  const reason = [reasonOnLine, below].filter((part) => part !== '').join('\n');
  return { checks, reason };
}
