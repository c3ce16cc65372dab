/** Characters of a plot line between its ends. */
const WIDTH = 21;

/**
 * Main's and this PR's estimates with their intervals drawn on one scale,
 * as two lines of a table cell (`main ··├──●──┤·┊··`), so that a reader sees
 * at once whether the intervals overlap and on which side of zero each
 * lies. Text, not a chart: Mermaid's xychart-beta (the only chart GitHub
 * renders in a comment) draws bars without error bars, and a bar without its
 * interval is the misreading this is meant to prevent. Each row has its own
 * scale (the two intervals and zero); `┊` marks zero when it is in view.
 * Code spans keep the characters apart; the middle dot fills so that
 * nothing relies on spaces surviving in a table.
 */
export function intervalPlot(
  main: { value: number; ci: [number, number] },
  head: { value: number; ci: [number, number] },
): string {
  const points = [main.ci[0], main.ci[1], head.ci[0], head.ci[1], main.value, head.value, 0];
  if (!points.every(Number.isFinite)) return '';
  const low = Math.min(...points);
  const high = Math.max(...points);
  const at = (x: number): number =>
    high === low ? Math.floor(WIDTH / 2) : Math.round(((x - low) / (high - low)) * (WIDTH - 1));
  const line = (estimate: { value: number; ci: [number, number] }): string => {
    const cells = Array.from({ length: WIDTH }, () => '·');
    const zero = at(0);
    cells[zero] = '┊';
    const from = at(estimate.ci[0]);
    const to = at(estimate.ci[1]);
    for (let i = from; i <= to; i++) cells[i] = '─';
    cells[from] = '├';
    cells[to] = '┤';
    cells[at(estimate.value)] = '●';
    return cells.join('');
  };
  return `\`main ${line(main)}\`<br>\`PR   ${line(head)}\``;
}
