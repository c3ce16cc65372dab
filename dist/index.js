import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  GitError,
  gitRunner,
  sourceOf
} from "./chunks/chunk-HJBGDSUL.js";
import {
  mergeShards
} from "./chunks/chunk-ZGGJY4RQ.js";
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  compare,
  parseResults,
  readResultsFile,
  renderReport,
  renderSummary,
  resultsProblem,
  runFacts,
  runMismatches,
  writeFileAtomic
} from "./chunks/chunk-CLSWVJGA.js";
import {
  WarmThreads,
  blankEnvironBlock
} from "./chunks/chunk-BCBBMEQ5.js";
import {
  progressLine
} from "./chunks/chunk-TSMNWC57.js";
import {
  runEngine
} from "./chunks/chunk-UF3EDEGB.js";
import "./chunks/chunk-OFKVRGSU.js";
import "./chunks/chunk-QG2SEGVX.js";
import {
  GATE_CONDITIONS,
  checkSchema,
  parseDuration,
  parseYaml,
  validators
} from "./chunks/chunk-NVFMCPRU.js";
import "./chunks/chunk-NXVASJ67.js";
import {
  freeCoresNow,
  parseShard
} from "./chunks/chunk-BHTUPGDU.js";
import "./chunks/chunk-AQM2GNTW.js";
import "./chunks/chunk-6QKGLQWG.js";
import "./chunks/chunk-DTUK5WY7.js";
import "./chunks/chunk-5U6DG3BG.js";
import "./chunks/chunk-D2VHKEKK.js";
import "./chunks/chunk-NXMZILZR.js";
import {
  Rng
} from "./chunks/chunk-CGUDVJKI.js";
import {
  BACKEND_CHOICES
} from "./chunks/chunk-277FLAS7.js";
import {
  PER_PAGE,
  apiFailure,
  isPermissionFailure,
  refusedWrite,
  require_tunnel,
  require_undici
} from "./chunks/chunk-ZQGVS6DO.js";
import {
  InputError,
  errorMessage
} from "./chunks/chunk-YSKLVAJM.js";
import {
  __toESM
} from "./chunks/chunk-QGQCRQM2.js";

// src/main.ts
import { readFile as readFile3 } from "node:fs/promises";
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
async function readBlob(git, tip, path5) {
  const out = await git(["cat-file", "--batch"], { input: `${tip}:${path5}
` });
  const newline = out.indexOf("\n");
  const header = out.slice(0, newline === -1 ? void 0 : newline);
  if (header.endsWith(" missing")) return void 0;
  const match = /^[0-9a-f]+ (\w+) \d+$/.exec(header);
  if (match === null || match[1] !== "blob") {
    throw new Error(`reading ${path5} at ${tip}: expected a file, git says "${header}"`);
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
  let document;
  try {
    document = JSON.parse(text);
  } catch (error2) {
    throw new InputError(`not valid JSON (${error2.message})`, { file });
  }
  const fail = (where, detail) => {
    throw new InputError(detail, { file, where });
  };
  if (!isObject(document)) return fail("", 'expected an object with "suite" and "runs"');
  if (document.suite !== suite) return fail("suite", `expected "${suite}"`);
  if (!Array.isArray(document.runs)) return fail("runs", "expected an array");
  const runs = document.runs.map((entry, i) => {
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
  const path5 = indexPath(suite);
  const text = await readBlob(git, tip, path5);
  return text === void 0 ? void 0 : parseIndex(text, suite, `${branch}:${path5}`);
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
  const document = serializeResults(results);
  const identity = options.author ?? DEFAULT_IDENTITY;
  const message = options.message ?? `ablation-ci: store ${suite} results of ${commit}`;
  let parent = await fetchBranch(git, { remote, branch });
  for (let attempt = 1; ; attempt++) {
    const index = parent === void 0 ? void 0 : await indexToExtend(git, parent, branch, suite, options);
    const next = addRun(index, suite, run2, retention);
    const files = /* @__PURE__ */ new Map();
    for (const dropped of next.dropped) files.set(resultsPath(suite, dropped), null);
    if (next.index.runs.includes(run2)) files.set(resultsPath(suite, commit), document);
    files.set(indexPath(suite), serializeIndex(next.index));
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
    const budget = COMMENT_LIMIT - stickyHeader(comparison.suite, meta).length;
    const result = await upsertStickyComment(context.octokit, {
      ...target,
      ...meta,
      body: published.within(budget)
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
import { mkdir as mkdir2, readFile as readFile2 } from "node:fs/promises";
import path4 from "node:path";

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
    ...timeLimit === void 0 ? {} : { timeLimit }
  };
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
import path2 from "node:path";
var SUMMARY_RESERVE = 1024;
async function saveResults(context, results) {
  const file = path2.join(context.temp, "ablation-ci", `${results.suite}.json`);
  await writeFileAtomic(file, `${JSON.stringify(results, null, 2)}
`);
  context.sinks.setOutput("results-path", file);
  return file;
}
function reportContext(context, head, note, base) {
  return {
    runUrl: context.runUrl,
    repository: `${context.repository.owner}/${context.repository.repo}`,
    serverUrl: context.serverUrl,
    ...runFacts(head, base),
    baselineNote: note,
    now: context.now().toISOString()
  };
}
async function publishReport(context, comparison, report2) {
  const full = renderSummary(comparison, report2, {
    limit: SUMMARY_LIMIT - SUMMARY_RESERVE,
    labelLimit: SUMMARY_LIMIT
  });
  const file = path2.join(context.temp, "ablation-ci", `${comparison.suite}.md`);
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
    const cores = freeCoresNow();
    const threads = cores > 1 ? WarmThreads.start(cores, inputs.backend) : void 0;
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
        ...threads === void 0 ? {} : { threads }
      });
    } finally {
      progress.done();
      await threads?.close();
    }
  });
}

// src/action/shards.ts
import { readFile, readdir as readdir2, stat as stat2 } from "node:fs/promises";
import path3 from "node:path";
async function runShard(context, shard) {
  const { inputs } = context;
  const { results } = await runConfiguredSuite(
    context,
    `Run shard ${shard.index}/${shard.count} of the ablation suite (${inputs.config})`,
    shard
  );
  const file = path3.resolve(
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
  const folder = path3.resolve(context.workspace, shown);
  let files;
  try {
    files = [];
    for (const name of (await readdir2(folder, { recursive: true })).sort()) {
      const file = path3.join(folder, name);
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
    const name = path3.relative(context.workspace, file);
    let document;
    try {
      document = JSON.parse(await readFile(file, "utf8"));
    } catch (error2) {
      throw new InputError(`not JSON: ${errorMessage(error2)}`, { file: name });
    }
    const problem = resultsProblem(document);
    if (problem !== void 0) {
      throw new InputError(`not a results document (schemaVersion 1): ${problem}`, {
        file: name
      });
    }
    shards.push({ file: name, results: document });
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
async function compareAndPublish(context, baseline, head) {
  const comparison = compare(baseline.results, head);
  const base = baseline.results?.run;
  for (const mismatch of runMismatches(base, head.run)) context.sinks.warning(mismatch);
  return publishReport(
    context,
    comparison,
    reportContext(context, head, baseline.note, baseline.results)
  );
}

// src/action/fork.ts
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
async function compute(context, event) {
  const checked = await preflight(context, { usesApi: false });
  const head = await runSuite(context);
  const baseline = checked.baselineFile ?? await pullRequestBaseline(context, head, event);
  const { comparison } = await compareAndPublish(context, baseline, head);
  const folder = path4.resolve(context.workspace, context.inputs.artifactPath);
  await mkdir2(folder, { recursive: true });
  const note = {
    number: event.number,
    headSha: event.headSha,
    baseRef: event.baseRef
  };
  await writeFileAtomic(path4.join(folder, "results.json"), `${JSON.stringify(head, null, 2)}
`);
  await writeFileAtomic(path4.join(folder, "pull-request.json"), `${JSON.stringify(note)}
`);
  context.sinks.info(`artifact written to ${folder}: upload it for the report job`);
  applyVerdict(context, comparison);
}
async function report(context, event) {
  const checked = await preflight(context, { usesApi: true });
  const shown = context.inputs.artifactPath;
  const folder = path4.resolve(context.workspace, shown);
  const note = await readNote(path4.join(folder, "pull-request.json"), `${shown}/pull-request.json`);
  const head = await readResultsFile(
    path4.join(shown, "results.json"),
    context.workspace,
    "input artifact-path"
  );
  const suite = await suiteOfConfig(context.inputs.config, context.workspace);
  const { data: pull } = await context.octokit.rest.pulls.get({
    ...context.repository,
    pull_number: note.number
  });
  checkIdentities(shown, event, note, head, suite, {
    headSha: pull.head.sha,
    headRepo: pull.head.repo?.full_name
  });
  await saveResults(context, head);
  const baseline = checked.baselineFile ?? await pullRequestBaseline(context, head, { baseRef: pull.base.ref, headSha: pull.head.sha });
  const published = await compareAndPublish(context, baseline, head);
  await postComment(context, published, {
    number: note.number,
    headSha: pull.head.sha,
    author: checked.author
  });
}
function checkIdentities(shown, event, note, head, suite, pull) {
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
  if (note.headSha !== event.headSha) {
    fail(
      "pull-request.json",
      "headSha",
      `the artifact is for commit ${note.headSha.slice(0, 7)}, but the triggering run built ${built}`
    );
  }
  if (event.pullRequests.length > 0 && !event.pullRequests.includes(note.number)) {
    fail(
      "pull-request.json",
      "number",
      `#${note.number} is not a pull request of the triggering run (${event.pullRequests.map((n) => `#${n}`).join(", ")})`
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
      `pull request #${note.number} is at ${pull.headSha.slice(0, 7)}, not at the commit the artifact describes (${built})`
    );
  }
  if (event.headRepo !== void 0 && pull.headRepo !== void 0 && pull.headRepo !== event.headRepo) {
    fail(
      "pull-request.json",
      "number",
      `pull request #${note.number} comes from ${pull.headRepo}, but the triggering run built ${event.headRepo}`
    );
  }
}
async function suiteOfConfig(file, cwd) {
  let text;
  try {
    text = await readFile2(path4.resolve(cwd, file), "utf8");
  } catch (error2) {
    throw new InputError(`cannot read the config: ${errorMessage(error2)}`, { file });
  }
  const { data, lines } = parseYaml(text, file);
  checkSchema(validators().config, data, lines, file);
  return data.suite;
}
async function readNote(file, shown) {
  let note;
  try {
    note = JSON.parse(await readFile2(file, "utf8"));
  } catch (error2) {
    throw new InputError(`cannot read ${shown}: ${errorMessage(error2)}`, {
      where: "input artifact-path"
    });
  }
  const fields = typeof note === "object" && note !== null ? note : {};
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
          return pullRequest(context, event);
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
  const published = await compareAndPublish(context, baseline, head);
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
  const published = await compareAndPublish(context, baseline, head);
  const stored = await context.sinks.group(
    `Store the results on ${context.inputs.resultsBranch}`,
    () => writeResults(context.git, {
      results: head,
      branch: context.inputs.resultsBranch,
      commit,
      retention: context.inputs.retention,
      onWarning: (message) => context.sinks.warning(message)
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
function repository(repo) {
  return {
    fullName: repo.string("full_name"),
    id: repo.optionalInteger("id"),
    defaultBranch: repo.optionalString("default_branch")
  };
}
var Reader = class _Reader {
  constructor(value, eventName, path5 = "") {
    this.value = value;
    this.eventName = eventName;
    this.path = path5;
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
    text = await readFile3(file, "utf8");
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
