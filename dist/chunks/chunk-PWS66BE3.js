import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));

// src/cli/console.ts
function routeConsoleWarnings(onLine) {
  const original = console.warn;
  console.warn = (...args) => {
    const text = args.map((arg) => arg instanceof Error ? arg.message : String(arg)).join(" ").replace(/={3,}/g, " ").replace(/\s+/g, " ").trim();
    if (text !== "") onLine(text);
  };
  return () => {
    console.warn = original;
  };
}

export {
  routeConsoleWarnings
};
