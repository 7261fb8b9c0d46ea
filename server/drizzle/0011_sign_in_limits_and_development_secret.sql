CREATE TABLE "development_secrets" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"secret_key" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "development_secrets_singleton" CHECK ("development_secrets"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "rate_limit_counters" ADD COLUMN "pending" integer DEFAULT 0 NOT NULL;