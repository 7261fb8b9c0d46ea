// spec: ARCH-MOD-1, ARCH-MOD-2 (file naming, ARCH-NAME-1, is walked by server/src/architecture.test.ts)
// Server module boundaries, checked by `npm run lint` (server/src/modules/README.md explains them).
// A module is a folder server/src/modules/<name>/; its index.ts is its door, testing/index.ts the
// door of its test fixtures.

const MODULE = '^server/src/modules/';
const DOORS = [`${MODULE}[^/]+/index\\.ts$`, `${MODULE}[^/]+/testing/index\\.ts$`];
const TEST_CODE = ['\\.test\\.ts$', '/testing/', '^server/test/'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'module-door',
      comment:
        'ARCH-MOD-1: another module is used only through its index.ts (or testing/index.ts); ' +
        'inside a module, imports stay relative.',
      severity: 'error',
      from: { path: `${MODULE}([^/]+)/` },
      to: { path: MODULE, pathNot: [`${MODULE}$1/`, ...DOORS] },
    },
    {
      name: 'module-door-from-outside',
      comment: 'ARCH-MOD-1: http/, db/, seed/, cli/, bench and tests use a module only through its door.',
      severity: 'error',
      from: { pathNot: [MODULE, '^server/src/db/schema\\.ts$'] },
      to: { path: MODULE, pathNot: DOORS },
    },
    {
      name: 'schema-list',
      comment: "db/schema.ts lists every module's tables for drizzle-kit, and nothing else.",
      severity: 'error',
      from: { path: '^server/src/db/schema\\.ts$' },
      to: { path: MODULE, pathNot: '\\.schema\\.ts$' },
    },
    {
      name: 'no-testing-in-production',
      comment: 'ARCH-MOD-1: testing/ fixtures are for *.test.ts files and other testing/ folders only.',
      severity: 'error',
      from: { path: '^server/', pathNot: TEST_CODE },
      to: { path: '/testing/' },
    },
    {
      name: 'no-cycles',
      comment:
        'ARCH-MOD-2: no import cycle. With every file of a module reachable from its door ' +
        '(next rule), a cycle between modules always shows up as a cycle between files.',
      severity: 'error',
      from: { path: '^server/' },
      // db/database.ts types the query builder with every table (db/schema.ts), so each module's
      // `import type { Db }` closes a loop through it; that loop is the one allowed.
      to: { circular: true, viaOnly: { pathNot: '^server/src/db/(database|schema)\\.ts$' } },
    },
    {
      name: 'module-file-behind-door',
      comment:
        "ARCH-MOD-2: every production file of a module is reachable from the module's index.ts, " +
        'so the file-level cycle check also sees every cycle between modules.',
      severity: 'error',
      from: { path: `${MODULE}([^/]+)/index\\.ts$` },
      to: { path: `${MODULE}$1/`, pathNot: TEST_CODE, reachable: false },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // The fixture breaks every rule on purpose (server/src/architecture.test.ts checks it).
    exclude: { path: ['node_modules', '/__artifacts__/', '^server/test/fixtures/'] },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.json'] },
    cache: { folder: 'node_modules/.cache/dependency-cruiser', strategy: 'content' },
  },
};
