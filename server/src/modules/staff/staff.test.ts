import type { Page, Role, StaffMember } from '@modern-emr/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal } from '../../../test/expect-refusal';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { users } from '../identity';

let t: TestApp;
let adaeze: string;
let dayo: string;

async function staff(fullName: string, roles: Role[], active = true): Promise<string> {
  const [row] = await t.database.db
    .insert(users)
    .values({
      username: fullName.toLowerCase().replace(/\W+/g, '.'),
      fullName,
      passwordHash: 'not-a-real-hash',
      roles,
      active,
    })
    .returning({ id: users.id });
  if (!row) throw new Error('user insert returned no row');
  return row.id;
}

beforeAll(async () => {
  t = await createTestApp();
  dayo = await staff('Dayo Adebayo', ['DOCTOR', 'ADMIN']);
  adaeze = await staff('Adaeze Okafor', ['DOCTOR']);
  await staff('Bello Musa', ['DOCTOR'], false);
  await staff('Chidi Eze', ['NURSE']);
  await staff('Funmi Bakare', ['RECEPTIONIST']);
});
afterAll(() => t.close());

const doctors = (query = '', roles: Role[] = ['RECEPTIONIST']) =>
  t.api.get<Page<StaffMember>>(`/api/v1/staff/doctors${query}`, { roles });

describe('GET /staff/doctors', () => {
  it('lists active doctors by name with id and name only', async () => {
    const res = await doctors();
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      items: [
        { id: adaeze, fullName: 'Adaeze Okafor' },
        { id: dayo, fullName: 'Dayo Adebayo' },
      ],
      total: 2,
      page: 1,
      pageSize: 20,
    });
  });

  it('filters by any part of the name, literally, and pages', async () => {
    expect((await doctors('?q=OKAF')).body.items).toEqual([{ id: adaeze, fullName: 'Adaeze Okafor' }]);
    expect((await doctors('?q=bello')).body).toMatchObject({ items: [], total: 0 });
    expect((await doctors('?q=%25')).body).toMatchObject({ items: [], total: 0 });
    const second = await doctors('?pageSize=1&page=2');
    expect(second.body).toEqual({
      items: [{ id: dayo, fullName: 'Dayo Adebayo' }],
      total: 2,
      page: 2,
      pageSize: 1,
    });
    expect((await doctors('?pageSize=0')).status).toBe(400);
  });

  it('is open to the desks and clinicians, and to no one else', async () => {
    for (const role of ['CASHIER', 'DOCTOR', 'NURSE'] as const) {
      expect((await doctors('?q=Adaeze', [role])).status).toBe(200);
    }
    for (const role of ['ADMIN', 'LAB_TECH', 'PHARMACIST', 'PATIENT'] as const) {
      const res = await t.api.get<{ error: { code: string } }>('/api/v1/staff/doctors', { roles: [role] });
      expectRefusal(res, 'FORBIDDEN');
    }
    expect((await t.api.get('/api/v1/staff/doctors')).status).toBe(401);
  });
});
