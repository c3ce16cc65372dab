import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  planCost,
  resultsBytes
} from "./chunk-DODU3FSM.js";
import "./chunk-QD7RF4YT.js";
import "./chunk-4RB3POCW.js";
import "./chunk-WBVGIXXV.js";
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
