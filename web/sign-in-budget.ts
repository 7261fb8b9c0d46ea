import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * spec: WEB-BUNDLE-1. The most gzipped JavaScript the sign-in page may download (kB as Vite
 * prints them, 1000 bytes). A clinic on a slow line waits for all of it before it can sign in.
 */
export const SIGN_IN_BUDGET_BYTES = 150_000;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  /** Manifest keys of the chunks this one imports statically (loaded with it). */
  imports?: string[];
}

export interface SignInJavaScript {
  /** The entry and every chunk it imports statically, as paths under dist/. */
  files: string[];
  gzipBytes: number;
}

/**
 * What the sign-in page downloads before it can run: the entry chunk (the sign-in page is part of
 * it) and every chunk it imports statically, from the build's manifest. Route chunks fetched on
 * demand are not counted; neither is CSS. Gzip at zlib's default level, as Vite reports sizes.
 */
export function measureSignInJavaScript(distDir: string): SignInJavaScript {
  const manifestPath = path.join(distDir, '.vite', 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry in ${manifestPath}, found ${entries.length}`);

  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${manifestPath} names ${key} but has no entry for it`);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entries[0] as string);

  const files = [...seen].map((key) => (manifest[key] as ManifestChunk).file);
  const gzipBytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(path.join(distDir, file))).length,
    0,
  );
  return { files, gzipBytes };
}
