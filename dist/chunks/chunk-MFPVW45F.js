import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));

// src/budget/results-size.ts
var LARGE_RESULTS_BYTES = 50 * 1024 * 1024;
function largeResultsWarning(bytes, components) {
  return `warning: the results of ${components} components will take about ${showBytes(bytes)}; GitHub warns about files over 50 MB and refuses them over 100 MB (the results store pushes this file): ablate fewer components (groups instead of single features)`;
}
function showBytes(bytes) {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toPrecision(3))} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

export {
  LARGE_RESULTS_BYTES,
  largeResultsWarning,
  showBytes
};
