import { run } from './main.js';

// The Action's entry (action.yml `main`): everything else is in main.ts.
await run();
