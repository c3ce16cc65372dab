import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('docs/architecture.md', () => {
  it('maps every folder of src/, one row each, and no folder that is gone', () => {
    const folders = readdirSync('src', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${entry.name}/`)
      .sort();
    const page = readFileSync('docs/architecture.md', 'utf8');
    const rows = [...page.matchAll(/^\| `([^`]+\/)` +\|/gm)].map((m) => m[1]).sort();
    expect(rows).toEqual(folders);
  });
});
