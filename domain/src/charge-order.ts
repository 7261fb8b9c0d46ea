/**
 * "Oldest first" everywhere in billing (HMO cover, payment allocation, applying credit). Charges
 * created in one transaction share a timestamp, so the id breaks ties: the order is total and the
 * results never depend on the order rows came back from the database.
 */
export function compareOldestFirst(
  a: { createdAt: Date; id: string },
  b: { createdAt: Date; id: string },
): number {
  const byTime = a.createdAt.getTime() - b.createdAt.getTime();
  if (byTime !== 0) return byTime;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

export function oldestFirst<T extends { createdAt: Date; id: string }>(items: readonly T[]): T[] {
  // An invalid date would make the comparator answer NaN and the order (so the money) arbitrary.
  const invalid = items.find((i) => Number.isNaN(i.createdAt.getTime()));
  if (invalid) throw new RangeError(`charge ${invalid.id} has an invalid createdAt`);
  return [...items].sort(compareOldestFirst);
}
