import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  fitToTimeLimit,
  planCost,
  timeSample
} from "./chunk-TPTNXT5N.js";
import "./chunk-3USD5YSS.js";
import "./chunk-SZQ2J3X2.js";
import "./chunk-TJL3ROGX.js";
import "./chunk-CFMESWCY.js";
import "./chunk-XSLR7JCO.js";
import "./chunk-2F72UHEX.js";
import "./chunk-FT6JTLYM.js";
import "./chunk-RRZRISNN.js";
import "./chunk-CGUDVJKI.js";
import "./chunk-4DLMUD5B.js";
import "./chunk-YSKLVAJM.js";
import "./chunk-QGQCRQM2.js";
export {
  fitToTimeLimit,
  planCost,
  timeSample
};
