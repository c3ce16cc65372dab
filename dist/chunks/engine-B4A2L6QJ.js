import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  runEngine,
  validateConfig
} from "./chunk-XZ3TKUUW.js";
import "./chunk-OFKVRGSU.js";
import "./chunk-JCRQGHEL.js";
import "./chunk-WP3ERSEV.js";
import "./chunk-NXVASJ67.js";
import "./chunk-GN3SZESL.js";
import "./chunk-G3DXMSFW.js";
import "./chunk-KOR4TEHH.js";
import "./chunk-CHSZ5ARI.js";
import "./chunk-HIAQNWUY.js";
import "./chunk-AOTZ6PQM.js";
import "./chunk-NXMZILZR.js";
import "./chunk-CGUDVJKI.js";
import "./chunk-277FLAS7.js";
import "./chunk-YSKLVAJM.js";
import "./chunk-QGQCRQM2.js";
export {
  runEngine,
  validateConfig
};
