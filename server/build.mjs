// Bundles the server into dist/main.js. The domain workspace is inlined (it ships TypeScript
// source); npm dependencies stay external and load from node_modules.

import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies).filter((name) => !name.startsWith('@modern-emr/'));

await build({
  entryPoints: {
    main: 'src/main.ts',
    migrate: 'src/cli/migrate.ts',
    seed: 'src/cli/seed.ts',
    'audit-verify': 'src/cli/audit-verify.ts',
    'audit-checkpoint': 'src/cli/audit-checkpoint.ts',
    'user-create': 'src/cli/user-create.ts',
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external,
  logLevel: 'warning',
});
