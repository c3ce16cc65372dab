import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  runEngine,
  validateConfig
} from "./chunk-6EBNSAC6.js";
import "./chunk-OFKVRGSU.js";
import "./chunk-QE6DXBCV.js";
import "./chunk-YBLTNQI3.js";
import "./chunk-NXVASJ67.js";
import "./chunk-GN3SZESL.js";
import "./chunk-5UL5ENY4.js";
import "./chunk-WEODJFRV.js";
import "./chunk-35SWRSGA.js";
import "./chunk-4PLWLBMB.js";
import "./chunk-OVSXM67G.js";
import "./chunk-NXMZILZR.js";
import "./chunk-CGUDVJKI.js";
import "./chunk-277FLAS7.js";
import "./chunk-YSKLVAJM.js";
import "./chunk-QGQCRQM2.js";
export {
  runEngine,
  validateConfig
};
