import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { beforeAll, describe, expect, it } from 'vitest';

// The module boundary rules of `npm run lint`, run on a fixture that breaks each of them once and on
// the real tree, so a rule that silently stopped matching would fail here.
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const fixtureRoot = fileURLToPath(new URL('../test/fixtures/module-boundaries/', import.meta.url));

async function violationsIn(baseDir: string, folders: string[]): Promise<IViolation[]> {
  const options = await extractDepcruiseOptions(`${repoRoot}.dependency-cruiser.cjs`);
  const result = await cruise(folders, { ...options, baseDir, cache: false });
  if (typeof result.output === 'string') throw new Error('expected a cruise result, not a report');
  return result.output.summary.violations;
}

const FIXTURE = 'server/src/modules';

describe('module boundaries on a fixture that breaks them', () => {
  let violations: IViolation[] = [];
  beforeAll(async () => {
    violations = await violationsIn(fixtureRoot, ['server']);
  }, 120_000);

  const byRule = (name: string) => violations.filter((v) => v.rule.name === name);

  it("ARCH-MOD-1: an import that reaches past another module's index.ts is reported", () => {
    expect(byRule('module-door').map((v) => [v.from, v.to])).toEqual([
      [`${FIXTURE}/beta/beta.service.ts`, `${FIXTURE}/gamma/gamma.service.ts`],
    ]);
  });

  it('ARCH-MOD-1: production code that imports a testing/ fixture is reported', () => {
    expect(byRule('no-testing-in-production').map((v) => [v.from, v.to])).toEqual([
      [`${FIXTURE}/beta/beta.service.ts`, `${FIXTURE}/gamma/testing/index.ts`],
    ]);
  });

  it('ARCH-MOD-2: a cycle between two modules is reported', () => {
    const cycles = byRule('no-cycles');
    expect(cycles.length).toBeGreaterThan(0);
    const filesInCycles = new Set(cycles.flatMap((v) => (v.cycle ?? []).map((step) => step.name)));
    expect(filesInCycles).toEqual(
      new Set([
        `${FIXTURE}/alpha/index.ts`,
        `${FIXTURE}/alpha/alpha.service.ts`,
        `${FIXTURE}/beta/index.ts`,
        `${FIXTURE}/beta/beta.service.ts`,
      ]),
    );
  });

  it('ARCH-MOD-2: a module file that its index.ts does not reach is reported', () => {
    expect(byRule('module-file-behind-door').map((v) => v.to)).toEqual([`${FIXTURE}/gamma/stray.ts`]);
  });
});

describe('module boundaries of the server', () => {
  it('ARCH-MOD-1, ARCH-MOD-2: the server tree keeps every rule', async () => {
    const violations = await violationsIn(repoRoot, ['server/src', 'server/test', 'server/bench']);
    expect(violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  }, 120_000);
});

describe('route plugins and file names', () => {
  const modulesDir = fileURLToPath(new URL('./modules/', import.meta.url));
  const moduleFiles = readdirSync(modulesDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => ({ file, text: readFileSync(`${modulesDir}${file}`, 'utf8') }));
  const appSource = readFileSync(fileURLToPath(new URL('./http/app.ts', import.meta.url)), 'utf8');

  it('ARCH-ROUTE-1: no plugin registers another, and app.ts lists every route plugin', () => {
    const nested = moduleFiles.filter(({ text }) => /\.register\(\s*\w+Routes\b/.test(text));
    expect(nested.map(({ file }) => file)).toEqual([]);
    const plugins = moduleFiles.flatMap(({ text }) =>
      [...text.matchAll(/export const (\w+Routes)\b/g)].map((match) => match[1]),
    );
    expect(plugins.length).toBeGreaterThan(20);
    expect(plugins.filter((name) => !appSource.includes(`route(${name},`))).toEqual([]);
  });

  it('ARCH-NAME-1: route plugins live in *.routes.ts, tables in *.schema.ts, names in kebab-case', () => {
    const misplaced = moduleFiles.filter(
      ({ file, text }) =>
        (/export const \w+Routes\b/.test(text) && !file.endsWith('.routes.ts')) ||
        (/\bpgTable\(/.test(text) && !file.endsWith('.schema.ts') && !file.includes('testing/')),
    );
    expect(misplaced.map(({ file }) => file)).toEqual([]);
    const badNames = moduleFiles
      .map(({ file }) => basename(file))
      .filter(
        (name) => !/^[a-z0-9]+(-[a-z0-9]+)*(\.(routes|service|schema|types|test))?(\.test)?\.ts$/.test(name),
      );
    expect(badNames).toEqual([]);
  });
});
