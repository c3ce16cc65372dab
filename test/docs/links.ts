import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A relative link of a markdown file that does not resolve. */
export interface LinkProblem {
  file: string;
  line: number;
  target: string;
  problem: string;
}

/** The text with code (fenced blocks, inline spans) blanked out, offsets and lines kept. */
function withoutCode(text: string): string {
  return withoutCodeBlocks(text).replace(/(`+)[^`][\s\S]*?\1/g, (code) =>
    code.replace(/[^`\n]/g, 'x'),
  );
}

/**
 * GitHub's anchor for a heading (github-slugger's rule): the heading's text
 * (links reduced to their text, markup removed) in lower case, every
 * character but letters, marks, numbers, `_`, `-` and spaces dropped, each
 * space a `-`; a repeated slug gets `-1`, `-2`, … in document order.
 */
export function headingSlugs(text: string): Set<string> {
  const slugs = new Set<string>();
  const seen = new Map<string, number>();
  for (const match of withoutCodeBlocks(text).matchAll(
    /^#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/gm,
  )) {
    const base = match[1]
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    slugs.add(count === 0 ? base : `${base}-${count}`);
  }
  return slugs;
}

/** Fenced code blocks blanked out (their `#` lines are not headings). */
function withoutCodeBlocks(text: string): string {
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (s) => s.replace(/[^\n]/g, ' '));
}

/** Every link target of a markdown text (inline links, images, reference definitions), with its line. */
export function linkTargets(text: string): { target: string; line: number }[] {
  const prose = withoutCode(text);
  const found: { target: string; index: number }[] = [];
  for (const m of prose.matchAll(
    /\[(?:[^[\]]|\[[^\]]*\])*\]\(\s*<?([^()\s<>]*)>?(?:\s+"[^"]*")?\s*\)/g,
  )) {
    found.push({ target: m[1], index: m.index });
  }
  for (const m of prose.matchAll(/^ {0,3}\[[^\]]+\]:[ \t]*<?(\S+?)>?(?:[ \t].*)?$/gm)) {
    found.push({ target: m[1], index: m.index });
  }
  return found.map(({ target, index }) => ({
    target,
    line: prose.slice(0, index).split('\n').length,
  }));
}

/** The relative links and anchors of `file` that do not resolve, against the files on disk. */
export function linkProblems(file: string): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const { target, line } of linkTargets(readFileSync(file, 'utf8'))) {
    if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(target)) continue; // a URL: not checked here
    const hash = target.indexOf('#');
    const filePart = hash === -1 ? target : target.slice(0, hash);
    const anchor = hash === -1 ? undefined : decodeURIComponent(target.slice(hash + 1));
    const resolved =
      filePart === '' ? file : path.join(path.dirname(file), decodeURIComponent(filePart));
    const report = (problem: string) => problems.push({ file, line, target, problem });
    if (target === '') report('an empty link');
    else if (!existsSync(resolved)) report(`no such file: ${resolved}`);
    else if (anchor !== undefined) {
      if (!resolved.endsWith('.md')) report('an anchor into a file that is not markdown');
      else if (!headingSlugs(readFileSync(resolved, 'utf8')).has(anchor)) {
        report(`no heading of ${resolved} has the anchor #${anchor}`);
      }
    }
  }
  return problems;
}
