import { defineConfig } from 'vitest/config';

// Two projects, one `npm test`: `unit` runs the sources (fast; `npx vitest run --project unit`),
// `e2e` runs the bundled dist/ as a runner or a shell would (build first: `npm run build`).
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**'] },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'] },
      },
    ],
  },
});
