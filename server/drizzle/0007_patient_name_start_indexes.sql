-- Every start of a patient's first, middle and last name, lower-cased ("Okafor" gives o, ok, oka, …,
-- okafor): the keys of patients_name_prefixes_idx, so that "chioma oka" is one index lookup.
CREATE FUNCTION emr_name_prefixes(first_name text, middle_name text, last_name text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN array(
    SELECT DISTINCT left(lower(part), n)
      FROM unnest(ARRAY[first_name, middle_name, last_name]) AS part, generate_series(1, length(part)) AS n
  );--> statement-breakpoint
CREATE INDEX "patients_first_name_start_idx" ON "patients" USING btree (lower("first_name") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "patients_middle_name_start_idx" ON "patients" USING btree (lower("middle_name") text_pattern_ops) WHERE "patients"."middle_name" is not null;--> statement-breakpoint
CREATE INDEX "patients_last_name_start_idx" ON "patients" USING btree (lower("last_name") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "patients_name_prefixes_idx" ON "patients" USING gin (emr_name_prefixes("first_name", "middle_name", "last_name"));