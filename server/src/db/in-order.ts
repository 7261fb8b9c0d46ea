type Thunks<T extends readonly unknown[]> = { [K in keyof T]: () => Promise<T[K]> };

/**
 * Runs queries one after another and returns their results like Promise.all. Inside a transaction
 * there is one connection, and node-postgres deprecates (pg@9 will refuse) issuing a query while
 * another is still running on it, so a transaction's reads go in order rather than in parallel.
 */
export async function inOrder<T extends readonly unknown[]>(thunks: readonly [...Thunks<T>]): Promise<T> {
  const results: unknown[] = [];
  for (const run of thunks) results.push(await run());
  return results as unknown as T;
}
