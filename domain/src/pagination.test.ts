import { describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE, pageOffset, pageQuerySchema } from './pagination';

describe('pageQuerySchema', () => {
  it('defaults to the first page of 20', () => {
    expect(pageQuerySchema.parse({})).toEqual({ page: 1, pageSize: 20 });
  });

  it('reads query-string numbers', () => {
    expect(pageQuerySchema.parse({ page: '3', pageSize: '50' })).toEqual({ page: 3, pageSize: 50 });
  });

  it(`refuses page sizes above ${MAX_PAGE_SIZE} and pages below 1`, () => {
    expect(pageQuerySchema.safeParse({ pageSize: '201' }).success).toBe(false);
    expect(pageQuerySchema.safeParse({ page: '0' }).success).toBe(false);
    expect(pageQuerySchema.safeParse({ page: 'abc' }).success).toBe(false);
  });

  it('turns a page into a row offset', () => {
    expect(pageOffset({ page: 3, pageSize: 20 })).toBe(40);
  });
});
