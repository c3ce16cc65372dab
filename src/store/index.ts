/** The results store (DESIGN §5): results of the baseline branch kept on a git branch. */
export { gitRunner, GitError, type Git } from './git.js';
export {
  writeResults,
  DEFAULT_BRANCH,
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_REMOTE,
  DEFAULT_RETENTION,
  type WriteOptions,
} from './write.js';
export { readIndex, readResults, type StoreLocation } from './read.js';
export { chooseBaseline, describeMissingBaseline, type ChosenBaseline } from './baseline.js';
export { DEFAULT_IDENTITY, type Identity } from './commit.js';
export { checkBranch } from './branch.js';
export type { StoreIndex, StoredRun } from './layout.js';
export { dashboardData, readRecentRuns, summariesAt } from './history.js';
