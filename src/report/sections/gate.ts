import type { GateCheck, GateDecision, GateMethod } from '../../compare/gate.js';
import type { Comparison } from '../../compare/types.js';
import { checkCalls } from './closest-call.js';
import { zeroToleranceNote } from './zero-tolerance.js';
import { escapeText } from '../escape.js';
import { count, num, pValue, plural, signed } from '../format.js';
import { Tier, type Block } from '../layout.js';

const METHOD: Record<GateMethod, string> = {
  'mcnemar-exact': 'exact McNemar',
  'paired-bootstrap': 'paired bootstrap',
  'unpaired-bootstrap': 'unpaired bootstrap',
};

/**
 * A change to the gate settings, shown before anything else: a pull request
 * cannot loosen its own gate, and a reviewer should see that it tried.
 */
function settingsBlock(gate: GateDecision): Block[] {
  if (gate.changes.length === 0) return [];
  // Values are the gate's own words and numbers: code spans, nothing to escape.
  const rows = gate.changes.map(
    (c) =>
      `\`${c.setting}\`: \`${c.base}\` on main → \`${c.head}\` here; the gate applies \`${c.applied}\``,
  );
  return [
    {
      type: 'text',
      text:
        "> [!WARNING]\n> **This PR changes the gate settings.** The gate applies main's settings or the " +
        'stricter of the two, so a PR cannot loosen its own gate:\n' +
        rows.map((row) => `> - ${row}`).join('\n'),
    },
  ];
}

/**
 * The regression gate: any change to its settings first, then how it tested (paired on the same eval data, or
 * unpaired because the data changed), then each check with main's and this
 * PR's value, the drop, the method, p and Holm-adjusted p. Regressions come
 * first; the table is collapsed when nothing regressed.
 */
export function gateBlocks(gate: GateDecision | undefined, comparison: Comparison): Block[] {
  const title: Block = { type: 'text', text: '### Regression gate' };
  // Without a baseline the verdict says that the gate does not apply.
  if (gate === undefined) return [];
  const settings = settingsBlock(gate);
  const how = gate.paired
    ? "Paired: this PR ran on the same eval data as main (exact McNemar test on 0/1 correctness for accuracy, error rate and one class's recall, paired bootstrap otherwise)."
    : '⚠️ Unpaired: the eval data changed, so each check is an unpaired bootstrap (less power than a paired test on the same data).';
  const rule =
    `A check regresses when this PR is worse than main by more than ${num(gate.tolerance)} ` +
    `with Holm-adjusted p ≤ ${num(gate.alpha)} over ${plural(gate.checks.length, 'check')}.`;
  const calls = new Map(checkCalls(gate, comparison).map((call) => [call.check, call]));
  const undecided = [...calls.values()].some((call) => call.undecided);
  const sizes = undecided
    ? ' ⚠️ could not tell: a drop past the tolerance that is not significant; "needs about N examples" is the n at which ' +
      "the observed effect, with its spread, would reach Holm's level for that check (normal approximation: " +
      'z = Φ⁻¹(1 − p) grows with √n).'
    : '';
  const bootstrapped = gate.checks.filter((c) => c.monteCarloError !== undefined);
  const error =
    bootstrapped.length === 0
      ? ''
      : ` Bootstrap p-values carry Monte Carlo error (largest ±${num(Math.max(...bootstrapped.map((c) => c.monteCarloError!)))}); resamples grow until each decision is clear of α by 3 errors.`;
  if (gate.checks.length === 0) {
    return [title, ...settings, { type: 'text', text: `${how} ${rule}` }];
  }
  // Regressions first; otherwise the gate's order (overall, then the tests in config order).
  const ordered = gate.checks
    .map((check, index) => ({ check, index }))
    .sort((a, b) => Number(b.check.regressed) - Number(a.check.regressed) || a.index - b.index);
  const table: Block = {
    type: 'table',
    header: ['Check', 'Metric', 'Main', 'This PR', 'Drop', 'Method', 'p', 'Holm p', 'Regressed?'],
    rows: ordered.map(({ check, index }) => ({
      cells: [
        name(check, index),
        escapeText(check.metric),
        num(check.base),
        num(check.head),
        signed(check.drop),
        METHOD[check.method],
        pValue(check.p),
        pValue(check.adjustedP),
        regressedCell(calls.get(check)),
      ],
      tier: check.regressed ? Tier.failure : Tier.check,
    })),
  };
  const regressed = gate.regressions.length > 0;
  // Metric and key names only (no user text): code spans need no escaping.
  const zero = zeroToleranceNote(gate, (text) => `\`${text}\``);
  return [
    title,
    ...settings,
    { type: 'text', text: `${how} ${rule}${error}${sizes}` },
    ...(zero === undefined ? [] : [{ type: 'text' as const, text: `> ℹ️ ${zero}` }]),
    // Open when something regressed or could not be told from noise: a reviewer should see it.
    ...(regressed || undecided
      ? [table]
      : [
          {
            type: 'text' as const,
            text: `<details><summary>${plural(gate.checks.length, 'check')}, no regression</summary>`,
          },
          table,
          { type: 'text' as const, text: '</details>' },
        ]),
  ];
}

/** `❌ yes`, `no`, or `⚠️ could not tell (needs about 257 examples)`. */
function regressedCell(call: ReturnType<typeof checkCalls>[number] | undefined): string {
  if (call === undefined) return 'no';
  if (call.check.regressed) return '❌ yes';
  if (!call.undecided) return 'no';
  return call.needed === undefined
    ? '⚠️ could not tell'
    : `⚠️ could not tell (needs about ${count(call.needed)} examples)`;
}

/** The gate puts the overall check first under the name `overall`; anything else is a test's name. */
function name(check: GateCheck, index: number): string {
  return index === 0 && check.name === 'overall' ? '_all eval data_' : escapeText(check.name);
}
