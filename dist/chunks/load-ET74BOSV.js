import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  loadModel
} from "./chunk-CKSEZVXK.js";
import "./chunk-CAWXICTY.js";
import "./chunk-RSH3VK7I.js";
import "./chunk-JGSJAZ6X.js";
import "./chunk-4DLMUD5B.js";
import "./chunk-YSKLVAJM.js";
import "./chunk-QGQCRQM2.js";
export {
  loadModel
};
