DROP INDEX "patients_name_dob_idx";--> statement-breakpoint
CREATE INDEX "patients_name_order_idx" ON "patients" USING btree ("last_name","first_name","date_of_birth","id","search_name","archived_at");--> statement-breakpoint
CREATE INDEX "patients_date_of_birth_idx" ON "patients" USING btree ("date_of_birth");--> statement-breakpoint
-- Finer statistics on the generated search column: with the default target the planner guessed about
-- 100 rows for a name fragment that matched 9,000, and chose a slow plan for it (docs/performance.md).
ALTER TABLE "patients" ALTER COLUMN "search_name" SET STATISTICS 1000;
