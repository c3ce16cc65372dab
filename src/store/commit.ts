import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Git } from './git.js';

/** Who commits to the results branch: a runner often has no git identity configured. */
export interface Identity {
  name: string;
  email: string;
}

/** The identity used when the caller gives none. */
export const DEFAULT_IDENTITY: Identity = {
  name: 'ablation-ci',
  email: 'ablation-ci@users.noreply.github.com',
};

/**
 * Makes a commit on top of `parent` (or a root commit when undefined) whose
 * tree is the parent's with `files` changed: a path mapped to text is added or
 * replaced, a path mapped to null is deleted. Uses plumbing and a temporary
 * index file only, so the repository's working tree, index and HEAD are never
 * read or written. Returns the new commit's id; no ref is moved.
 */
export async function commitFiles(
  git: Git,
  change: {
    parent: string | undefined;
    files: Map<string, string | null>;
    message: string;
    identity: Identity;
  },
): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'ablation-ci-index-'));
  const env = { GIT_INDEX_FILE: path.join(folder, 'index') };
  try {
    await git(
      change.parent === undefined ? ['read-tree', '--empty'] : ['read-tree', change.parent],
      {
        env,
      },
    );
    const args = ['update-index', '--add'];
    const removed: string[] = [];
    for (const [file, text] of change.files) {
      if (text === null) {
        removed.push(file);
        continue;
      }
      const blob = (await git(['hash-object', '-w', '--stdin'], { input: text })).trim();
      args.push('--cacheinfo', `100644,${blob},${file}`);
    }
    if (removed.length > 0) args.push('--force-remove', '--', ...removed);
    await git(args, { env });
    const tree = (await git(['write-tree'], { env })).trim();
    const { name, email } = change.identity;
    const identity = {
      GIT_AUTHOR_NAME: name,
      GIT_AUTHOR_EMAIL: email,
      GIT_COMMITTER_NAME: name,
      GIT_COMMITTER_EMAIL: email,
    };
    const parents = change.parent === undefined ? [] : ['-p', change.parent];
    // -F - reads the message from stdin, so it is passed verbatim whatever it holds.
    const commit = await git(['commit-tree', tree, ...parents, '-F', '-'], {
      input: change.message,
      env: identity,
    });
    return commit.trim();
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
