import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  planCost,
  resultsBytes
} from "./chunk-AQM2GNTW.js";
import "./chunk-6QKGLQWG.js";
import "./chunk-DTUK5WY7.js";
import "./chunk-5U6DG3BG.js";
import "./chunk-D2VHKEKK.js";
import "./chunk-NXMZILZR.js";
import "./chunk-CGUDVJKI.js";
import "./chunk-277FLAS7.js";
import "./chunk-YSKLVAJM.js";
import "./chunk-QGQCRQM2.js";
export {
  planCost,
  resultsBytes
};
