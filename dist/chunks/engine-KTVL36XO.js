import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  runEngine,
  validateConfig
} from "./chunk-A4XILFRR.js";
import "./chunk-MFPVW45F.js";
import "./chunk-5Y3Z2ZFD.js";
import "./chunk-VB62L4QR.js";
import "./chunk-LHEJBZAV.js";
import "./chunk-I5XLR3TO.js";
import "./chunk-XNJJQHMW.js";
import "./chunk-SL5ZFFMY.js";
import "./chunk-FL7KGM3T.js";
import "./chunk-ABHJBEIZ.js";
import "./chunk-KTUCU7YT.js";
import "./chunk-JGQTBXLB.js";
import "./chunk-YEQ3RYIV.js";
import "./chunk-CGUDVJKI.js";
import "./chunk-JGSJAZ6X.js";
import "./chunk-YSKLVAJM.js";
import "./chunk-QGQCRQM2.js";
export {
  runEngine,
  validateConfig
};
