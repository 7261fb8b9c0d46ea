import { defineConfig } from 'vitest/config';

// One runner for every package; e2e runs separately (`npm run e2e`) because it needs a built app and Chromium.
export default defineConfig({
  test: {
    projects: ['domain', 'server', 'web'],
    // Two workers match CI's two cores; each server test file opens its own database (a PGlite
    // copy takes ~0.7 GB while open). Set here because Vitest needs one worker limit for all projects.
    pool: 'forks',
    maxWorkers: 2,
  },
});
