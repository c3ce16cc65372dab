import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  runEngine,
  validateConfig
} from "./chunk-BYVTVLGZ.js";
import "./chunk-OFKVRGSU.js";
import "./chunk-G45EKW4B.js";
import "./chunk-F3PYSME2.js";
import "./chunk-NC2VTHTB.js";
import "./chunk-I5XLR3TO.js";
import "./chunk-NXVASJ67.js";
import "./chunk-TJNJ4ZWS.js";
import "./chunk-ABHJBEIZ.js";
import "./chunk-JZI3VTAE.js";
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
