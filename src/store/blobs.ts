import type { Git } from './git.js';

/** Documents read per `git cat-file --batch` call: bounds the memory a batch holds. */
const BATCH = 16;

/**
 * The texts of `paths` in commit `tip`, in order (undefined where there is
 * no such file), read with one `cat-file --batch` call per {@link BATCH} paths.
 */
export async function readBlobs(
  git: Git,
  tip: string,
  paths: string[],
): Promise<(string | undefined)[]> {
  const texts: (string | undefined)[] = [];
  for (let start = 0; start < paths.length; start += BATCH) {
    const batch = paths.slice(start, start + BATCH);
    const out = Buffer.from(
      await git(['cat-file', '--batch'], { input: batch.map((p) => `${tip}:${p}\n`).join('') }),
      'utf8',
    );
    let at = 0;
    for (const path of batch) {
      const newline = out.indexOf(10, at);
      const header = out.toString('utf8', at, newline);
      at = newline + 1;
      if (header.endsWith(' missing')) {
        texts.push(undefined);
        continue;
      }
      const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
      if (match === null || match[1] !== 'blob') {
        throw new Error(`reading ${path} at ${tip}: expected a file, git says "${header}"`);
      }
      const size = Number(match[2]);
      texts.push(out.toString('utf8', at, at + size));
      // The content is followed by one newline of cat-file's own.
      at += size + 1;
    }
  }
  return texts;
}

/**
 * The blob ids of the files in folder `folder` of commit `tip`, by path
 * (`folder/name`); empty when there is no such folder.
 */
export async function blobIds(git: Git, tip: string, folder: string): Promise<Map<string, string>> {
  const listing = await git(['ls-tree', tip, '--', `${folder}/`]);
  const ids = new Map<string, string>();
  for (const line of listing.split('\n')) {
    // `MODE TYPE ID<TAB>PATH`
    const match = /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(line);
    if (match !== null) ids.set(match[2], match[1]);
  }
  return ids;
}

/** The blob id `text` gets when stored in the repository (`git hash-object`, nothing written). */
export async function blobIdOf(git: Git, text: string): Promise<string> {
  return (await git(['hash-object', '--stdin'], { input: text })).trim();
}
