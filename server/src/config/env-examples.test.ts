import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SERVER_ROOT } from '../paths';
import { ConfigError, envSchema, loadConfig } from './config';

// The shipped .env examples are documentation people copy; they must match what the server reads.
const read = (file: string) => readFileSync(path.join(SERVER_ROOT, '..', file), 'utf8');
const names = (text: string) => [...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1] ?? '');
const uncomment = (text: string) => text.replace(/^#\s*([A-Z][A-Z0-9_]*=)/gm, '$1');
const env = (text: string) => parseEnv(text) as Record<string, string>;
function problemsOf(source: Record<string, string>): string[] {
  try {
    loadConfig(source);
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
}

const dev = read('.env.example');
const prod = read('.env.prod.example');
const schemaKeys = Object.keys(envSchema.shape);

describe('.env.example', () => {
  it('names every variable the server reads, and only those', () => {
    expect(names(dev).filter((n) => !schemaKeys.includes(n))).toEqual([]);
    expect(schemaKeys.filter((k) => !names(dev).includes(k))).toEqual([]);
  });

  it('sets nothing as shipped, and its commented values are the defaults', () => {
    expect(Object.keys(env(dev))).toEqual([]);
    expect(problemsOf(env(uncomment(dev)))).toEqual([]);
    expect(loadConfig(env(uncomment(dev)))).toEqual(loadConfig({}));
  });
});

describe('.env.prod.example', () => {
  const filledUrl = prod.replace(
    /^DATABASE_URL=.*$/m,
    'DATABASE_URL=postgres://emr:0123456789abcdef@db:5432/emr',
  );

  it('names only variables the server reads', () => {
    expect(names(prod).filter((n) => !schemaKeys.includes(n))).toEqual([]);
  });

  it('is refused as shipped, its SECRET_KEY placeholder included', () => {
    expect(problemsOf(env(prod)).length).toBeGreaterThan(0);
    expect(problemsOf(env(filledUrl)).map((p) => p.split(':')[0])).toEqual(['SECRET_KEY']);
  });

  it('loads as production once the placeholders are filled in', () => {
    const filled = filledUrl.replace(
      /^SECRET_KEY=.*$/m,
      'SECRET_KEY=q7ZtR2vLx9MbN4cW8kHs1PdJ6fGy3QaUe5Vr0XoTn+iB/lKwA2mE',
    );
    const config = loadConfig(env(filled));
    expect(config.isProduction).toBe(true);
    expect(config.seedDemo).toBe(false);
    expect(loadConfig(env(uncomment(filled)))).toEqual(config);
  });
});
