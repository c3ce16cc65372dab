import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));

// src/process/cleanup.ts
var SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };
var cleanups = /* @__PURE__ */ new Set();
function untilReleased(cleanup) {
  const entry = () => cleanup();
  if (cleanups.size === 0) guard(true);
  cleanups.add(entry);
  return () => {
    if (!cleanups.delete(entry)) return;
    if (cleanups.size === 0) guard(false);
  };
}
function cleanUpNow() {
  const all = [...cleanups].reverse();
  cleanups.clear();
  guard(false);
  for (const cleanup of all) {
    try {
      cleanup();
    } catch {
    }
  }
}
function onSignal(signal) {
  cleanUpNow();
  process.exit(128 + SIGNALS[signal]);
}
function guard(on) {
  for (const signal of Object.keys(SIGNALS)) {
    if (on) process.on(signal, onSignal);
    else process.off(signal, onSignal);
  }
  if (on) process.on("exit", cleanUpNow);
  else process.off("exit", cleanUpNow);
}

export {
  untilReleased
};
