import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  mergeShards
} from "./chunks/chunk-LGFIABXF.js";
import {
  PER_PAGE,
  apiFailure,
  isPermissionFailure,
  refusedWrite,
  require_tunnel,
  require_undici
} from "./chunks/chunk-ZQGVS6DO.js";
import {
  GitError,
  gitRunner,
  sourceOf
} from "./chunks/chunk-5KRESSFB.js";
import {
  runEngine
} from "./chunks/chunk-JPIXR3M6.js";
import "./chunks/chunk-HXB5JK62.js";
import "./chunks/chunk-XK4F2DK5.js";
import "./chunks/chunk-3USD5YSS.js";
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  compare,
  escapeText,
  parseResults,
  readResultsFile,
  renderReport,
  renderSummary,
  runFacts,
  runMismatches,
  writeFileAtomic
} from "./chunks/chunk-GJA3766R.js";
import {
  checkSchema,
  parseDuration,
  parseYaml,
  resultsProblem,
  validators
} from "./chunks/chunk-MSJCR2B5.js";
import "./chunks/chunk-X26MNGE4.js";
import {
  blankEnvironBlock,
  mayUseTfjsThreads
} from "./chunks/chunk-BOOLZDW4.js";
import {
  progressLine
} from "./chunks/chunk-R3PPKXV5.js";
import {
  RunPool
} from "./chunks/chunk-5PPG3VTE.js";
import {
  parseShard
} from "./chunks/chunk-I5XLR3TO.js";
import "./chunks/chunk-XNJJQHMW.js";
import "./chunks/chunk-SL5ZFFMY.js";
import "./chunks/chunk-CAWXICTY.js";
import "./chunks/chunk-RSH3VK7I.js";
import {
  BACKEND_CHOICES
} from "./chunks/chunk-JGSJAZ6X.js";
import "./chunks/chunk-UCCGUDRG.js";
import "./chunks/chunk-SZQ2J3X2.js";
import "./chunks/chunk-TJL3ROGX.js";
import {
  freeCoresNow
} from "./chunks/chunk-7BDPXSBU.js";
import "./chunks/chunk-CFMESWCY.js";
import "./chunks/chunk-2F72UHEX.js";
import "./chunks/chunk-FT6JTLYM.js";
import "./chunks/chunk-RRZRISNN.js";
import {
  Rng
} from "./chunks/chunk-CGUDVJKI.js";
import "./chunks/chunk-4DLMUD5B.js";
import {
  InputError,
  errorMessage
} from "./chunks/chunk-YSKLVAJM.js";
import {
  __toESM
} from "./chunks/chunk-QGQCRQM2.js";

// src/main.ts
import { readFile as readFile4 } from "node:fs/promises";
import os5 from "node:os";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}
function group(name, fn) {
  return __awaiter2(this, void 0, void 0, function* () {
    startGroup(name);
    let result;
    try {
      result = yield fn();
    } finally {
      endGroup();
    }
    return result;
  });
}

// src/accept/command.ts
var ACCEPT_LABEL = "ablation-ci: accept";
var PREFIX = /^\/ablation-ci\s+accept(?=\s|$)/;
var CommandError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "CommandError";
  }
};
function parseAcceptCommand(body) {
  const lines = body.replace(/\r\n?/g, "\n").split("\n");
  const first = lines.findIndex((line2) => line2.trim() !== "");
  if (first < 0) return void 0;
  const line = lines[first].trim();
  const prefix = PREFIX.exec(line);
  if (prefix === null) return void 0;
  const checks = [];
  let reasonOnLine = "";
  let rest = line.slice(prefix[0].length);
  for (; ; ) {
    rest = rest.trimStart();
    if (rest === "") break;
    if (rest === "--" || rest.startsWith("-- ")) {
      reasonOnLine = rest.slice(2).trim();
      break;
    }
    const quote = rest[0];
    let name;
    if (quote === '"' || quote === "`") {
      const end = rest.indexOf(quote, 1);
      if (end < 0)
        throw new CommandError(
          `the name starting ${quote}${rest.slice(1, 40)} has no closing ${quote}`
        );
      name = rest.slice(1, end);
      rest = rest.slice(end + 1);
    } else {
      const end = rest.search(/\s/);
      name = end < 0 ? rest : rest.slice(0, end);
      rest = end < 0 ? "" : rest.slice(end);
    }
    if (name.trim() === "") throw new CommandError("an empty name in quotes");
    if (!checks.includes(name)) checks.push(name);
  }
  if (checks.length === 0) {
    throw new CommandError("no check named: write /ablation-ci accept CHECK\u2026 [-- reason]");
  }
  const below = lines.slice(first + 1).join("\n").trim();
  const reason = [reasonOnLine, below].filter((part) => part !== "").join("\n");
  return { checks, reason };
}

// src/github/markers.ts
function markerName(suite) {
  const encoded = Array.from(
    suite,
    (char) => /^[A-Za-z0-9._~-]$/.test(char) ? char : encodeURIComponent(char).replace(/[!'()*]/g, hex)
  ).join("");
  return encoded.replace(/-(?=-)|(?<=-)-/g, "%2D");
}
function hex(char) {
  return `%${char.charCodeAt(0).toString(16).toUpperCase()}`;
}
function stickyMarker(suite) {
  return `<!-- ablation-ci:${markerName(suite)} -->`;
}
function trackingMarker(suite) {
  return `<!-- ablation-ci:tracking:${markerName(suite)} -->`;
}
var META_PREFIX = "<!-- ablation-ci:meta ";
var META_PATTERN = /<!-- ablation-ci:meta (\{[^<>]*?\}) -->/;
function metaLine(meta) {
  const json = JSON.stringify({ sha: meta.sha, runId: meta.runId, runAttempt: meta.runAttempt });
  const safe = json.replace(
    /[<>-]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
  return `${META_PREFIX}${safe} -->`;
}
function parseMeta(body) {
  const match = META_PATTERN.exec(body);
  if (match === null) return void 0;
  let value;
  try {
    value = JSON.parse(match[1]);
  } catch {
    return void 0;
  }
  if (typeof value !== "object" || value === null) return void 0;
  const { sha, runId, runAttempt } = value;
  if (typeof sha !== "string" || !Number.isSafeInteger(runId)) return void 0;
  const attempt = Number.isSafeInteger(runAttempt) ? runAttempt : 1;
  return { sha, runId, runAttempt: attempt };
}
function isNewerRun(a, b) {
  return a.runId > b.runId || a.runId === b.runId && a.runAttempt > b.runAttempt;
}

// src/accept/state.ts
var encode = (value) => Buffer.from(JSON.stringify(value), "utf8").toString("base64");
function decode(text) {
  try {
    return JSON.parse(Buffer.from(text, "base64").toString("utf8"));
  } catch {
    return void 0;
  }
}
var stateTag = (suite) => `<!-- ablation-ci:state:${markerName(suite)} `;
var recordTag = (suite) => `<!-- ablation-ci:accepted:${markerName(suite)} `;
function stateLine(suite, state) {
  return `${stateTag(suite)}${encode(state)} -->`;
}
function parseState(suite, body) {
  const value = decode(tagged(stateTag(suite), body)[0] ?? "");
  if (typeof value !== "object" || value === null) return void 0;
  const { sha, failed, checks, accepted, runId } = value;
  if (typeof sha !== "string" || typeof failed !== "boolean" || !Array.isArray(checks)) {
    return void 0;
  }
  return {
    sha,
    failed,
    checks: checks.filter(
      (c) => typeof c === "object" && c !== null && typeof c.name === "string"
    ),
    accepted: Array.isArray(accepted) ? accepted.filter(isAcceptance) : [],
    ...Number.isSafeInteger(runId) ? { runId } : {}
  };
}
function recordLine(suite, acceptances) {
  return `${recordTag(suite)}${encode(acceptances)} -->`;
}
function parseRecord(suite, body) {
  return tagged(recordTag(suite), body).flatMap((text) => {
    const value = decode(text);
    return Array.isArray(value) ? value.filter(isAcceptance) : [];
  });
}
function tagged(tag, body) {
  const found = [];
  for (let at = body.indexOf(tag); at >= 0; at = body.indexOf(tag, at + 1)) {
    const end = body.indexOf(" -->", at + tag.length);
    if (end < 0) break;
    found.push(body.slice(at + tag.length, end));
  }
  return found;
}
function isAcceptance(value) {
  if (typeof value !== "object" || value === null) return false;
  const a = value;
  return typeof a.check === "string" && typeof a.by === "string" && typeof a.reason === "string" && Number.isSafeInteger(a.pullRequest) && typeof a.headSha === "string" && (a.via === "comment" || a.via === "label") && (a.drop === void 0 || typeof a.drop === "number") && (a.value === void 0 || typeof a.value === "number");
}
function storedAcceptances(acceptances) {
  return acceptances.map((a) => ({
    check: a.check,
    by: a.by,
    reason: a.reason,
    pullRequest: a.pullRequest,
    headSha: a.headSha,
    via: a.via,
    ...a.drop === void 0 ? {} : { drop: a.drop },
    ...a.value === void 0 ? {} : { value: a.value }
  })).sort(
    (a, b) => a.check < b.check ? -1 : a.check > b.check ? 1 : a.pullRequest - b.pullRequest
  );
}

// src/github/tracking-issue.ts
function trackingHeader(suite) {
  return `${trackingMarker(suite)}

`;
}
async function syncTrackingIssue(octokit, update) {
  const { owner, repo } = update;
  const marker = trackingMarker(update.suite);
  const link = `[this run](${update.runUrl})`;
  const extra = update.summary === void 0 ? "" : `

${update.summary}`;
  let step = "listing the open issues of";
  try {
    const open2 = await openTrackingIssues(octokit, owner, repo, marker, update.author);
    const [first] = open2;
    if (update.regressed) {
      const body = trackingHeader(update.suite) + update.body;
      if (body.length > COMMENT_LIMIT) {
        throw new RangeError(
          `the issue body is ${body.length} characters, over GitHub's ${COMMENT_LIMIT}: render it within the budget`
        );
      }
      if (first === void 0) {
        step = "opening an issue in";
        const { data } = await octokit.rest.issues.create({
          owner,
          repo,
          title: update.title,
          body
        });
        return { action: "created", number: data.number, url: data.html_url };
      }
      step = `updating issue #${first.number} of`;
      await octokit.rest.issues.update({
        owner,
        repo,
        issue_number: first.number,
        title: update.title,
        body
      });
      await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: first.number,
        body: `Still regressed in ${link}.${extra}`
      });
      return { action: "updated", number: first.number, url: first.url };
    }
    if (first === void 0) return { action: "none" };
    for (const issue2 of open2) {
      step = `closing issue #${issue2.number} of`;
      await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: issue2.number,
        body: `Resolved by ${link}: no regression.${extra}`
      });
      await octokit.rest.issues.update({
        owner,
        repo,
        issue_number: issue2.number,
        state: "closed",
        state_reason: "completed"
      });
    }
    return { action: "closed", number: first.number, url: first.url };
  } catch (error2) {
    if (error2 instanceof RangeError) throw error2;
    return refusedWrite(
      error2,
      `${step} ${owner}/${repo}`,
      "the token needs `issues: write`, and the repository must have issues turned on"
    );
  }
}
async function openTrackingIssues(octokit, owner, repo, marker, author) {
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner,
    repo,
    state: "open",
    sort: "created",
    direction: "asc",
    per_page: PER_PAGE
  });
  const login = author.toLowerCase();
  return issues.filter(
    (issue2) => (
      // The issues list holds pull requests too; they carry `pull_request`.
      !issue2.pull_request && issue2.user?.login.toLowerCase() === login && (issue2.body ?? "").includes(marker)
    )
  ).map((issue2) => ({ number: issue2.number, url: issue2.html_url }));
}

// src/store/write.ts
import { setTimeout as sleep } from "node:timers/promises";

// src/store/branch.ts
function privateRef(branch) {
  return `refs/ablation-ci/${branch}`;
}
async function checkBranch(git, remote, branch) {
  if (remote === "" || remote.startsWith("-")) {
    throw new InputError(`"${remote}" is not a git remote`);
  }
  try {
    await git(["check-ref-format", `refs/heads/${branch}`]);
  } catch (error2) {
    if (error2 instanceof GitError && error2.exitCode === 1) {
      throw new InputError(`"${branch}" is not a valid branch name`, {
        where: "input results-branch"
      });
    }
    throw error2;
  }
}
async function fetchBranch(git, { remote, branch }) {
  const ref = privateRef(branch);
  const shallow = (await git(["rev-parse", "--is-shallow-repository"])).trim() === "true";
  try {
    await git([
      "fetch",
      "--quiet",
      "--no-tags",
      "--no-recurse-submodules",
      // Only the refspec below: the remote's configured refspecs would also move refs/remotes/*.
      "--refmap=",
      ...shallow ? ["--depth=1"] : [],
      remote,
      `+refs/heads/${branch}:${ref}`
    ]);
  } catch (error2) {
    const missing = await git(["ls-remote", "--exit-code", remote, `refs/heads/${branch}`]).then(
      () => false,
      (lsError) => lsError instanceof GitError && lsError.exitCode === 2
    );
    if (!missing) throw error2;
    await git(["update-ref", "-d", ref]);
    return void 0;
  }
  return (await git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).trim();
}
async function readBlob(git, tip, path6) {
  const out = await git(["cat-file", "--batch"], { input: `${tip}:${path6}
` });
  const newline = out.indexOf("\n");
  const header = out.slice(0, newline === -1 ? void 0 : newline);
  if (header.endsWith(" missing")) return void 0;
  const match = /^[0-9a-f]+ (\w+) \d+$/.exec(header);
  if (match === null || match[1] !== "blob") {
    throw new Error(`reading ${path6} at ${tip}: expected a file, git says "${header}"`);
  }
  return out.slice(newline + 1, -1);
}

// src/store/commit.ts
import { mkdtemp, rm as rm2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
var DEFAULT_IDENTITY = {
  name: "ablation-ci",
  email: "ablation-ci@users.noreply.github.com"
};
async function commitFiles(git, change) {
  const folder = await mkdtemp(path.join(tmpdir(), "ablation-ci-index-"));
  const env = { GIT_INDEX_FILE: path.join(folder, "index") };
  try {
    await git(
      change.parent === void 0 ? ["read-tree", "--empty"] : ["read-tree", change.parent],
      {
        env
      }
    );
    const args = ["update-index", "--add"];
    const removed = [];
    for (const [file, text] of change.files) {
      if (text === null) {
        removed.push(file);
        continue;
      }
      const blob = (await git(["hash-object", "-w", "--stdin"], { input: text })).trim();
      args.push("--cacheinfo", `100644,${blob},${file}`);
    }
    if (removed.length > 0) args.push("--force-remove", "--", ...removed);
    await git(args, { env });
    const tree = (await git(["write-tree"], { env })).trim();
    const { name, email } = change.identity;
    const identity = {
      GIT_AUTHOR_NAME: name,
      GIT_AUTHOR_EMAIL: email,
      GIT_COMMITTER_NAME: name,
      GIT_COMMITTER_EMAIL: email
    };
    const parents = change.parent === void 0 ? [] : ["-p", change.parent];
    const commit = await git(["commit-tree", tree, ...parents, "-F", "-"], {
      input: change.message,
      env: identity
    });
    return commit.trim();
  } finally {
    await rm2(folder, { recursive: true, force: true });
  }
}

// src/store/layout.ts
var COMMIT = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
var SUITE = /^[A-Za-z0-9._-]+$/;
function checkSuite(suite) {
  if (!SUITE.test(suite) || suite === "." || suite === ".." || suite.toLowerCase() === ".git") {
    throw new InputError(`suite name "${suite}" cannot name a folder of the results branch`);
  }
}
function checkCommit(commit) {
  if (!COMMIT.test(commit)) {
    throw new InputError(`"${commit}" is not a full commit id (40 or 64 lowercase hex digits)`);
  }
}
function indexPath(suite) {
  return `${suite}/index.json`;
}
function resultsPath(suite, commit) {
  return `${suite}/${commit}.json`;
}
function serializeResults(results) {
  return `${JSON.stringify(results, null, 2)}
`;
}
function serializeIndex(index) {
  return `${JSON.stringify(index, null, 2)}
`;
}
function runOf(results, commit, date) {
  const primary = results.metrics[0].name;
  const estimate = results.baseline.metrics[primary];
  return { commit, date, metric: primary, value: estimate?.value ?? null };
}
function addRun(index, suite, run2, retention) {
  const others = (index?.runs ?? []).filter((other) => other.commit !== run2.commit);
  const runs = [run2, ...others].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
  return {
    index: { suite, runs: runs.slice(0, retention) },
    dropped: runs.slice(retention).map((dropped) => dropped.commit)
  };
}
function parseIndex(text, suite, file) {
  let document2;
  try {
    document2 = JSON.parse(text);
  } catch (error2) {
    throw new InputError(`not valid JSON (${error2.message})`, { file });
  }
  const fail = (where, detail) => {
    throw new InputError(detail, { file, where });
  };
  if (!isObject(document2)) return fail("", 'expected an object with "suite" and "runs"');
  if (document2.suite !== suite) return fail("suite", `expected "${suite}"`);
  if (!Array.isArray(document2.runs)) return fail("runs", "expected an array");
  const runs = document2.runs.map((entry, i) => {
    const where = `runs[${i}]`;
    if (!isObject(entry)) return fail(where, "expected an object");
    const { commit, date, metric, value } = entry;
    if (typeof commit !== "string" || !COMMIT.test(commit)) {
      return fail(`${where}.commit`, "expected a full commit id");
    }
    if (typeof date !== "string" || Number.isNaN(Date.parse(date))) {
      return fail(`${where}.date`, "expected an ISO 8601 date");
    }
    if (typeof metric !== "string") return fail(`${where}.metric`, "expected a metric name");
    if (value !== null && typeof value !== "number") {
      return fail(`${where}.value`, "expected a number or null");
    }
    return { commit, date, metric, value };
  });
  return { suite, runs };
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/store/read.ts
async function readIndex(git, location) {
  const { remote, branch, suite } = location;
  checkSuite(suite);
  await checkBranch(git, remote, branch);
  const tip = await fetchBranch(git, { remote, branch });
  if (tip === void 0) return void 0;
  return readIndexAt(git, tip, branch, suite);
}
async function readIndexAt(git, tip, branch, suite) {
  const path6 = indexPath(suite);
  const text = await readBlob(git, tip, path6);
  return text === void 0 ? void 0 : parseIndex(text, suite, `${branch}:${path6}`);
}
async function rebuildIndex(git, tip, branch, suite, onSkip) {
  const names = await git(["ls-tree", "--name-only", `${tip}:${suite}`]).catch(() => "");
  const runs = [];
  for (const name of names.split("\n")) {
    const commit = /^([0-9a-f]{40}(?:[0-9a-f]{24})?)\.json$/.exec(name)?.[1];
    if (commit === void 0) continue;
    const file = `${branch}:${resultsPath(suite, commit)}`;
    try {
      const results = parseResults(await readBlob(git, tip, resultsPath(suite, commit)) ?? "", {
        file
      });
      const date = Date.parse(results.timing.startedAt);
      if (results.suite !== suite || Number.isNaN(date))
        throw new InputError("another suite or no date", { file });
      runs.push(runOf(results, commit, new Date(date).toISOString()));
    } catch (error2) {
      if (!(error2 instanceof InputError)) throw error2;
      onSkip(error2.message);
    }
  }
  runs.sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
  return { suite, runs };
}
async function readResults(git, location) {
  const { remote, branch, suite, commit } = location;
  checkSuite(suite);
  checkCommit(commit);
  await checkBranch(git, remote, branch);
  const file = `${branch}:${resultsPath(suite, commit)}`;
  const tip = await fetchBranch(git, { remote, branch });
  if (tip === void 0) {
    throw new Error(`no stored results: ${remote} has no branch ${branch} (looking for ${file})`);
  }
  const text = await readBlob(git, tip, resultsPath(suite, commit));
  if (text === void 0)
    throw new Error(`no stored results for commit ${commit}: ${file} not found`);
  const results = parseResults(text, { file });
  if (results.suite !== suite) {
    throw new InputError(`holds results of suite "${results.suite}", not "${suite}"`, { file });
  }
  if (results.source.commit !== null && results.source.commit !== commit) {
    throw new InputError(`holds results of commit ${results.source.commit}`, { file });
  }
  return results;
}

// src/store/blobs.ts
var BATCH = 16;
async function readBlobs(git, tip, paths) {
  const texts = [];
  for (let start = 0; start < paths.length; start += BATCH) {
    const batch = paths.slice(start, start + BATCH);
    const out = Buffer.from(
      await git(["cat-file", "--batch"], { input: batch.map((p) => `${tip}:${p}
`).join("") }),
      "utf8"
    );
    let at = 0;
    for (const path6 of batch) {
      const newline = out.indexOf(10, at);
      const header = out.toString("utf8", at, newline);
      at = newline + 1;
      if (header.endsWith(" missing")) {
        texts.push(void 0);
        continue;
      }
      const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
      if (match === null || match[1] !== "blob") {
        throw new Error(`reading ${path6} at ${tip}: expected a file, git says "${header}"`);
      }
      const size = Number(match[2]);
      texts.push(out.toString("utf8", at, at + size));
      at += size + 1;
    }
  }
  return texts;
}
async function blobIds(git, tip, folder) {
  const listing = await git(["ls-tree", tip, "--", `${folder}/`]);
  const ids = /* @__PURE__ */ new Map();
  for (const line of listing.split("\n")) {
    const match = /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(line);
    if (match !== null) ids.set(match[2], match[1]);
  }
  return ids;
}
async function blobIdOf(git, text) {
  return (await git(["hash-object", "--stdin"], { input: text })).trim();
}

// src/dashboard/history.ts
var STATUS = { pass: "p", fail: "f", inconclusive: "i", skipped: "s" };
function suiteData(suite, summaries) {
  const runs = [...summaries].sort(
    (a, b) => Date.parse(a.date) - Date.parse(b.date) || (a.commit < b.commit ? -1 : 1)
  );
  const latest = runs[runs.length - 1];
  const testNames = unique(runs.flatMap((run2) => run2.tests.map((test) => test.name)));
  const componentIds = unique(runs.flatMap((run2) => run2.components.map((c) => c.id)));
  const latestContribution = new Map(
    (latest?.components ?? []).map((c) => [c.id, Math.abs(c.point.value ?? 0)])
  );
  componentIds.sort((a, b) => {
    const x = latestContribution.get(a);
    const y = latestContribution.get(b);
    if (x !== void 0 && y !== void 0 && x !== y) return y - x;
    if (x === void 0 !== (y === void 0)) return x === void 0 ? 1 : -1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const candidateRuns = /* @__PURE__ */ new Map();
  for (const run2 of runs) {
    for (const id of run2.candidates) candidateRuns.set(id, (candidateRuns.get(id) ?? 0) + 1);
  }
  return {
    suite,
    metric: latest?.metric ?? "",
    higherIsBetter: latest?.higherIsBetter ?? true,
    gate: latest?.gate ?? { metric: "", tolerance: 0 },
    runs: {
      commit: runs.map((run2) => run2.commit),
      date: runs.map((run2) => run2.date),
      backend: runs.map((run2) => run2.backend),
      durationMs: runs.map((run2) => Math.round(run2.durationMs)),
      budget: runs.map((run2) => run2.budget)
    },
    primary: encodeSeries(
      runs.map((run2) => run2.primary),
      5
    ),
    tests: testNames.map((name) => {
      const found = runs.map((run2) => run2.tests.find((test) => test.name === name));
      const last = found.filter((test) => test !== void 0).pop();
      return {
        name,
        metric: last.metric,
        op: last.threshold.op,
        threshold: last.threshold.value,
        status: found.map((test) => test === void 0 ? "-" : STATUS[test.status]).join(""),
        series: encodeSeries(
          found.map((test) => test?.point ?? NONE),
          5
        )
      };
    }),
    components: componentIds.map((id) => {
      const byRun = runs.map((run2) => new Map(run2.components.map((c) => [c.id, c.point])));
      return {
        id,
        series: encodeSeries(
          byRun.map((points) => points.get(id) ?? NONE),
          4
        )
      };
    }),
    candidates: (latest?.candidates ?? []).map((id) => ({ id, runs: candidateRuns.get(id) })),
    acceptances: runs.flatMap((run2, i) => (run2.acceptances ?? []).map((a) => ({ run: i, ...a })))
  };
}
var NONE = { value: null, ci: null };
function encodeSeries(points, digits) {
  const magnitudes = points.flatMap(
    (p) => p.value === null ? [] : [Math.abs(p.value), ...(p.ci ?? []).map(Math.abs)]
  );
  const largest = magnitudes.filter(Number.isFinite).reduce((a, b) => Math.max(a, b), 0);
  const q = largest === 0 ? 1 : 10 ** (Math.floor(Math.log10(largest)) - digits + 1);
  const units = (x) => Math.round(x / q);
  let previous = 0;
  const v = [];
  const lo = [];
  const hi = [];
  for (const point of points) {
    if (point.value === null || !Number.isFinite(point.value)) {
      v.push(null);
      lo.push(null);
      hi.push(null);
      continue;
    }
    const value = units(point.value);
    v.push(value - previous);
    previous = value;
    lo.push(point.ci === null ? null : value - units(point.ci[0]));
    hi.push(point.ci === null ? null : units(point.ci[1]) - value);
  }
  return { q: Number(q.toPrecision(1)), v, lo, hi };
}
function unique(names) {
  return [...new Set(names)];
}

// src/dashboard/summary.ts
var SUMMARY_FORMAT = 1;
function summarize(results, commit, date) {
  const metric = results.metrics[0].name;
  const { metric: gateMetric, tolerance } = results.run.gate.regression;
  const primary = results.baseline.metrics[metric];
  const gate = results.baseline.metrics[gateMetric];
  return {
    commit,
    date,
    backend: results.run.predictionsFrom === void 0 ? results.run.backend : "train.command",
    durationMs: results.timing.durationMs,
    budget: budgetLine(results),
    metric,
    higherIsBetter: results.metrics[0].higherIsBetter,
    primary: primary === void 0 || primary.value === null ? { value: null, ci: null } : { value: primary.value, ci: primary.ci },
    gate: { metric: gateMetric, tolerance },
    gateValue: gate === void 0 ? null : gate.value,
    tests: results.tests.map((test) => ({
      name: test.name,
      metric: test.metric,
      threshold: test.threshold,
      status: test.status,
      point: {
        value: test.value ?? null,
        ci: test.value === void 0 || test.value === null ? null : test.ci ?? null
      }
    })),
    components: results.components.map((component) => ({
      id: component.id,
      point: contributionPoint(component.metrics?.[metric])
    })),
    candidates: results.components.filter((component) => {
      const c = component.metrics?.[gateMetric];
      return component.kind === "retrain" && c !== void 0 && c.value !== null && c.ci[0] >= -tolerance && c.ci[1] <= tolerance;
    }).map((component) => component.id),
    acceptances: (results.acceptances ?? []).map(({ check, by, reason, pullRequest: pullRequest2 }) => ({
      check,
      by,
      reason,
      pullRequest: pullRequest2
    }))
  };
}
function contributionPoint(c) {
  return c === void 0 || c.value === null ? { value: null, ci: null } : { value: c.contribution, ci: c.ci };
}
function budgetLine(results) {
  const budget = results.run.budget;
  if (budget === void 0) return null;
  const parts = [`limit ${budget.limit} s`];
  if (budget.repeats !== null) parts.push(`repeats ${budget.repeats.from}\u2192${budget.repeats.to}`);
  if (budget.rows !== null) parts.push(`rows ${budget.rows.from}\u2192${budget.rows.to}`);
  if (budget.notEvaluated > 0) parts.push(`${budget.notEvaluated} not evaluated`);
  return parts.join(", ");
}

// src/store/summaries.ts
function summariesPath(suite) {
  return `${suite}/summaries.json`;
}
function serializeSummaries(suite, summaries, blobs) {
  const runs = {};
  for (const summary2 of summaries) {
    const blob = blobs.get(summary2.commit);
    if (blob !== void 0) runs[summary2.commit] = { blob, summary: summary2 };
  }
  const cache = { format: SUMMARY_FORMAT, suite, runs };
  return `${JSON.stringify(cache)}
`;
}
async function storedSummaries(git, tip, suite) {
  const ids = await blobIds(git, tip, suite);
  const blobs = /* @__PURE__ */ new Map();
  for (const [file, id] of ids) {
    const commit = /\/([0-9a-f]{40}(?:[0-9a-f]{24})?)\.json$/.exec(file)?.[1];
    if (commit !== void 0) blobs.set(commit, id);
  }
  const cached = /* @__PURE__ */ new Map();
  if (!ids.has(summariesPath(suite))) return { cached, blobs };
  const [text] = await readBlobs(git, tip, [summariesPath(suite)]);
  const runs = entries(text, suite);
  for (const [commit, entry] of runs) {
    if (blobs.get(commit) === entry.blob) cached.set(commit, entry.summary);
  }
  return { cached, blobs };
}
function entries(text, suite) {
  let cache;
  try {
    cache = JSON.parse(text ?? "");
  } catch {
    return [];
  }
  if (!isObject2(cache) || cache.format !== SUMMARY_FORMAT || cache.suite !== suite) return [];
  if (!isObject2(cache.runs)) return [];
  return Object.entries(cache.runs).filter(
    (entry) => {
      const [commit, value] = entry;
      return isObject2(value) && typeof value.blob === "string" && isObject2(value.summary) && value.summary.commit === commit;
    }
  );
}
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/store/history.ts
async function summariesAt(git, tip, branch, index, {
  known = /* @__PURE__ */ new Map(),
  onSkip
}) {
  const { cached, blobs } = tip === void 0 ? { cached: /* @__PURE__ */ new Map(), blobs: /* @__PURE__ */ new Map() } : await storedSummaries(git, tip, index.suite);
  const toRead = index.runs.filter((run2) => !known.has(run2.commit) && !cached.has(run2.commit));
  const texts = tip === void 0 ? toRead.map(() => void 0) : await readBlobs(
    git,
    tip,
    toRead.map((run2) => resultsPath(index.suite, run2.commit))
  );
  const stored = new Map(toRead.map((run2, i) => [run2.commit, texts[i]]));
  const summaries = [];
  for (const run2 of index.runs) {
    const file = `${branch}:${resultsPath(index.suite, run2.commit)}`;
    try {
      const results = known.get(run2.commit);
      const summary2 = cached.get(run2.commit);
      if (results !== void 0) {
        summaries.push(summarize(results, run2.commit, run2.date));
      } else if (summary2 !== void 0) {
        summaries.push({ ...summary2, date: run2.date });
      } else {
        const text = stored.get(run2.commit);
        if (text === void 0) throw new InputError("listed in the index but missing", { file });
        summaries.push(summarize(parseResults(text, { file }), run2.commit, run2.date));
      }
    } catch (error2) {
      if (!(error2 instanceof InputError)) throw error2;
      onSkip(error2.message);
    }
  }
  return { summaries, blobs };
}
async function suitesAt(git, tip) {
  const listing = await git(["ls-tree", "--name-only", "-d", tip]);
  const folders = listing.split("\n").filter((name) => name !== "");
  const indexes = await readBlobs(
    git,
    tip,
    folders.map((name) => `${name}/index.json`)
  );
  return folders.filter((_, i) => indexes[i] !== void 0).sort();
}
async function dashboardData(git, options) {
  const { tip, branch, changed, onSkip } = options;
  const names = new Set(tip === void 0 ? [] : await suitesAt(git, tip));
  names.add(changed.index.suite);
  const suites = [];
  let summaries = "";
  for (const suite of [...names].sort()) {
    let index = changed.index;
    if (suite !== changed.index.suite) {
      try {
        index = await readIndexAt(git, tip, branch, suite);
      } catch (error2) {
        if (!(error2 instanceof InputError)) throw error2;
        onSkip(error2.message);
        continue;
      }
    }
    if (index === void 0) continue;
    if (suite !== changed.index.suite) {
      const { summaries: runs2 } = await summariesAt(git, tip, branch, index, { onSkip });
      suites.push(suiteData(suite, runs2));
      continue;
    }
    const known = /* @__PURE__ */ new Map([[changed.commit, changed.results]]);
    const { summaries: runs, blobs } = await summariesAt(git, tip, branch, index, {
      known,
      onSkip
    });
    blobs.set(changed.commit, changed.blob);
    summaries = serializeSummaries(suite, runs, blobs);
    suites.push(suiteData(suite, runs));
  }
  return { data: { commitUrl: options.commitUrl, suites }, summaries };
}
async function readRecentRuns(git, location, { limit, onSkip }) {
  const { remote, branch, suite } = location;
  checkSuite(suite);
  await checkBranch(git, remote, branch);
  const tip = await fetchBranch(git, { remote, branch });
  if (tip === void 0) return [];
  let index;
  try {
    index = await readIndexAt(git, tip, branch, suite);
  } catch (error2) {
    if (!(error2 instanceof InputError)) throw error2;
    onSkip(error2.message);
    return [];
  }
  if (index === void 0) return [];
  const recent = { ...index, runs: index.runs.slice(0, limit) };
  return (await summariesAt(git, tip, branch, recent, { onSkip })).summaries;
}

// src/dashboard/client/app.ts
function dashboardApp(data, kit) {
  const { el, lineChart, timeline } = kit;
  const TOP = 5;
  const main = document.getElementById("app");
  const picker = document.getElementById("suite");
  function decode2(series, name, color) {
    const decimals = Math.max(0, -Math.round(Math.log10(series.q)));
    const real = (units) => Number((units * series.q).toFixed(decimals));
    const values = [];
    const lo = [];
    const hi = [];
    let value = 0;
    series.v.forEach((step, i) => {
      if (step === null) {
        values.push(null);
        lo.push(null);
        hi.push(null);
        return;
      }
      value += step;
      const below = series.lo[i];
      const above = series.hi[i];
      values.push(real(value));
      lo.push(below === null ? null : real(value - below));
      hi.push(above === null ? null : real(value + above));
    });
    return { name, values, lo, hi, decimals, color };
  }
  function section(title, id) {
    const node = el("section", { id, "aria-labelledby": `${id}-title` }, main);
    el("h2", { id: `${id}-title` }, node, title);
    return node;
  }
  function seconds(ms) {
    return ms < 6e4 ? `${(ms / 1e3).toFixed(1)} s` : `${(ms / 6e4).toFixed(1)} min`;
  }
  function render(suite) {
    main.replaceChildren();
    const { commit: commits, date: dates } = suite.runs;
    const n = commits.length;
    const open2 = (i) => {
      if (data.commitUrl !== null)
        window.open(`${data.commitUrl}${commits[i]}`, "_blank", "noopener");
    };
    const base = { commits, dates, open: open2 };
    const accepted = suite.acceptances.map((a) => ({
      run: a.run,
      check: a.check,
      label: `${a.check} accepted by ${a.by} in #${a.pullRequest}${a.reason === "" ? "" : `: ${a.reason}`}`
    }));
    const marksFor = (match) => accepted.filter((a) => match(a.check)).map(({ run: run2, label }) => ({ run: run2, label }));
    el(
      "p",
      { class: "lede" },
      main,
      n === 0 ? "No stored runs." : `${n} stored ${n === 1 ? "run" : "runs"} of ${suite.suite}, ${dates[0].slice(0, 10)} to ${dates[n - 1].slice(0, 10)} (the results branch keeps the newest; older runs leave it).`
    );
    if (n === 0) return;
    if (accepted.length > 0)
      el(
        "p",
        { class: "legend" },
        main,
        "\u25C6 marks a run that merged a pull request whose check was accepted as intended: hover or focus the chart for who accepted it, where and why."
      );
    const primary = section(`Primary metric: ${suite.metric}`, "primary");
    lineChart(el("div", { class: "plot" }, primary), {
      ...base,
      title: `${suite.metric} of the baseline model over commits, with 95% intervals`,
      yLabel: suite.metric,
      series: [decode2(suite.primary, suite.metric, 0)],
      marks: marksFor((check) => check === "overall" || /^overall \(.+\)$/.test(check))
    });
    const tests = section("Model unit tests", "tests");
    if (suite.tests.length === 0) {
      el("p", {}, tests, "This suite has no model unit tests.");
    } else {
      timeline(el("div", { class: "plot" }, tests), {
        ...base,
        title: "Unit-test status over commits",
        rows: suite.tests.map((t) => ({ name: t.name, status: t.status })),
        marks: suite.tests.flatMap(
          (t, row2) => marksFor((check) => check === t.name).map((m) => ({ ...m, row: row2 }))
        )
      });
      const grid = el("div", { class: "grid-charts" }, tests);
      for (const t of suite.tests) {
        const box = el("figure", { class: "plot small" }, grid);
        el("figcaption", {}, box, `${t.name}: ${t.metric} ${t.op} ${t.threshold}`);
        lineChart(box, {
          ...base,
          title: `${t.name}: ${t.metric} over commits, threshold ${t.op} ${t.threshold}`,
          yLabel: t.metric,
          series: [decode2(t.series, t.name, 1)],
          threshold: { value: t.threshold, label: `${t.op} ${t.threshold}` },
          marks: marksFor((check) => check === t.name)
        });
      }
    }
    const parts = section(`Component contributions to ${suite.metric}`, "components");
    el(
      "p",
      {},
      parts,
      `Positive: the component helps. The ${Math.min(TOP, suite.components.length)} largest in the newest run are shown; pick any in the list (Ctrl or Shift for several).`
    );
    const row = el("div", { class: "pick" }, parts);
    el("label", { for: "component" }, row, "Components");
    const list = el("select", { id: "component", multiple: "", size: "8" }, row);
    suite.components.forEach((c, i) => {
      const option = el("option", { value: String(i) }, list, c.id);
      option.selected = i < TOP;
    });
    const chartBox = el("div", { class: "plot", id: "component-chart" }, parts);
    const drawComponents = () => {
      chartBox.replaceChildren();
      const picked = Array.from(list.selectedOptions).map((o) => Number(o.value));
      lineChart(chartBox, {
        ...base,
        title: `Contributions to ${suite.metric} over commits, with 95% intervals`,
        yLabel: `contribution (${suite.metric})`,
        series: picked.map(
          (i, k) => decode2(suite.components[i].series, suite.components[i].id, 2 + k % 6)
        ),
        threshold: { value: 0, label: "no effect" }
      });
    };
    list.addEventListener("change", drawComponents);
    drawComponents();
    const retrain = section("Retrain candidates to remove", "candidates");
    if (suite.candidates.length === 0) {
      el(
        "p",
        {},
        retrain,
        "None in the newest run: no retrain variant's contribution interval lies within the gate's tolerance."
      );
    } else {
      el(
        "p",
        {},
        retrain,
        `The whole ${suite.gate.metric} contribution interval lies within \xB1${suite.gate.tolerance} (the gate's tolerance) in the newest run:`
      );
      const ul = el("ul", {}, retrain);
      for (const c of suite.candidates)
        el("li", {}, ul, `${c.id} (a candidate in ${c.runs} of ${n} runs)`);
    }
    const facts = section("Run facts", "facts");
    const last = n - 1;
    const table = el("table", {}, facts);
    const rows = [
      [
        "newest run",
        `${commits[last].slice(0, 7)}, ${dates[last].replace("T", " ").slice(0, 16)} UTC`
      ],
      ["backend", suite.runs.backend[last]],
      ["duration", seconds(suite.runs.durationMs[last])],
      ["time limit", suite.runs.budget[last] ?? "none"],
      ["runs stored", String(n)]
    ];
    for (const [key, value] of rows) {
      const tr = el("tr", {}, table);
      el("th", { scope: "row" }, tr, key);
      el("td", {}, tr, value);
    }
    lineChart(el("div", { class: "plot" }, facts), {
      ...base,
      title: "Run duration over commits",
      yLabel: "duration (s)",
      series: [
        {
          name: "duration (s)",
          values: suite.runs.durationMs.map((ms) => Math.round(ms / 100) / 10),
          lo: suite.runs.durationMs.map(() => null),
          hi: suite.runs.durationMs.map(() => null),
          decimals: 1,
          color: 8
        }
      ],
      extra: (i) => [
        `backend ${suite.runs.backend[i]}`,
        `time limit: ${suite.runs.budget[i] ?? "none"}`
      ]
    });
  }
  data.suites.forEach((suite, i) => el("option", { value: String(i) }, picker, suite.suite));
  picker.addEventListener("change", () => render(data.suites[Number(picker.value)]));
  if (data.suites.length === 0) el("p", {}, main, "The results branch holds no runs yet.");
  else render(data.suites[0]);
  document.body.dataset.ready = "true";
  performance.mark("ablation-ci:ready");
}

// src/dashboard/client/chart.ts
function chartKit() {
  const SVG = "http://www.w3.org/2000/svg";
  const HEIGHT = 220;
  const M = { left: 64, right: 16, top: 12, bottom: 44 };
  const STATUS_COLOR = {
    p: "var(--pass)",
    f: "var(--fail)",
    i: "var(--inconclusive)",
    s: "var(--skipped)"
  };
  const STATUS_NAME = {
    p: "pass",
    f: "fail",
    i: "inconclusive",
    s: "skipped",
    "-": "not run"
  };
  const tooltip = document.getElementById("tooltip");
  function svg(name, attrs, parent, text) {
    const node = document.createElementNS(SVG, name);
    for (const key of Object.keys(attrs)) node.setAttribute(key, String(attrs[key]));
    if (text !== void 0) node.textContent = text;
    parent.appendChild(node);
    return node;
  }
  function el(name, props, parent, text) {
    const node = document.createElement(name);
    for (const key of Object.keys(props)) node.setAttribute(key, props[key]);
    if (text !== void 0) node.textContent = text;
    if (parent !== void 0) parent.appendChild(node);
    return node;
  }
  function ticks(low, high, count) {
    const span = high - low || Math.abs(high) || 1;
    const raw = span / count;
    const power = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw);
    const out = [];
    for (let t = Math.ceil(low / step) * step; t <= high + step * 1e-9; t += step) {
      out.push(Number(t.toPrecision(12)));
    }
    return out;
  }
  function shortDate(iso) {
    return iso.slice(0, 10);
  }
  function notesOf(marks, i) {
    return (marks ?? []).filter((m) => m.run === i).map((m) => m.label);
  }
  function marksSentence(marks, dates) {
    return (marks ?? []).map((m) => ` ${shortDate(dates[m.run])}: ${m.label}.`).join("");
  }
  function flag(parent, run2, labels, cx, cy) {
    const text = labels.join("; ");
    const group2 = svg(
      "g",
      { class: "accepted", "data-run": run2, role: "img", "aria-label": text },
      parent
    );
    svg("title", {}, group2, text);
    svg(
      "path",
      { class: "accepted-flag", d: `M${cx.toFixed(1)},${(cy - 6).toFixed(1)}l6,6l-6,6l-6,-6Z` },
      group2
    );
    return group2;
  }
  function flags(root, marks, at, show) {
    const drawn = /* @__PURE__ */ new Set();
    for (const m of marks ?? []) {
      const { x, y, rule } = at(m);
      const key = `${x},${y}`;
      if (drawn.has(key)) continue;
      drawn.add(key);
      const labels = (marks ?? []).filter((o) => {
        const p = at(o);
        return p.x === x && p.y === y;
      });
      if (rule !== void 0)
        svg("line", { class: "accepted-rule", x1: x, x2: x, y1: rule[0], y2: rule[1] }, root);
      const group2 = flag(
        root,
        m.run,
        labels.map((o) => o.label),
        x,
        y
      );
      group2.addEventListener("mousemove", (event) => show(m.run, event.pageX, event.pageY));
    }
  }
  function frame(host, title, height, notes = "") {
    const width = Math.max(320, host.clientWidth || 640);
    const root = svg(
      "svg",
      {
        class: "chart",
        width,
        height,
        viewBox: `0 0 ${width} ${height}`,
        role: "img",
        tabindex: 0,
        "aria-label": `${title}.${notes} Arrow keys move over the runs, Enter opens the commit.`
      },
      host
    );
    svg("title", {}, root, title);
    return { root, width };
  }
  function interact(root, overlay, runs, x, show, open2) {
    let current = runs - 1;
    const cursor = svg("line", { class: "cursor", y1: M.top, y2: 0, visibility: "hidden" }, root);
    cursor.setAttribute("y2", String(Number(overlay.getAttribute("height")) + M.top));
    const nearest = (event) => {
      const box = root.getBoundingClientRect();
      const px = event.clientX - box.left;
      let best = 0;
      for (let i = 1; i < runs; i++) if (Math.abs(x(i) - px) < Math.abs(x(best) - px)) best = i;
      return best;
    };
    const place = (i, left, top) => {
      current = i;
      cursor.setAttribute("x1", String(x(i)));
      cursor.setAttribute("x2", String(x(i)));
      cursor.setAttribute("visibility", "visible");
      tooltip.replaceChildren();
      show(i).forEach((line, n) => el("div", n === 0 ? { class: "head" } : {}, tooltip, line));
      tooltip.hidden = false;
      const width = tooltip.offsetWidth;
      const maxLeft = window.scrollX + document.documentElement.clientWidth - width - 8;
      tooltip.style.left = `${Math.max(window.scrollX + 4, Math.min(left + 12, maxLeft))}px`;
      tooltip.style.top = `${top + 12}px`;
    };
    const hide = () => {
      cursor.setAttribute("visibility", "hidden");
      tooltip.hidden = true;
    };
    overlay.addEventListener(
      "mousemove",
      (event) => place(nearest(event), event.pageX, event.pageY)
    );
    overlay.addEventListener("mouseleave", hide);
    overlay.addEventListener("click", (event) => open2(nearest(event)));
    const atCursor = (i) => {
      const box = root.getBoundingClientRect();
      place(i, box.left + window.scrollX + x(i), box.top + window.scrollY + M.top);
    };
    root.addEventListener("focus", () => atCursor(current));
    root.addEventListener("blur", hide);
    root.addEventListener("keydown", (event) => {
      const moves = {
        ArrowLeft: current - 1,
        ArrowRight: current + 1,
        Home: 0,
        End: runs - 1
      };
      if (event.key === "Enter") {
        open2(current);
      } else if (event.key in moves) {
        atCursor(Math.max(0, Math.min(runs - 1, moves[event.key])));
      } else {
        return;
      }
      event.preventDefault();
    });
    return place;
  }
  function xAxis(root, box, x, dates) {
    const { width, height, left } = box;
    const n = dates.length;
    const count = Math.max(1, Math.min(n, Math.floor((width - left - M.right) / 90)));
    const shown = /* @__PURE__ */ new Set();
    for (let k = 0; k < count; k++) {
      shown.add(count === 1 ? n - 1 : Math.round(k * (n - 1) / (count - 1)));
    }
    for (const i of shown) {
      svg(
        "text",
        {
          class: "tick x",
          x: x(i),
          y: height - M.bottom + 16,
          // The ends' labels stay inside the chart.
          "text-anchor": n > 1 && i === 0 ? "start" : n > 1 && i === n - 1 ? "end" : "middle"
        },
        root,
        shortDate(dates[i])
      );
    }
    svg(
      "text",
      {
        class: "axis-label x",
        x: (left + width - M.right) / 2,
        y: height - 6,
        "text-anchor": "middle"
      },
      root,
      `commit date (${n} runs)`
    );
  }
  function lineChart(host, spec) {
    const { root, width } = frame(host, spec.title, HEIGHT, marksSentence(spec.marks, spec.dates));
    const n = spec.commits.length;
    const plotW = width - M.left - M.right;
    const plotH = HEIGHT - M.top - M.bottom;
    const x = (i) => M.left + (n === 1 ? plotW / 2 : i * plotW / (n - 1));
    let low = Infinity;
    let high = -Infinity;
    for (const s of spec.series) {
      s.values.forEach((v, i) => {
        if (v === null) return;
        low = Math.min(low, v, s.lo[i] ?? v);
        high = Math.max(high, v, s.hi[i] ?? v);
      });
    }
    if (spec.threshold !== void 0) {
      low = Math.min(low, spec.threshold.value);
      high = Math.max(high, spec.threshold.value);
    }
    if (!Number.isFinite(low)) {
      low = 0;
      high = 1;
    }
    const yTicks = ticks(low, high, 4);
    const yLow = Math.min(low, yTicks[0]);
    const yHigh = Math.max(high, yTicks[yTicks.length - 1]);
    const y = (v) => M.top + (yHigh === yLow ? plotH / 2 : (yHigh - v) * plotH / (yHigh - yLow));
    for (const t of yTicks) {
      svg("line", { class: "grid", x1: M.left, x2: width - M.right, y1: y(t), y2: y(t) }, root);
      svg(
        "text",
        { class: "tick y", x: M.left - 6, y: y(t) + 4, "text-anchor": "end" },
        root,
        String(t)
      );
    }
    svg(
      "text",
      {
        class: "axis-label y",
        transform: `translate(14 ${M.top + plotH / 2}) rotate(-90)`,
        "text-anchor": "middle"
      },
      root,
      spec.yLabel
    );
    xAxis(root, { width, height: HEIGHT, left: M.left }, x, spec.dates);
    if (spec.threshold !== void 0) {
      const t = spec.threshold;
      svg(
        "line",
        { class: "threshold", x1: M.left, x2: width - M.right, y1: y(t.value), y2: y(t.value) },
        root
      );
      svg(
        "text",
        {
          class: "threshold-label",
          x: width - M.right - 4,
          y: y(t.value) - 4,
          "text-anchor": "end"
        },
        root,
        t.label
      );
    }
    for (const s of spec.series) {
      let band = "";
      let run2 = [];
      const flush = () => {
        if (run2.length === 0) return;
        const top = run2.map((i) => `${x(i).toFixed(1)},${y(s.hi[i]).toFixed(1)}`);
        const bottom = run2.reverse().map((i) => `${x(i).toFixed(1)},${y(s.lo[i]).toFixed(1)}`);
        band += `M${top.join("L")}L${bottom.join("L")}Z`;
        run2 = [];
      };
      let line = "";
      let points = 0;
      s.values.forEach((v, i) => {
        if (v === null) {
          flush();
          return;
        }
        line += `${line === "" || s.values[i - 1] === null ? "M" : "L"}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
        points++;
        if (s.lo[i] === null || s.hi[i] === null) flush();
        else run2.push(i);
      });
      flush();
      svg("path", { class: `band c${s.color}`, d: band, "data-series": s.name }, root);
      svg(
        "path",
        { class: `line c${s.color}`, d: line, "data-series": s.name, "data-points": points },
        root
      );
      if (points === 1) {
        const i = s.values.findIndex((v) => v !== null);
        svg("circle", { class: `dot c${s.color}`, cx: x(i), cy: y(s.values[i]), r: 3 }, root);
      }
    }
    const overlay = svg(
      "rect",
      {
        class: "overlay",
        x: M.left - 8,
        y: M.top,
        width: plotW + 16,
        height: plotH,
        fill: "transparent"
      },
      root
    );
    const format = (v, d) => v === null ? "\u2014" : v.toFixed(d);
    const place = interact(
      root,
      overlay,
      n,
      x,
      (i) => [
        `${spec.commits[i].slice(0, 7)} \xB7 ${spec.dates[i].replace("T", " ").slice(0, 16)} UTC`,
        ...spec.series.map(
          (s) => s.values[i] === null ? `${s.name}: \u2014` : `${s.name}: ${format(s.values[i], s.decimals)}` + (s.lo[i] === null ? "" : ` [${format(s.lo[i], s.decimals)}, ${format(s.hi[i], s.decimals)}]`)
        ),
        ...spec.threshold === void 0 ? [] : [`threshold ${spec.threshold.label}`],
        ...spec.extra === void 0 ? [] : spec.extra(i),
        ...notesOf(spec.marks, i)
      ],
      spec.open
    );
    flags(
      root,
      spec.marks,
      (m) => ({ x: x(m.run), y: M.top, rule: [M.top, M.top + plotH] }),
      place
    );
    return root;
  }
  function timeline(host, spec) {
    const rowH = 16;
    const height = M.top + spec.rows.length * rowH + M.bottom;
    const { root, width } = frame(host, spec.title, height, marksSentence(spec.marks, spec.dates));
    const n = spec.commits.length;
    const left = Math.min(200, Math.round(width * 0.3));
    const plotW = width - left - M.right;
    const cell = plotW / n;
    const x = (i) => left + (i + 0.5) * cell;
    const paths = { p: "", f: "", i: "", s: "" };
    spec.rows.forEach((row, r) => {
      const top = M.top + r * rowH + 2;
      svg(
        "text",
        { class: "tick row", x: left - 6, y: top + 11, "text-anchor": "end" },
        root,
        row.name.length > 28 ? `${row.name.slice(0, 27)}\u2026` : row.name
      );
      for (let i = 0; i < n; i++) {
        const status = row.status[i];
        if (status in paths)
          paths[status] += `M${(left + i * cell).toFixed(1)},${top}h${Math.max(cell - 0.5, 0.5).toFixed(2)}v${rowH - 4}h${(-Math.max(cell - 0.5, 0.5)).toFixed(2)}Z`;
      }
    });
    for (const status of Object.keys(paths)) {
      svg(
        "path",
        { class: `status ${STATUS_NAME[status]}`, d: paths[status], fill: STATUS_COLOR[status] },
        root
      );
    }
    xAxis(root, { width, height, left }, x, spec.dates);
    const overlay = svg(
      "rect",
      {
        class: "overlay",
        x: left,
        y: M.top,
        width: plotW,
        height: spec.rows.length * rowH,
        fill: "transparent"
      },
      root
    );
    const place = interact(
      root,
      overlay,
      n,
      x,
      (i) => [
        `${spec.commits[i].slice(0, 7)} \xB7 ${spec.dates[i].replace("T", " ").slice(0, 16)} UTC`,
        ...spec.rows.map((row) => `${row.name}: ${STATUS_NAME[row.status[i]] ?? "not run"}`),
        ...notesOf(spec.marks, i)
      ],
      spec.open
    );
    flags(root, spec.marks, (m) => ({ x: x(m.run), y: M.top + m.row * rowH + 8 }), place);
    return root;
  }
  return { lineChart, timeline, el };
}

// src/dashboard/page.ts
var DASHBOARD_PATH = "index.html";
function renderDashboard(data) {
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  const script = [
    "var __name = function (f) { return f; };",
    `(${dashboardApp.toString()})(JSON.parse(document.getElementById('data').textContent), (${chartKit.toString()})());`
  ].join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>ablation-ci dashboard</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>ablation-ci</h1><label>Suite <select id="suite"></select></label></header>
<main id="app"></main>
<div id="tooltip" role="status" aria-live="polite" hidden></div>
<script type="application/json" id="data">${json}</script>
<script>${script.replace(/<\/script/gi, "<\\/script")}</script>
</body>
</html>
`;
}
var STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #fff; --grid: #d1d9e0;
  --pass: #009e73; --fail: #d55e00; --inconclusive: #e69f00; --skipped: #999; --accepted: #cc79a7;
  --c0: #0072b2; --c1: #0072b2; --c2: #d55e00; --c3: #009e73; --c4: #cc79a7; --c5: #e69f00; --c6: #56b4e9; --c7: #000; --c8: #59636e; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --grid: #3d444d; --c7: #f0f0f0; } }
body { font: 14px/1.45 system-ui, sans-serif; color: var(--fg); background: var(--bg); margin: 0 auto; max-width: 1100px; padding: 0 16px 48px; }
header { display: flex; align-items: baseline; gap: 24px; border-bottom: 1px solid var(--grid); }
h1 { font-size: 20px; } h2 { font-size: 16px; margin: 28px 0 8px; }
.lede, .legend, figcaption, label { color: var(--muted); }
.grid-charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 8px 16px; }
figure { margin: 0; }
.chart { display: block; overflow: visible; }
.chart:focus-visible { outline: 2px solid var(--c0); outline-offset: 2px; }
.grid { stroke: var(--grid); stroke-width: 1; }
.tick, .axis-label, .threshold-label { fill: var(--muted); font-size: 11px; }
.line { fill: none; stroke-width: 1.5; } .band { stroke: none; opacity: 0.18; }
${[0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => `.line.c${i} { stroke: var(--c${i}); } .band.c${i}, .dot.c${i} { fill: var(--c${i}); }`).join("\n")}
.threshold { stroke: var(--fail); stroke-dasharray: 4 3; }
.accepted-rule { stroke: var(--accepted); stroke-dasharray: 2 2; pointer-events: none; }
.accepted-flag { fill: var(--accepted); stroke: var(--fg); stroke-width: 1; }
.accepted { cursor: help; }
.cursor { stroke: var(--muted); stroke-width: 1; pointer-events: none; }
.overlay { cursor: pointer; }
.pick { display: flex; gap: 8px; align-items: flex-start; } .pick select { min-width: 320px; }
table { border-collapse: collapse; } th, td { text-align: left; padding: 2px 12px 2px 0; } th { color: var(--muted); font-weight: normal; }
#tooltip { position: absolute; z-index: 1; pointer-events: none; background: var(--bg); border: 1px solid var(--grid); border-radius: 4px; padding: 6px 8px; font-size: 12px; box-shadow: 0 2px 8px rgb(0 0 0 / 0.15); max-width: 420px; }
#tooltip .head { font-weight: 600; }
`;

// src/store/write.ts
var DEFAULT_REMOTE = "origin";
var DEFAULT_BRANCH = "ablation-ci-data";
var DEFAULT_RETENTION = 200;
var DEFAULT_MAX_ATTEMPTS = 5;
async function writeResults(git, options) {
  const { results, remote = DEFAULT_REMOTE, branch = DEFAULT_BRANCH } = options;
  const problem = resultsProblem(results);
  if (problem !== void 0) throw new InputError(`not a valid results document: ${problem}`);
  const suite = options.suite ?? results.suite;
  const commit = options.commit ?? results.source.commit;
  const retention = options.retention ?? DEFAULT_RETENTION;
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  if (suite !== results.suite) {
    throw new InputError(`suite "${suite}" differs from the results' suite "${results.suite}"`);
  }
  if (commit === null) throw new InputError("the results name no commit: give one to store them");
  if (results.source.commit !== null && results.source.commit !== commit) {
    throw new InputError(`commit ${commit} differs from the results' ${results.source.commit}`);
  }
  checkSuite(suite);
  checkCommit(commit);
  positiveInteger("retention", retention);
  positiveInteger("maxAttempts", maxAttempts);
  const date = isoDate(options.date ?? results.timing.startedAt);
  await checkBranch(git, remote, branch);
  const run2 = runOf(results, commit, date);
  const document2 = serializeResults(results);
  const identity = options.author ?? DEFAULT_IDENTITY;
  const message = options.message ?? `ablation-ci: store ${suite} results of ${commit}`;
  let parent = await fetchBranch(git, { remote, branch });
  for (let attempt = 1; ; attempt++) {
    const index = parent === void 0 ? void 0 : await indexToExtend(git, parent, branch, suite, options);
    const next = addRun(index, suite, run2, retention);
    const files = /* @__PURE__ */ new Map();
    for (const dropped of next.dropped) files.set(resultsPath(suite, dropped), null);
    if (next.index.runs.includes(run2)) files.set(resultsPath(suite, commit), document2);
    files.set(indexPath(suite), serializeIndex(next.index));
    if (options.dashboard !== void 0) {
      const blob = await blobIdOf(git, document2);
      const made = await dashboardPage(
        git,
        parent,
        branch,
        next.index,
        results,
        commit,
        blob,
        options
      );
      if (made !== void 0) {
        files.set(DASHBOARD_PATH, made.page);
        files.set(summariesPath(suite), made.summaries);
      }
    }
    const tip = await commitFiles(git, { parent, files, message, identity });
    const rejection = await push(git, remote, branch, tip);
    if (rejection === void 0) return { commit: tip, attempts: attempt };
    await sleep(backoff(tip, attempt));
    const now = await fetchBranch(git, { remote, branch });
    if (now === tip) return { commit: tip, attempts: attempt };
    if (now === parent) throw rejection;
    if (attempt >= maxAttempts) {
      throw new Error(
        `could not store results on ${branch}: other runs pushed first ${attempt} times (${rejection.message})`
      );
    }
    parent = now;
  }
}
async function dashboardPage(git, parent, branch, index, results, commit, blob, options) {
  const warn = options.onWarning ?? (() => void 0);
  try {
    const { data, summaries } = await dashboardData(git, {
      tip: parent,
      branch,
      changed: { index, results, commit, blob },
      commitUrl: options.dashboard?.commitUrl ?? null,
      onSkip: (skipped) => warn(`left out of the dashboard: ${skipped}`)
    });
    return { page: renderDashboard(data), summaries };
  } catch (error2) {
    warn(`the dashboard was not updated: ${errorMessage(error2)}`);
    return void 0;
  }
}
async function indexToExtend(git, tip, branch, suite, options) {
  try {
    return await readIndexAt(git, tip, branch, suite);
  } catch (error2) {
    if (!(error2 instanceof InputError)) throw error2;
    const warn = options.onWarning ?? (() => void 0);
    warn(`rebuilding a corrupt store index from the stored runs: ${error2.message}`);
    return rebuildIndex(
      git,
      tip,
      branch,
      suite,
      (skipped) => warn(`left a corrupt stored run out of the index: ${skipped}`)
    );
  }
}
async function push(git, remote, branch, commit) {
  const args = ["push", "--porcelain", "--no-verify", remote, `${commit}:refs/heads/${branch}`];
  let stdout;
  let failure;
  try {
    stdout = await git(args);
  } catch (error2) {
    if (!(error2 instanceof GitError)) throw error2;
    stdout = error2.stdout;
    failure = error2;
  }
  const rejected = stdout.split("\n").find((line) => line.startsWith("!	"));
  if (rejected !== void 0) {
    return failure ?? new Error(`git ${args.join(" ")} rejected: ${rejected.split("	")[2]}`);
  }
  if (failure !== void 0) throw failure;
  return void 0;
}
function backoff(commit, attempt) {
  const random = Rng.stream(0, "store-backoff", commit, attempt).next();
  return Math.round((50 + 200 * random) * attempt);
}
function positiveInteger(name, value) {
  if (!Number.isInteger(value) || value < 1) {
    throw new InputError(`${name} must be a positive integer, got ${value}`);
  }
}
function isoDate(text) {
  const time2 = Date.parse(text);
  if (Number.isNaN(time2)) throw new InputError(`"${text}" is not an ISO 8601 date`);
  return new Date(time2).toISOString();
}

// src/store/baseline.ts
function chooseBaseline(index, { mergeBase: mergeBase2, before } = {}) {
  const runs = index?.runs ?? [];
  const beforeTime = before === void 0 ? Infinity : time(before, "before");
  const candidates = runs.filter((run2) => Date.parse(run2.date) < beforeTime);
  if (mergeBase2 !== void 0) {
    const exact = candidates.find((run2) => run2.commit === mergeBase2.sha.toLowerCase());
    if (exact !== void 0) return { ...exact, exact: true };
  }
  const limit = mergeBase2 === void 0 ? Infinity : time(mergeBase2.date, "mergeBase.date");
  const newest = newestFirst(candidates).find((run2) => Date.parse(run2.date) <= limit);
  return newest === void 0 ? void 0 : { ...newest, exact: false };
}
function describeMissingBaseline(branch, suite, { baselineBranch: baselineBranch2 } = {}) {
  const target = baselineBranch2 === void 0 ? "the baseline branch" : baselineBranch2;
  return `No stored baseline yet: the results branch ${branch} holds no results of suite ${suite} to compare with, so nothing is compared and the regression gate does not apply. A push to ${target} or a scheduled run of the Action stores one (the workflow needs contents: write); or give a results file as baseline-file.`;
}
function newestFirst(runs) {
  return [...runs].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
}
function time(date, name) {
  const parsed = Date.parse(date);
  if (Number.isNaN(parsed)) throw new RangeError(`chooseBaseline: ${name} "${date}" is not a date`);
  return parsed;
}

// src/github/merge-base.ts
async function mergeBase(octokit, { owner, repo, base, head }) {
  try {
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead: `${base}...${head}`,
      // Only the merge base is read: keep the commit list GitHub sends back short.
      per_page: 1
    });
    const commit = data.merge_base_commit;
    return { sha: commit.sha, date: commit.commit.committer?.date ?? commit.commit.author?.date };
  } catch (error2) {
    if (apiFailure(error2)?.status === 404) return void 0;
    throw new Error(`comparing ${base}...${head} in ${owner}/${repo}: ${errorMessage(error2)}`, {
      cause: error2
    });
  }
}

// src/action/baseline.ts
async function baselineFromFile(file, workspace) {
  const results = await readResultsFile(file, workspace, "input baseline-file");
  return { results, note: `baseline from ${file}` };
}
async function baselineForPullRequest(context, suite, pull) {
  const missing = describeMissingBaseline(context.inputs.resultsBranch, suite, {
    baselineBranch: pull.baseBranch
  });
  const index = await storedIndex(context, suite);
  if (index === void 0 || index.runs.length === 0) return { results: void 0, note: missing };
  const base = await mergeBase(context.octokit, {
    ...context.repository,
    base: pull.baseBranch,
    head: pull.headSha
  });
  const found = await firstReadable(
    context,
    index,
    (candidates) => chooseBaseline(
      candidates,
      base === void 0 || base.date === void 0 ? {} : { mergeBase: { sha: base.sha, date: base.date } }
    )
  );
  if (found === void 0) return { results: void 0, note: missing };
  const { chosen, results } = found;
  const which2 = chosen.exact ? `the merge base ${chosen.commit.slice(0, 7)}` : base === void 0 ? `the newest stored run of ${pull.baseBranch}, ${chosen.commit.slice(0, 7)} (the merge base is unknown)` : `the nearest older stored run ${chosen.commit.slice(0, 7)} (the merge base ${base.sha.slice(0, 7)} has none)`;
  return { results, note: `compared with ${which2} of ${pull.baseBranch}, run ${chosen.date}` };
}
async function previousStoredRun(context, suite, commit, startedAt) {
  const index = await storedIndex(context, suite);
  const others = index === void 0 ? void 0 : { ...index, runs: index.runs.filter((run2) => run2.commit !== commit) };
  const found = others === void 0 ? void 0 : await firstReadable(
    context,
    others,
    (candidates) => chooseBaseline(candidates, { before: startedAt })
  );
  if (found === void 0) {
    return {
      results: void 0,
      note: `no earlier run of ${suite} is stored on ${context.inputs.resultsBranch}: this run is the first`
    };
  }
  const { chosen, results } = found;
  return {
    results,
    note: `compared with the previous stored run ${chosen.commit.slice(0, 7)}, run ${chosen.date}`
  };
}
async function newestStoredRun(context, suite) {
  const index = await storedIndex(context, suite);
  const found = index === void 0 ? void 0 : await firstReadable(context, index, chooseBaseline);
  if (found === void 0) {
    return {
      results: void 0,
      note: `no stored run of ${suite} on ${context.inputs.resultsBranch} to compare with`
    };
  }
  const { chosen, results } = found;
  return {
    results,
    note: `compared with the newest stored run ${chosen.commit.slice(0, 7)}, run ${chosen.date}`
  };
}
async function storedIndex(context, suite) {
  try {
    return await readIndex(context.git, {
      remote: "origin",
      branch: context.inputs.resultsBranch,
      suite
    });
  } catch (error2) {
    if (error2 instanceof GitError) throw error2;
    context.sinks.warning(`skipped a corrupt store index: ${errorMessage(error2)}`);
    return void 0;
  }
}
async function firstReadable(context, index, choose) {
  let runs = index.runs;
  for (; ; ) {
    const chosen = choose({ ...index, runs });
    if (chosen === void 0) return void 0;
    try {
      const results = await readResults(context.git, {
        remote: "origin",
        branch: context.inputs.resultsBranch,
        suite: index.suite,
        commit: chosen.commit
      });
      return { chosen, results };
    } catch (error2) {
      if (error2 instanceof GitError) throw error2;
      context.sinks.warning(
        `skipped a corrupt stored run: ${errorMessage(error2)}; using the next older one`
      );
      runs = runs.filter((run2) => run2.commit !== chosen.commit);
    }
  }
}

// src/dashboard/trend.ts
var TREND_RUNS = 20;
function trendFacts(history, head, verdict, options) {
  const shown = history.filter((run2) => run2.commit !== head.source.commit).slice(0, options.runs ?? TREND_RUNS).reverse();
  const primary = head.metrics[0].name;
  const gateMetric = head.run.gate.regression.metric;
  const estimate = (metric) => head.baseline.metrics[metric]?.value ?? null;
  const series = [
    {
      label: primary,
      main: shown.map((run2) => run2.metric === primary ? run2.primary.value : null),
      head: estimate(primary)
    }
  ];
  const names = [.../* @__PURE__ */ new Set([...verdict.failedTests, ...verdict.regressions])];
  for (const name of names) {
    if (name === "overall") {
      if (gateMetric === primary) continue;
      series.push({
        label: `${gateMetric} overall`,
        main: shown.map((run2) => run2.gate.metric === gateMetric ? run2.gateValue : null),
        head: estimate(gateMetric)
      });
      continue;
    }
    const test = head.tests.find((t) => t.name === name);
    const stored = shown.map((run2) => run2.tests.find((t) => t.name === name));
    const metric = test?.metric ?? stored.find((t) => t !== void 0)?.metric ?? "";
    series.push({
      label: `${name} (${metric})`,
      main: stored.map((t) => t?.point.value ?? null),
      head: test?.value ?? null
    });
  }
  return {
    commits: shown.map((run2) => run2.commit.slice(0, 7)),
    headLabel: options.headLabel,
    series,
    dashboardUrl: options.dashboardUrl
  };
}

// src/action/trends.ts
function commitUrl(context) {
  const { owner, repo } = context.repository;
  return `${context.serverUrl}/${owner}/${repo}/commit/`;
}
function dashboardUrl(context) {
  if (context.inputs.dashboardUrl !== void 0) return context.inputs.dashboardUrl;
  const { owner, repo } = context.repository;
  const branch = encodeURI(context.inputs.resultsBranch).replace(
    /[()]/g,
    (c) => c === "(" ? "%28" : "%29"
  );
  return `${context.serverUrl}/${owner}/${repo}/blob/${branch}/${DASHBOARD_PATH}`;
}
function headLabel(context) {
  return context.event.kind === "pull_request" ? "PR" : "this run";
}
async function reportTrends(context, head, comparison, headLabel2) {
  try {
    const history = await readRecentRuns(
      context.git,
      { remote: "origin", branch: context.inputs.resultsBranch, suite: head.suite },
      {
        limit: TREND_RUNS + 1,
        // The baseline lookup already warns about a corrupt index or document: a log line here.
        onSkip: (message) => context.sinks.info(`left out of the trends: ${message}`)
      }
    );
    if (history.length === 0) return void 0;
    return trendFacts(history, head, comparison.verdict, {
      headLabel: headLabel2,
      dashboardUrl: dashboardUrl(context)
    });
  } catch (error2) {
    context.sinks.warning(`no trends in the report: ${errorMessage(error2)}`);
    return void 0;
  }
}

// src/accept/rules.ts
function checkStates(comparison) {
  const { verdict } = comparison;
  const failing = /* @__PURE__ */ new Set([
    ...verdict.failedTests,
    ...verdict.inconclusiveTests,
    ...verdict.regressions
  ]);
  const byName = /* @__PURE__ */ new Map();
  const entry = (name) => {
    let state = byName.get(name);
    if (state === void 0) {
      state = { name, failing: failing.has(name) };
      byName.set(name, state);
    }
    return state;
  };
  for (const check of comparison.gate?.checks ?? []) entry(check.name).drop = check.drop;
  for (const test of comparison.tests) {
    const state = entry(test.name);
    if (test.head?.value !== null && test.head?.value !== void 0) state.value = test.head.value;
    state.higherIsBetter = test.threshold.op === ">=" || test.threshold.op === ">";
  }
  for (const name of failing) entry(name);
  return [...byName.values()];
}
function unknownCheck(names, state) {
  const known = new Set(state.checks.map((c) => c.name));
  const unknown = names.find((name) => !known.has(name));
  if (unknown === void 0) return void 0;
  const listed = state.checks.map((c) => c.name);
  const shown = listed.slice(0, 12).join(", ") + (listed.length > 12 ? ", \u2026" : "");
  return `"${unknown}" is not a check of the last report (${state.sha.slice(0, 7)}): ${shown || "none"}`;
}
function acceptancesFor(request, state, who) {
  return request.checks.map((name) => {
    const check = state.checks.find((c) => c.name === name);
    return {
      check: name,
      by: who.by,
      reason: request.reason,
      pullRequest: who.pullRequest,
      headSha: state.sha,
      via: who.via,
      ...check.drop === void 0 ? {} : { drop: check.drop },
      ...check.value === void 0 ? {} : { value: check.value }
    };
  });
}
function expiry(acceptance, now) {
  if (acceptance.drop !== void 0 && now.drop !== void 0 && now.drop > acceptance.drop) {
    return now.drop;
  }
  if (acceptance.value !== void 0 && now.value !== void 0) {
    const worse = now.higherIsBetter === false ? now.value > acceptance.value : now.value < acceptance.value;
    if (worse) return now.value;
  }
  return void 0;
}
function applyAcceptances(comparison, acceptances) {
  const newest = /* @__PURE__ */ new Map();
  for (const acceptance of acceptances) newest.set(acceptance.check, acceptance);
  const states = new Map(checkStates(comparison).map((s) => [s.name, s]));
  const applied = [];
  const expired = [];
  for (const acceptance of newest.values()) {
    const state = states.get(acceptance.check);
    if (state === void 0) continue;
    const now = expiry(acceptance, state);
    if (now === void 0) applied.push(acceptance);
    else expired.push({ acceptance, now });
  }
  const accepted = new Set(applied.map((a) => a.check));
  const waived = [...states.values()].filter((s) => s.failing && accepted.has(s.name)).map((s) => s.name);
  const verdict = waive(comparison.verdict, new Set(waived), comparison.gate?.failOn);
  const outcome = { applied, waived, expired };
  const shown = applied.length > 0 || expired.length > 0;
  return {
    comparison: { ...comparison, verdict, ...shown ? { acceptance: outcome } : {} },
    outcome
  };
}
function waive(verdict, waived, failOn) {
  const keep = (names) => names.filter((name) => !waived.has(name));
  const failedTests = keep(verdict.failedTests);
  const inconclusiveTests = keep(verdict.inconclusiveTests);
  const regressions = keep(verdict.regressions);
  const blocks = (condition) => failOn === void 0 || failOn.includes(condition);
  const passed = verdict.passed || !(blocks("test-failure") && failedTests.length > 0) && !(blocks("inconclusive") && inconclusiveTests.length > 0) && !(blocks("regression") && regressions.length > 0);
  return { passed, failedTests, inconclusiveTests, regressions };
}
function reportState(comparison, sha, runId) {
  return {
    sha,
    failed: !comparison.verdict.passed,
    checks: checkStates(comparison),
    accepted: comparison.acceptance?.applied ?? [],
    ...runId === void 0 ? {} : { runId }
  };
}

// src/github/comment.ts
var ACTIONS_BOT_LOGIN = "github-actions[bot]";
function stickyHeader(suite, meta) {
  return `${stickyMarker(suite)}
${metaLine(meta)}

`;
}
async function findStickyComments(octokit, target) {
  const marker = stickyMarker(target.suite);
  const author = target.author.toLowerCase();
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: PER_PAGE
  });
  const found = [];
  for await (const { data } of pages) {
    for (const comment of data) {
      const body = comment.body ?? "";
      if (comment.user?.login.toLowerCase() === author && body.includes(marker)) {
        found.push({ id: comment.id, url: comment.html_url, body, meta: parseMeta(body) });
      }
    }
  }
  return found;
}
async function findStickyComment(octokit, target) {
  return (await findStickyComments(octokit, target))[0];
}
async function tokenLogin(octokit, fallback = ACTIONS_BOT_LOGIN) {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return data.login;
  } catch (error2) {
    const failure = apiFailure(error2);
    if (failure?.status === 403 && !failure.rateLimited) return fallback;
    if (failure?.status === 401) {
      throw new InputError(`GitHub rejected the token (401 ${failure.message})`, {
        where: "input github-token"
      });
    }
    throw error2;
  }
}
async function upsertStickyComment(octokit, update) {
  const { owner, repo, issueNumber } = update;
  const meta = { sha: update.sha, runId: update.runId, runAttempt: update.runAttempt };
  const body = stickyHeader(update.suite, meta) + update.body;
  if (body.length > COMMENT_LIMIT) {
    throw new RangeError(
      `the comment is ${body.length} characters, over GitHub's ${COMMENT_LIMIT}: render it within the budget`
    );
  }
  const where = `#${issueNumber} in ${owner}/${repo}`;
  let step = "listing the comments of";
  try {
    const existing = await findStickyComments(octokit, update);
    const newer = existing.find((c) => c.meta !== void 0 && isNewerRun(c.meta, meta));
    if (newer !== void 0) return { action: "skipped-older-run", url: newer.url, id: newer.id };
    let written;
    if (existing.length > 0) {
      step = "reading the comment on";
      const current = await readComment(octokit, owner, repo, existing[0].id);
      if (current?.meta !== void 0 && isNewerRun(current.meta, meta)) {
        return { action: "skipped-older-run", url: current.url, id: current.id };
      }
      if (current !== void 0) {
        step = "editing the comment on";
        written = await editComment(octokit, owner, repo, current.id, body);
      }
    }
    if (written === void 0) {
      step = "commenting on";
      const { data } = await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: issueNumber,
        body
      });
      written = { action: "created", url: data.html_url, id: data.id };
    }
    step = "checking the comments of";
    const kept = await settle(octokit, update, meta, body, written.id);
    const superseded = kept !== void 0 && (kept.id !== written.id || kept.meta !== void 0 && isNewerRun(kept.meta, meta));
    return superseded ? { action: "skipped-older-run", url: kept.url, id: kept.id } : written;
  } catch (error2) {
    return refusedWrite(
      error2,
      `${step} ${where}`,
      "the token needs `pull-requests: write` (or `issues: write`); a pull request from a fork gets a read-only token, so use mode compute with mode report on workflow_run"
    );
  }
}
async function readComment(octokit, owner, repo, id) {
  try {
    const { data } = await octokit.rest.issues.getComment({ owner, repo, comment_id: id });
    const body = data.body ?? "";
    return { id: data.id, url: data.html_url, body, meta: parseMeta(body) };
  } catch (error2) {
    if (apiFailure(error2)?.status === 404) return void 0;
    throw error2;
  }
}
async function editComment(octokit, owner, repo, id, body) {
  try {
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body });
    return { action: "updated", url: data.html_url, id: data.id };
  } catch (error2) {
    if (apiFailure(error2)?.status === 404) return void 0;
    throw error2;
  }
}
var REPAIRS = 3;
async function settle(octokit, target, meta, body, ours) {
  for (let repair = 0; ; repair++) {
    const keep = await removeDuplicates(octokit, target, ours);
    const replaced = keep !== void 0 && (keep.meta === void 0 || isNewerRun(meta, keep.meta));
    if (!replaced || repair === REPAIRS) return keep;
    const rewritten = await editComment(octokit, target.owner, target.repo, keep.id, body);
    if (rewritten === void 0) return keep;
    ours = rewritten.id;
  }
}
async function removeDuplicates(octokit, target, ours) {
  const comments = await findStickyComments(octokit, target);
  if (comments.length <= 1) return comments[0];
  let keep = comments.find((c) => c.id === ours) ?? comments[0];
  for (const comment of comments) {
    if (comment.meta === void 0) continue;
    if (keep.meta === void 0 || isNewerRun(comment.meta, keep.meta)) keep = comment;
  }
  for (const comment of comments) {
    if (comment.id === keep.id) continue;
    try {
      await octokit.rest.issues.deleteComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: comment.id
      });
    } catch (error2) {
      if (apiFailure(error2)?.status !== 404) throw error2;
    }
  }
  return keep;
}

// src/action/comment.ts
function hasChanges(comparison) {
  return comparison.tests.some((t) => !["still-passing", "unchanged"].includes(t.change)) || comparison.verdict.regressions.length > 0 || comparison.components.some((c) => c.signFlip) || comparison.data.changed;
}
function wanted(policy, comparison) {
  switch (policy) {
    case "always":
      return true;
    case "never":
      return false;
    case "on-failure":
      return !comparison.verdict.passed;
    case "on-change":
      return hasChanges(comparison);
  }
}
async function postComment(context, published, pull) {
  const { comparison } = published;
  const { owner, repo } = context.repository;
  const policy = context.inputs.comment;
  if (policy === "never") return;
  const target = {
    owner,
    repo,
    issueNumber: pull.number,
    suite: comparison.suite,
    author: pull.author
  };
  const meta = { sha: pull.headSha, runId: context.runId, runAttempt: context.runAttempt };
  let failure;
  try {
    if (!wanted(policy, comparison)) {
      const existing = await findStickyComment(context.octokit, target).catch((error2) => {
        if (isPermissionFailure(apiFailure(error2))) return void 0;
        throw error2;
      });
      if (existing === void 0) {
        context.sinks.info(`no comment: comment is ${policy} and nothing calls for one`);
        return;
      }
    }
    const state = `
${stateLine(comparison.suite, reportState(comparison, pull.headSha, pull.checkRunId))}`;
    const budget = COMMENT_LIMIT - stickyHeader(comparison.suite, meta).length - state.length;
    const result = await upsertStickyComment(context.octokit, {
      ...target,
      ...meta,
      body: published.within(budget) + state
    });
    switch (result.action) {
      case "skipped-older-run":
        context.sinks.info(`a newer run already reported on #${pull.number}: ${result.url}`);
        return;
      case "created":
      case "updated":
        context.sinks.setOutput("comment-url", result.url);
        context.sinks.info(`comment ${result.action}: ${result.url}`);
        return;
      case "rate-limited":
        failure = `could not comment on #${pull.number}: ${result.message}`;
        break;
      case "forbidden":
        failure = `could not comment on #${pull.number} (${result.message}); the report is in the job summary. Grant \`pull-requests: write\`, or for pull requests from forks use the compute/report pair (docs/action.md).`;
        break;
    }
  } catch (error2) {
    if (apiFailure(error2)?.rateLimited !== true) {
      await staleNotice(context, pull.number, errorMessage(error2));
      throw error2;
    }
    failure = `could not comment on #${pull.number}: GitHub's rate limit held after retrying (${errorMessage(error2)})`;
  }
  context.sinks.warning(failure);
  await staleNotice(context, pull.number, failure);
}
async function staleNotice(context, number, why) {
  const text = why.replace(/[<>&]/g, (c) => `&#${c.charCodeAt(0)};`).slice(0, 500);
  await context.sinks.writeSummary(
    `
> \u26A0\uFE0F **The sticky comment on #${number} is stale:** it could not be updated by this run (${text}), so any ablation-ci comment there shows an older run's verdict. This job summary is the current report.
`
  );
}

// src/action/fork.ts
import { mkdir as mkdir2, readFile as readFile3 } from "node:fs/promises";
import path5 from "node:path";

// src/accept/records.ts
var WRITE_ROLES = /* @__PURE__ */ new Set(["admin", "maintain", "write"]);
async function collaboratorPermission(octokit, where) {
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({
      owner: where.owner,
      repo: where.repo,
      username: where.username
    });
    const role = data.role_name ?? data.permission;
    return { role, canWrite: WRITE_ROLES.has(role) || WRITE_ROLES.has(data.permission) };
  } catch (error2) {
    if (apiFailure(error2)?.status === 404) return { role: "none", canWrite: false };
    throw error2;
  }
}
async function pullRequestFacts(octokit, where) {
  const { data } = await octokit.rest.pulls.get({
    owner: where.owner,
    repo: where.repo,
    pull_number: where.number
  });
  const headRepo = data.head.repo?.full_name;
  const base = `${where.owner}/${where.repo}`.toLowerCase();
  return {
    number: data.number,
    author: data.user?.login ?? "",
    headSha: data.head.sha,
    headRepo,
    fromFork: headRepo === void 0 || headRepo.toLowerCase() !== base
  };
}
async function listAcceptances(octokit, where) {
  const author = where.author.toLowerCase();
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: where.owner,
    repo: where.repo,
    issue_number: where.number,
    per_page: PER_PAGE
  });
  const found = [];
  for await (const { data } of pages) {
    for (const comment of data) {
      if (comment.user?.login.toLowerCase() !== author) continue;
      for (const record of parseRecord(where.suite, comment.body ?? "")) found.push(record);
    }
  }
  return found;
}
async function postNote(octokit, where, body) {
  const { data } = await octokit.rest.issues.createComment({
    owner: where.owner,
    repo: where.repo,
    issue_number: where.number,
    body
  });
  return { id: data.id, url: data.html_url };
}
async function rerunFailedJobs(octokit, where) {
  await octokit.rest.actions.reRunWorkflowFailedJobs({
    owner: where.owner,
    repo: where.repo,
    run_id: where.runId
  });
}
async function mergedPullRequest(octokit, where) {
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    owner: where.owner,
    repo: where.repo,
    commit_sha: where.sha,
    per_page: PER_PAGE
  });
  const merged = data.filter((pull) => pull.merged_at !== null);
  return (merged.find((pull) => pull.merge_commit_sha === where.sha) ?? merged[0])?.number;
}

// src/action/suite-name.ts
import { readFile } from "node:fs/promises";
import path2 from "node:path";
async function suiteOfConfig(file, cwd) {
  let text;
  try {
    text = await readFile(path2.resolve(cwd, file), "utf8");
  } catch (error2) {
    throw new InputError(`cannot read the config: ${errorMessage(error2)}`, { file });
  }
  const { data, lines } = parseYaml(text, file);
  checkSchema(validators().config, data, lines, file);
  return data.suite;
}

// src/action/accept.ts
async function acceptFromComment(context, event) {
  if (event.action !== "created" || !event.isPullRequest) {
    context.sinks.info("not a new comment on a pull request: nothing to do");
    return;
  }
  let command;
  try {
    command = parseAcceptCommand(event.body);
  } catch (error2) {
    if (!(error2 instanceof CommandError)) throw error2;
    await note(
      context,
      event.number,
      `The accept command of ${mention(event.commenter)} was not read: ${escapeText(error2.message, 300)}. Nothing was accepted.`
    );
    throw new InputError(`${error2.message}; nothing accepted`, { where: "the accept command" });
  }
  if (command === void 0) {
    context.sinks.info("the comment is not an ablation-ci command: nothing to do");
    return;
  }
  await accept(context, { number: event.number, actor: event.commenter, via: "comment", command });
}
async function acceptFromLabel(context, event) {
  if (event.label !== ACCEPT_LABEL) {
    context.sinks.info(`the label is not "${ACCEPT_LABEL}": nothing to do`);
    return;
  }
  await accept(context, {
    number: event.number,
    actor: event.sender,
    via: "label",
    command: void 0
  });
}
async function accept(context, request) {
  const { owner, repo } = context.repository;
  const where = { owner, repo, number: request.number };
  const suite = await suiteOfConfig(context.inputs.config, context.workspace);
  const author = await tokenLogin(context.octokit);
  const what = request.via === "label" ? `label \`${ACCEPT_LABEL}\`` : "accept command";
  const permission = await collaboratorPermission(context.octokit, {
    owner,
    repo,
    username: request.actor
  });
  if (!permission.canWrite) {
    await note(
      context,
      request.number,
      `The ${what} of ${mention(request.actor)} is ignored: accepting a regression of **${escapeText(suite)}** needs write permission, and GitHub reports ${escapeText(permission.role)}.`
    );
    return;
  }
  const pull = await pullRequestFacts(context.octokit, where);
  if (pull.fromFork && pull.author.toLowerCase() === request.actor.toLowerCase()) {
    await note(
      context,
      request.number,
      `The ${what} of ${mention(request.actor)} is refused: the author of a pull request from a fork cannot accept its regressions; another maintainer can.`
    );
    return;
  }
  const sticky = await findStickyComment(context.octokit, {
    ...where,
    issueNumber: request.number,
    suite,
    author
  });
  const state = sticky === void 0 ? void 0 : parseState(suite, sticky.body);
  if (state === void 0) {
    await note(
      context,
      request.number,
      `Nothing to accept for **${escapeText(suite)}** yet: this pull request has no ablation-ci report. Accept once the run has reported.`
    );
    return;
  }
  if (state.sha !== pull.headSha) {
    await note(
      context,
      request.number,
      `Not accepted: the last report of **${escapeText(suite)}** is of \`${state.sha.slice(0, 7)}\`, but the head is now \`${pull.headSha.slice(0, 7)}\`. Accept once the run of the head has reported.`
    );
    return;
  }
  let command = request.command;
  if (command === void 0) {
    const failing = state.checks.filter((c) => c.failing).map((c) => c.name);
    if (failing.length === 0) {
      await note(
        context,
        request.number,
        `Nothing to accept: no check of **${escapeText(suite)}** fails in the last report.`
      );
      return;
    }
    command = { checks: failing, reason: "" };
  }
  const unknown = unknownCheck(command.checks, state);
  if (unknown !== void 0) {
    await note(context, request.number, `Nothing accepted: ${escapeText(unknown, 2e3)}.`);
    throw new InputError(`${unknown}; nothing accepted`, {
      where: `the accept command on #${request.number}`
    });
  }
  const acceptances = acceptancesFor(command, state, {
    by: request.actor,
    pullRequest: request.number,
    via: request.via
  });
  const listed = acceptances.map((a) => `**${escapeText(a.check)}**`).join(", ");
  const why = command.reason === "" ? "" : `: ${escapeText(command.reason, 1e3)}`;
  const record = await postNote(
    context.octokit,
    where,
    `\u2705 ${mention(request.actor)} accepted ${listed} of **${escapeText(suite)}** at \`${state.sha.slice(0, 7)}\`${why}

Each holds while the check moves no further (docs/action.md#accepting-an-intended-regression).
` + recordLine(suite, acceptances)
  );
  context.sinks.setOutput("accepted", acceptances.map((a) => a.check).join(","));
  context.sinks.info(`recorded: ${record.url}`);
  if (!state.failed) return;
  const runId = state.runId ?? sticky?.meta?.runId;
  if (runId === void 0 || runId === 0) return;
  try {
    await rerunFailedJobs(context.octokit, { owner, repo, runId });
    context.sinks.info(`re-running the failed jobs of run ${runId}`);
  } catch (error2) {
    const failure = apiFailure(error2);
    const why2 = isPermissionFailure(failure) ? `${failure.status} ${failure.message}; grant \`actions: write\`` : errorMessage(error2);
    context.sinks.warning(`could not re-run run ${runId} (${why2}): re-run its failed jobs by hand`);
    await note(
      context,
      request.number,
      `The acceptance is recorded, but run ${runId} could not be re-run (${escapeText(why2, 300)}): re-run its failed jobs by hand to turn the check green.`
    );
  }
}
function mention(login) {
  return escapeText(`@${login}`);
}
async function note(context, number, text) {
  context.sinks.info(text);
  const { owner, repo } = context.repository;
  try {
    await postNote(context.octokit, { owner, repo, number }, text);
  } catch (error2) {
    context.sinks.warning(`could not comment on #${number}: ${errorMessage(error2)}`);
  }
}
async function acceptancesOfPullRequest(context, number, suite, author) {
  try {
    const login = author ?? await tokenLogin(context.octokit);
    return await listAcceptances(context.octokit, {
      ...context.repository,
      number,
      suite,
      author: login
    });
  } catch (error2) {
    context.sinks.warning(`could not read the acceptances on #${number}: ${errorMessage(error2)}`);
    return [];
  }
}
async function acceptancesOfMerge(context, sha, suite) {
  try {
    const number = await mergedPullRequest(context.octokit, { ...context.repository, sha });
    if (number === void 0) return [];
    const author = await tokenLogin(context.octokit);
    const sticky = await findStickyComment(context.octokit, {
      ...context.repository,
      issueNumber: number,
      suite,
      author
    });
    const accepted = sticky === void 0 ? [] : parseState(suite, sticky.body)?.accepted ?? [];
    if (accepted.length > 0) {
      context.sinks.info(
        `#${number} accepted ${accepted.map((a) => a.check).join(", ")}: stored with this run`
      );
    }
    return accepted;
  } catch (error2) {
    context.sinks.warning(
      `could not read the acceptances of the pull request ${sha.slice(0, 7)} merged: ${errorMessage(error2)}; grant \`pull-requests: read\``
    );
    return [];
  }
}

// src/config/types.ts
var GATE_CONDITIONS = [
  "test-failure",
  "regression",
  "inconclusive",
  "sensitivity"
];

// src/action/inputs.ts
var MODES = ["auto", "run", "compute", "report", "merge"];
var COMMENT_POLICIES = ["always", "on-change", "on-failure", "never"];
var POSITIVE_INTEGER = /^[1-9][0-9]{0,8}$/;
function readInputs(get) {
  const text = (name, fallback) => get(name).trim() || fallback;
  const optional = (name) => get(name).trim() || void 0;
  const oneOf = (name, allowed, fallback) => {
    const value = text(name, fallback);
    if (!allowed.includes(value)) {
      throw new InputError(`must be one of ${allowed.join(", ")}, got "${value}"`, {
        where: `input ${name}`
      });
    }
    return value;
  };
  const retentionText = text("retention", "200");
  if (!POSITIVE_INTEGER.test(retentionText)) {
    throw new InputError(
      `expected a whole number of runs from 1 to 999999999, in decimal digits, got "${retentionText}"`,
      { where: "input retention" }
    );
  }
  const baselineBranch2 = optional("baseline-branch");
  const resultsBranch = text("results-branch", "ablation-ci-data");
  if (baselineBranch2 !== void 0) checkResultsBranch(resultsBranch, baselineBranch2, "baseline");
  const failOn = readFailOn(optional("fail-on"));
  const shardText = optional("shard");
  const shard = shardText === void 0 ? void 0 : parseShard(shardText, "input shard");
  const timeLimitText = optional("time-limit");
  const timeLimit = timeLimitText === void 0 ? void 0 : parseDuration(timeLimitText, { where: "input time-limit" });
  const dashboardUrl2 = readDashboardUrl(optional("dashboard-url"));
  return {
    config: text("config", "ablation.yml"),
    token: get("github-token").trim(),
    mode: oneOf("mode", MODES, "auto"),
    baselineBranch: baselineBranch2,
    resultsBranch,
    baselineFile: optional("baseline-file"),
    comment: oneOf("comment", COMMENT_POLICIES, "always"),
    ...failOn === void 0 ? {} : { failOn },
    backend: oneOf("backend", BACKEND_CHOICES, "auto"),
    artifactPath: text("artifact-path", "ablation-ci-artifact"),
    retention: Number(retentionText),
    ...shard === void 0 ? {} : { shard },
    ...timeLimit === void 0 ? {} : { timeLimit },
    ...dashboardUrl2 === void 0 ? {} : { dashboardUrl: dashboardUrl2 }
  };
}
function readDashboardUrl(value) {
  if (value === void 0) return void 0;
  if (!/^https?:\/\/[^\s()<>[\]"'`\\]+$/.test(value)) {
    throw new InputError(
      `expected an http(s) URL without spaces, quotes or brackets, got "${value}"`,
      {
        where: "input dashboard-url"
      }
    );
  }
  return value;
}
function checkResultsBranch(resultsBranch, branch, which2) {
  const name = (ref) => ref.replace(/^refs\/heads\//, "");
  if (name(resultsBranch) === name(branch)) {
    throw new InputError(
      `"${resultsBranch}" is the ${which2} branch; the results need a branch of their own (default ablation-ci-data)`,
      { where: "input results-branch" }
    );
  }
}
function readFailOn(value) {
  if (value === void 0) return void 0;
  if (value === "none" || value === "[]") return [];
  return value.split(/[\s,]+/).filter(Boolean).map((condition) => {
    if (!GATE_CONDITIONS.includes(condition)) {
      throw new InputError(
        `expected a list of ${GATE_CONDITIONS.join(", ")} (or none), got "${condition}"`,
        { where: "input fail-on" }
      );
    }
    return condition;
  });
}

// src/action/preflight.ts
async function preflight(context, options) {
  const { inputs } = context;
  const defaultBranch = eventDefaultBranch(context);
  if (defaultBranch !== void 0) {
    checkResultsBranch(inputs.resultsBranch, defaultBranch, "default");
  }
  await checkBranch(context.git, "origin", inputs.resultsBranch);
  const baselineFile = inputs.baselineFile === void 0 ? void 0 : await baselineFromFile(inputs.baselineFile, context.workspace);
  const author = options.usesApi ? await tokenLogin(context.octokit) : void 0;
  return { author, baselineFile };
}
function baselineBranch(context) {
  return context.inputs.baselineBranch ?? eventDefaultBranch(context);
}
function eventDefaultBranch({ event }) {
  return "repository" in event ? event.repository?.defaultBranch : void 0;
}

// src/action/publish.ts
import path3 from "node:path";
var SUMMARY_RESERVE = 1024;
async function saveResults(context, results) {
  const file = path3.join(context.temp, "ablation-ci", `${results.suite}.json`);
  await writeFileAtomic(file, `${JSON.stringify(results, null, 2)}
`);
  context.sinks.setOutput("results-path", file);
  return file;
}
function reportContext(context, head, note2, base) {
  return {
    runUrl: context.runUrl,
    repository: `${context.repository.owner}/${context.repository.repo}`,
    serverUrl: context.serverUrl,
    ...runFacts(head, base),
    baselineNote: note2,
    now: context.now().toISOString()
  };
}
async function publishReport(context, comparison, report2) {
  const full = renderSummary(comparison, report2, {
    limit: SUMMARY_LIMIT - SUMMARY_RESERVE,
    labelLimit: SUMMARY_LIMIT
  });
  const file = path3.join(context.temp, "ablation-ci", `${comparison.suite}.md`);
  await writeFileAtomic(file, full);
  await context.sinks.writeSummary(full);
  const { verdict } = comparison;
  context.sinks.setOutput("report-path", file);
  context.sinks.setOutput("passed", String(verdict.passed));
  context.sinks.setOutput("failed-tests", verdict.failedTests.join(","));
  context.sinks.setOutput("regressions", verdict.regressions.join(","));
  return {
    comparison,
    within: (budget) => renderReport(comparison, report2, { limit: budget, labelLimit: COMMENT_LIMIT })
  };
}
function applyVerdict(context, comparison) {
  const { verdict } = comparison;
  if (verdict.passed) {
    context.sinks.info(`ablation-ci: ${comparison.suite} passed`);
    return;
  }
  const reasons = [
    ...verdict.failedTests.map((name) => `test ${name} failed`),
    ...comparison.gate === void 0 ? [] : verdict.regressions.map((name) => `${name} regressed`)
  ];
  if (verdict.inconclusiveTests.length > 0 && reasons.length === 0) {
    reasons.push(...verdict.inconclusiveTests.map((name) => `test ${name} inconclusive`));
  }
  context.sinks.setFailed(
    `ablation-ci: ${comparison.suite} failed the gate: ${reasons.join("; ")}`
  );
}

// src/action/engine.ts
function runConfiguredSuite(context, title, shard) {
  const { inputs } = context;
  return context.sinks.group(title, async () => {
    const warm = mayUseTfjsThreads(inputs.config, context.workspace);
    const pool = RunPool.open(freeCoresNow(), warm ? { warm: inputs.backend } : {});
    const progress = progressLine(
      { write: (text) => context.sinks.info(text.trimEnd()), isTTY: false },
      { tty: false }
    );
    progress.phase("loading");
    try {
      return await runEngine(inputs.config, {
        cwd: context.workspace,
        backend: inputs.backend,
        source: () => sourceOf(context.git, context.env),
        onNotice: (message) => context.sinks.warning(message),
        onProgress: (fraction) => progress.update(fraction),
        onPhase: (phase, detail) => progress.phase(phase, detail),
        onTrainingProgress: (fraction, running) => progress.update(fraction, running),
        ...inputs.failOn === void 0 ? {} : { failOn: inputs.failOn },
        ...inputs.timeLimit === void 0 ? {} : { timeLimit: inputs.timeLimit },
        ...shard === void 0 ? {} : { shard },
        pool
      });
    } finally {
      progress.done();
      await pool.close();
    }
  });
}

// src/action/shards.ts
import { readFile as readFile2, readdir as readdir2, stat as stat2 } from "node:fs/promises";
import path4 from "node:path";
async function runShard(context, shard) {
  const { inputs } = context;
  const { results } = await runConfiguredSuite(
    context,
    `Run shard ${shard.index}/${shard.count} of the ablation suite (${inputs.config})`,
    shard
  );
  const file = path4.resolve(
    context.workspace,
    inputs.artifactPath,
    `${results.suite}.shard-${shard.index}-of-${shard.count}.json`
  );
  await writeFileAtomic(file, `${JSON.stringify(results, null, 2)}
`);
  context.sinks.setOutput("results-path", file);
  const evaluated = results.components.filter((c) => c.metrics !== void 0).length;
  context.sinks.info(
    `shard ${shard.index}/${shard.count}: ${evaluated} components evaluated, written to ${file}: upload ${inputs.artifactPath} for the merge job`
  );
}
async function mergeArtifact(context) {
  const shown = context.inputs.artifactPath;
  const folder = path4.resolve(context.workspace, shown);
  let files;
  try {
    files = [];
    for (const name of (await readdir2(folder, { recursive: true })).sort()) {
      const file = path4.join(folder, name);
      if (name.endsWith(".json") && (await stat2(file)).isFile()) files.push(file);
    }
  } catch (error2) {
    throw new InputError(`cannot read ${shown}: ${errorMessage(error2)}`, {
      where: "input artifact-path"
    });
  }
  if (files.length === 0) {
    throw new InputError(
      `no results files (*.json) under ${shown}: download the shard jobs' artifacts there`,
      { where: "input artifact-path" }
    );
  }
  const shards = [];
  for (const file of files) {
    const name = path4.relative(context.workspace, file);
    let document2;
    try {
      document2 = JSON.parse(await readFile2(file, "utf8"));
    } catch (error2) {
      throw new InputError(`not JSON: ${errorMessage(error2)}`, { file: name });
    }
    const problem = resultsProblem(document2);
    if (problem !== void 0) {
      throw new InputError(`not a results document (schemaVersion 1): ${problem}`, {
        file: name
      });
    }
    shards.push({ file: name, results: document2 });
  }
  const { commit } = await sourceOf(context.git, context.env);
  for (const { file, results } of shards) {
    if (results.source.commit !== commit) {
      throw new InputError(
        `the shard ran on commit ${String(results.source.commit)}, this run is on ${String(commit)}: download this run's shard artifacts`,
        { file, where: "source.commit" }
      );
    }
  }
  const merged = mergeShards(shards);
  context.sinks.info(
    `merged ${shards.length} shards of ${merged.suite}: ${merged.components.length} components`
  );
  return merged;
}

// src/action/steps.ts
async function runSuite(context) {
  const { inputs } = context;
  if (inputs.mode === "merge") {
    const merged = await context.sinks.group("Merge the shards", () => mergeArtifact(context));
    await saveResults(context, merged);
    return merged;
  }
  const { results } = await runConfiguredSuite(
    context,
    `Run the ablation suite (${inputs.config})`
  );
  await saveResults(context, results);
  return results;
}
async function pullRequestBaseline(context, head, pull) {
  return baselineForPullRequest(context, head.suite, {
    baseBranch: context.inputs.baselineBranch ?? pull.baseRef,
    headSha: pull.headSha
  });
}
async function compareAndPublish(context, baseline, head, acceptances = []) {
  const comparison = applyAcceptances(compare(baseline.results, head), acceptances).comparison;
  const base = baseline.results?.run;
  for (const mismatch of runMismatches(base, head.run)) context.sinks.warning(mismatch);
  const trends = await reportTrends(context, head, comparison, headLabel(context));
  return publishReport(context, comparison, {
    ...reportContext(context, head, baseline.note, baseline.results),
    ...trends === void 0 ? {} : { trends }
  });
}

// src/action/fork.ts
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
async function compute(context, event) {
  const checked = await preflight(context, { usesApi: false });
  const head = await runSuite(context);
  const baseline = checked.baselineFile ?? await pullRequestBaseline(context, head, event);
  const accepted = await acceptancesOfPullRequest(context, event.number, head.suite, void 0);
  const { comparison } = await compareAndPublish(context, baseline, head, accepted);
  const folder = path5.resolve(context.workspace, context.inputs.artifactPath);
  await mkdir2(folder, { recursive: true });
  const note2 = {
    number: event.number,
    headSha: event.headSha,
    baseRef: event.baseRef
  };
  await writeFileAtomic(path5.join(folder, "results.json"), `${JSON.stringify(head, null, 2)}
`);
  await writeFileAtomic(path5.join(folder, "pull-request.json"), `${JSON.stringify(note2)}
`);
  context.sinks.info(`artifact written to ${folder}: upload it for the report job`);
  applyVerdict(context, comparison);
}
async function report(context, event) {
  const checked = await preflight(context, { usesApi: true });
  const shown = context.inputs.artifactPath;
  const folder = path5.resolve(context.workspace, shown);
  const note2 = await readNote(path5.join(folder, "pull-request.json"), `${shown}/pull-request.json`);
  const head = await readResultsFile(
    path5.join(shown, "results.json"),
    context.workspace,
    "input artifact-path"
  );
  const suite = await suiteOfConfig(context.inputs.config, context.workspace);
  const { data: pull } = await context.octokit.rest.pulls.get({
    ...context.repository,
    pull_number: note2.number
  });
  checkIdentities(shown, event, note2, head, suite, {
    headSha: pull.head.sha,
    headRepo: pull.head.repo?.full_name
  });
  await saveResults(context, head);
  const baseline = checked.baselineFile ?? await pullRequestBaseline(context, head, { baseRef: pull.base.ref, headSha: pull.head.sha });
  const accepted = await acceptancesOfPullRequest(context, note2.number, head.suite, checked.author);
  const published = await compareAndPublish(context, baseline, head, accepted);
  await postComment(context, published, {
    number: note2.number,
    headSha: pull.head.sha,
    author: checked.author,
    // The compute run fails the check: an acceptance re-runs it, not this one.
    ...event.runId === void 0 ? {} : { checkRunId: event.runId }
  });
}
function checkIdentities(shown, event, note2, head, suite, pull) {
  const built = event.headSha.slice(0, 7);
  const fail = (file, key, detail) => {
    throw new InputError(detail, { file: `${shown}/${file}`, where: key });
  };
  if (event.event !== "pull_request") {
    fail(
      "pull-request.json",
      "number",
      `the triggering run was a ${event.event} run, not a pull_request run`
    );
  }
  if (note2.headSha !== event.headSha) {
    fail(
      "pull-request.json",
      "headSha",
      `the artifact is for commit ${note2.headSha.slice(0, 7)}, but the triggering run built ${built}`
    );
  }
  if (event.pullRequests.length > 0 && !event.pullRequests.includes(note2.number)) {
    fail(
      "pull-request.json",
      "number",
      `#${note2.number} is not a pull request of the triggering run (${event.pullRequests.map((n) => `#${n}`).join(", ")})`
    );
  }
  const commit = head.source.commit;
  if (commit !== event.headSha) {
    fail(
      "results.json",
      "source.commit",
      `the results are of ${commit === null ? "no commit" : `commit ${commit.slice(0, 7)}`}, but the triggering run built ${built}`
    );
  }
  if (head.suite !== suite) {
    fail(
      "results.json",
      "suite",
      `the results are of suite "${head.suite}", but the config's suite is "${suite}"`
    );
  }
  if (pull.headSha !== event.headSha) {
    fail(
      "pull-request.json",
      "number",
      `pull request #${note2.number} is at ${pull.headSha.slice(0, 7)}, not at the commit the artifact describes (${built})`
    );
  }
  if (event.headRepo !== void 0 && pull.headRepo !== void 0 && pull.headRepo !== event.headRepo) {
    fail(
      "pull-request.json",
      "number",
      `pull request #${note2.number} comes from ${pull.headRepo}, but the triggering run built ${event.headRepo}`
    );
  }
}
async function readNote(file, shown) {
  let note2;
  try {
    note2 = JSON.parse(await readFile3(file, "utf8"));
  } catch (error2) {
    throw new InputError(`cannot read ${shown}: ${errorMessage(error2)}`, {
      where: "input artifact-path"
    });
  }
  const fields = typeof note2 === "object" && note2 !== null ? note2 : {};
  const fail = (key, detail) => {
    throw new InputError(detail, { file: shown, where: key });
  };
  const { number, headSha, baseRef } = fields;
  if (typeof number !== "number" || !Number.isSafeInteger(number) || number < 1) {
    fail(
      "number",
      `expected a pull request number \u2265 1, got ${JSON.stringify(number) ?? "nothing"}`
    );
  }
  if (typeof headSha !== "string" || !SHA.test(headSha)) {
    fail("headSha", "expected a full lowercase commit id");
  }
  if (typeof baseRef !== "string" || baseRef === "") fail("baseRef", "expected a branch name");
  return { number, headSha, baseRef };
}

// src/action/run.ts
async function runAction(context) {
  const { mode, shard } = context.inputs;
  const { event } = context;
  if (shard !== void 0) {
    if (mode === "report" || mode === "merge") {
      throw new InputError(`shard applies to modes auto, run and compute, not ${mode}`, {
        where: "input shard"
      });
    }
    return runShard(context, shard);
  }
  if (mode === "merge" && event.kind === "workflow_run") {
    throw new InputError("mode merge runs on the events of auto, not workflow_run", {
      where: "input mode"
    });
  }
  switch (mode === "merge" ? "auto" : mode) {
    case "compute":
      if (event.kind !== "pull_request") throw wrongEvent("compute", "pull_request", event.kind);
      return compute(context, event);
    case "report":
      if (event.kind !== "workflow_run") throw wrongEvent("report", "workflow_run", event.kind);
      return report(context, event);
    case "run":
      return summaryOnly(context);
    case "auto":
      switch (event.kind) {
        case "pull_request":
          return event.action === "labeled" && event.label === ACCEPT_LABEL ? acceptFromLabel(context, { ...event, sender: event.sender ?? "" }) : pullRequest(context, event);
        case "pull_request_target":
          if (event.action !== "labeled")
            throw wrongEvent(
              "auto",
              "pull_request_target labeled",
              `pull_request_target ${event.action}`
            );
          return acceptFromLabel(context, event);
        case "issue_comment":
          return acceptFromComment(context, event);
        case "push":
          return event.branch !== void 0 && event.branch === baselineBranch(context) ? storeAndCompare(context, false) : summaryOnly(context);
        case "schedule":
          return storeAndCompare(context, true);
        case "workflow_dispatch":
          return summaryOnly(context);
        case "workflow_run":
          return report(context, event);
        case "unsupported":
          throw new InputError(
            `mode auto does not handle the ${event.eventName} event; use pull_request, push, schedule, workflow_dispatch or workflow_run, or set mode: run`,
            { where: "input mode" }
          );
      }
  }
}
function wrongEvent(mode, expected, got) {
  return new InputError(`mode ${mode} runs on the ${expected} event, not ${got}`, {
    where: "input mode"
  });
}
async function pullRequest(context, event) {
  const checked = await preflight(context, { usesApi: true });
  const head = await runSuite(context);
  const baseline = checked.baselineFile ?? await pullRequestBaseline(context, head, event);
  const accepted = context.inputs.comment === "never" ? [] : await acceptancesOfPullRequest(context, event.number, head.suite, checked.author);
  const published = await compareAndPublish(context, baseline, head, accepted);
  await postComment(context, published, {
    number: event.number,
    headSha: event.headSha,
    author: checked.author
  });
  applyVerdict(context, published.comparison);
}
async function storeAndCompare(context, scheduled) {
  const checked = await preflight(context, { usesApi: scheduled });
  const head = await runSuite(context);
  const commit = head.source.commit ?? context.sha;
  const baseline = checked.baselineFile ?? await previousStoredRun(context, head.suite, commit, head.timing.startedAt);
  const accepted = scheduled ? [] : await acceptancesOfMerge(context, commit, head.suite);
  if (accepted.length > 0) {
    head.acceptances = storedAcceptances(accepted);
    await saveResults(context, head);
  }
  const published = await compareAndPublish(context, baseline, head, accepted);
  const stored = await context.sinks.group(
    `Store the results on ${context.inputs.resultsBranch}`,
    () => writeResults(context.git, {
      results: head,
      branch: context.inputs.resultsBranch,
      commit,
      retention: context.inputs.retention,
      onWarning: (message) => context.sinks.warning(message),
      dashboard: { commitUrl: commitUrl(context) }
    })
  );
  context.sinks.info(
    `stored ${head.suite}/${commit}.json on ${context.inputs.resultsBranch} (${stored.attempts === 1 ? "first try" : `${stored.attempts} attempts`})`
  );
  if (scheduled) await syncIssue(context, published, checked.author);
  applyVerdict(context, published.comparison);
}
async function syncIssue(context, published, author) {
  const comparison = published.comparison;
  const regressed = comparison.verdict.regressions.length > 0;
  const budget = COMMENT_LIMIT - trackingHeader(comparison.suite).length;
  const result = await syncTrackingIssue(context.octokit, {
    ...context.repository,
    suite: comparison.suite,
    regressed,
    title: `ablation-ci: ${comparison.suite} regressed in the nightly run`,
    body: published.within(budget),
    author,
    runUrl: context.runUrl,
    summary: regressed ? `Regressed: ${comparison.verdict.regressions.join(", ")}.` : "No regression against the previous stored run."
  });
  switch (result.action) {
    case "forbidden":
      context.sinks.warning(
        `could not update the tracking issue (${result.message}); grant issues: write`
      );
      return;
    case "rate-limited":
      context.sinks.warning(`could not update the tracking issue: ${result.message}`);
      return;
    case "none":
      return;
    case "created":
    case "updated":
    case "closed":
      context.sinks.info(`tracking issue #${result.number} ${result.action}: ${result.url}`);
  }
}
async function summaryOnly(context) {
  const checked = await preflight(context, { usesApi: false });
  const head = await runSuite(context);
  const baseline = checked.baselineFile ?? await newestStoredRun(context, head.suite);
  const { comparison } = await compareAndPublish(context, baseline, head);
  applyVerdict(context, comparison);
}

// src/github/event.ts
function parseEvent(eventName, payload) {
  const root = new Reader(payload, eventName);
  switch (eventName) {
    case "pull_request": {
      const pr = root.object("pull_request");
      return {
        kind: "pull_request",
        number: pr.integer("number"),
        headSha: pr.object("head").string("sha"),
        baseRef: pr.object("base").string("ref"),
        repository: repository(root.object("repository")),
        ...labeled(root)
      };
    }
    case "pull_request_target": {
      const pr = root.object("pull_request");
      const { label, sender } = labeled(root);
      return {
        kind: "pull_request_target",
        number: pr.integer("number"),
        action: root.string("action"),
        label,
        sender: sender ?? "",
        repository: repository(root.object("repository"))
      };
    }
    case "issue_comment": {
      const issue2 = root.object("issue");
      const comment = root.object("comment");
      return {
        kind: "issue_comment",
        action: root.string("action"),
        number: issue2.integer("number"),
        isPullRequest: issue2.optionalObject("pull_request") !== void 0,
        body: comment.optionalString("body") ?? "",
        commenter: comment.object("user").string("login"),
        repository: repository(root.object("repository"))
      };
    }
    case "push": {
      const ref = root.string("ref");
      return {
        kind: "push",
        branch: ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : void 0,
        repository: repository(root.object("repository"))
      };
    }
    case "schedule":
    case "workflow_dispatch": {
      const repo = root.optionalObject("repository");
      return { kind: eventName, repository: repo && repository(repo) };
    }
    case "workflow_run": {
      const run2 = root.object("workflow_run");
      const repo = repository(root.object("repository"));
      const pullRequests = run2.array("pull_requests").filter((pr) => {
        const id = pr.optionalObject("base")?.optionalObject("repo")?.optionalInteger("id");
        return id === void 0 || repo.id === void 0 || id === repo.id;
      }).map((pr) => pr.integer("number"));
      return {
        kind: "workflow_run",
        ...run2.optionalInteger("id") === void 0 ? {} : { runId: run2.optionalInteger("id") },
        event: run2.string("event"),
        headSha: run2.string("head_sha"),
        headRepo: run2.optionalObject("head_repository")?.string("full_name"),
        pullRequests,
        repository: repo
      };
    }
    default:
      return { kind: "unsupported", eventName };
  }
}
function labeled(root) {
  const action = root.optionalString("action");
  const label = root.optionalObject("label")?.optionalString("name");
  const sender = root.optionalObject("sender")?.optionalString("login");
  return {
    ...action === void 0 ? {} : { action },
    ...label === void 0 ? {} : { label },
    ...sender === void 0 ? {} : { sender }
  };
}
function repository(repo) {
  return {
    fullName: repo.string("full_name"),
    id: repo.optionalInteger("id"),
    defaultBranch: repo.optionalString("default_branch")
  };
}
var Reader = class _Reader {
  constructor(value, eventName, path6 = "") {
    this.value = value;
    this.eventName = eventName;
    this.path = path6;
  }
  value;
  eventName;
  path;
  object(key) {
    const reader = this.optionalObject(key);
    if (reader === void 0) throw this.error(key, "an object");
    return reader;
  }
  optionalObject(key) {
    const value = this.field(key);
    if (value === void 0 || value === null) return void 0;
    if (typeof value !== "object" || Array.isArray(value)) throw this.error(key, "an object");
    return new _Reader(value, this.eventName, this.at(key));
  }
  array(key) {
    const value = this.field(key);
    if (value === void 0 || value === null) return [];
    if (!Array.isArray(value)) throw this.error(key, "an array");
    return value.map(
      (item, index) => new _Reader(item, this.eventName, `${this.at(key)}[${index}]`)
    );
  }
  string(key) {
    const value = this.optionalString(key);
    if (value === void 0) throw this.error(key, "a string");
    return value;
  }
  optionalString(key) {
    const value = this.field(key);
    if (value === void 0 || value === null) return void 0;
    if (typeof value !== "string") throw this.error(key, "a string");
    return value;
  }
  integer(key) {
    const value = this.optionalInteger(key);
    if (value === void 0) throw this.error(key, "an integer");
    return value;
  }
  optionalInteger(key) {
    const value = this.field(key);
    if (value === void 0 || value === null) return void 0;
    if (!Number.isSafeInteger(value)) throw this.error(key, "an integer");
    return value;
  }
  field(key) {
    if (typeof this.value !== "object" || this.value === null || Array.isArray(this.value)) {
      throw new InputError(`expected an object`, {
        file: this.file(),
        where: this.path || "(root)"
      });
    }
    return this.value[key];
  }
  at(key) {
    return this.path === "" ? key : `${this.path}.${key}`;
  }
  file() {
    return `${this.eventName} event payload`;
  }
  error(key, expected) {
    return new InputError(`expected ${expected}`, { file: this.file(), where: this.at(key) });
  }
};

// src/main.ts
var sinks = {
  info: (message) => info(message),
  warning: (message) => warning(message),
  setOutput: (name, value) => setOutput(name, value),
  setFailed: (message) => setFailed(message),
  writeSummary: async (markdown) => {
    await summary.addRaw(markdown, true).write();
  },
  group: (name, work) => group(name, work)
};
async function run() {
  blankEnvironBlock();
  try {
    await runAction(await contextFromEnvironment(process.env));
  } catch (error2) {
    const kind = error2 instanceof InputError ? "input error" : "error";
    const line = `ablation-ci: ${kind}: ${errorMessage(error2)}`;
    setFailed(line);
    if (!(error2 instanceof InputError) && error2 instanceof Error && error2.stack) {
      debug(error2.stack);
    }
    await sinks.writeSummary(`> \u274C ${line.replace(/[<>&]/g, (c) => `&#${c.charCodeAt(0)};`)}
`).catch(
      (summaryError) => warning(`could not write the job summary: ${errorMessage(summaryError)}`)
    );
  }
}
async function contextFromEnvironment(env) {
  const inputs = readInputs((name) => getInput(name));
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const serverUrl = env.GITHUB_SERVER_URL ?? "https://github.com";
  const runId = Number(env.GITHUB_RUN_ID ?? 0);
  const event = parseEvent(env.GITHUB_EVENT_NAME ?? "", await readPayload(env.GITHUB_EVENT_PATH));
  const { createClient } = await import("./chunks/octokit-6OWZ34VL.js");
  return {
    inputs,
    event,
    repository: { owner, repo },
    sha: env.GITHUB_SHA ?? "",
    runId,
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? 1),
    runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`,
    serverUrl,
    workspace,
    temp: env.RUNNER_TEMP ?? os5.tmpdir(),
    octokit: createClient(inputs.token, {
      ...env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {},
      onRetry: (message) => info(message)
    }),
    git: gitRunner(workspace),
    sinks,
    env,
    now: () => /* @__PURE__ */ new Date()
  };
}
async function readPayload(file) {
  if (file === void 0 || file === "") return {};
  let text;
  try {
    text = await readFile4(file, "utf8");
  } catch (error2) {
    throw new InputError(`cannot read the event payload: ${errorMessage(error2)}`, {
      file,
      where: "GITHUB_EVENT_PATH"
    });
  }
  try {
    return JSON.parse(text);
  } catch (error2) {
    throw new InputError(`the event payload is not JSON (${errorMessage(error2)})`, {
      file,
      where: "GITHUB_EVENT_PATH"
    });
  }
}

// src/index.ts
await run();
