import { describe, expect, it } from 'vitest';
import { MoneyError } from './money';
import { amountInWords, integerInWords } from './money-words';

describe('amountInWords', () => {
  it('writes a receipt amount in naira and kobo', () => {
    expect(amountInWords(1_250_050)).toBe('Twelve thousand five hundred naira and fifty kobo only');
    expect(amountInWords(1_250_000, 'NGN')).toBe('Twelve thousand five hundred naira only');
  });

  it('handles zero, one kobo and one naira', () => {
    expect(amountInWords(0)).toBe('Zero naira only');
    expect(amountInWords(1)).toBe('One kobo only');
    expect(amountInWords(100)).toBe('One naira only');
    expect(amountInWords(101)).toBe('One naira and one kobo only');
  });

  it('handles a million and one kobo', () => {
    expect(amountInWords(100_000_001)).toBe('One million naira and one kobo only');
  });

  it('uses British "and" inside numbers', () => {
    expect(amountInWords(10_500)).toBe('One hundred and five naira only');
    expect(amountInWords(100_500)).toBe('One thousand and five naira only');
    expect(amountInWords(2_145_099)).toBe(
      'Twenty-one thousand four hundred and fifty naira and ninety-nine kobo only',
    );
    expect(amountInWords(100_000_000_000)).toBe('One billion naira only');
  });

  it('writes the largest safe amount', () => {
    expect(amountInWords(Number.MAX_SAFE_INTEGER)).toBe(
      'Ninety trillion seventy-one billion nine hundred and ninety-two million five hundred and forty-seven ' +
        'thousand four hundred and nine naira and ninety-one kobo only',
    );
  });

  it('names other currencies, with plurals, and falls back to units and cents', () => {
    expect(amountInWords(100, 'USD')).toBe('One dollar only');
    expect(amountInWords(250, 'USD')).toBe('Two dollars and fifty cents only');
    expect(amountInWords(1_001, 'GHS')).toBe('Ten cedis and one pesewa only');
    expect(amountInWords(202, 'GBP')).toBe('Two pounds and two pence only');
    expect(amountInWords(1_500, 'JPY')).toBe('One thousand five hundred units only');
    expect(amountInWords(150, 'XAF')).toBe('One hundred and fifty units only');
    expect(amountInWords(150, 'MAD')).toBe('One unit and fifty cents only');
  });

  it('refuses negative and fractional amounts', () => {
    expect(() => amountInWords(-1)).toThrow(MoneyError);
    expect(() => amountInWords(1.5)).toThrow(MoneyError);
  });
});

describe('integerInWords', () => {
  it('covers the teens, tens and hyphens', () => {
    expect(integerInWords(0)).toBe('zero');
    expect(integerInWords(13)).toBe('thirteen');
    expect(integerInWords(40)).toBe('forty');
    expect(integerInWords(99)).toBe('ninety-nine');
    expect(integerInWords(110)).toBe('one hundred and ten');
    expect(integerInWords(1_000_000)).toBe('one million');
    expect(integerInWords(1_000_010)).toBe('one million and ten');
    expect(integerInWords(1_200_000)).toBe('one million two hundred thousand');
  });
});
