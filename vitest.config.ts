import { defineConfig } from 'vitest/config';

// One runner for every package; e2e runs separately (`npm run e2e`) because it needs a built app and Chromium.
export default defineConfig({
  test: {
    projects: ['domain', 'server', 'web'],
  },
});
