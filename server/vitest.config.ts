import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'server',
    environment: 'node',
    globalSetup: ['./test/global-setup.ts'],
    // Budgets catch hangs, not slowness (speed is measured by `npm run bench`): opening a PGlite
    // copy takes 1–3 s on an idle two-core box but was measured at 13 s under a load average of 10.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
