import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  binomialCdf,
  binomialPmf,
  binomialSf,
  clopperPearsonInterval,
  componentTarget,
  decodeSlice,
  holm,
  normalCdf,
  normalQuantile,
  resultsProblem,
  runUnitTest,
  subset
} from "./chunk-MSJCR2B5.js";
import {
  untilReleased
} from "./chunk-XNJJQHMW.js";
import {
  budgetNotice,
  showDuration
} from "./chunk-SL5ZFFMY.js";
import {
  METRICS,
  bootstrapCounts,
  isMetricName,
  percentileInterval,
  prepareMetric,
  proportionCounts,
  toPredictions
} from "./chunk-TJL3ROGX.js";
import {
  Rng
} from "./chunk-CGUDVJKI.js";
import {
  InputError,
  errorMessage
} from "./chunk-YSKLVAJM.js";

// src/report/escape.ts
var MAX_NAME_LENGTH = 200;
var WORD_JOINER = "&#8288;";
function escapeText(text, maxLength = MAX_NAME_LENGTH) {
  return cut(text, maxLength).replace(/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu, " ").replace(/[&<>\\`*_~[\]|$@#]/g, (char) => ESCAPES[char]).replace(/:\/\//g, `${WORD_JOINER}://`).replace(/(w{3})\./gi, `$1${WORD_JOINER}.`);
}
var ESCAPES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "\\": "\\\\",
  "`": "\\`",
  "*": "\\*",
  _: "\\_",
  "~": "\\~",
  "[": "\\[",
  "]": "\\]",
  "|": "\\|",
  $: "\\$",
  "@": `@${WORD_JOINER}`,
  "#": `#${WORD_JOINER}`
};
function mermaidText(text, maxLength = 40) {
  return cut(text, maxLength).replace(/[^\p{L}\p{N} _.,:+\-/()=…]/gu, "_");
}
function cut(text, maxLength) {
  const chars = Array.from(text);
  if (chars.length <= maxLength) return text;
  return `${chars.slice(0, Math.max(0, maxLength - 1)).join("")}\u2026`;
}

// src/report/format.ts
var MISSING = "\u2014";
var DECIMALS = 4;
function num(value) {
  if (value === null || value === void 0 || !Number.isFinite(value)) return MISSING;
  const text = value.toFixed(DECIMALS);
  return /^-0\.0+$/.test(text) ? text.slice(1) : text;
}
function signed(value) {
  const text = num(value);
  return text === MISSING || text.startsWith("-") || /^0\.0+$/.test(text) ? text : `+${text}`;
}
function withInterval(value, ci) {
  if (num(value) === MISSING) return MISSING;
  return ci === void 0 ? num(value) : `${num(value)} [${num(ci[0])}, ${num(ci[1])}]`;
}
function pValue(p) {
  if (p === null || p === void 0 || !Number.isFinite(p)) return MISSING;
  return p > 0 && p < 1e-4 ? "<0.0001" : num(p);
}
function count(n) {
  return n.toLocaleString("en-US");
}
function plural(n, one, many = `${one}s`) {
  return `${count(n)} ${n === 1 ? one : many}`;
}
function percent(part, total) {
  return total > 0 ? `${(100 * part / total).toFixed(1)}%` : MISSING;
}
function duration(ms) {
  return Number.isFinite(ms) && ms >= 0 ? showDuration(ms / 1e3) : MISSING;
}
function age(startedAt, now) {
  const ms = Date.parse(now) - Date.parse(startedAt);
  if (Number.isNaN(ms)) return "unknown age";
  const minutes = Math.floor(Math.max(0, ms) / 6e4);
  if (minutes < 1) return "less than a minute old";
  if (minutes < 60) return `${plural(minutes, "minute")} old`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${plural(hours, "hour")} old`;
  return `${plural(Math.floor(hours / 24), "day")} old`;
}
function commitLink(commit, links) {
  if (commit === null || commit === void 0 || commit === "") return "an unknown commit";
  if (!/^[0-9a-f]{7,64}$/i.test(commit)) return escapeText(commit, 40);
  const short = `\`${commit.slice(0, 7)}\``;
  if (links.repository === void 0 || !/^[\w.-]+\/[\w.-]+$/.test(links.repository)) return short;
  const base = safeUrl(links.serverUrl);
  return base === void 0 ? short : `[${short}](${base.replace(/\/+$/, "")}/${links.repository}/commit/${commit})`;
}
function safeUrl(url) {
  if (url === void 0 || !/^https?:\/\/[^\s]+$/i.test(url)) return void 0;
  return url.replace(
    /[<>()"'`\\|]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`
  );
}
function shortHash(hash) {
  const hex = hash.replace(/^sha256:/, "");
  return /^[0-9a-f]+$/i.test(hex) ? `\`${hex.slice(0, 12)}\`` : escapeText(hash, 24);
}
function onUnitScale(metric) {
  const info = isMetricName(metric) ? METRICS[metric] : void 0;
  return info !== void 0 && info.range.min === 0 && info.range.max === 1;
}
function metricChange(value, metric) {
  if (value === null || value === void 0 || !Number.isFinite(value)) return MISSING;
  if (!onUnitScale(metric)) return signed(value);
  const text = (value * 100).toFixed(1);
  return `${/^-?0\.0$/.test(text) ? "0.0" : value > 0 ? `+${text}` : text} pts`;
}
function metricChangeWithInterval(value, ci, metric) {
  const text = metricChange(value, metric);
  if (text === MISSING || ci === void 0) return text;
  if (!onUnitScale(metric)) return `${text} [${signed(ci[0])}, ${signed(ci[1])}]`;
  const pts = (x) => metricChange(x, metric).replace(" pts", "");
  return `${text.replace(" pts", "")} pts [${pts(ci[0])}, ${pts(ci[1])}]`;
}

// src/report/sections/zero-tolerance.ts
function zeroToleranceNote(gate, code = (text) => text) {
  if (gate.tolerance !== 0) return void 0;
  const blocked = gate.checks.filter((c) => c.regressed && METRICS[c.metric].continuous === true);
  if (blocked.length === 0) return void 0;
  const metrics = [...new Set(blocked.map((c) => c.metric))].map(code).join(", ");
  const smallest = blocked.reduce((a, b) => b.drop < a.drop ? b : a);
  const share = smallest.base === 0 ? "" : ` (${small(100 * smallest.drop / Math.abs(smallest.base))}% of main's ${code(smallest.metric)})`;
  return `Tolerance 0 on a continuous metric (${metrics}): the gate's test of "worse than main by more than 0" blocks any consistent shift, however small \u2014 the smallest drop it blocked here is ${small(smallest.drop)}${share}; outputs that all move a little the same way (a retrain, weights moved by 1e-5) are enough. If drops this small are noise for this model, set ${code("gate.regression.tolerance")} to the smallest drop that matters.`;
}
function small(value) {
  return Number(value.toPrecision(2)).toString();
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table2, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table2.length) {
    const row4 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table2[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table2[rowIndex].length;
    }
    while (++columnIndex2 < table2[rowIndex].length) {
      const cell = serialize(table2[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row4.push(cell);
    }
    cellMatrix[rowIndex] = row4;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row3 = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row3[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row3);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row4 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row4[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size);
        } else if (code === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

// src/report/layout.ts
var Tier = {
  /** Rows of collapsed lists (components that do not apply). */
  detail: 0,
  /** Contributions past the largest few. */
  minorContribution: 1,
  /** Tests that pass as they did on main; label counts. */
  unchanged: 2,
  /** Gate checks that did not regress; the chart. */
  check: 3,
  /** The largest contributions; tests that changed without failing. */
  key: 4,
  /** Failing and fixed tests, regressions. */
  failure: 5,
  /** The run facts: a few short rows, kept to the last. */
  fact: 6
};
var TABLE_OPTIONS = { alignDelimiters: false };
function fit(blocks, options) {
  const size = measurer(options.measure);
  const dropped = blocks.map(
    (block) => block.type === "table" ? block.rows.map(() => false) : [false]
  );
  let text = render(blocks, dropped, options, 0);
  if (size(text) <= options.limit) return text;
  const units = droppable(blocks, size);
  let next = 0;
  let droppedCount = 0;
  for (; ; ) {
    let excess = size(text) - options.limit;
    while (next < units.length && excess > 0) {
      const unit = units[next++];
      dropped[unit.block][Math.max(0, unit.row)] = true;
      if (unit.row >= 0) droppedCount++;
      excess -= unit.size;
    }
    text = render(blocks, dropped, options, droppedCount);
    if (size(text) <= options.limit) return text;
    if (next >= units.length) return cutLines(text, options, size);
  }
}
function render(blocks, dropped, options, total) {
  const parts = [];
  blocks.forEach((block, b) => {
    switch (block.type) {
      case "text":
        parts.push(block.text);
        break;
      case "optional":
        if (!dropped[b][0]) parts.push(block.text);
        break;
      case "trim-notice":
        if (total > 0) {
          parts.push(
            `> \u2702\uFE0F **Trimmed** to fit ${options.limitLabel}: ${rows(total)} not shown; ${options.hint}.`
          );
        }
        break;
      case "table": {
        const kept = block.rows.filter((_, r) => !dropped[b][r]);
        if (kept.length > 0 || block.rows.length === 0) parts.push(table(block, kept));
        const missing = block.rows.length - kept.length;
        if (missing > 0) parts.push(`_\u2026${more(missing)} not shown; ${options.hint}._`);
        break;
      }
    }
  });
  return `${parts.filter((part) => part !== "").join("\n\n")}
`;
}
function table(block, rows2) {
  return markdownTable([block.header, ...rows2.map((row3) => row3.cells)], {
    ...TABLE_OPTIONS,
    ...block.align === void 0 ? {} : { align: block.align }
  });
}
function more(n) {
  return `${n.toLocaleString("en-US")} more ${n === 1 ? "row" : "rows"}`;
}
function rows(n) {
  return `${n.toLocaleString("en-US")} ${n === 1 ? "row" : "rows"}`;
}
function droppable(blocks, size) {
  const units = [];
  blocks.forEach((block, b) => {
    if (block.type === "optional") {
      units.push({
        block: b,
        row: -1,
        tier: block.tier,
        size: size(block.text) + 2,
        order: units.length
      });
    } else if (block.type === "table") {
      block.rows.forEach((row3, r) => {
        const line = table({ ...block, rows: [] }, [row3]).split("\n")[2];
        units.push({ block: b, row: r, tier: row3.tier, size: size(line) + 1, order: units.length });
      });
    }
  });
  return units.sort((a, b) => a.tier - b.tier || b.order - a.order);
}
function cutLines(text, options, size) {
  const notice = `
_\u2702\uFE0F Cut to fit ${options.limitLabel}; ${options.hint}._
`;
  const lines = text.split("\n");
  for (let end = lines.length - 1; end >= 0; end--) {
    const head = lines.slice(0, end).join("\n");
    const open2 = (head.match(/<details[\s>]/g) ?? []).length - (head.match(/<\/details>/g) ?? []).length;
    const candidate = `${head}${"\n\n</details>".repeat(Math.max(0, open2))}
${notice}`;
    if (size(candidate) <= options.limit) return candidate;
  }
  return Array.from(notice.trim()).reduce(
    (kept, char) => size(kept + char) <= options.limit ? kept + char : kept,
    ""
  );
}
function measurer(measure) {
  return measure === "utf8-bytes" ? (text) => Buffer.byteLength(text, "utf8") : (text) => text.length;
}

// src/report/sections/retrain.ts
function retrainFacts(head) {
  if (head.retrain === void 0) return void 0;
  return {
    seeds: head.retrain.seeds,
    timeLimitMs: head.retrain.timeLimitMs,
    metric: head.metrics[0].name,
    gate: {
      metric: head.run.gate.regression.metric,
      tolerance: head.run.gate.regression.tolerance
    },
    baseline: head.retrain.baseline,
    variants: head.components.flatMap(
      (c) => c.kind === "retrain" && c.retrain !== void 0 ? [
        {
          name: c.id.split(":")[1],
          target: componentTarget(head, c).target,
          runs: c.retrain.runs,
          metrics: c.metrics ?? {}
        }
      ] : []
    )
  };
}
function retrainBlocks(facts) {
  if (facts === void 0) return [];
  const { metric, seeds } = facts;
  const k = seeds.length;
  const base = facts.baseline.metrics[metric];
  const blocks = [
    { type: "text", text: `### Retrain ablations (${escapeText(metric)})` },
    {
      type: "text",
      text: `Each variant switches a part off and trains again with ${plural(k, "seed")} (${seeds.join(", ")}), as the baseline is; every run is limited to ${duration(facts.timeLimitMs)}. With: the retrained baseline, ${withEstimate(base)}. Contribution: with minus without (positive: the part helps), paired by seed and by eval example; its 95% interval counts both the spread across seeds and the eval sample.`
    }
  ];
  if (k < 3) {
    blocks.push({
      type: "text",
      text: (k < 2 ? `\u26A0\uFE0F With ${plural(k, "seed")} the interval cannot account for seed variance: ` : `\u26A0\uFE0F With ${plural(k, "seed")} the seed spread has one degree of freedom (its t quantile is 12.7, 4.3 with 3 seeds): `) + "set train.seeds to 3 or more."
    });
  }
  const rows2 = facts.variants.map((v) => {
    const c = v.metrics[metric];
    const scored = c === void 0 || c.value === null ? [MISSING, `${MISSING} (${escapeText(c?.reason ?? "not scored", 120)})`, MISSING] : [withInterval(c.value, c.valueCi), withInterval(c.contribution, c.ci), pValue(c.p)];
    return {
      cells: [
        escapeText(v.name),
        escapeText(v.target.join(", "), 200),
        ...scored,
        perSeed(v.runs, metric),
        times(v.runs)
      ],
      tier: Tier.key
    };
  });
  rows2.push({
    cells: [
      "*baseline*",
      MISSING,
      withInterval(base?.value ?? null, base?.value === null ? void 0 : base?.ci),
      MISSING,
      MISSING,
      perSeed(facts.baseline.runs, metric),
      times(facts.baseline.runs)
    ],
    tier: Tier.key
  });
  blocks.push({
    type: "table",
    header: [
      "Variant",
      "Switched off",
      "Without",
      "Contribution",
      "p",
      "Per seed",
      "Training time"
    ],
    align: ["l", "l", "r", "r", "r", "l", "l"],
    rows: rows2
  });
  const timedOut = [
    ...facts.baseline.runs.map((run) => ({ name: "baseline", run })),
    ...facts.variants.flatMap((v) => v.runs.map((run) => ({ name: v.name, run })))
  ].filter(({ run }) => run.status === "timed-out");
  if (timedOut.length > 0) {
    blocks.push({
      type: "text",
      text: `\u23F1\uFE0F ${plural(timedOut.length, "training run")} hit the ${duration(facts.timeLimitMs)} limit and ${timedOut.length === 1 ? "was" : "were"} left out of the statistics: ` + timedOut.map(({ name: name2, run }) => `${escapeText(name2)} (seed ${run.seed})`).join(", ") + "."
    });
  }
  const { tolerance } = facts.gate;
  const candidates = facts.variants.filter((v) => {
    const c = v.metrics[facts.gate.metric];
    return c !== void 0 && c.value !== null && c.ci[0] >= -tolerance && c.ci[1] <= tolerance;
  });
  blocks.push({
    type: "text",
    text: candidates.length === 0 ? `No candidates to remove: no variant's ${escapeText(facts.gate.metric)} contribution interval lies within \xB1${num(tolerance)} (the gate's tolerance).` : `\u{1F9F9} **Candidates to remove** (the ${escapeText(facts.gate.metric)} contribution's whole interval lies within \xB1${num(tolerance)}, the gate's tolerance): ` + candidates.map((v) => `${escapeText(v.name)} (${escapeText(v.target.join(", "), 120)})`).join("; ") + "."
  });
  return blocks;
}
function withEstimate(estimate2) {
  if (estimate2 === void 0 || estimate2.value === null) return MISSING;
  return `${num(estimate2.value)} [${num(estimate2.ci[0])}, ${num(estimate2.ci[1])}] (mean over seeds)`;
}
function perSeed(runs, metric) {
  return runs.map((run) => run.status === "timed-out" ? "\u23F1\uFE0F" : num(run.metrics[metric])).join(", ");
}
function times(runs) {
  return runs.map(
    (run) => run.status === "timed-out" ? `\u23F1\uFE0F ${duration(run.ms)}` : `${duration(run.trainMs ?? run.ms)}${run.cached ? " (cached)" : ""}`
  ).join(", ");
}

// src/report/run-facts.ts
function engineOf(run) {
  if (run.predictionsFrom === "train.command") return "predictions from train.command";
  return run.runtime === void 0 ? run.backend : `${run.runtime.name} ${run.runtime.version}`;
}
function runFacts(head, base) {
  const retrain = retrainFacts(head);
  return {
    ...retrain === void 0 ? {} : { retrain },
    backend: engineOf(head.run),
    seed: head.run.seed,
    repeats: head.run.repeats,
    resamples: head.run.resamples,
    durationMs: head.timing.durationMs,
    ...head.run.budget === void 0 ? {} : { timeLimit: budgetNotice(head.run.budget) },
    hashes: {
      config: head.source.configHash,
      model: head.source.modelHash,
      data: head.source.dataHash
    },
    ...base === void 0 ? {} : {
      baseRun: {
        backend: engineOf(base.run),
        seed: base.run.seed,
        resamples: base.run.resamples
      }
    }
  };
}
function runMismatches(base, head) {
  if (base === void 0) return [];
  const facts = [
    ["backend", engineOf(base), engineOf(head)],
    ["seed", base.seed, head.seed],
    ["bootstrap resample count", base.resamples, head.resamples]
  ];
  return facts.filter(([, was, is]) => was !== is).map(
    ([what, was, is]) => `the baseline ran with ${what} ${was}, this run with ${is}: differences may come from that, not from the change`
  );
}

// src/report/sections/acceptance.ts
function acceptanceBlocks(outcome, links) {
  if (outcome === void 0) return [];
  const blocks = [];
  if (outcome.applied.length > 0) {
    const waived = new Set(outcome.waived);
    blocks.push(
      {
        type: "text",
        text: `### Accepted as intended

` + (outcome.waived.length > 0 ? `${outcome.waived.length === 1 ? "One failing check is" : `${outcome.waived.length} failing checks are`} waived by a maintainer's acceptance; each holds while the check moves no further.` : "Accepted checks hold while they move no further; none fails now.")
      },
      {
        type: "table",
        header: ["check", "waived", "accepted by", "commit", "at acceptance", "reason"],
        rows: outcome.applied.map((a) => ({
          cells: [
            escapeText(a.check),
            waived.has(a.check) ? "yes" : "no (passes)",
            escapeText(`@${a.by}`),
            commitLink(a.headSha, links),
            a.drop !== void 0 ? `drop ${num(a.drop)}` : `value ${num(a.value)}`,
            a.reason === "" ? `(${a.via})` : escapeText(a.reason, 300)
          ],
          tier: Tier.failure
        }))
      }
    );
  }
  for (const { acceptance: a, now } of outcome.expired) {
    const what = a.drop !== void 0 ? "drop" : "value";
    const then = a.drop ?? a.value;
    blocks.push({
      type: "text",
      text: `> \u26A0\uFE0F The acceptance of **${escapeText(a.check)}** by ${escapeText(`@${a.by}`)} at ${commitLink(a.headSha, links)} expired: its ${what} moved from ${num(then)} to ${num(now)}. It counts again; a maintainer can accept it anew.`
    });
  }
  return blocks;
}

// src/report/sections/chart.ts
var WIDTH = 21;
function intervalPlot(main, head) {
  const points = [main.ci[0], main.ci[1], head.ci[0], head.ci[1], main.value, head.value, 0];
  if (!points.every(Number.isFinite)) return "";
  const low = Math.min(...points);
  const high = Math.max(...points);
  const at = (x) => high === low ? Math.floor(WIDTH / 2) : Math.round((x - low) / (high - low) * (WIDTH - 1));
  const line = (estimate2) => {
    const cells = Array.from({ length: WIDTH }, () => "\xB7");
    const zero = at(0);
    cells[zero] = "\u250A";
    const from = at(estimate2.ci[0]);
    const to = at(estimate2.ci[1]);
    for (let i = from; i <= to; i++) cells[i] = "\u2500";
    cells[from] = "\u251C";
    cells[to] = "\u2524";
    cells[at(estimate2.value)] = "\u25CF";
    return cells.join("");
  };
  return `\`main ${line(main)}\`<br>\`PR   ${line(head)}\``;
}

// src/report/sections/component-label.ts
function componentLabel(c) {
  if (c.name !== void 0) {
    return {
      name: c.name,
      suffix: c.mode === "value" ? c.id.slice(c.id.lastIndexOf(":") + 1) : c.mode
    };
  }
  const prefix = `${c.kind}:`;
  const last = c.id.lastIndexOf(":");
  if (c.id.startsWith(prefix) && last > prefix.length) {
    return { name: c.id.slice(prefix.length, last), suffix: c.id.slice(last + 1) };
  }
  return { name: c.target.join(", "), suffix: c.mode };
}

// src/report/sections/changes.ts
var SIGN_FLIP = "\u26A0\uFE0F sign flip";
var SHOWN = 10;
var Z95 = 1.959963984540054;
var Q = 0.05;
function changeBlocks(comparison) {
  if (comparison.base === void 0) return singleRunMetrics(comparison.metrics ?? []);
  const blocks = [{ type: "text", text: "### What changed" }];
  const metrics = comparison.metrics ?? [];
  if (metrics.length > 0) blocks.push(metricTable(metrics));
  const byMetric = metrics.length > 0 ? metrics.map((m) => ({ name: m.name, components: m.components })) : [{ name: comparison.metric, components: comparison.components }];
  const changes = [
    ...byMetric.flatMap(
      ({ name: name2, components }) => components.flatMap((c) => componentChange(c, name2, byMetric.length > 1))
    ),
    ...comparison.tests.flatMap(testChange)
  ].filter((c) => c.change !== 0 || c.notes.length > 0).sort((a, b) => b.score - a.score || Math.abs(b.change) - Math.abs(a.change));
  if (changes.length === 0) {
    blocks.push({
      type: "text",
      text: "No component contribution or test value changed since main."
    });
    return blocks;
  }
  const flips = changes.slice(SHOWN).filter((c) => c.notes.includes(SIGN_FLIP));
  const shown = [...changes.slice(0, SHOWN), ...flips.slice(0, SHOWN)];
  blocks.push(
    {
      type: "text",
      text: `The largest changes of the components' contributions (to ${byMetric.map((m) => escapeText(m.name)).join(", ")}) and the tests' values, ranked by the change over its standard error (taken from the two 95% intervals as if independent; a paired change is more precise than that). The plot draws main and this PR with their intervals on one scale; \u250A marks 0.`
    },
    {
      type: "table",
      header: [
        "Component or test",
        "Main",
        "This PR",
        "Change",
        "Change / SE",
        "Main vs this PR",
        "Note"
      ],
      rows: shown.map((c, i) => changeRow(c, i))
    }
  );
  if (changes.length > shown.length) {
    blocks.push({
      type: "text",
      text: `${plural(changes.length - shown.length, "smaller change")} in the tables below.`
    });
  }
  return blocks;
}
function singleRunMetrics(metrics) {
  if (metrics.length === 0) return [];
  return [
    { type: "text", text: "### Metrics on all eval data" },
    {
      type: "table",
      header: ["Metric", "Value [95% interval]"],
      rows: metrics.map((m) => ({
        cells: [metricName(m), estimate(m.head)],
        tier: Tier.key
      }))
    }
  ];
}
function metricName(m) {
  return `${escapeText(m.name)}${m.higherIsBetter ? "" : " (lower is better)"}`;
}
function estimate(e) {
  if (e === void 0) return "\u2014";
  return e.value === null ? `\u2014 (${escapeText(e.reason, 120)})` : withInterval(e.value, e.ci);
}
function metricTable(metrics) {
  return {
    type: "table",
    header: ["Metric", "Main", "This PR", "Change [95% interval]"],
    rows: metrics.map((m) => ({
      cells: [
        metricName(m),
        estimate(m.base),
        estimate(m.head),
        m.change === void 0 ? "\u2014" : `${metricChangeWithInterval(m.change.value, m.change.ci, m.name)}${m.change.paired ? "" : " (unpaired)"}`
      ],
      tier: Tier.key
    }))
  };
}
function changeRow(c, index) {
  return {
    cells: [
      c.what,
      withInterval(c.main.value, c.main.ci),
      withInterval(c.head.value, c.head.ci),
      metricChange(c.change, c.metric),
      c.score.toFixed(1),
      intervalPlot(c.main, c.head),
      c.notes.join("; ")
    ],
    tier: index < 3 ? Tier.key : Tier.check
  };
}
function componentChange(c, metric, named) {
  const before = c.base;
  const after = c.head;
  if (!isDefined(before) || !isDefined(after)) return [];
  const { name: name2, suffix } = componentLabel(c);
  const change2 = after.contribution - before.contribution;
  const notes = [
    ...c.signFlip ? [SIGN_FLIP] : [],
    ...before.q > Q && after.q <= Q ? ["newly significant"] : [],
    ...before.q <= Q && after.q > Q ? ["no longer significant"] : []
  ];
  return [
    {
      what: `${escapeText(name2)} (${c.kind === "retrain" ? "retrain" : `${c.kind}, ${escapeText(suffix, 60)}`})` + (named ? ` on ${escapeText(metric)}` : ""),
      main: { value: before.contribution, ci: before.ci },
      head: { value: after.contribution, ci: after.ci },
      change: change2,
      score: Math.abs(change2) / standardError(before.ci, after.ci),
      notes,
      metric
    }
  ];
}
function testChange(test) {
  const { base, head } = test;
  if (base?.value === null || head?.value === null || base?.ci === void 0 || head?.ci === void 0 || base.value === void 0 || head.value === void 0) {
    return [];
  }
  const change2 = head.value - base.value;
  const notes = base.status === head.status ? [] : [`status ${base.status} \u2192 ${head.status}`];
  return [
    {
      what: `test ${escapeText(test.name, 60)} (${escapeText(test.metric)})`,
      main: { value: base.value, ci: base.ci },
      head: { value: head.value, ci: head.ci },
      change: change2,
      score: Math.abs(change2) / standardError(base.ci, head.ci),
      notes,
      metric: test.metric
    }
  ];
}
function standardError(a, b) {
  const se = (ci) => (ci[1] - ci[0]) / (2 * Z95);
  return Math.max(Math.hypot(se(a), se(b)), 1e-9);
}
function isDefined(c) {
  return c !== void 0 && c.value !== null;
}

// src/report/sections/components.ts
var SHOWN2 = 10;
var MARKS = [
  [0.01, "\\*\\*"],
  [0.05, "\\*"]
];
function componentBlocks(components, metric, hasBase, collapsed = false) {
  const title = {
    type: "text",
    text: collapsed ? `<details><summary><b>Component contributions (${/^[a-z0-9_]+$/.test(metric) ? metric : "metric"})</b></summary>` : `### Component contributions (${escapeText(metric)})`
  };
  const close = collapsed ? [{ type: "text", text: "</details>" }] : [];
  if (components.length === 0) {
    return [title, { type: "text", text: "This suite ablates no components." }, ...close];
  }
  const applicable = components.filter((c) => c.notApplicable === void 0).map((c, index) => ({ c, index })).sort((a, b) => (a.c.rankHead ?? Infinity) - (b.c.rankHead ?? Infinity) || a.index - b.index).map(({ c }) => c);
  const notApplicable = components.filter((c) => c.notApplicable !== void 0);
  const legend = `Contribution: how much worse ${escapeText(metric)} gets when the component is ablated (positive: the component helps), with its 95% interval. \\* Benjamini\u2013Hochberg q \u2264 0.05, \\*\\* q \u2264 0.01 (over all components)` + (hasBase ? "; \u26A0\uFE0F the sign flipped against main; \u2191/\u2193 rank moves since main; =3: tied with another component (no move shown)." : "; =3: tied with another component.");
  const header = hasBase ? ["Rank", "Component", "Ablation", "Main", "This PR", "Change"] : ["Rank", "Component", "Ablation", "Contribution"];
  const ranks2 = {
    head: competitionRanks(applicable, "head"),
    base: competitionRanks(applicable, "base")
  };
  const rows2 = applicable.map((c, i) => row(c, hasBase, i, ranks2, collapsed));
  const blocks = [title];
  if (applicable.length > 0) {
    blocks.push({ type: "text", text: legend });
    blocks.push({ type: "table", header, rows: rows2.slice(0, SHOWN2) });
  }
  if (collapsed) {
    if (rows2.length > SHOWN2) blocks.push({ type: "table", header, rows: rows2.slice(SHOWN2) });
    return [...blocks, ...close];
  }
  if (rows2.length > SHOWN2) {
    blocks.push(
      {
        type: "text",
        text: `<details><summary>${plural(rows2.length - SHOWN2, "more component")}</summary>`
      },
      { type: "table", header, rows: rows2.slice(SHOWN2) },
      { type: "text", text: "</details>" }
    );
  }
  if (notApplicable.length > 0) {
    blocks.push(
      {
        type: "text",
        text: `<details><summary>${plural(notApplicable.length, "component")} not applicable</summary>`
      },
      {
        type: "table",
        header: ["Component", "Ablation", "Why not"],
        rows: notApplicable.map((c) => ({
          cells: [componentName(c), ablation(c), escapeText(c.notApplicable ?? "", 300)],
          tier: Tier.detail
        }))
      },
      { type: "text", text: "</details>" }
    );
  }
  return [...blocks, ...close];
}
function competitionRanks(components, run) {
  const values = components.flatMap((c) => {
    const value = c[run];
    return value !== void 0 && value.value !== null ? [{ c, v: value.contribution }] : [];
  });
  return new Map(
    values.map(({ c, v }) => [
      c,
      {
        rank: 1 + values.filter((o) => o.v > v).length,
        tied: values.some((o) => o.c !== c && o.v === v)
      }
    ])
  );
}
function row(c, hasBase, index, ranks2, minor) {
  const cells = [
    rank(c, hasBase, ranks2),
    componentName(c),
    ablation(c),
    ...hasBase ? [contribution(c.base)] : [],
    contribution(c.head),
    ...hasBase ? [change(c)] : []
  ];
  const tier2 = index < SHOWN2 && !minor ? Tier.key : c.signFlip ? Tier.check : Tier.minorContribution;
  return { cells, tier: tier2 };
}
function componentName(c) {
  const { name: name2 } = componentLabel(c);
  return c.kind === "group" ? `${escapeText(name2)} (group of ${c.members})` : escapeText(name2);
}
function ablation(c) {
  if (c.kind === "retrain") return "retrain";
  return `${c.kind}, ${escapeText(componentLabel(c).suffix, 60)}`;
}
function contribution(value) {
  if (value === void 0) return MISSING;
  if (value.value === null) return `${MISSING} (${escapeText(value.reason, 120)})`;
  const mark = MARKS.find(([level2]) => value.q <= level2)?.[1];
  const text = withInterval(value.contribution, value.ci);
  return mark === void 0 ? text : `${text} ${mark}`;
}
function change(c) {
  if (c.base === void 0) return "\u{1F195} new";
  const text = signed(c.change);
  return c.signFlip ? `${text} \u26A0\uFE0F sign flip` : text;
}
function rank(c, hasBase, ranks2) {
  const head = ranks2.head.get(c);
  if (head === void 0) return MISSING;
  const shown = `${head.tied ? "=" : ""}${head.rank}`;
  const base = ranks2.base.get(c);
  if (!hasBase || base === void 0 || head.tied || base.tied || base.rank === head.rank)
    return shown;
  const move = base.rank - head.rank;
  return `${shown} ${move > 0 ? "\u2191" : "\u2193"}${Math.abs(move)}`;
}

// src/report/sections/data.ts
var OPEN_CLASSES = 10;
function dataBlocks(data) {
  const { base, head } = data;
  const evalData = base === void 0 ? `${plural(head.n, "example")} (no baseline to compare with)` : data.changed ? `\u26A0\uFE0F changed against main (${count(base.n)} \u2192 ${count(head.n)} examples): the regression gate is unpaired` : `same as main (${plural(head.n, "example")})`;
  const duplicates = `${head.duplicateRows > 0 ? "\u26A0\uFE0F " : ""}${count(head.duplicateRows)} on this PR` + (base === void 0 ? "" : ` (main: ${count(base.duplicateRows)})`);
  const blocks = [
    { type: "text", text: "### Data checks" },
    {
      type: "text",
      text: [
        `- **Eval data:** ${evalData}`,
        "- **NaN or infinite values:** none (the loader rejects them)",
        `- **Duplicate rows:** ${duplicates}`,
        `- **Label balance:** ${head.labelCounts === null ? "not applicable (regression task)" : "examples per class"}`
      ].join("\n")
    }
  ];
  if (head.labelCounts === null) return blocks;
  const classes = [
    ...Object.keys(head.labelCounts),
    ...Object.keys(base?.labelCounts ?? {}).filter((name2) => !(name2 in head.labelCounts))
  ];
  const cell = (counts, n, name2) => counts === null || counts === void 0 || !(name2 in counts) ? MISSING : `${count(counts[name2])} (${percent(counts[name2], n)})`;
  const table2 = {
    type: "table",
    header: base === void 0 ? ["Class", "This PR"] : ["Class", "Main", "This PR"],
    rows: classes.map((name2) => ({
      cells: [
        escapeText(name2, 100),
        ...base === void 0 ? [] : [cell(base.labelCounts, base.n, name2)],
        cell(head.labelCounts, head.n, name2)
      ],
      tier: Tier.unchanged
    }))
  };
  if (classes.length <= OPEN_CLASSES) return [...blocks, table2];
  return [
    ...blocks,
    {
      type: "text",
      text: `<details><summary>${plural(classes.length, "class", "classes")}</summary>`
    },
    table2,
    { type: "text", text: "</details>" }
  ];
}

// src/report/sections/facts.ts
function factBlocks(comparison, context, links) {
  const runUrl = safeUrl(context.runUrl);
  const base = context.baseRun;
  const both = (head, main, always = false) => main === void 0 || !always && main === head ? head : `${head} (main: ${main}${main === head ? "" : " \u26A0\uFE0F"})`;
  const facts = [
    ["Backend", both(escapeText(context.backend, 40), base && escapeText(base.backend, 40), true)],
    ["Seed", both(String(context.seed), base && String(base.seed))],
    ["Repeats", count(context.repeats)],
    ["Bootstrap resamples", both(count(context.resamples), base && count(base.resamples))],
    ["Duration", duration(context.durationMs)],
    ...context.timeLimit === void 0 ? [] : [["Time limit", escapeText(context.timeLimit, 300)]],
    ["Config hash", shortHash(context.hashes.config)],
    ["Model hash", shortHash(context.hashes.model)],
    ["Data hash", shortHash(context.hashes.data)],
    ...runUrl === void 0 ? [] : [["Run", `[workflow run](${runUrl})`]]
  ];
  const baseline = comparison.base;
  const footer = baseline === void 0 ? `This PR: ${commitLink(comparison.head.commit, links)} \xB7 no baseline.` : `This PR: ${commitLink(comparison.head.commit, links)} \xB7 baseline: ${commitLink(baseline.commit, links)} from ${when(baseline.startedAt)} (${age(baseline.startedAt, context.now)}).`;
  return [
    { type: "text", text: "<details><summary>Run facts</summary>" },
    {
      type: "table",
      header: ["Fact", "Value"],
      rows: facts.map((cells) => ({ cells, tier: Tier.fact }))
    },
    { type: "text", text: "</details>" },
    { type: "text", text: `---

<sub>${footer}</sub>` }
  ];
}
function when(iso) {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return escapeText(iso, 40);
  return `${new Date(time).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

// src/stats/sample-size.ts
var LIMIT = 1e8;
function examplesToSignificance(p, n, level2) {
  if (!(n > 0) || !(level2 > 0 && level2 < 1) || !(p >= 0 && p <= 1)) return void 0;
  if (p <= level2) return n;
  const observed = normalQuantile(1 - p);
  if (!(observed > 0)) return void 0;
  const needed = normalQuantile(1 - level2);
  const examples = Math.ceil(n * (needed / observed) ** 2);
  return examples <= LIMIT ? examples : void 0;
}
function examplesToDecide(successes, trials, confidence, threshold, touching) {
  if (!(trials > 0) || successes < 0 || successes > trials) return void 0;
  const rate = successes / trials;
  if (rate === threshold) return void 0;
  const above = rate > threshold;
  const decides = (n) => {
    const k = n === trials ? successes : Math.min(n, Math.max(0, Math.round(rate * n)));
    const [low2, high2] = clopperPearsonInterval(k, n, confidence);
    if (above) return touching ? low2 >= threshold : low2 > threshold;
    return touching ? high2 <= threshold : high2 < threshold;
  };
  if (decides(trials)) return trials;
  let low = trials;
  let high = trials * 2;
  while (!decides(high)) {
    low = high;
    high *= 2;
    if (high > LIMIT) return void 0;
  }
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (decides(middle)) high = middle;
    else low = middle;
  }
  return high;
}

// src/report/sections/closest-call.ts
function checkCalls(gate, comparison) {
  const m = gate.checks.length;
  const byP = gate.checks.map((check2, index) => ({ check: check2, index })).sort((a, b) => a.check.p - b.check.p || a.index - b.index);
  return byP.map(({ check: check2, index }, rank2) => {
    const n = checkSize(check2, index, comparison);
    const holmDivisor = m - rank2;
    const undecided = !check2.regressed && check2.drop > gate.tolerance;
    const needed = undecided ? examplesToSignificance(check2.p, n, gate.alpha / holmDivisor) : void 0;
    return { check: check2, n, holmDivisor, undecided, ...needed === void 0 ? {} : { needed } };
  }).sort((a, b) => a.check.adjustedP - b.check.adjustedP || a.check.p - b.check.p);
}
function checkSize(check2, index, comparison) {
  if (index === 0 && check2.name === "overall") return comparison.data.head.n;
  return comparison.tests.find((t) => t.name === check2.name)?.head?.n ?? comparison.data.head.n;
}
function checkName(check2, isOverall) {
  return isOverall ? `${escapeText(check2.metric)} on all eval data` : `test ${escapeText(check2.name, 60)} (${escapeText(check2.metric)})`;
}
function callSentence(call, gate, isOverall) {
  const { check: check2 } = call;
  const sign = isMetricName(check2.metric) && !METRICS[check2.metric].higherIsBetter ? -1 : 1;
  const moved = metricChange(-sign * check2.drop, check2.metric);
  const verdict2 = check2.regressed ? `a regression at \u03B1 ${num(gate.alpha).replace(/0+$/, "")}` : `not a regression at \u03B1 ${num(gate.alpha).replace(/0+$/, "")}`;
  const head = `${checkName(check2, isOverall)} ${num(check2.base)} \u2192 ${num(check2.head)} (${moved}), p ${pValue(check2.adjustedP).replace("<", "< ")} after Holm over ${plural(gate.checks.length, "check")}: ${verdict2}`;
  if (!call.undecided) return head;
  const tolerance = metricChange(gate.tolerance, check2.metric).replace(/^\+/, "");
  const needed = call.needed === void 0 ? "more examples would not show it" : `it needs about ${count(call.needed)} examples`;
  return `${head}. The drop is past the tolerance (${tolerance}), but the data could not tell at n = ${count(call.n)}; ${needed}`;
}

// src/report/sections/gate.ts
var METHOD = {
  "mcnemar-exact": "exact McNemar",
  "paired-bootstrap": "paired bootstrap",
  "unpaired-bootstrap": "unpaired bootstrap"
};
function settingsBlock(gate) {
  if (gate.changes.length === 0) return [];
  const rows2 = gate.changes.map(
    (c) => `\`${c.setting}\`: \`${c.base}\` on main \u2192 \`${c.head}\` here; the gate applies \`${c.applied}\``
  );
  return [
    {
      type: "text",
      text: "> [!WARNING]\n> **This PR changes the gate settings.** The gate applies main's settings or the stricter of the two, so a PR cannot loosen its own gate:\n" + rows2.map((row3) => `> - ${row3}`).join("\n")
    }
  ];
}
function gateBlocks(gate, comparison) {
  const title = { type: "text", text: "### Regression gate" };
  if (gate === void 0) return [];
  const settings = settingsBlock(gate);
  const how = gate.paired ? "Paired: this PR ran on the same eval data as main (exact McNemar test on 0/1 correctness for accuracy, error rate and one class's recall, paired bootstrap otherwise)." : "\u26A0\uFE0F Unpaired: the eval data changed, so each check is an unpaired bootstrap (less power than a paired test on the same data).";
  const rule = `A check regresses when this PR is worse than main by more than ${num(gate.tolerance)} with Holm-adjusted p \u2264 ${num(gate.alpha)} over ${plural(gate.checks.length, "check")}.`;
  const calls = new Map(checkCalls(gate, comparison).map((call) => [call.check, call]));
  const undecided = [...calls.values()].some((call) => call.undecided);
  const sizes = undecided ? ` \u26A0\uFE0F could not tell: a drop past the tolerance that is not significant; "needs about N examples" is the n at which the observed effect, with its spread, would reach Holm's level for that check (normal approximation: z = \u03A6\u207B\xB9(1 \u2212 p) grows with \u221An).` : "";
  const bootstrapped = gate.checks.filter((c) => c.monteCarloError !== void 0);
  const error = bootstrapped.length === 0 ? "" : ` Bootstrap p-values carry Monte Carlo error (largest \xB1${num(Math.max(...bootstrapped.map((c) => c.monteCarloError)))}); resamples grow until each decision is clear of \u03B1 by 3 errors.`;
  if (gate.checks.length === 0) {
    return [title, ...settings, { type: "text", text: `${how} ${rule}` }];
  }
  const ordered = gate.checks.map((check2, index) => ({ check: check2, index })).sort((a, b) => Number(b.check.regressed) - Number(a.check.regressed) || a.index - b.index);
  const table2 = {
    type: "table",
    header: ["Check", "Metric", "Main", "This PR", "Drop", "Method", "p", "Holm p", "Regressed?"],
    rows: ordered.map(({ check: check2, index }) => ({
      cells: [
        name(check2, index),
        escapeText(check2.metric),
        num(check2.base),
        num(check2.head),
        signed(check2.drop),
        METHOD[check2.method],
        pValue(check2.p),
        pValue(check2.adjustedP),
        regressedCell(calls.get(check2))
      ],
      tier: check2.regressed ? Tier.failure : Tier.check
    }))
  };
  const regressed = gate.regressions.length > 0;
  const zero = zeroToleranceNote(gate, (text) => `\`${text}\``);
  return [
    title,
    ...settings,
    { type: "text", text: `${how} ${rule}${error}${sizes}` },
    ...zero === void 0 ? [] : [{ type: "text", text: `> \u2139\uFE0F ${zero}` }],
    // Open when something regressed or could not be told from noise: a reviewer should see it.
    ...regressed || undecided ? [table2] : [
      {
        type: "text",
        text: `<details><summary>${plural(gate.checks.length, "check")}, no regression</summary>`
      },
      table2,
      { type: "text", text: "</details>" }
    ]
  ];
}
function regressedCell(call) {
  if (call === void 0) return "no";
  if (call.check.regressed) return "\u274C yes";
  if (!call.undecided) return "no";
  return call.needed === void 0 ? "\u26A0\uFE0F could not tell" : `\u26A0\uFE0F could not tell (needs about ${count(call.needed)} examples)`;
}
function name(check2, index) {
  return index === 0 && check2.name === "overall" ? "_all eval data_" : escapeText(check2.name);
}

// src/report/sections/governance.ts
var HOW = {
  removed: "removed or renamed here",
  skipped: "skipped here (`min-examples` or `where` leaves too few rows)",
  redefined: "redefined here"
};
var PART = {
  metric: "metric",
  class: "class",
  threshold: "threshold",
  slice: "`where` (its rows)"
};
var STATUS = {
  pass: "\u2705 pass",
  fail: "\u274C fail",
  inconclusive: "\u2754 inconclusive",
  skipped: "\u23ED\uFE0F skipped"
};
var OPS = { ">=": "\u2265", ">": "&gt;", "<=": "\u2264", "<": "&lt;" };
function governanceBlocks(gate) {
  const governed = gate?.governed ?? [];
  if (governed.length === 0) return [];
  const notice = "> [!WARNING]\n> **This PR removes or weakens main's model unit tests.** Main's tests govern by name: each is still run as main defines it on this PR's model, and counts in the verdict and the regression gate.";
  return [
    { type: "text", text: notice },
    {
      type: "table",
      header: ["Main\u2019s test", "This PR", "As main defines it", "Value", "Status"],
      rows: governed.map((test) => ({
        cells: [
          escapeText(test.name),
          test.how === "redefined" ? `${HOW.redefined}: ${test.edits.map((p) => PART[p]).join(", ")}` : HOW[test.how],
          `${escapeText(test.result.metric)}${test.result.class === void 0 ? "" : ` of ${escapeText(test.result.class)}`} ${OPS[test.result.threshold.op]} ${test.result.threshold.value}`,
          withInterval(test.result.value, test.result.ci),
          STATUS[test.result.status] + (test.result.reason === void 0 ? "" : `: ${escapeText(test.result.reason)}`)
        ],
        tier: test.result.status === "pass" ? Tier.check : Tier.failure
      }))
    }
  ];
}

// src/report/sections/sensitivity.ts
var CHARTED = 4;
function sensitivityBlocks(comparison) {
  if (comparison === void 0) return [];
  const { metric, rows: rows2 } = comparison;
  const hasBase = rows2.some((r) => r.rankBase !== void 0);
  const blocks = [
    { type: "text", text: `### Sensitivity curves (${escapeText(metric)})` },
    {
      type: "text",
      text: `${plural(rows2.length, "curve")}: noise of s \xD7 the spread on each component, s = ${comparison.grid.map(level).join(", ")}. The area is the average drop of the metric over the grid (higher: more sensitive).` + (comparison.baseGrid !== void 0 ? ` Main used another grid (${comparison.baseGrid.map(level).join(", ")}): areas are not compared.` : "") + (comparison.grew.length > 0 ? ` \u26A0\uFE0F ${plural(comparison.grew.length, "curve")} grew significantly more sensitive since main.` : "")
    }
  ];
  const charted = [...rows2].sort((a, b) => (a.rankHead ?? Infinity) - (b.rankHead ?? Infinity)).slice(0, CHARTED);
  const chart = chartText(comparison, charted);
  if (chart !== void 0) blocks.push({ type: "optional", text: chart, tier: Tier.check });
  blocks.push({
    type: "table",
    header: hasBase ? ["curve", "noise", "area on main", "area on this PR", "change", "p (grew)", "rank", ""] : ["curve", "noise", "area", "rank"],
    align: hasBase ? ["l", "l", "r", "r", "r", "r", "r", "l"] : ["l", "l", "r", "r"],
    rows: [...rows2].sort(
      (a, b) => Number(b.grew) - Number(a.grew) || (a.rankHead ?? Infinity) - (b.rankHead ?? Infinity)
    ).map((row3) => tableRow(row3, hasBase))
  });
  return blocks;
}
function tableRow(row3, hasBase) {
  const name2 = `${row3.kind} ${escapeText(row3.name)}`;
  const area = (e) => e === void 0 ? MISSING : e.value === null ? MISSING : withInterval(e.value, e.ci);
  const rank2 = (r) => r === void 0 ? MISSING : String(r);
  const tier2 = row3.grew ? Tier.failure : (row3.rankHead ?? Infinity) <= CHARTED ? Tier.key : Tier.minorContribution;
  if (!hasBase) return { cells: [name2, row3.noise, area(row3.head), rank2(row3.rankHead)], tier: tier2 };
  return {
    cells: [
      name2,
      row3.noise,
      area(row3.base),
      area(row3.head),
      row3.change === void 0 ? MISSING : signed(row3.change),
      row3.p === void 0 ? MISSING : pValue(row3.p),
      `${rank2(row3.rankBase)} \u2192 ${rank2(row3.rankHead)}`,
      row3.grew ? "\u26A0\uFE0F more sensitive" : ""
    ],
    tier: tier2
  };
}
function chartText(comparison, rows2) {
  const lines = [];
  for (const row3 of rows2) {
    const label = mermaidText(`${row3.name} ${row3.noise}`, 30);
    if (row3.curveBase !== void 0 && row3.curveBase.every((v) => v !== null)) {
      lines.push({ label: `${label} main`, values: row3.curveBase });
    }
    if (row3.curveHead !== void 0 && row3.curveHead.every((v) => v !== null)) {
      lines.push({
        label: row3.curveBase === void 0 ? label : `${label} PR`,
        values: row3.curveHead
      });
    }
  }
  if (lines.length === 0) return void 0;
  const all = lines.flatMap((l) => l.values);
  const low = all.reduce((a, b) => Math.min(a, b), Infinity);
  const high = all.reduce((a, b) => Math.max(a, b), -Infinity);
  const pad = high === low ? 0.01 : (high - low) * 0.05;
  return [
    "```mermaid",
    "xychart-beta",
    `  title "${mermaidText(comparison.metric)} under noise"`,
    `  x-axis "noise level s" [${comparison.grid.map((s) => `"${level(s)}"`).join(", ")}]`,
    `  y-axis "${mermaidText(comparison.metric)}" ${fixed(low - pad)} --> ${fixed(high + pad)}`,
    ...lines.map((l) => `  line [${l.values.map(fixed).join(", ")}]`),
    "```",
    `Lines, in order: ${lines.map((l, i) => `${i + 1}. ${l.label}`).join("; ")}.`
  ].join("\n");
}
function level(s) {
  return String(Number(s.toPrecision(3)));
}
function fixed(value) {
  return Number(value.toFixed(4)).toString();
}

// src/report/sections/tests.ts
var STATUS2 = {
  pass: "\u2705 pass",
  fail: "\u274C fail",
  inconclusive: "\u2754 inconclusive",
  skipped: "\u23ED\uFE0F skipped"
};
var MOVE = {
  "new-failure": (was) => `new failure; was ${was}`,
  fixed: (was) => `fixed; was ${was}`,
  "still-failing": () => "as on main",
  changed: (was) => `was ${was}`,
  new: () => "new test",
  removed: () => "removed",
  "still-passing": () => "as on main",
  unchanged: () => "as on main"
};
var OPS2 = { ">=": "\u2265", ">": "&gt;", "<=": "\u2264", "<": "&lt;" };
function testBlocks(tests, hasBase, confidence = 0.95) {
  const title = { type: "text", text: "### Model unit tests" };
  if (tests.length === 0) {
    return [title, { type: "text", text: "This suite has no model unit tests." }];
  }
  const header = hasBase ? ["Test", "Metric", "Threshold", "Main", "This PR", "n", "Status", "Value change"] : ["Test", "Metric", "Threshold", "Value", "n", "Status"];
  const table2 = (rows2) => ({
    type: "table",
    header,
    rows: rows2.map((test) => row2(test, hasBase, confidence))
  });
  if (!hasBase) return [title, table2(tests)];
  const quiet = tests.filter(isQuiet);
  const shown = tests.filter((test) => !isQuiet(test));
  return [
    title,
    shown.length === 0 ? {
      type: "text",
      text: "Every test has the status it has on main."
    } : table2(shown),
    ...quiet.length === 0 ? [] : [
      {
        type: "text",
        text: `<details><summary>${plural(quiet.length, shown.length === 0 ? "test" : "more test")}, status as on main</summary>`
      },
      table2(quiet),
      { type: "text", text: "</details>" }
    ]
  ];
}
function isQuiet(test) {
  return (test.change === "still-passing" || test.change === "unchanged") && (test.head?.status === "pass" || test.head?.status === "skipped");
}
function row2(test, hasBase, confidence) {
  const head = test.head;
  const metric = test.class === void 0 ? escapeText(test.metric) : `${escapeText(test.metric)} (class ${escapeText(test.class, 60)})`;
  const status = statusText(test, hasBase, confidence);
  const cells = [
    escapeText(test.name),
    metric,
    `${OPS2[test.threshold.op]} ${num(test.threshold.value)}`,
    ...hasBase ? [withInterval(test.base?.value, test.base?.ci)] : [],
    withInterval(head?.value, head?.ci),
    head === void 0 ? MISSING : count(head.n),
    status,
    ...hasBase ? [metricChange(test.delta, test.metric)] : []
  ];
  return { cells, tier: tier(test) };
}
function statusText(test, hasBase, confidence) {
  const head = test.head;
  if (head === void 0) return `${MISSING} (${MOVE.removed("")})`;
  const words = [
    ...hasBase ? [MOVE[test.change](test.base === void 0 ? "" : STATUS2[test.base.status])] : [],
    ...head.status === "skipped" && head.reason !== void 0 ? [escapeText(head.reason, 300)] : [],
    ...head.status === "inconclusive" ? [toDecide(test, confidence)] : []
  ].filter((word) => word !== "");
  return words.length === 0 ? STATUS2[head.status] : `${STATUS2[head.status]} (${words.join("; ")})`;
}
function toDecide(test, confidence) {
  const counts = test.head?.counts;
  if (counts === void 0) return "";
  const { op, value } = test.threshold;
  const rate = counts.successes / counts.trials;
  const passSide = op === ">=" || op === ">" ? rate > value : rate < value;
  const touching = op.endsWith("=") === passSide;
  const needed = examplesToDecide(counts.successes, counts.trials, confidence, value, touching);
  const at = `${count(counts.successes)} of ${count(counts.trials)}`;
  if (needed === void 0) return `${at}: no number of examples at that rate decides it`;
  return `${at}: at that rate about ${count(needed)} examples would ${passSide ? "pass" : "fail"}`;
}
function tier(test) {
  switch (test.change) {
    case "new-failure":
    case "still-failing":
    case "fixed":
      return Tier.failure;
    case "changed":
    case "new":
    case "removed":
      return Tier.key;
    case "still-passing":
    case "unchanged":
      return isQuiet(test) ? Tier.unchanged : Tier.key;
  }
}

// src/report/sections/trends.ts
function trendBlocks(facts) {
  if (facts === void 0 || facts.commits.length === 0) return [];
  const blocks = [
    { type: "text", text: "### Trends on main" },
    {
      type: "text",
      text: `Main's last ${facts.commits.length} stored ${facts.commits.length === 1 ? "run" : "runs"} (line), ${escapeText(facts.headLabel)}'s value last (the bar). Every run, component and test: [the dashboard](${facts.dashboardUrl}).`
    }
  ];
  for (const series of facts.series) {
    const chart = trendChart(facts, series);
    if (chart !== void 0) blocks.push({ type: "optional", text: chart, tier: Tier.check });
  }
  return blocks;
}
function trendChart(facts, series) {
  const labels = [];
  const values = [];
  series.main.forEach((value, i) => {
    if (value === null || !Number.isFinite(value)) return;
    labels.push(facts.commits[i]);
    values.push(value);
  });
  if (series.head !== null && Number.isFinite(series.head)) {
    labels.push(facts.headLabel);
    values.push(series.head);
  }
  if (values.length === 0) return void 0;
  const [low, high] = axis(values);
  const marked = series.head !== null && Number.isFinite(series.head);
  const bars = values.map((value, i) => marked && i === values.length - 1 ? value : low);
  return [
    "```mermaid",
    "xychart-beta",
    `  title "${mermaidText(series.label, 60)}"`,
    `  x-axis [${labels.map((label) => `"${mermaidText(label, 12)}"`).join(", ")}]`,
    `  y-axis "${mermaidText(series.label, 40)}" ${number(low)} --> ${number(high)}`,
    `  line [${values.map(number).join(", ")}]`,
    ...marked ? [`  bar [${bars.map(number).join(", ")}]`] : [],
    "```"
  ].join("\n");
}
function axis(values) {
  const low = values.reduce((a, b) => Math.min(a, b), Infinity);
  const high = values.reduce((a, b) => Math.max(a, b), -Infinity);
  const pad = (high - low) / 10 || Math.abs(high) / 100 || 0.01;
  const step = 10 ** Math.floor(Math.log10(pad));
  return [Math.floor((low - pad) / step) * step, Math.ceil((high + pad) / step) * step].map(
    (x) => Number(x.toPrecision(6))
  );
}
function number(value) {
  return String(Number(value.toPrecision(4)));
}

// src/report/sections/verdict.ts
var LISTED = 3;
function verdictBlocks(comparison, links, baselineNote, mismatches = []) {
  const { verdict: verdict2, gate } = comparison;
  const calls = gate === void 0 ? [] : checkCalls(gate, comparison);
  const undecided = calls.filter((call) => call.undecided);
  const mark = !verdict2.passed ? "\u274C **Failed**" : undecided.length > 0 ? "\u26A0\uFE0F **Passed, but a drop could not be told from noise**" : "\u2705 **Passed**";
  const failures = [
    ...verdict2.failedTests.length > 0 ? [listed(verdict2.failedTests, "failing test")] : [],
    ...verdict2.regressions.length > 0 ? [
      listed(
        // The gate names the check on all eval data `overall`.
        verdict2.regressions.map(
          (name2) => name2 === "overall" ? `${comparison.metric} on all eval data` : name2
        ),
        "regression"
      )
    ] : [],
    ...verdict2.sensitivity !== void 0 ? [listed(verdict2.sensitivity, "sensitivity increase")] : []
  ];
  const baseline = comparison.base === void 0 ? "no baseline" : `baseline ${commitLink(comparison.base.commit, links)}`;
  const gated2 = verdict2.passed && failures.length > 0 ? " \u2014 not gated" : "";
  const first = [
    `${mark}${failures.length > 0 ? `: ${failures.join(", ")}${gated2}` : ""}`,
    headline(comparison),
    baseline
  ].filter((part) => part !== "").join(" \xB7 ");
  let second;
  if (gate === void 0) {
    second = `No baseline to compare with, so the regression gate does not apply. ${runSummary(comparison)}`;
  } else if (calls.length === 0) {
    second = "The regression gate had nothing to check.";
  } else {
    const closest = calls[0];
    const isOverall = closest.check === gate.checks[0] && closest.check.name === "overall";
    const label = closest.check.regressed ? "Clearest regression" : "Closest call";
    const others = undecided.filter((call) => call !== closest).length;
    second = `${label}: ${callSentence(closest, gate, isOverall)}.` + (others > 0 ? ` ${plural(others, "more check")} dropped past the tolerance without being significant (see the regression gate).` : "");
  }
  const inconclusive = verdict2.inconclusiveTests.length === 0 ? [] : [
    {
      type: "text",
      text: `${capital(listed(verdict2.inconclusiveTests, "inconclusive test"))}${verdict2.passed ? " \u2014 not gated" : ""}.`
    }
  ];
  return [
    { type: "text", text: `## ablation-ci \xB7 ${escapeText(comparison.suite)}` },
    // A backslash at the end of a line is a hard line break in GitHub's markdown.
    { type: "text", text: `${first}\\
${second}` },
    ...inconclusive,
    ...baselineNote === void 0 || baselineNote === "" ? [] : [{ type: "text", text: `> \u2139\uFE0F ${escapeText(baselineNote, 2e3)}` }],
    ...mismatches.map((text) => ({
      type: "text",
      text: `> \u26A0\uFE0F ${escapeText(capital(text), 300)}.`
    })),
    { type: "trim-notice" }
  ];
}
function headline(comparison) {
  const primary = comparison.metrics?.[0];
  if (primary === void 0) return "";
  const name2 = escapeText(primary.name);
  if (primary.head.value === null)
    return `${name2} undefined (${escapeText(primary.head.reason, 120)})`;
  if (comparison.base === void 0 || primary.base === void 0 || primary.base.value === null) {
    return `${name2} ${withInterval(primary.head.value, primary.head.ci)} on ${count(comparison.data.head.n)} examples`;
  }
  const change2 = primary.change;
  if (change2 === void 0)
    return `${name2} ${num(primary.base.value)} \u2192 ${num(primary.head.value)}`;
  return `${name2} ${num(change2.base)} \u2192 ${num(change2.head)}: ${metricChangeWithInterval(change2.value, change2.ci, primary.name)}`;
}
function runSummary(comparison) {
  const statuses = ["pass", "fail", "inconclusive", "skipped"];
  const tests = statuses.map((status) => ({
    status,
    n: comparison.tests.filter((t) => t.head?.status === status).length
  })).filter(({ n }) => n > 0).map(({ status, n }) => `${count(n)} ${status}`);
  const applicable = comparison.components.filter((c) => c.notApplicable === void 0).length;
  const components = comparison.components.length - applicable;
  return `Tests: ${tests.length === 0 ? "none" : tests.join(", ")}. Components: ${count(applicable)} evaluated${components > 0 ? `, ${count(components)} not applicable` : ""}.`;
}
function capital(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function listed(names, noun) {
  const shown = names.slice(0, LISTED).map((name2) => escapeText(name2, 60));
  if (names.length > LISTED) shown.push(`\u2026 ${names.length - LISTED} more`);
  return `${plural(names.length, noun)} (${shown.join(", ")})`;
}

// src/report/render.ts
var COMMENT_LIMIT = 65536;
var SUMMARY_LIMIT = 1048576;
function renderReport(comparison, context, options = {}) {
  const limit = options.limit ?? COMMENT_LIMIT;
  const measure = options.measure ?? "utf16-units";
  const unit = measure === "utf8-bytes" ? "bytes" : "characters";
  return fit(reportBlocks(comparison, context), {
    limit,
    measure,
    hint: measure === "utf8-bytes" ? "the results artifact holds everything" : "the full report is in the job summary and the results artifact",
    limitLabel: `the limit of ${count(options.labelLimit ?? limit)} ${unit}`
  });
}
function renderSummary(comparison, context, options = {}) {
  return renderReport(comparison, context, {
    limit: options.limit ?? SUMMARY_LIMIT,
    measure: "utf8-bytes",
    ...options.labelLimit === void 0 ? {} : { labelLimit: options.labelLimit }
  });
}
function reportBlocks(comparison, context) {
  const links = {
    serverUrl: context.serverUrl ?? "https://github.com",
    ...context.repository === void 0 ? {} : { repository: context.repository }
  };
  const hasBase = comparison.base !== void 0;
  return [
    ...verdictBlocks(
      comparison,
      links,
      context.baselineNote,
      runMismatches(context.baseRun, context)
    ),
    ...acceptanceBlocks(comparison.acceptance, links),
    ...changeBlocks(comparison),
    ...testBlocks(comparison.tests, hasBase, comparison.confidence),
    ...governanceBlocks(comparison.gate),
    ...gateBlocks(comparison.gate, comparison),
    ...trendBlocks(context.trends),
    // Every configured metric: the primary open, the others collapsed below it.
    ...(comparison.metrics ?? [{ name: comparison.metric, components: comparison.components }]).flatMap((m, i) => componentBlocks(m.components, m.name, hasBase, i > 0)),
    ...sensitivityBlocks(comparison.sensitivity),
    ...retrainBlocks(context.retrain),
    ...dataBlocks(comparison.data),
    ...factBlocks(comparison, context, links)
  ];
}

// src/results/read.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
function parseResults(text, source) {
  let document;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new InputError(`not valid JSON (${errorMessage(error)})`, source);
  }
  const problem = resultsProblem(document);
  if (problem !== void 0) {
    throw new InputError(`not a results document (schemaVersion 1): ${problem}`, source);
  }
  return document;
}
async function readResultsFile(file, cwd, where) {
  const source = where === void 0 ? { file } : { file, where };
  let text;
  try {
    text = await readFile(path.resolve(cwd, file), "utf8");
  } catch (error) {
    const code = error.code;
    throw new InputError(code === "ENOENT" ? "file not found" : errorMessage(error), source);
  }
  return parseResults(text, source);
}

// src/stats/binomtest.ts
function binomialTest(k, n, p = 0.5, alternative = "two-sided") {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`binomialTest: n must be an integer >= 0, got ${n}`);
  if (!Number.isInteger(k) || k < 0 || k > n) {
    throw new RangeError(`binomialTest: k must be an integer in [0, n], got ${k}`);
  }
  if (!(p >= 0 && p <= 1)) throw new RangeError(`binomialTest: p must be in [0, 1], got ${p}`);
  if (n === 0) return 1;
  switch (alternative) {
    case "less":
      return binomialCdf(k, n, p);
    case "greater":
      return binomialSf(k - 1, n, p);
    case "two-sided":
      return Math.min(1, twoSided(k, n, p));
  }
}
function mcnemarExact(b, c, alternative = "two-sided") {
  if (!Number.isInteger(b) || !Number.isInteger(c) || b < 0 || c < 0) {
    throw new RangeError(`mcnemarExact: counts must be integers >= 0, got ${b}, ${c}`);
  }
  return binomialTest(b, b + c, 0.5, alternative);
}
function twoSided(k, n, p) {
  const d = binomialPmf(k, n, p);
  const rerr = 1 + 1e-7;
  if (k === p * n) return 1;
  if (k < p * n) {
    const ix2 = searchBinomTest((x) => -binomialPmf(x, n, p), -d * rerr, Math.ceil(p * n), n);
    const y2 = n - ix2 + (d * rerr === binomialPmf(ix2, n, p) ? 1 : 0);
    return binomialCdf(k, n, p) + binomialSf(n - y2, n, p);
  }
  const ix = searchBinomTest((x) => binomialPmf(x, n, p), d * rerr, 0, Math.floor(p * n));
  const y = ix + 1;
  return binomialCdf(y - 1, n, p) + binomialSf(k - 1, n, p);
}
function searchBinomTest(a, d, lo, hi) {
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    const value = a(mid);
    if (value < d) lo = mid + 1;
    else if (value > d) hi = mid - 1;
    else return mid;
  }
  return a(lo) <= d ? lo : lo - 1;
}

// src/stats/paired.ts
function pairedExactTest(counts, delta0, alternative) {
  checkCounts(counts, delta0);
  if (counts.n === 0) return 1;
  const tail = new ExtremeTail(counts, delta0, alternative);
  const low = Math.max(Math.abs(delta0), 1e-3 / counts.n);
  const steps = 48;
  const rates = /* @__PURE__ */ new Set([Math.abs(delta0) || low, 1]);
  for (let i = 0; i <= steps; i++) {
    rates.add(Math.exp(Math.log(low) * (1 - i / steps)));
    rates.add(low + (1 - low) * i / steps);
  }
  const grid = [...rates].filter((r) => r >= Math.abs(delta0) && r <= 1).sort((x, y) => x - y);
  const values = grid.map((r) => tail.probability(r));
  let best = Math.max(...values);
  for (let i = 0; i < grid.length; i++) {
    const left = i === 0 ? -Infinity : values[i - 1];
    const right = i === grid.length - 1 ? -Infinity : values[i + 1];
    if (values[i] < left || values[i] < right) continue;
    if (values[i] === left && values[i] === right || values[i] < 0.9 * best) continue;
    const lo = grid[Math.max(0, i - 1)];
    const hi = grid[Math.min(grid.length - 1, i + 1)];
    if (hi > lo)
      best = Math.max(
        best,
        goldenMaximum((r) => tail.probability(r), lo, hi)
      );
  }
  return Math.min(1, best);
}
function mcnemarRegression(counts, margin) {
  checkMargin(margin);
  checkCounts(counts, -margin);
  if (margin === 0) return mcnemarExact(counts.losses, counts.wins, "greater");
  return pairedExactTest(counts, -margin, "less");
}
var ExtremeTail = class {
  n;
  delta0;
  less;
  cut;
  // Per number of discordant pairs m: for 'less', the fewest losses whose
  // statistic is as extreme as observed (m + 1: none); for 'greater', the
  // most (−1: none). Found lazily: the statistic falls as losses rise.
  edge;
  constructor(counts, delta0, alternative) {
    this.n = counts.n;
    this.delta0 = delta0;
    this.less = alternative === "less";
    const observed = tango(counts.losses, counts.wins, counts.n, delta0);
    const slack = 1e-9 * Math.max(1, Math.abs(observed));
    this.cut = this.less ? observed + slack : observed - slack;
    this.edge = new Int32Array(counts.n + 1).fill(-2);
  }
  probability(discordantRate) {
    const { n } = this;
    const s = Math.min(1, discordantRate);
    const lossRate = s > 0 ? Math.min(1, Math.max(0, (s - this.delta0) / (2 * s))) : 0;
    const mode = Math.min(n, Math.floor((n + 1) * s));
    let total = 0;
    for (let m = mode; m <= n; m++) {
      const weight = binomialPmf(m, n, s);
      total += weight * this.extreme(m, lossRate);
      if (m > mode && negligible(weight, total)) break;
    }
    for (let m = mode - 1; m >= 0; m--) {
      const weight = binomialPmf(m, n, s);
      total += weight * this.extreme(m, lossRate);
      if (negligible(weight, total)) break;
    }
    return total;
  }
  /** P(extreme | m discordant pairs), losses ~ Binomial(m, lossRate). */
  extreme(m, lossRate) {
    const edge = this.edgeAt(m);
    if (this.less) return edge > m ? 0 : binomialSf(edge - 1, m, lossRate);
    return edge < 0 ? 0 : binomialCdf(edge, m, lossRate);
  }
  edgeAt(m) {
    if (this.edge[m] !== -2) return this.edge[m];
    const extreme = (losses) => {
      const t = tango(losses, m - losses, this.n, this.delta0);
      return this.less ? t <= this.cut : t >= this.cut;
    };
    let lo = 0;
    let hi = m + 1;
    if (this.less) {
      while (lo < hi) {
        const mid = lo + hi >> 1;
        if (extreme(mid)) hi = mid;
        else lo = mid + 1;
      }
      this.edge[m] = lo;
    } else {
      while (lo < hi) {
        const mid = lo + hi >> 1;
        if (extreme(mid)) lo = mid + 1;
        else hi = mid;
      }
      this.edge[m] = lo - 1;
    }
    return this.edge[m];
  }
};
function negligible(weight, total) {
  return weight <= 1e-17 * total || weight < 1e-60;
}
function tango(losses, wins, n, delta0) {
  const a = 2 * n;
  const b = -wins - losses + (2 * n - wins + losses) * delta0;
  const c = -losses * delta0 * (1 - delta0);
  const root = Math.sqrt(Math.max(0, b * b - 4 * a * c));
  const pLoss = b <= 0 ? (root - b) / (2 * a) : -2 * c / (b + root);
  const numerator = wins - losses - n * delta0;
  const variance = n * (2 * pLoss + delta0 * (1 - delta0));
  if (!(variance > 0)) return numerator === 0 ? 0 : numerator * Infinity;
  return numerator / Math.sqrt(variance);
}
function goldenMaximum(f, lo, hi) {
  const ratio = (Math.sqrt(5) - 1) / 2;
  let x1 = hi - ratio * (hi - lo);
  let x2 = lo + ratio * (hi - lo);
  let f1 = f(x1);
  let f2 = f(x2);
  for (let i = 0; i < 30; i++) {
    if (f1 < f2) {
      lo = x1;
      x1 = x2;
      f1 = f2;
      x2 = lo + ratio * (hi - lo);
      f2 = f(x2);
    } else {
      hi = x2;
      x2 = x1;
      f2 = f1;
      x1 = hi - ratio * (hi - lo);
      f1 = f(x1);
    }
  }
  return Math.max(f1, f2);
}
function checkCounts({ losses, wins, n }, delta0) {
  if (![losses, wins, n].every((x) => Number.isInteger(x) && x >= 0) || losses + wins > n) {
    throw new RangeError(
      `paired counts must be integers >= 0 with losses + wins <= n, got ${losses}, ${wins}, ${n}`
    );
  }
  if (!(delta0 > -1 && delta0 < 1))
    throw new RangeError(`delta0 must be in (-1, 1), got ${delta0}`);
}
function checkMargin(margin) {
  if (!(margin >= 0 && margin < 1)) throw new RangeError(`margin must be in [0, 1), got ${margin}`);
}

// src/stats/bootstrap-check.ts
var MAX_GATE_RESAMPLES = 64e3;
var BootstrapCheck = class {
  constructor(name2, seed, sign, tolerance, baseMetric, headMetric, sizes) {
    this.name = name2;
    this.seed = seed;
    this.sign = sign;
    this.tolerance = tolerance;
    this.baseMetric = baseMetric;
    this.headMetric = headMetric;
    this.baseWeights = new Float64Array(sizes.base);
    this.headWeights = sizes.paired ? this.baseWeights : new Float64Array(sizes.head);
  }
  name;
  seed;
  sign;
  tolerance;
  baseMetric;
  headMetric;
  atOrBelow = 0;
  counted = 0;
  drawn = 0;
  baseWeights;
  headWeights;
  /** Draws resamples until `total` have been drawn. */
  grow(total) {
    const paired = this.headWeights === this.baseWeights;
    for (let b = this.drawn; b < total; b++) {
      const { name: name2, seed } = this;
      bootstrapCounts(
        Rng.stream(seed, "gate", name2, "base", b),
        this.baseWeights.length,
        this.baseWeights
      );
      if (!paired)
        bootstrapCounts(
          Rng.stream(seed, "gate", name2, "head", b),
          this.headWeights.length,
          this.headWeights
        );
      const drop = this.sign * (this.baseMetric(this.baseWeights) - this.headMetric(this.headWeights));
      if (Number.isNaN(drop)) continue;
      this.counted++;
      if (drop <= this.tolerance) this.atOrBelow++;
    }
    this.drawn = Math.max(this.drawn, total);
  }
  get resamples() {
    return this.drawn;
  }
  get p() {
    return (1 + this.atOrBelow) / (1 + this.counted);
  }
  /** The Monte Carlo standard error of p: sqrt(p(1 − p) / resamples). */
  get error() {
    const p = this.p;
    return Math.sqrt(p * (1 - p) / Math.max(1, this.counted));
  }
};

// src/compare/decode.ts
function storedPredictions(results) {
  const [n, width] = results.predictions.shape;
  const outputs = new Float32Array(decode(results.predictions.baseline, n * width * 4));
  const labels = new Float64Array(decode(results.predictions.labels, n * 8));
  return toPredictions(results.task, labels, outputs, n, width);
}
function decode(text, byteLength) {
  const bytes = Buffer.from(text, "base64");
  if (bytes.length !== byteLength) {
    throw new Error(`stored predictions hold ${bytes.length} bytes, expected ${byteLength}`);
  }
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
}

// src/compare/governance.ts
function unpaired(base, head) {
  if (base.source.dataHash !== head.source.dataHash) return "data";
  const rows2 = (r) => JSON.stringify(r.run.budget?.rows ?? null);
  const sameRows = base.baseline.n === head.baseline.n && rows2(base) === rows2(head) && (base.run.budget?.rows == null || base.run.seed === head.run.seed);
  return sameRows ? void 0 : "rows";
}
function gated(test) {
  return test.status !== "skipped" && test.slice !== void 0 && test.n > 0;
}
function governedTests(base, head, headPredictions) {
  const why = unpaired(base, head);
  const governed = [];
  for (const before of base.tests) {
    if (!gated(before)) continue;
    const after = head.tests.find((t) => t.name === before.name);
    const edits = after === void 0 ? [] : editedParts(before, after, why === void 0);
    const how = after === void 0 ? "removed" : !gated(after) ? why === void 0 || edits.length > 0 ? "skipped" : void 0 : edits.length > 0 ? "redefined" : void 0;
    if (how === void 0) continue;
    governed.push({
      name: before.name,
      how,
      edits,
      result: asMainDefines(before, base, head, headPredictions, why)
    });
  }
  return governed;
}
function editedParts(before, after, paired) {
  const parts = [];
  if (after.metric !== before.metric) parts.push("metric");
  if (after.class !== before.class) parts.push("class");
  if (after.threshold.op !== before.threshold.op || after.threshold.value !== before.threshold.value)
    parts.push("threshold");
  const slice = paired && after.slice !== void 0 ? after.slice !== before.slice : JSON.stringify(after.where) !== JSON.stringify(before.where);
  if (slice) parts.push("slice");
  return parts;
}
function asMainDefines(before, base, head, headPredictions, why) {
  const definition = {
    name: before.name,
    where: before.where,
    metric: before.metric,
    threshold: { ...before.threshold },
    // Main ran it on these very rows, so they were enough there.
    minExamples: 1,
    ...before.class === void 0 ? {} : { class: before.class }
  };
  if (why !== void 0) {
    return {
      name: before.name,
      metric: before.metric,
      ...before.class === void 0 ? {} : { class: before.class },
      threshold: { ...before.threshold },
      where: before.where,
      n: 0,
      status: "inconclusive",
      reason: why === "data" ? "the eval data changed, so main's slice of it cannot be scored here" : "this run scored other rows than main's (a time limit subsampled them), so main's slice cannot be scored here"
    };
  }
  const cls = before.class === void 0 ? void 0 : head.classes?.indexOf(before.class);
  return runUnitTest(definition, decodeSlice(before.slice, headPredictions.n), headPredictions, {
    seed: base.run.seed,
    resamples: base.run.resamples,
    confidence: base.run.confidence,
    ...cls === void 0 || cls < 0 ? {} : { cls }
  });
}

// src/compare/settings.ts
function gateSettings(base, head) {
  const mine = head.run.gate;
  if (base === void 0)
    return {
      settings: {
        failOn: [...mine.failOn],
        metrics: [mine.regression.metric],
        tolerance: mine.regression.tolerance,
        alpha: mine.regression.alpha
      },
      changes: []
    };
  const main = base.run.gate;
  const order = ["test-failure", "regression", "inconclusive", "sensitivity"];
  const failOn = order.filter((c) => main.failOn.includes(c) || mine.failOn.includes(c));
  const metrics = [.../* @__PURE__ */ new Set([main.regression.metric, mine.regression.metric])];
  const settings = {
    failOn,
    metrics,
    tolerance: Math.min(main.regression.tolerance, mine.regression.tolerance),
    alpha: Math.max(main.regression.alpha, mine.regression.alpha)
  };
  const list = (conditions) => conditions.length === 0 ? "[]" : `[${order.filter((c) => conditions.includes(c)).join(", ")}]`;
  const changes = [];
  const note = (setting, before, after, applied) => {
    if (before !== after) changes.push({ setting, base: before, head: after, applied });
  };
  note("fail-on", list(main.failOn), list(mine.failOn), list(failOn));
  note("metric", main.regression.metric, mine.regression.metric, metrics.join(" and "));
  note(
    "tolerance",
    String(main.regression.tolerance),
    String(mine.regression.tolerance),
    String(settings.tolerance)
  );
  note(
    "alpha",
    String(main.regression.alpha),
    String(mine.regression.alpha),
    String(settings.alpha)
  );
  return { settings, changes };
}

// src/compare/gate.ts
var CLEAR_OF_ALPHA = 3;
function regressionGate(base, head, gate = gateSettings(base, head)) {
  const { tolerance, alpha, metrics } = gate.settings;
  const paired = unpaired(base, head) === void 0;
  const basePredictions = storedPredictions(base);
  const headPredictions = storedPredictions(head);
  const all = (p) => Int32Array.from({ length: p.n }, (_, i) => i);
  const scope = { seed: head.run.seed, tolerance, paired };
  const raw = metrics.map(
    (metric, i) => check(
      // Main's gate metric is `overall`; a head's other one is named for its metric.
      i === 0 ? "overall" : `overall (${metric})`,
      metric,
      {},
      basePredictions,
      all(basePredictions),
      headPredictions,
      all(headPredictions),
      scope
    )
  );
  const governedList = governedTests(base, head, headPredictions);
  const governed = new Set(governedList.map((t) => t.name));
  for (const before of base.tests) {
    if (!gated(before)) continue;
    const test = governed.has(before.name) ? before : head.tests.find((t) => t.name === before.name);
    if (governed.has(before.name) ? !paired : !gated(test)) continue;
    const cls = test.class === void 0 ? void 0 : head.classes?.indexOf(test.class);
    const headRows = decodeSlice(test.slice, headPredictions.n);
    const baseRows = paired ? headRows : decodeSlice(before.slice, basePredictions.n);
    raw.push(
      check(
        test.name,
        test.metric,
        cls === void 0 ? {} : { cls },
        basePredictions,
        baseRows,
        headPredictions,
        headRows,
        scope
      )
    );
  }
  const start = Math.max(1, base.run.resamples, head.run.resamples);
  for (const c of raw) c.bootstrap?.grow(start);
  let adjusted = holm(Float64Array.from(raw.map(pOf)));
  for (; ; ) {
    const ps = raw.map(pOf);
    const order = ps.map((_, i) => i).sort((a, b) => ps[a] - ps[b] || a - b);
    const unclear = raw.filter((c, i) => {
      const b = c.bootstrap;
      if (b === void 0 || b.resamples >= MAX_GATE_RESAMPLES) return false;
      const scale = raw.length - order.indexOf(i);
      return Math.abs(adjusted[i] - alpha) < CLEAR_OF_ALPHA * scale * b.error;
    });
    if (unclear.length === 0) break;
    for (const c of unclear)
      c.bootstrap.grow(Math.min(MAX_GATE_RESAMPLES, 2 * c.bootstrap.resamples));
    adjusted = holm(Float64Array.from(raw.map(pOf)));
  }
  const checks = raw.map(({ bootstrap, ...c }, i) => ({
    ...c,
    p: pOf({ ...c, bootstrap }),
    ...bootstrap === void 0 ? {} : { resamples: bootstrap.resamples, monteCarloError: bootstrap.error },
    adjustedP: adjusted[i],
    regressed: adjusted[i] <= alpha
  }));
  return {
    failOn: gate.settings.failOn,
    tolerance,
    alpha,
    changes: gate.changes,
    governed: governedList,
    paired,
    checks,
    regressions: checks.filter((c) => c.regressed).map((c) => c.name)
  };
}
function pOf(c) {
  return c.bootstrap === void 0 ? c.p : c.bootstrap.p;
}
function check(name2, metric, options, basePredictions, baseRows, headPredictions, headRows, scope) {
  const sign = METRICS[metric].higherIsBetter ? 1 : -1;
  const baseSlice = subset(basePredictions, baseRows);
  const headSlice = subset(headPredictions, headRows);
  const baseMetric = prepareMetric(metric, baseSlice, options);
  const headMetric = prepareMetric(metric, headSlice, options);
  const baseValue = baseMetric();
  const headValue = headMetric();
  const summary2 = {
    name: name2,
    metric,
    base: baseValue,
    head: headValue,
    drop: sign * (baseValue - headValue)
  };
  const counted = scope.paired ? countedRows(metric, baseSlice, options) : void 0;
  if (counted !== void 0) {
    return {
      ...summary2,
      method: "mcnemar-exact",
      p: mcnemarRegression(discordant(baseSlice, headSlice, counted), scope.tolerance)
    };
  }
  return {
    ...summary2,
    method: scope.paired ? "paired-bootstrap" : "unpaired-bootstrap",
    bootstrap: new BootstrapCheck(name2, scope.seed, sign, scope.tolerance, baseMetric, headMetric, {
      base: baseSlice.n,
      head: headSlice.n,
      paired: scope.paired
    })
  };
}
function countedRows(metric, slice, options) {
  const proportion = METRICS[metric].proportion;
  if (proportion?.of === "all") return Int32Array.from({ length: slice.n }, (_, i) => i);
  if (proportion?.of !== "true-class") return void 0;
  let cls = options.cls ?? (slice.task === "binary" ? 1 : void 0);
  if (cls === void 0) {
    const present = new Set(slice.yTrue);
    if (present.size !== 1) return void 0;
    cls = [...present][0];
  }
  const rows2 = [];
  for (let i = 0; i < slice.n; i++) if (slice.yTrue[i] === cls) rows2.push(i);
  return Int32Array.from(rows2);
}
function discordant(base, head, rows2) {
  let losses = 0;
  let wins = 0;
  for (const i of rows2) {
    const baseRight = base.predicted[i] === base.yTrue[i];
    const headRight = head.predicted[i] === head.yTrue[i];
    if (baseRight && !headRight) losses++;
    else if (headRight && !baseRight) wins++;
  }
  return { losses, wins, n: rows2.length };
}

// src/compare/metrics.ts
function compareMetrics(base, head, components) {
  const predictions = base === void 0 ? void 0 : { base: storedPredictions(base), head: storedPredictions(head) };
  return head.metrics.map(({ name: name2, higherIsBetter }) => {
    const before = base?.baseline.metrics[name2];
    const after = head.baseline.metrics[name2] ?? { value: null, reason: "not computed" };
    const change2 = predictions === void 0 || before === void 0 ? void 0 : metricChange2(name2, predictions.base, predictions.head, base, head);
    return {
      name: name2,
      higherIsBetter,
      ...before === void 0 ? {} : { base: before },
      head: after,
      ...change2 === void 0 ? {} : { change: change2 },
      components: components(name2)
    };
  });
}
function metricChange2(name2, basePredictions, headPredictions, base, head) {
  const baseMetric = prepareMetric(name2, basePredictions);
  const headMetric = prepareMetric(name2, headPredictions);
  const before = baseMetric();
  const after = headMetric();
  const value = after - before;
  if (!Number.isFinite(value)) return void 0;
  const paired = base.source.dataHash === head.source.dataHash && basePredictions.n === headPredictions.n;
  const baseWeights = new Float64Array(basePredictions.n);
  const headWeights = paired ? baseWeights : new Float64Array(headPredictions.n);
  const resamples = Math.max(1, head.run.resamples);
  const samples = new Float64Array(resamples);
  for (let b = 0; b < resamples; b++) {
    bootstrapCounts(
      Rng.stream(head.run.seed, "change", name2, "base", b),
      baseWeights.length,
      baseWeights
    );
    if (!paired) {
      bootstrapCounts(
        Rng.stream(head.run.seed, "change", name2, "head", b),
        headWeights.length,
        headWeights
      );
    }
    samples[b] = headMetric(headWeights) - baseMetric(baseWeights);
  }
  const ci = percentileInterval(samples, head.run.confidence);
  if (!Number.isFinite(ci[0]) || !Number.isFinite(ci[1])) return void 0;
  return { base: before, head: after, value, ci, paired };
}
function withCounts(tests, head) {
  let predictions;
  return tests.map((test) => {
    const result = head.tests.find((t) => t.name === test.name);
    if (test.head === void 0 || result?.slice === void 0 || result.n === 0) return test;
    predictions ??= storedPredictions(head);
    const cls = result.class === void 0 ? void 0 : head.classes?.indexOf(result.class);
    if (cls === -1) return test;
    const slice = subset(predictions, decodeSlice(result.slice, predictions.n));
    const counts = proportionCounts(result.metric, slice, cls === void 0 ? {} : { cls });
    if (counts === void 0 || counts.trials === 0) return test;
    return { ...test, head: { ...test.head, counts } };
  });
}

// src/sensitivity/compare.ts
function compareSensitivity(base, head, gate) {
  const curves = head.sensitivity;
  if (curves === void 0) return void 0;
  const metric = head.metrics[0].name;
  const confidence = head.run.confidence;
  const sameGrid = base?.sensitivity !== void 0 && JSON.stringify(base.sensitivity.grid) === JSON.stringify(curves.grid) && base.metrics[0].name === metric;
  const byId = new Map((base?.sensitivity?.curves ?? []).map((c) => [c.id, c]));
  const rows2 = curves.curves.map((curve) => {
    const old = byId.get(curve.id);
    const headArea = curve.area[metric];
    const baseArea = old?.area[metric];
    const row3 = {
      id: curve.id,
      kind: curve.kind,
      name: curve.name,
      noise: curve.noise,
      grew: false,
      rankHead: curve.rank,
      curveHead: curve.points.map((p) => p.metrics[metric]?.value ?? null),
      ...headArea === void 0 ? {} : { head: headArea }
    };
    if (old !== void 0 && sameGrid) {
      if (baseArea !== void 0) row3.base = baseArea;
      row3.rankBase = old.rank;
      row3.curveBase = old.points.map((p) => p.metrics[metric]?.value ?? null);
      if (headArea?.value != null && baseArea?.value != null) {
        row3.change = headArea.value - baseArea.value;
        row3.p = growthP(baseArea, headArea, gate.tolerance, confidence);
      }
    }
    return row3;
  });
  const tested = rows2.filter((r) => r.p !== void 0);
  const adjusted = holm(Float64Array.from(tested.map((r) => r.p)));
  tested.forEach((row3, i) => {
    row3.p = adjusted[i];
    row3.grew = adjusted[i] < gate.alpha;
  });
  const baseline = head.baseline.metrics[metric];
  return {
    metric,
    grid: [...curves.grid],
    ...base?.sensitivity !== void 0 && !sameGrid ? { baseGrid: [...base.sensitivity.grid] } : {},
    baseline: baseline?.value ?? null,
    rows: rows2,
    grew: rows2.filter((r) => r.grew).map((r) => r.id)
  };
}
function growthP(base, head, tolerance, confidence) {
  const z = normalQuantile((1 + confidence) / 2);
  const se = (e) => (e.ci[1] - e.ci[0]) / (2 * z);
  const spread = Math.hypot(se(base), se(head));
  const excess = head.value - base.value - tolerance;
  if (spread === 0) return excess > 0 ? 0 : 1;
  return 1 - normalCdf(excess / spread);
}

// src/compare/compare.ts
function compare(base, head) {
  const metric = head.metrics[0].name;
  const settings = gateSettings(base, head);
  const gate = base === void 0 ? void 0 : regressionGate(base, head, settings);
  const tests = compareTests(base?.tests ?? [], head.tests, base !== void 0);
  const sensitivity = compareSensitivity(base, head, settings.settings);
  return {
    suite: head.suite,
    metric,
    head: { commit: head.source.commit, startedAt: head.timing.startedAt },
    ...base === void 0 ? {} : { base: { commit: base.source.commit, startedAt: base.timing.startedAt } },
    tests: withCounts(tests, head),
    components: compareComponents(base, head, metric),
    ...gate === void 0 ? {} : { gate },
    metrics: compareMetrics(base, head, (name2) => compareComponents(base, head, name2)),
    confidence: head.run.confidence,
    data: dataChecks(base, head),
    verdict: verdict(
      head,
      gate?.regressions ?? [],
      settings.settings.failOn,
      gate?.governed,
      sensitivity?.grew
    ),
    ...sensitivity === void 0 ? {} : { sensitivity }
  };
}
var CHANGE_ORDER = [
  "new-failure",
  "fixed",
  "still-failing",
  "changed",
  "new",
  "removed",
  "still-passing",
  "unchanged"
];
function compareTests(baseTests, headTests, hasBase) {
  const rows2 = [];
  for (const test of headTests) {
    const before = baseTests.find((t) => t.name === test.name);
    const change2 = !hasBase ? test.status === "fail" ? "new-failure" : "unchanged" : before === void 0 ? "new" : classify(before.status, test.status);
    const delta = typeof before?.value === "number" && typeof test.value === "number" ? test.value - before.value : void 0;
    rows2.push({
      name: test.name,
      metric: test.metric,
      ...test.class === void 0 ? {} : { class: test.class },
      threshold: test.threshold,
      ...before === void 0 ? {} : { base: summary(before) },
      head: { ...summary(test), ...test.reason === void 0 ? {} : { reason: test.reason } },
      change: change2,
      ...delta === void 0 ? {} : { delta }
    });
  }
  for (const before of baseTests) {
    if (headTests.some((t) => t.name === before.name)) continue;
    rows2.push({
      name: before.name,
      metric: before.metric,
      threshold: before.threshold,
      base: summary(before),
      change: "removed"
    });
  }
  return rows2.map((row3, index) => ({ row: row3, index })).sort(
    (a, b) => CHANGE_ORDER.indexOf(a.row.change) - CHANGE_ORDER.indexOf(b.row.change) || a.index - b.index
  ).map(({ row: row3 }) => row3);
}
function classify(before, after) {
  if (after === "fail") return before === "fail" ? "still-failing" : "new-failure";
  if (before === "fail") return after === "pass" ? "fixed" : "changed";
  if (after === before) return after === "pass" ? "still-passing" : "unchanged";
  return "changed";
}
function summary(test) {
  return {
    status: test.status,
    value: test.value ?? null,
    ...test.ci === void 0 ? {} : { ci: test.ci },
    n: test.n
  };
}
function compareComponents(base, head, metric) {
  const baseById = new Map(base?.components.map((c) => [c.id, c]) ?? []);
  const rankBase = ranks(base, metric);
  const rankHead = ranks(head, metric);
  const rows2 = head.components.map((component) => {
    const before = baseById.get(component.id)?.metrics?.[metric];
    const after = component.metrics?.[metric];
    const change2 = defined(before) && defined(after) ? after.contribution - before.contribution : void 0;
    return {
      id: component.id,
      kind: component.kind,
      ...component.name === void 0 ? {} : { name: component.name },
      ...componentTarget(head, component),
      mode: component.mode,
      ...before === void 0 ? {} : { base: before },
      ...after === void 0 ? {} : { head: after },
      ...component.notApplicable === void 0 ? {} : { notApplicable: component.notApplicable },
      ...change2 === void 0 ? {} : { change: change2 },
      signFlip: signFlip(before, after),
      ...rankBase.has(component.id) ? { rankBase: rankBase.get(component.id) } : {},
      ...rankHead.has(component.id) ? { rankHead: rankHead.get(component.id) } : {}
    };
  });
  const size = (row3) => defined(row3.head) ? Math.abs(row3.head.contribution) : -1;
  return rows2.map((row3, index) => ({ row: row3, index })).sort((a, b) => size(b.row) - size(a.row) || a.index - b.index).map(({ row: row3 }) => row3);
}
function defined(contribution2) {
  return contribution2 !== void 0 && contribution2.value !== null;
}
function signFlip(before, after) {
  if (!defined(before) || !defined(after)) return false;
  if (Math.sign(before.contribution) * Math.sign(after.contribution) >= 0) return false;
  const excludesZero = (c) => c.ci[0] > 0 || c.ci[1] < 0;
  return excludesZero(before) || excludesZero(after);
}
function ranks(results, metric) {
  const scored = (results?.components ?? []).map((c) => ({ id: c.id, contribution: c.metrics?.[metric] })).filter(
    (c) => defined(c.contribution)
  ).sort((a, b) => b.contribution.contribution - a.contribution.contribution);
  return new Map(scored.map((c, i) => [c.id, i + 1]));
}
function dataChecks(base, head) {
  const facts = (r) => ({
    n: r.baseline.n,
    labelCounts: r.data.labelCounts,
    duplicateRows: r.data.duplicateRows
  });
  return {
    changed: base !== void 0 && base.source.dataHash !== head.source.dataHash,
    ...base === void 0 ? {} : { base: facts(base) },
    head: facts(head)
  };
}
function verdict(head, regressions, failOn = head.run.gate.failOn, governed = [], sensitivity = []) {
  const named = (status) => [
    .../* @__PURE__ */ new Set([
      ...head.tests.filter((t) => t.status === status).map((t) => t.name),
      ...governed.filter((t) => t.result.status === status).map((t) => t.name)
    ])
  ];
  const failedTests = named("fail");
  const inconclusiveTests = named("inconclusive");
  const passed = !(failOn.includes("test-failure") && failedTests.length > 0) && !(failOn.includes("inconclusive") && inconclusiveTests.length > 0) && !(failOn.includes("regression") && regressions.length > 0) && !(failOn.includes("sensitivity") && sensitivity.length > 0);
  return {
    passed,
    failedTests,
    inconclusiveTests,
    regressions,
    ...sensitivity.length === 0 ? {} : { sensitivity }
  };
}

// src/files/atomic.ts
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path2 from "node:path";
var pending = /* @__PURE__ */ new Map();
var CHUNK = 1 << 20;
async function writeFileAtomic(file, text) {
  const dir = path2.dirname(file);
  await mkdir(dir, { recursive: true });
  const temporary = track(file);
  try {
    const handle = await open(temporary, "wx", 420);
    try {
      const bytes = Buffer.from(text, "utf8");
      for (let at = 0; at < bytes.length; at += CHUNK) {
        await handle.write(bytes, at, Math.min(CHUNK, bytes.length - at));
      }
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    untrack(temporary);
  }
}
async function probeWritable(file) {
  const temporary = track(file);
  try {
    await (await open(temporary, "wx", 420)).close();
  } finally {
    await rm(temporary, { force: true });
    untrack(temporary);
  }
}
function track(file) {
  const name2 = `.${path2.basename(file)}.${randomBytes(6).toString("hex")}.tmp`;
  const temporary = path2.join(path2.dirname(file), name2);
  pending.set(
    temporary,
    untilReleased(() => rmSync(temporary, { force: true }))
  );
  return temporary;
}
function untrack(temporary) {
  pending.get(temporary)?.();
  pending.delete(temporary);
}

export {
  escapeText,
  metricChangeWithInterval,
  zeroToleranceNote,
  engineOf,
  runFacts,
  runMismatches,
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  renderReport,
  renderSummary,
  parseResults,
  readResultsFile,
  writeFileAtomic,
  probeWritable,
  compare,
  verdict
};
