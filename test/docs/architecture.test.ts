import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
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

describe('the layers of docs/architecture.md are the ones lint enforces', () => {
  it('draws LAYERS of .dependency-cruiser.mjs, in order, every folder of src/ placed once', async () => {
    const config = pathToFileURL(path.resolve('.dependency-cruiser.mjs')).href;
    const { LAYERS } = (await import(config)) as { LAYERS: [string, string[]][] };
    const page = readFileSync('docs/architecture.md', 'utf8');
    const section = page.slice(page.indexOf('## Layers'));
    const drawn = [...section.matchAll(/^ {4}(\w+) +(.*)$/gm)].map(([, layer, rest]) => [
      layer,
      [...rest.replace(/\([^)]*\)/g, '').matchAll(/[a-z][\w-]*(?:\/|\.ts)(?= |$)/g)].map(
        (m) => m[0],
      ),
    ]);
    expect(drawn).toEqual(LAYERS);
    const placed = LAYERS.flatMap(([, units]) => units).sort();
    const units = readdirSync('src', { withFileTypes: true })
      .filter((entry) => entry.isDirectory() || entry.name.endsWith('.ts'))
      .map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name))
      .sort();
    expect(placed).toEqual(units);
  });
});
