import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  compareCommand,
  finishComparison,
  shownTarget,
  verdictLines,
  writeReport
} from "./chunk-XDWDSMDU.js";
import {
  readResultsFile
} from "./chunk-WZNNDWRD.js";
import "./chunk-46XJ5LCZ.js";
import "./chunk-VB62L4QR.js";
import "./chunk-XNJJQHMW.js";
import "./chunk-SL5ZFFMY.js";
import "./chunk-ABHJBEIZ.js";
import "./chunk-JGQTBXLB.js";
import "./chunk-CGUDVJKI.js";
import "./chunk-JGSJAZ6X.js";
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
