-- Rows already written were hashed with plain SHA-256 over values as typed: version 1. They keep
-- their hashes and are counted, not proven, by verification; every new row names its version.
ALTER TABLE "audit_log" ADD COLUMN "hash_version" smallint NOT NULL DEFAULT 1;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "hash_version" DROP DEFAULT;
