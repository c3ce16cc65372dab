import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  compareCommand,
  finishComparison,
  shownTarget,
  verdictLines,
  writeReport
} from "./chunk-KHNWMJ2O.js";
import {
  readResultsFile
} from "./chunk-GJA3766R.js";
import "./chunk-MSJCR2B5.js";
import "./chunk-X26MNGE4.js";
import "./chunk-46XJ5LCZ.js";
import "./chunk-XNJJQHMW.js";
import "./chunk-SL5ZFFMY.js";
import "./chunk-CAWXICTY.js";
import "./chunk-JGSJAZ6X.js";
import "./chunk-TJL3ROGX.js";
import "./chunk-FT6JTLYM.js";
import "./chunk-CGUDVJKI.js";
import "./chunk-YSKLVAJM.js";
import "./chunk-QGQCRQM2.js";
export {
  compareCommand,
  finishComparison,
  readResultsFile,
  shownTarget,
  verdictLines,
  writeReport
};
