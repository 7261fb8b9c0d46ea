import { z } from 'zod';

export const MAX_PAGE_SIZE = 200;

/** `?page=1&pageSize=20` on every list endpoint (api.md). Query strings arrive as text, hence coerce. */
export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().nonnegative(),
    page: z.number().int().positive(),
    pageSize: z.number().int().positive(),
  });
}

export function pageOffset(query: PageQuery): number {
  return (query.page - 1) * query.pageSize;
}
