import { type Page, pageOffset, type StaffDirectoryQuery, type StaffMember } from '@modern-emr/domain';
import { and, arrayContains, asc, count, eq, ilike, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { containsPattern } from '../../db/like-pattern';
import { inTransaction } from '../../db/transaction';
import { users } from '../identity';

/**
 * Active doctors by name, for the desks that assign one to a visit. Only id and name leave: the staff
 * table is a few dozen rows, so a scan is cheaper than another index to maintain.
 */
export async function listDoctors(db: Db, query: StaffDirectoryQuery): Promise<Page<StaffMember>> {
  const conditions: SQL[] = [eq(users.active, true), arrayContains(users.roles, ['DOCTOR'])];
  if (query.q) conditions.push(ilike(users.fullName, containsPattern(query.q)));
  const where = and(...conditions);
  return inTransaction(db, async (tx) => {
    const [total] = await tx.select({ n: count() }).from(users).where(where);
    const items = await tx
      .select({ id: users.id, fullName: users.fullName })
      .from(users)
      .where(where)
      .orderBy(asc(users.fullName), asc(users.id))
      .limit(query.pageSize)
      .offset(pageOffset(query));
    return { items, total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
  });
}
