import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  showDuration
} from "./chunk-SL5ZFFMY.js";

// src/progress/eta.ts
var MIN_SPAN_FRACTION = 0.1;
var MIN_SPAN_MS = 5e3;
var LONG_SPAN_MS = 6e4;
function etaSeconds(samples, phaseStart) {
  const first = samples[0];
  const last = samples.at(-1);
  if (first === void 0 || last === void 0) return void 0;
  if (last.fraction >= 1) return 0;
  const work = last.fraction - first.fraction;
  const time = last.at - first.at;
  if (work <= 0 || time <= 0) {
    if (last.fraction <= 0 || last.at - phaseStart < LONG_SPAN_MS) return void 0;
    return (last.at - phaseStart) * (1 - last.fraction) / last.fraction / 1e3;
  }
  if ((work < MIN_SPAN_FRACTION || time < MIN_SPAN_MS) && time < LONG_SPAN_MS) return void 0;
  return (1 - last.fraction) * time / work / 1e3;
}

// src/progress/progress.ts
var HEARTBEAT_MS = 3e4;
var REDRAW_MS = 1e3;
var FIRST_MS = 1e3;
var CHECKED = /* @__PURE__ */ new Set(["training", "estimating", "evaluating", "scoring"]);
var TICK_MS = 250;
function quietProgress(io) {
  if (io.progress !== void 0) return progressLine(io.progress);
  return { phase: () => void 0, update: () => void 0, done: () => void 0 };
}
function progressLine(stream, options = {}) {
  const now = options.now ?? Date.now;
  const tty = options.tty ?? stream.isTTY === true;
  const every = tty ? REDRAW_MS : options.heartbeatMs ?? HEARTBEAT_MS;
  const started = now();
  let state;
  let lastPrint;
  let drawn = false;
  let stopped = false;
  const due = (at) => lastPrint === void 0 ? at - started >= FIRST_MS : at - lastPrint >= every;
  const print = () => {
    if (state === void 0 || stopped) return;
    const at = now();
    lastPrint = at;
    const text = describe(state, at, started);
    if (tty) {
      stream.write(`\r\x1B[2K${text}`);
      drawn = true;
    } else stream.write(`ablation-ci: ${text}
`);
  };
  const timer = setInterval(() => {
    if (due(now())) print();
  }, TICK_MS);
  timer.unref();
  return {
    phase(name, detail) {
      if (state?.name === name && state.detail === detail) return;
      const at = now();
      state = { name, detail, started: at, samples: [] };
      if (at - started >= FIRST_MS || CHECKED.has(name)) print();
    },
    update(fraction, detail) {
      if (state === void 0) return;
      const at = now();
      if (detail !== void 0) state.detail = detail;
      state.samples.push({ at, fraction: Math.min(1, Math.max(0, fraction)) });
      if (state.samples.length > 2) state.samples.splice(1, 1);
      if (due(at)) print();
    },
    done() {
      stopped = true;
      clearInterval(timer);
      if (drawn) stream.write("\r\x1B[2K");
    }
  };
}
function describe(state, at, started) {
  const head = state.detail === void 0 ? state.name : `${state.name} (${state.detail})`;
  const elapsed = `${showDuration((at - started) / 1e3)} elapsed`;
  const latest = state.samples.at(-1);
  if (latest === void 0) return `${head}, ${elapsed}`;
  const left = etaSeconds(state.samples, state.started);
  const eta = left === void 0 ? "time left estimating\u2026" : `about ${showDuration(left)} left`;
  return `${head} ${Math.floor(latest.fraction * 100)}% done, ${elapsed}, ${eta}`;
}

export {
  quietProgress,
  progressLine
};
