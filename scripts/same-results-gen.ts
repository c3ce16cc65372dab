/**
 * Writes the bench suites (wide, digits features, image) under ROOT/bench/.cache,
 * from ROOT/examples: the inputs of scripts/same-results.sh. Run with tsx from a tree.
 */
import { useBackend } from '../src/backend/resolve.js';
import { imageSuite } from '../bench/speed/image.js';
import { digitsSuite, wideSuite } from '../bench/speed/suites.js';

const root = process.argv[2];
await useBackend('wasm', { searchFrom: [root] });
const wide = await wideSuite(root, 5_000, 100);
const digits = digitsSuite(root);
const image = await imageSuite(root);
image.model.dispose();
process.stdout.write(`${[wide.config, digits.config, image.config].join('\n')}\n`);
