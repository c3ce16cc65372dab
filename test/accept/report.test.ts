import { describe, expect, it } from 'vitest';
import type { Acceptance } from '../../src/compare/acceptance.js';
import { fit } from '../../src/report/layout.js';
import { acceptanceBlocks } from '../../src/report/sections/acceptance.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const links = { serverUrl: 'https://github.com', repository: 'o/r' };
const render = (blocks: ReturnType<typeof acceptanceBlocks>) =>
  fit(blocks, { limit: 65_536, measure: 'utf16-units', hint: '', limitLabel: '' });

const overall: Acceptance = {
  check: 'overall',
  by: 'maint',
  reason: 'int8 weights | 3× faster @team',
  pullRequest: 2,
  headSha: SHA,
  via: 'comment',
  drop: 0.0312,
};
const recall: Acceptance = {
  check: 'recall <b>',
  by: 'lead',
  reason: '',
  pullRequest: 2,
  headSha: SHA,
  via: 'label',
  value: 0.8,
};

describe('the report lines of acceptances', () => {
  it('nothing when there is none', () => {
    expect(acceptanceBlocks(undefined, links)).toEqual([]);
  });

  it('who accepted what, why, where and with which number; names and reasons escaped, no ping', () => {
    const text = render(
      acceptanceBlocks({ applied: [overall, recall], waived: ['overall'], expired: [] }, links),
    );
    expect(text).toBe(
      [
        '### Accepted as intended',
        '',
        "One failing check is waived by a maintainer's acceptance; each holds while the check moves no further.",
        '',
        '| check | waived | accepted by | commit | at acceptance | reason |',
        '| - | - | - | - | - | - |',
        `| overall | yes | @&#8288;maint | [\`0123456\`](https://github.com/o/r/commit/${SHA}) | drop 0.0312 | int8 weights \\| 3× faster @&#8288;team |`,
        `| recall &lt;b&gt; | no (passes) | @&#8288;lead | [\`0123456\`](https://github.com/o/r/commit/${SHA}) | value 0.8000 | (label) |`,
        '',
      ].join('\n'),
    );
  });

  it('an expired acceptance says both numbers and that the check counts again', () => {
    const text = render(
      acceptanceBlocks(
        { applied: [], waived: [], expired: [{ acceptance: overall, now: 0.05 }] },
        links,
      ),
    );
    expect(text).toBe(
      `> ⚠️ The acceptance of **overall** by @&#8288;maint at [\`0123456\`](https://github.com/o/r/commit/${SHA}) expired: its drop moved from 0.0312 to 0.0500. It counts again; a maintainer can accept it anew.\n`,
    );
  });
});
