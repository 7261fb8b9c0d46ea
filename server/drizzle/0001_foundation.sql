CREATE TYPE "public"."bill_timing" AS ENUM('BEFORE', 'AFTER');--> statement-breakpoint
CREATE TYPE "public"."department" AS ENUM('REGISTRATION', 'CONSULTATION', 'LAB', 'RADIOLOGY', 'PHARMACY', 'PROCEDURE', 'NURSING', 'ADMISSION', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."workflow_type" AS ENUM('REGISTRATION_FEE', 'CONSULTATION_FEE', 'LAB_TEST', 'RADIOLOGY_STUDY', 'DRUG', 'PROCEDURE', 'NURSING_SERVICE', 'BED_DAY', 'OTHER');--> statement-breakpoint
CREATE TABLE "service_catalog" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"department" "department" NOT NULL,
	"workflow_type" "workflow_type" NOT NULL,
	"price_minor" bigint NOT NULL,
	"requires_visit" boolean DEFAULT true NOT NULL,
	"requires_consultation" boolean DEFAULT false NOT NULL,
	"auto_bill" boolean DEFAULT false NOT NULL,
	"bill_timing" "bill_timing" DEFAULT 'BEFORE' NOT NULL,
	"orderable_by" text[] DEFAULT '{}'::text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_catalog_code_unique" UNIQUE("code"),
	CONSTRAINT "service_catalog_price_nonnegative" CHECK ("service_catalog"."price_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "clinic_settings" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"clinic_name" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"currency" text DEFAULT 'NGN' NOT NULL,
	"time_zone" text DEFAULT 'Africa/Lagos' NOT NULL,
	"phone_region" text DEFAULT 'NG' NOT NULL,
	"mrn_prefix" text DEFAULT 'MRN-' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "clinic_settings_singleton" CHECK ("clinic_settings"."id" = 1)
);
--> statement-breakpoint
CREATE INDEX "service_catalog_department_idx" ON "service_catalog" USING btree ("department","active");