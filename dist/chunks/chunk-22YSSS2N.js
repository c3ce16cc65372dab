import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  METRICS,
  binomialCdf,
  binomialPmf,
  binomialSf,
  bootstrapCounts,
  budgetNotice,
  decodeSlice,
  holm,
  prepareMetric,
  subset,
  toPredictions
} from "./chunk-ETBKEFJ4.js";
import {
  Rng
} from "./chunk-CGUDVJKI.js";

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
  if (!Number.isFinite(ms) || ms < 0) return MISSING;
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  if (ms < 6e4) return `${(ms / 1e3).toFixed(2)} s`;
  const seconds = Math.round(ms / 1e3);
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
  const minutes = Math.round(seconds / 60);
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
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
    const open = (head.match(/<details[\s>]/g) ?? []).length - (head.match(/<\/details>/g) ?? []).length;
    const candidate = `${head}${"\n\n</details>".repeat(Math.max(0, open))}
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
          target: c.target,
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
      text: `\u26A0\uFE0F With ${plural(k, "seed")} the interval cannot account for seed variance: set train.seeds to 3 or more.`
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
function withEstimate(estimate) {
  if (estimate === void 0 || estimate.value === null) return MISSING;
  return `${num(estimate.value)} [${num(estimate.ci[0])}, ${num(estimate.ci[1])}] (mean over seeds)`;
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
function runFacts(head, base) {
  const retrain = retrainFacts(head);
  return {
    ...retrain === void 0 ? {} : { retrain },
    backend: head.run.backend,
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
        backend: base.run.backend,
        seed: base.run.seed,
        resamples: base.run.resamples
      }
    }
  };
}
function runMismatches(base, head) {
  if (base === void 0) return [];
  const facts = [
    ["backend", base.backend, head.backend],
    ["seed", base.seed, head.seed],
    ["bootstrap resample count", base.resamples, head.resamples]
  ];
  return facts.filter(([, was, is]) => was !== is).map(
    ([what, was, is]) => `the baseline ran with ${what} ${was}, this run with ${is}: differences may come from that, not from the change`
  );
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

// src/report/sections/chart.ts
var BARS = 10;
function chartBlock(components, metric) {
  const bars = components.flatMap(
    (c) => c.head !== void 0 && c.head.value !== null && Number.isFinite(c.head.contribution) ? [{ c, value: Number(c.head.contribution.toFixed(4)) }] : []
  ).slice(0, BARS);
  if (bars.length < 3) return void 0;
  const low = Math.min(0, ...bars.map((b) => b.value));
  const high = Math.max(0, ...bars.map((b) => b.value));
  if (high === low) return void 0;
  const labels = bars.map(({ c }) => {
    const { name: name2, suffix } = componentLabel(c);
    return `"${mermaidText(`${name2} ${suffix}`)}"`;
  });
  const text = [
    "```mermaid",
    "xychart-beta horizontal",
    `    title "Largest contributions to ${mermaidText(metric)} on this PR"`,
    `    x-axis [${labels.join(", ")}]`,
    `    y-axis "contribution" ${low} --> ${high}`,
    `    bar [${bars.map((b) => b.value).join(", ")}]`,
    "```"
  ].join("\n");
  return { type: "optional", text, tier: Tier.check };
}

// src/report/sections/components.ts
var SHOWN = 10;
var MARKS = [
  [0.01, "\\*\\*"],
  [0.05, "\\*"]
];
function componentBlocks(components, metric, hasBase) {
  const title = {
    type: "text",
    text: `### Component contributions (${escapeText(metric)})`
  };
  if (components.length === 0) {
    return [title, { type: "text", text: "This suite ablates no components." }];
  }
  const applicable = components.filter((c) => c.notApplicable === void 0).map((c, index) => ({ c, index })).sort((a, b) => (a.c.rankHead ?? Infinity) - (b.c.rankHead ?? Infinity) || a.index - b.index).map(({ c }) => c);
  const notApplicable = components.filter((c) => c.notApplicable !== void 0);
  const legend = `Contribution: how much worse ${escapeText(metric)} gets when the component is ablated (positive: the component helps), with its 95% interval. \\* Benjamini\u2013Hochberg q \u2264 0.05, \\*\\* q \u2264 0.01 (over all components)` + (hasBase ? "; \u26A0\uFE0F the sign flipped against main; \u2191/\u2193 rank moves since main." : ".");
  const header = hasBase ? ["Rank", "Component", "Ablation", "Main", "This PR", "Change"] : ["Rank", "Component", "Ablation", "This PR"];
  const rows2 = applicable.map((c, i) => row(c, hasBase, i));
  const blocks = [title];
  const chart = chartBlock(applicable, metric);
  if (chart !== void 0) blocks.push(chart);
  if (applicable.length > 0) {
    blocks.push({ type: "text", text: legend });
    blocks.push({ type: "table", header, rows: rows2.slice(0, SHOWN) });
  }
  if (rows2.length > SHOWN) {
    blocks.push(
      {
        type: "text",
        text: `<details><summary>${plural(rows2.length - SHOWN, "more component")}</summary>`
      },
      { type: "table", header, rows: rows2.slice(SHOWN) },
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
  return blocks;
}
function row(c, hasBase, index) {
  const cells = [
    rank(c, hasBase),
    componentName(c),
    ablation(c),
    ...hasBase ? [contribution(c.base)] : [],
    contribution(c.head),
    ...hasBase ? [change(c)] : []
  ];
  const tier2 = index < SHOWN ? Tier.key : c.signFlip ? Tier.check : Tier.minorContribution;
  return { cells, tier: tier2 };
}
function componentName(c) {
  const { name: name2 } = componentLabel(c);
  return c.kind === "group" ? `${escapeText(name2)} (group of ${c.target.length})` : escapeText(name2);
}
function ablation(c) {
  return `${c.kind}, ${escapeText(componentLabel(c).suffix, 60)}`;
}
function contribution(value) {
  if (value === void 0) return MISSING;
  if (value.value === null) return `${MISSING} (${escapeText(value.reason, 120)})`;
  const mark = MARKS.find(([level]) => value.q <= level)?.[1];
  const text = withInterval(value.contribution, value.ci);
  return mark === void 0 ? text : `${text} ${mark}`;
}
function change(c) {
  if (c.base === void 0) return "\u{1F195} new";
  const text = signed(c.change);
  return c.signFlip ? `${text} \u26A0\uFE0F sign flip` : text;
}
function rank(c, hasBase) {
  if (c.rankHead === void 0) return MISSING;
  if (!hasBase || c.rankBase === void 0 || c.rankBase === c.rankHead) return String(c.rankHead);
  const move = c.rankBase - c.rankHead;
  return `${c.rankHead} ${move > 0 ? "\u2191" : "\u2193"}${Math.abs(move)}`;
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
function gateBlocks(gate) {
  const title = { type: "text", text: "### Regression gate" };
  if (gate === void 0) {
    return [title, { type: "text", text: "No baseline, so the regression gate does not apply." }];
  }
  const settings = settingsBlock(gate);
  const how = gate.paired ? "Paired: this PR ran on the same eval data as main (exact McNemar test on 0/1 correctness for accuracy, error rate and one class's recall, paired bootstrap otherwise)." : "\u26A0\uFE0F Unpaired: the eval data changed, so each check is an unpaired bootstrap (less power than a paired test on the same data).";
  const rule = `A check regresses when this PR is worse than main by more than ${num(gate.tolerance)} with Holm-adjusted p \u2264 ${num(gate.alpha)} over ${plural(gate.checks.length, "check")}.`;
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
        check2.regressed ? "\u274C yes" : "no"
      ],
      tier: check2.regressed ? Tier.failure : Tier.check
    }))
  };
  const regressed = gate.regressions.length > 0;
  return [
    title,
    ...settings,
    { type: "text", text: `${how} ${rule}${error}` },
    ...regressed ? [table2] : [
      {
        type: "text",
        text: `<details><summary>${plural(gate.checks.length, "check")}, no regression</summary>`
      },
      table2,
      { type: "text", text: "</details>" }
    ]
  ];
}
function name(check2, index) {
  return index === 0 && check2.name === "overall" ? "_all eval data_" : escapeText(check2.name);
}

// src/report/sections/tests.ts
var STATUS = {
  pass: "\u2705 pass",
  fail: "\u274C fail",
  inconclusive: "\u2754 inconclusive",
  skipped: "\u23ED\uFE0F skipped"
};
var CHANGE = {
  "new-failure": "\u274C new failure",
  fixed: "\u{1F389} fixed",
  "still-failing": "still failing",
  changed: "changed",
  new: "\u{1F195} new test",
  removed: "\u{1F5D1}\uFE0F removed",
  "still-passing": "still passing",
  unchanged: "unchanged"
};
var OPS = { ">=": "\u2265", ">": "&gt;", "<=": "\u2264", "<": "&lt;" };
function testBlocks(tests, hasBase) {
  const title = { type: "text", text: "### Model unit tests" };
  if (tests.length === 0) {
    return [title, { type: "text", text: "This suite has no model unit tests." }];
  }
  const header = hasBase ? ["Test", "Metric", "Threshold", "Main", "This PR", "n", "Status", "Change"] : ["Test", "Metric", "Threshold", "This PR", "n", "Status"];
  const table2 = (rows2) => ({
    type: "table",
    header,
    rows: rows2.map((test) => row2(test, hasBase))
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
function row2(test, hasBase) {
  const head = test.head;
  const metric = test.class === void 0 ? escapeText(test.metric) : `${escapeText(test.metric)} (class ${escapeText(test.class, 60)})`;
  const status = head === void 0 ? MISSING : head.status === "skipped" && head.reason !== void 0 ? `${STATUS.skipped}: ${escapeText(head.reason, 300)}` : STATUS[head.status];
  const cells = [
    escapeText(test.name),
    metric,
    `${OPS[test.threshold.op]} ${num(test.threshold.value)}`,
    ...hasBase ? [withInterval(test.base?.value, test.base?.ci)] : [],
    withInterval(head?.value, head?.ci),
    head === void 0 ? MISSING : count(head.n),
    status,
    ...hasBase ? [change2(test)] : []
  ];
  return { cells, tier: tier(test) };
}
function change2(test) {
  const details = [
    ...test.change === "changed" && test.base !== void 0 ? [`was ${test.base.status}`] : [],
    ...test.delta === void 0 ? [] : [`\u0394 ${signed(test.delta)}`]
  ];
  return details.length === 0 ? CHANGE[test.change] : `${CHANGE[test.change]} (${details.join("; ")})`;
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

// src/report/sections/verdict.ts
var LISTED = 3;
function verdictBlocks(comparison, links, baselineNote, mismatches = []) {
  const { verdict: verdict2 } = comparison;
  const parts = [
    failures(verdict2.failedTests, "failing test", verdict2.passed),
    ...verdict2.inconclusiveTests.length > 0 ? [failures(verdict2.inconclusiveTests, "inconclusive test", verdict2.passed)] : [],
    ...comparison.gate === void 0 ? [] : [failures(verdict2.regressions, "regression", verdict2.passed)]
  ];
  const baseline = comparison.base === void 0 ? "no baseline" : `baseline ${commitLink(comparison.base.commit, links)}`;
  const line = `${verdict2.passed ? "\u2705 **Passed**" : "\u274C **Failed**"}: ${parts.join(", ")} \xB7 ${baseline}`;
  return [
    { type: "text", text: `## ablation-ci \xB7 ${escapeText(comparison.suite)}` },
    { type: "text", text: line },
    ...baselineNote === void 0 || baselineNote === "" ? [] : [{ type: "text", text: `> \u2139\uFE0F ${escapeText(baselineNote, 2e3)}` }],
    ...mismatches.map((text) => ({
      type: "text",
      text: `> \u26A0\uFE0F ${escapeText(capital(text), 300)}.`
    })),
    { type: "trim-notice" }
  ];
}
function capital(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function failures(names, noun, passed) {
  if (names.length === 0) return `no ${noun}s`;
  const listed = names.slice(0, LISTED).map((name2) => escapeText(name2, 60));
  if (names.length > LISTED) listed.push(`\u2026 ${names.length - LISTED} more`);
  return `${plural(names.length, noun)} (${listed.join(", ")})${passed ? " \u2014 not gated" : ""}`;
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
    ...testBlocks(comparison.tests, hasBase),
    ...gateBlocks(comparison.gate),
    ...componentBlocks(comparison.components, comparison.metric, hasBase),
    ...retrainBlocks(context.retrain),
    ...dataBlocks(comparison.data),
    ...factBlocks(comparison, context, links)
  ];
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

// src/compare/bootstrap-check.ts
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

// src/compare/settings.ts
function gateSettings(base, head) {
  const mine = head.run.gate;
  if (base === void 0)
    return { settings: { failOn: [...mine.failOn], ...mine.regression }, changes: [] };
  const main = base.run.gate;
  const order = ["test-failure", "regression", "inconclusive"];
  const failOn = order.filter((c) => main.failOn.includes(c) || mine.failOn.includes(c));
  const metric = head.metrics.some((m) => m.name === main.regression.metric) ? main.regression.metric : mine.regression.metric;
  const settings = {
    failOn,
    metric,
    tolerance: Math.min(main.regression.tolerance, mine.regression.tolerance),
    alpha: Math.min(main.regression.alpha, mine.regression.alpha)
  };
  const list = (conditions) => conditions.length === 0 ? "[]" : `[${order.filter((c) => conditions.includes(c)).join(", ")}]`;
  const changes = [];
  const note = (setting, before, after, applied) => {
    if (before !== after) changes.push({ setting, base: before, head: after, applied });
  };
  note("fail-on", list(main.failOn), list(mine.failOn), list(failOn));
  note("metric", main.regression.metric, mine.regression.metric, metric);
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
  const { tolerance, alpha, metric } = gate.settings;
  const paired = base.source.dataHash === head.source.dataHash;
  const basePredictions = storedPredictions(base);
  const headPredictions = storedPredictions(head);
  const all = (p) => Int32Array.from({ length: p.n }, (_, i) => i);
  const scope = { seed: head.run.seed, tolerance, paired };
  const raw = [];
  if (head.metrics.some((m) => m.name === metric)) {
    raw.push(
      check(
        "overall",
        metric,
        {},
        basePredictions,
        all(basePredictions),
        headPredictions,
        all(headPredictions),
        scope
      )
    );
  }
  for (const test of head.tests) {
    const before = base.tests.find((t) => t.name === test.name);
    if (!gated(test) || before === void 0 || !gated(before) || before.metric !== test.metric)
      continue;
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
  const start = Math.max(1, head.run.resamples);
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
    paired,
    checks,
    regressions: checks.filter((c) => c.regressed).map((c) => c.name)
  };
}
function pOf(c) {
  return c.bootstrap === void 0 ? c.p : c.bootstrap.p;
}
function gated(test) {
  return test.status !== "skipped" && test.slice !== void 0 && test.n > 0;
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

// src/compare/compare.ts
function compare(base, head) {
  const metric = head.metrics[0].name;
  const settings = gateSettings(base, head);
  const gate = base === void 0 ? void 0 : regressionGate(base, head, settings);
  const tests = compareTests(base?.tests ?? [], head.tests, base !== void 0);
  return {
    suite: head.suite,
    metric,
    head: { commit: head.source.commit, startedAt: head.timing.startedAt },
    ...base === void 0 ? {} : { base: { commit: base.source.commit, startedAt: base.timing.startedAt } },
    tests,
    components: compareComponents(base, head, metric),
    ...gate === void 0 ? {} : { gate },
    data: dataChecks(base, head),
    verdict: verdict(head, gate?.regressions ?? [], settings.settings.failOn)
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
    const change3 = !hasBase ? test.status === "fail" ? "new-failure" : "unchanged" : before === void 0 ? "new" : classify(before.status, test.status);
    const delta = typeof before?.value === "number" && typeof test.value === "number" ? test.value - before.value : void 0;
    rows2.push({
      name: test.name,
      metric: test.metric,
      ...test.class === void 0 ? {} : { class: test.class },
      threshold: test.threshold,
      ...before === void 0 ? {} : { base: summary(before) },
      head: { ...summary(test), ...test.reason === void 0 ? {} : { reason: test.reason } },
      change: change3,
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
    const change3 = defined(before) && defined(after) ? after.contribution - before.contribution : void 0;
    return {
      id: component.id,
      kind: component.kind,
      ...component.name === void 0 ? {} : { name: component.name },
      target: component.target,
      mode: component.mode,
      ...before === void 0 ? {} : { base: before },
      ...after === void 0 ? {} : { head: after },
      ...component.notApplicable === void 0 ? {} : { notApplicable: component.notApplicable },
      ...change3 === void 0 ? {} : { change: change3 },
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
function verdict(head, regressions, failOn = head.run.gate.failOn) {
  const failedTests = head.tests.filter((t) => t.status === "fail").map((t) => t.name);
  const inconclusiveTests = head.tests.filter((t) => t.status === "inconclusive").map((t) => t.name);
  const passed = !(failOn.includes("test-failure") && failedTests.length > 0) && !(failOn.includes("inconclusive") && inconclusiveTests.length > 0) && !(failOn.includes("regression") && regressions.length > 0);
  return { passed, failedTests, inconclusiveTests, regressions };
}

export {
  runFacts,
  runMismatches,
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  renderReport,
  renderSummary,
  compare,
  verdict
};
