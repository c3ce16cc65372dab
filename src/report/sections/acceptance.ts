import type { AcceptanceOutcome } from '../../compare/acceptance.js';
import { escapeText } from '../escape.js';
import { commitLink, num, type LinkBase } from '../format.js';
import { Tier, type Block } from '../layout.js';

/**
 * The checks a maintainer accepted as intended (src/accept/): who accepted
 * what, why, at which commit and with which number, and each acceptance that
 * expired because the check moved further. Nothing when there is none.
 */
export function acceptanceBlocks(outcome: AcceptanceOutcome | undefined, links: LinkBase): Block[] {
  if (outcome === undefined) return [];
  const blocks: Block[] = [];
  if (outcome.applied.length > 0) {
    const waived = new Set(outcome.waived);
    blocks.push(
      {
        type: 'text',
        text:
          `### Accepted as intended\n\n` +
          (outcome.waived.length > 0
            ? `${outcome.waived.length === 1 ? 'One failing check is' : `${outcome.waived.length} failing checks are`} waived by a maintainer's acceptance; each holds while the check moves no further.`
            : 'Accepted checks hold while they move no further; none fails now.'),
      },
      {
        type: 'table',
        header: ['check', 'waived', 'accepted by', 'commit', 'at acceptance', 'reason'],
        rows: outcome.applied.map((a) => ({
          cells: [
            escapeText(a.check),
            waived.has(a.check) ? 'yes' : 'no (passes)',
            escapeText(`@${a.by}`),
            commitLink(a.headSha, links),
            a.drop !== undefined ? `drop ${num(a.drop)}` : `value ${num(a.value)}`,
            a.reason === '' ? `(${a.via})` : escapeText(a.reason, 300),
          ],
          tier: Tier.failure,
        })),
      },
    );
  }
  for (const { acceptance: a, now } of outcome.expired) {
    const what = a.drop !== undefined ? 'drop' : 'value';
    const then = a.drop ?? a.value;
    blocks.push({
      type: 'text',
      text:
        `> ⚠️ The acceptance of **${escapeText(a.check)}** by ${escapeText(`@${a.by}`)} at ` +
        `${commitLink(a.headSha, links)} expired: its ${what} moved from ${num(then)} to ${num(now)}. ` +
        'It counts again; a maintainer can accept it anew.',
    });
  }
  return blocks;
}
