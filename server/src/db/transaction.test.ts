import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, ENGINE, type TestDatabase } from '../../test/test-database';
import type { Db, Tx } from './database';
import { queryRows } from './rows';
import { inTransaction, TRANSACTION_ATTEMPTS } from './transaction';

/** What PostgreSQL raises (drizzle keeps it as the cause), reduced to the part the retry reads. */
function pgError(code: string): Error {
  return Object.assign(new Error(`simulated SQLSTATE ${code}`), { code });
}

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  await db.execute(sql`create table tx_probe (id int primary key, n int not null default 0)`);
});
afterAll(() => database.close());
beforeEach(async () => {
  await db.execute(sql`delete from tx_probe`);
});

const rows = () => queryRows<{ id: number; n: number }>(db, sql`select id, n from tx_probe order by id`);

const insertProbe = (tx: Tx, id: number) => tx.execute(sql`insert into tx_probe (id) values (${id})`);

describe(`inTransaction retries (${ENGINE})`, () => {
  it('DB-TX-2: a serialization failure runs the work again, and it commits once', async () => {
    let attempts = 0;
    const result = await inTransaction(db, async (tx) => {
      attempts++;
      // The first try's insert must roll back, or the second would collide with it (23505).
      await insertProbe(tx, 1);
      if (attempts === 1) throw pgError('40001');
      return 'done';
    });
    expect(result).toBe('done');
    expect(attempts).toBe(2);
    expect(await rows()).toEqual([{ id: 1, n: 0 }]);
  });

  it(`DB-TX-2: a deadlock that keeps happening is given up after ${TRANSACTION_ATTEMPTS} tries`, async () => {
    let attempts = 0;
    await expect(
      inTransaction(db, async (tx) => {
        attempts++;
        await insertProbe(tx, 1);
        throw pgError('40P01');
      }),
    ).rejects.toThrow('simulated SQLSTATE 40P01');
    expect(attempts).toBe(TRANSACTION_ATTEMPTS);
    expect(await rows()).toEqual([]);
  });

  it('DB-TX-2: any other failure reaches the caller at once, without a second try', async () => {
    let attempts = 0;
    await expect(
      inTransaction(db, async (tx) => {
        attempts++;
        await insertProbe(tx, 1);
        await insertProbe(tx, 1);
      }),
    ).rejects.toMatchObject({ cause: { code: '23505' } });
    expect(attempts).toBe(1);
    expect(await rows()).toEqual([]);
  });

  it('DB-TX-2: a nested call never retries; the outermost call runs the whole transaction again', async () => {
    let outer = 0;
    let inner = 0;
    await inTransaction(db, async (tx) => {
      outer++;
      await insertProbe(tx, 1);
      await inTransaction(tx, async (nested) => {
        inner++;
        await insertProbe(nested, 2);
        if (outer === 1) throw pgError('40001');
      });
    });
    // A retrying inner call would have run three times inside the first outer try.
    expect({ outer, inner }).toEqual({ outer: 2, inner: 2 });
    expect(await rows()).toEqual([
      { id: 1, n: 0 },
      { id: 2, n: 0 },
    ]);
  });
});

// PGlite has one connection, so two transactions can never wait on each other there.
describe.skipIf(ENGINE !== 'postgres')('inTransaction retries a real deadlock (PostgreSQL)', () => {
  it('DB-TX-2: two transactions locking two rows in opposite order both commit, each exactly once', async () => {
    await db.execute(sql`insert into tx_probe (id) values (1), (2)`);
    let arrived = 0;
    let release = () => {};
    const bothHoldTheirFirstRow = new Promise<void>((resolve) => {
      release = resolve;
    });
    const attempts = { a: 0, b: 0 };
    const bump = (tx: Tx, id: number) => tx.execute(sql`update tx_probe set n = n + 1 where id = ${id}`);

    const transfer = (who: 'a' | 'b', first: number, second: number) =>
      inTransaction(db, async (tx) => {
        attempts[who]++;
        await bump(tx, first);
        // Only the first tries meet here; PostgreSQL then finds the cycle and aborts one (40P01).
        if (attempts[who] === 1) {
          arrived++;
          if (arrived === 2) release();
          await bothHoldTheirFirstRow;
        }
        await bump(tx, second);
      });

    await Promise.all([transfer('a', 1, 2), transfer('b', 2, 1)]);
    // One of them was the deadlock's victim and ran once more; a doubled effect would show n = 3.
    expect(attempts.a + attempts.b).toBe(3);
    expect(await rows()).toEqual([
      { id: 1, n: 2 },
      { id: 2, n: 2 },
    ]);
  });
});
