/**
 * GitHub warns about a pushed file over 50 MB and refuses one over 100 MB:
 * the results store pushes the results document to a branch.
 */
export const LARGE_RESULTS_BYTES = 50 * 1024 * 1024;

/** The warning for a results document over LARGE_RESULTS_BYTES. */
export function largeResultsWarning(bytes: number, components: number): string {
  return (
    `warning: the results of ${components} components will take about ${showBytes(bytes)}; ` +
    'GitHub warns about files over 50 MB and refuses them over 100 MB (the results store pushes this file): ' +
    'ablate fewer components (groups instead of single features)'
  );
}

/** `85 MB`, `120 kB`: a size for a line of output. */
export function showBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toPrecision(3))} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} kB`;
}
