/**
 * Module loader hooks (`module.register`) that let a training module be
 * TypeScript without a build step on any Node version: `.ts`/`.mts` files
 * are loaded with their types stripped (by sucrase, pure JS, bundled), and a
 * relative `./x.js` that does not exist finds `./x.ts`, as TypeScript's own
 * import convention expects. The bundled dist/strip-types.js is this file;
 * the training worker registers it.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from 'sucrase';

interface ResolveResult {
  url: string;
  format?: string | null;
  shortCircuit?: boolean;
}
type NextResolve = (specifier: string, context: unknown) => Promise<ResolveResult>;
interface LoadResult {
  format: string;
  source?: string | ArrayBuffer | Uint8Array;
  shortCircuit?: boolean;
}
type NextLoad = (url: string, context: unknown) => Promise<LoadResult>;

const TYPESCRIPT = /\.m?ts$/;

/** Resolves as Node does; a relative `.js`/`.mjs` that is missing is tried as `.ts`/`.mts`. */
export async function resolve(
  specifier: string,
  context: unknown,
  next: NextResolve,
): Promise<ResolveResult> {
  try {
    return await next(specifier, context);
  } catch (error) {
    const relative = specifier.startsWith('./') || specifier.startsWith('../');
    if (!relative || !/\.m?js$/.test(specifier)) throw error;
    try {
      return await next(specifier.replace(/js$/, 'ts'), context);
    } catch {
      throw error;
    }
  }
}

/** Loads a TypeScript file as an ES module with its types removed; anything else as Node does. */
export async function load(url: string, context: unknown, next: NextLoad): Promise<LoadResult> {
  if (!url.startsWith('file:') || !TYPESCRIPT.test(new URL(url).pathname))
    return next(url, context);
  const file = fileURLToPath(url);
  const { code } = transform(await readFile(file, 'utf8'), {
    transforms: ['typescript'],
    disableESTransforms: true,
    filePath: file,
  });
  return { format: 'module', source: code, shortCircuit: true };
}
