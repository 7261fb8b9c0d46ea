import { beforeAll, describe, expect, it } from 'vitest';
import { createDocument, finish } from '../pdf/create-document';
import { darkFraction, readGrayPng } from './png';
import { rasterise, requirePoppler, skipWithoutPoppler } from './poppler';

beforeAll(requirePoppler);

// The renderer tests trust these checks, so check that they catch what they are meant to.
describe.skipIf(skipWithoutPoppler)('page checks', () => {
  const blank = () =>
    finish(
      createDocument({
        size: [595.28, 841.89],
        margin: 42,
        title: 'Blank',
        author: 'Test',
        subject: 'Blank',
        creationDate: new Date(0),
      }),
    );

  it('scores a blank page as having no ink', async () => {
    const image = readGrayPng(rasterise(await blank(), 1, 50));
    expect(image).toMatchObject({ width: 414, height: 585 });
    expect(darkFraction(image)).toBe(0);
  });

  it('refuses a corrupt PNG', async () => {
    const png = rasterise(await blank(), 1, 50);
    const corrupt = Buffer.from(png);
    corrupt[40] = (corrupt[40] ?? 0) ^ 0xff;
    expect(() => readGrayPng(corrupt)).toThrow(/CRC/);
    expect(() => readGrayPng(png.subarray(0, 60))).toThrow();
    expect(() => readGrayPng(Buffer.from('not a png'))).toThrow(/signature/);
  });
});
