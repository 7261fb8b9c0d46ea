import { timestamp } from 'drizzle-orm/pg-core';

/** The timestamp column every table uses: with time zone, to the millisecond. */
export const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });
