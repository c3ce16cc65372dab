import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  hashConfig,
  runEngine,
  validateConfig
} from "./chunk-JPIXR3M6.js";
import "./chunk-HXB5JK62.js";
import "./chunk-XK4F2DK5.js";
import "./chunk-3USD5YSS.js";
import "./chunk-MSJCR2B5.js";
import "./chunk-X26MNGE4.js";
import "./chunk-5PPG3VTE.js";
import "./chunk-I5XLR3TO.js";
import "./chunk-XNJJQHMW.js";
import "./chunk-SL5ZFFMY.js";
import "./chunk-CAWXICTY.js";
import "./chunk-UCCGUDRG.js";
import "./chunk-SZQ2J3X2.js";
import "./chunk-TJL3ROGX.js";
import "./chunk-7BDPXSBU.js";
import "./chunk-CFMESWCY.js";
import "./chunk-2F72UHEX.js";
import "./chunk-FT6JTLYM.js";
import "./chunk-RRZRISNN.js";
import "./chunk-CGUDVJKI.js";
import "./chunk-YSKLVAJM.js";
import "./chunk-QGQCRQM2.js";
export {
  hashConfig,
  runEngine,
  validateConfig
};
