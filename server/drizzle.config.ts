import { defineConfig } from 'drizzle-kit';

// Generation only: migrations are applied by src/db/migrate.ts, which works on PGlite and PostgreSQL alike.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './drizzle',
});
