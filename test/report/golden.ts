import { readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

// Prettier would align the tables of a committed markdown file (`npm run format`
// formats every .md); its ignore comments keep the report byte for byte.
const START = '<!-- prettier-ignore-start -->\n';
const END = '<!-- prettier-ignore-end -->\n';

/**
 * Compares `markdown` with test/golden/reports/NAME (the report between
 * Prettier's ignore comments); UPDATE_GOLDEN=1 rewrites the file instead.
 */
export function expectGolden(name: string, markdown: string): void {
  const file = `test/golden/reports/${name}`;
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, `${START}${markdown}${END}`);
  const golden = readFileSync(file, 'utf8');
  expect(golden.startsWith(START) && golden.endsWith(END)).toBe(true);
  expect(markdown).toBe(golden.slice(START.length, golden.length - END.length));
}
