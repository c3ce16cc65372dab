import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  runEngine,
  validateConfig
} from "./chunk-UF3EDEGB.js";
import "./chunk-OFKVRGSU.js";
import "./chunk-QG2SEGVX.js";
import "./chunk-NVFMCPRU.js";
import "./chunk-NXVASJ67.js";
import "./chunk-BHTUPGDU.js";
import "./chunk-AQM2GNTW.js";
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
  runEngine,
  validateConfig
};
