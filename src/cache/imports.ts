import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

// Static import and export specifiers, `import('…')` with a literal, and side-effect imports.
const SPECIFIERS = [
  /\bfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\bimport\s+['"]([^'"]+)['"]/g,
  /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];

const EXTENSIONS = ['', '.ts', '.mts', '.js', '.mjs', '.cjs', '.json', '/index.ts', '/index.js'];

/**
 * The training module and every local file it imports, followed
 * statically through relative specifiers (`./x.js`, `../lib/y`): absolute
 * paths, sorted. A `.js` specifier also finds the `.ts` file TypeScript
 * writes it for. Packages (bare specifiers) are not followed: they are
 * pinned by the lock file, which the cache key includes when present.
 */
export async function localImports(entry: string): Promise<string[]> {
  const seen = new Set<string>();
  const queue = [path.resolve(entry)];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(m|c)?(t|j)s$/.test(file)) continue;
    const text = await readFile(file, 'utf8');
    for (const pattern of SPECIFIERS) {
      for (const match of text.matchAll(pattern)) {
        const specifier = match[1];
        if (!specifier.startsWith('./') && !specifier.startsWith('../')) continue;
        const found = await resolveLocal(path.resolve(path.dirname(file), specifier));
        if (found !== undefined) queue.push(found);
      }
    }
  }
  return [...seen].sort();
}

async function resolveLocal(base: string): Promise<string | undefined> {
  const candidates = [
    ...EXTENSIONS.map((ext) => base + ext),
    ...(/\.(m|c)?js$/.test(base) ? [base.replace(/js$/, 'ts')] : []),
  ];
  for (const candidate of candidates) {
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}
