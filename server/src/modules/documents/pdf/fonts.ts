import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * PDFKit's built-in Helvetica only has the WinAnsi characters: "₦" comes out as "¦". DejaVu has
 * the naira sign (and every Latin letter a Nigerian name needs), and it ships on npm as TTF files,
 * so the fonts load from node_modules and CI needs no system font package.
 */
export const FONT = {
  regular: 'Sans',
  bold: 'Sans-Bold',
  mono: 'Mono',
  monoBold: 'Mono-Bold',
} as const;

const FILES: Record<(typeof FONT)[keyof typeof FONT], string> = {
  Sans: 'DejaVuSans.ttf',
  'Sans-Bold': 'DejaVuSans-Bold.ttf',
  Mono: 'DejaVuSansMono.ttf',
  'Mono-Bold': 'DejaVuSansMono-Bold.ttf',
};

const require = createRequire(import.meta.url);
let cache: Map<string, Buffer> | undefined;

/** Font bytes by name, read once per process (about 1.5 MB in all; PDFKit embeds only a subset). */
export function fontFiles(): ReadonlyMap<string, Buffer> {
  if (!cache) {
    cache = new Map(
      Object.entries(FILES).map(([name, file]) => [
        name,
        readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)),
      ]),
    );
  }
  return cache;
}
