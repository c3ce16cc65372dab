/* eslint-disable no-console -- this module takes over console.warn to route what libraries print */
/**
 * Sends what libraries print with `console.warn` (TF.js prints some
 * warnings that way, whatever its production flag) to `onLine`, one line
 * each, banners' rules of `=` dropped, until the returned function restores
 * `console.warn`.
 */
export function routeConsoleWarnings(onLine: (line: string) => void): () => void {
  const original = console.warn;
  console.warn = (...args: unknown[]): void => {
    const text = args
      .map((arg) => (arg instanceof Error ? arg.message : String(arg)))
      .join(' ')
      .replace(/={3,}/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (text !== '') onLine(text);
  };
  return () => {
    console.warn = original;
  };
}
