import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  compareCommand,
  finishComparison,
  shownTarget,
  verdictLines,
  writeReport
} from "./chunk-KFTJBIFJ.js";
import "./chunk-KOE3QIOH.js";
import "./chunk-SCN5QC4E.js";
import {
  readResultsFile
} from "./chunk-TUEGCLKU.js";
import "./chunk-TGFIZ7DC.js";
import "./chunk-SIYZMLQ2.js";
import "./chunk-3OAVDCFU.js";
import "./chunk-PRPVRSDR.js";
import "./chunk-CGUDVJKI.js";
import "./chunk-277FLAS7.js";
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
