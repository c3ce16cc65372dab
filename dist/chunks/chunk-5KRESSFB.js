import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));

// src/store/git.ts
import { execFile } from "node:child_process";
var GitError = class extends Error {
  /** The exit code, or undefined when git could not be started or was killed. */
  exitCode;
  stdout;
  stderr;
  constructor(args, exitCode, stdout, stderr, cause) {
    const detail = oneLine(stderr) || (cause instanceof Error ? cause.message : "failed");
    const status = exitCode === void 0 ? "" : ` (exit ${exitCode})`;
    super(`git ${args.join(" ")} failed${status}: ${detail}`, { cause });
    this.name = "GitError";
    this.exitCode = exitCode;
    this.stdout = stdout;
    this.stderr = stderr;
  }
};
function gitRunner(cwd, baseEnv = process.env) {
  return (args, options = {}) => new Promise((resolve, reject) => {
    const env = { ...baseEnv, GIT_TERMINAL_PROMPT: "0", ...options.env };
    const child = execFile(
      "git",
      args,
      { cwd, env, encoding: "utf8", maxBuffer: 1024 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error === null) {
          resolve(stdout);
          return;
        }
        const code = typeof error.code === "number" ? error.code : void 0;
        reject(new GitError(args, code, stdout, stderr, error));
      }
    );
    child.stdin?.on("error", () => void 0);
    child.stdin?.end(options.input);
  });
}
function oneLine(text) {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

// src/results/source.ts
async function sourceOf(git, env) {
  const [commit, ref] = await Promise.all([
    env.GITHUB_SHA || ask(git, ["rev-parse", "HEAD"]),
    env.GITHUB_REF || ask(git, ["symbolic-ref", "-q", "HEAD"])
  ]);
  return { commit: commit ?? null, ref: ref ?? null };
}
async function ask(git, args) {
  try {
    return (await git(args)).trim() || void 0;
  } catch {
    return void 0;
  }
}

export {
  GitError,
  gitRunner,
  sourceOf
};
