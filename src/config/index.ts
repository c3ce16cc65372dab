/** The config of a suite: `ablation.yml` → the typed Config (DESIGN §1). */
export { loadConfig } from './load.js';
export { locate, type KeyLocation } from './locate.js';
export { keyPath, parentPath, type KeySegment } from '../key-path.js';
export type * from './types.js';
