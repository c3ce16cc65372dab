// Rewrites the configuration reference in docs/configuration.md from the
// config's declaration (src/config/schema.ts). `npm run config:reference`;
// test/config/reference.test.ts fails when the page is out of date.
import { readFile, writeFile } from 'node:fs/promises';
import { referencePage } from '../src/config/reference.js';

const file = 'docs/configuration.md';
const before = await readFile(file, 'utf8');
const after = await referencePage(before, file);
if (after !== before) await writeFile(file, after);
console.log(after === before ? `${file} is up to date` : `${file} rewritten`);
