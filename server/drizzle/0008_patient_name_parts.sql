CREATE TABLE "patient_name_parts" (
	"part" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
DROP INDEX "patients_search_name_trgm_idx";--> statement-breakpoint
CREATE INDEX "patient_name_parts_trgm_idx" ON "patient_name_parts" USING gin ("part" gin_trgm_ops);--> statement-breakpoint
-- Each name a patient is registered or renamed with joins the dictionary; names are never removed.
CREATE FUNCTION patients_record_name_parts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO patient_name_parts (part)
    SELECT lower(p) FROM unnest(ARRAY[NEW.first_name, NEW.middle_name, NEW.last_name]) AS p WHERE p IS NOT NULL
    ON CONFLICT (part) DO NOTHING;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER patients_record_name_parts AFTER INSERT OR UPDATE OF first_name, middle_name, last_name ON patients
  FOR EACH ROW EXECUTE FUNCTION patients_record_name_parts();
--> statement-breakpoint
INSERT INTO patient_name_parts (part)
  SELECT DISTINCT lower(p) FROM patients, unnest(ARRAY[first_name, middle_name, last_name]) AS p WHERE p IS NOT NULL
  ON CONFLICT (part) DO NOTHING;
--> statement-breakpoint
-- search_name no longer chooses an index (its trigram index is gone), so the finer statistics of
-- migration 0005 would only slow ANALYZE and planning.
ALTER TABLE "patients" ALTER COLUMN "search_name" SET STATISTICS -1;
