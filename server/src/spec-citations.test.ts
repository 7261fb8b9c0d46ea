import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVER_ROOT } from './paths';

/**
 * The specification in docs/spec is the project's own, and its rule ids tie each rule to the
 * code that keeps it and the test that proves it. These checks keep that tie from rotting:
 * an id ticked as done must be cited by both, and nothing may cite an id that does not exist.
 */

const REPO_ROOT = path.join(SERVER_ROOT, '..');
const ID = String.raw`[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-\d+`;

function trackedFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  return out.split('\n').filter((f) => f !== '' && existsSync(path.join(REPO_ROOT, f)));
}

function read(file: string): string {
  return readFileSync(path.join(REPO_ROOT, file), 'utf8');
}

/** `HMO-COVER-1..3` → HMO-COVER-1, HMO-COVER-2, HMO-COVER-3; a plain id → itself. */
function expandIds(text: string): string[] {
  const ids: string[] = [];
  for (const m of text.matchAll(new RegExp(String.raw`\b(${ID})(?:\.\.(\d+))?\b`, 'g'))) {
    const id = m[1] ?? '';
    const upTo = m[2];
    if (!upTo) {
      ids.push(id);
      continue;
    }
    const dash = id.lastIndexOf('-');
    const stem = id.slice(0, dash);
    for (let n = Number(id.slice(dash + 1)); n <= Number(upTo); n++) ids.push(`${stem}-${n}`);
  }
  return ids;
}

interface Spec {
  defined: Map<string, string>;
  duplicates: string[];
  done: Set<string>;
}

function readSpec(files: string[]): Spec {
  const defined = new Map<string, string>();
  const duplicates: string[] = [];
  const done = new Set<string>();
  for (const file of files.filter((f) => f.startsWith('docs/spec/') && f.endsWith('.md'))) {
    for (const line of read(file).split('\n')) {
      // A rule is defined by a table row whose first cell is its id.
      const row = new RegExp(String.raw`^\|\s*(${ID})\s*\|`).exec(line);
      if (row?.[1]) {
        if (defined.has(row[1])) duplicates.push(row[1]);
        defined.set(row[1], file);
      }
      if (/^\s*- \[x\]/.test(line)) for (const id of expandIds(line)) done.add(id);
    }
  }
  return { defined, duplicates, done };
}

const isTest = (f: string) => /\.test\.tsx?$/.test(f);
// The lint rules (.dependency-cruiser.cjs) are code that enforces the module rules.
const isCode = (f: string) =>
  f === '.dependency-cruiser.cjs' ||
  (/^(domain|server|web|e2e)\//.test(f) &&
    /\.(ts|tsx|mjs|sql)$/.test(f) &&
    !isTest(f) &&
    // Fixtures are test code: citing a rule there proves nothing about the product.
    !/\/testing\/|^server\/test\/|^e2e\//.test(f));

/** Ids named in test titles: it/test/describe('ID: …') or ('ID, ID: …'). */
function idsInTestTitles(text: string): string[] {
  const ids: string[] = [];
  for (const m of text.matchAll(/\b(?:it|test|describe)(?:\.\w+)*\(\s*(['"`])(.*?)\1/g)) {
    ids.push(...expandIds(m[2] ?? ''));
  }
  return ids;
}

/** Ids cited in code comments: `// spec: ID`, `-- spec: ID, ID`, or `(spec: ID)` inside a doc comment. */
function idsInCodeComments(text: string): string[] {
  const ids: string[] = [];
  for (const m of text.matchAll(/\bspec:\s*([^\n]*)/g)) ids.push(...expandIds(m[1] ?? ''));
  return ids;
}

const files = trackedFiles();
const spec = readSpec(files);
const testCitations = new Set(files.filter(isTest).flatMap((f) => idsInTestTitles(read(f))));
const codeCitations = new Set(files.filter(isCode).flatMap((f) => idsInCodeComments(read(f))));

describe('the specification in docs/spec', () => {
  it('defines each rule id once', () => {
    expect(spec.defined.size).toBeGreaterThan(50);
    expect(spec.duplicates).toEqual([]);
  });

  it('ticks only ids it defines', () => {
    expect([...spec.done].filter((id) => !spec.defined.has(id))).toEqual([]);
  });

  it('has every ticked rule cited by a test title', () => {
    expect([...spec.done].filter((id) => !testCitations.has(id)).sort()).toEqual([]);
  });

  it('has every ticked rule cited by the code that enforces it (`// spec: ID`)', () => {
    expect([...spec.done].filter((id) => !codeCitations.has(id)).sort()).toEqual([]);
  });

  it('is never cited with an id it does not define (a typo in a test title or a comment)', () => {
    // Test titles also hold words shaped like ids (ICD-10, UTF-8): only those in a spec area count.
    const areas = new Set([...spec.defined.keys()].map((id) => id.split('-')[0]));
    const titled = [...testCitations].filter((id) => areas.has(id.split('-')[0] ?? ''));
    const unknown = [...titled, ...codeCitations].filter((id) => !spec.defined.has(id));
    expect([...new Set(unknown)].sort()).toEqual([]);
  });
});

describe('the repository documents itself', () => {
  it('refers to nothing outside the repository for its rules', () => {
    const outside = ['..', 'shared'].join('/');
    const offenders = files.filter(
      (f) =>
        !f.endsWith('package-lock.json') &&
        /\.(md|ts|tsx|mjs|json|sh|yml|yaml)$|^\.ci\//.test(f) &&
        read(f).includes(outside),
    );
    expect(offenders).toEqual([]);
  });

  it('has no broken relative link in its markdown', () => {
    const broken: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.md') && !f.includes('node_modules'))) {
      for (const m of read(file).matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) {
        const target = m[1] ?? '';
        if (/^[a-z]+:/i.test(target)) continue;
        if (!existsSync(path.resolve(REPO_ROOT, path.dirname(file), target)))
          broken.push(`${file} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
