CREATE TYPE "public"."charge_status" AS ENUM('PENDING', 'PARTIALLY_PAID', 'PAID', 'WAIVED', 'VOIDED');--> statement-breakpoint
CREATE TYPE "public"."online_payment_status" AS ENUM('INITIALISED', 'SUCCEEDED', 'FAILED');--> statement-breakpoint
CREATE TYPE "public"."payment_method" AS ENUM('CASH', 'POS', 'TRANSFER', 'WALLET', 'ONLINE');--> statement-breakpoint
CREATE TYPE "public"."refund_status" AS ENUM('PENDING_APPROVAL', 'COMPLETED', 'REJECTED');--> statement-breakpoint
CREATE TYPE "public"."consultation_status" AS ENUM('IN_PROGRESS', 'COMPLETED');--> statement-breakpoint
CREATE TYPE "public"."coverage_type" AS ENUM('FULL', 'PARTIAL');--> statement-breakpoint
CREATE TYPE "public"."sex" AS ENUM('MALE', 'FEMALE', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."shift_status" AS ENUM('OPEN', 'CLOSED');--> statement-breakpoint
CREATE TYPE "public"."insurance_status" AS ENUM('PENDING', 'APPROVED', 'REJECTED');--> statement-breakpoint
CREATE TYPE "public"."payer" AS ENUM('CASH', 'HMO');--> statement-breakpoint
CREATE TYPE "public"."visit_payment_status" AS ENUM('UNPAID', 'PARTIALLY_PAID', 'PAID', 'INSURANCE_PENDING', 'INSURANCE_CLAIMED', 'SETTLED');--> statement-breakpoint
CREATE TYPE "public"."visit_status" AS ENUM('OPEN', 'CLOSED');--> statement-breakpoint
CREATE TYPE "public"."visit_type" AS ENUM('OUTPATIENT', 'FOLLOW_UP', 'EMERGENCY', 'ANTENATAL', 'PROCEDURE');--> statement-breakpoint
CREATE TYPE "public"."wallet_entry_kind" AS ENUM('DEPOSIT', 'OVERPAYMENT', 'VISIT_PAYMENT', 'REFUND');--> statement-breakpoint
CREATE SEQUENCE "public"."patient_mrn_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "charges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"visit_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"service_code" text NOT NULL,
	"service_name" text NOT NULL,
	"department" text NOT NULL,
	"bill_timing" "bill_timing" NOT NULL,
	"unit_price_minor" bigint NOT NULL,
	"quantity" integer DEFAULT 1 NOT NULL,
	"amount_minor" bigint NOT NULL,
	"hmo_share_minor" bigint DEFAULT 0 NOT NULL,
	"patient_share_minor" bigint DEFAULT 0 NOT NULL,
	"status" charge_status DEFAULT 'PENDING' NOT NULL,
	"settled" boolean DEFAULT false NOT NULL,
	"rendered_at" timestamp (3) with time zone,
	"auto_billed" boolean DEFAULT false NOT NULL,
	"reason" text,
	"reason_by" uuid,
	"reason_at" timestamp (3) with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "charges_quantity_positive" CHECK ("charges"."quantity" > 0),
	CONSTRAINT "charges_amount" CHECK ("charges"."amount_minor" = "charges"."unit_price_minor" * "charges"."quantity" and "charges"."amount_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "online_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"visit_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"amount_minor" bigint NOT NULL,
	"status" "online_payment_status" DEFAULT 'INITIALISED' NOT NULL,
	"payment_id" uuid,
	"initialised_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp (3) with time zone,
	"gateway_payload" jsonb,
	CONSTRAINT "online_payments_positive" CHECK ("online_payments"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "payment_allocations" (
	"payment_id" uuid NOT NULL,
	"charge_id" uuid NOT NULL,
	"amount_minor" bigint NOT NULL,
	CONSTRAINT "payment_allocations_payment_id_charge_id_pk" PRIMARY KEY("payment_id","charge_id"),
	CONSTRAINT "payment_allocations_positive" CHECK ("payment_allocations"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"visit_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"method" "payment_method" NOT NULL,
	"amount_minor" bigint NOT NULL,
	"applied_minor" bigint NOT NULL,
	"wallet_credit_minor" bigint DEFAULT 0 NOT NULL,
	"reference" text,
	"receipt_number" text NOT NULL,
	"cashier_id" uuid,
	"shift_id" uuid,
	"received_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payments_amounts" CHECK ("payments"."amount_minor" > 0 and "payments"."applied_minor" >= 0 and "payments"."wallet_credit_minor" >= 0
      and "payments"."applied_minor" + "payments"."wallet_credit_minor" = "payments"."amount_minor")
);
--> statement-breakpoint
CREATE TABLE "refunds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"payment_id" uuid NOT NULL,
	"visit_id" uuid NOT NULL,
	"amount_minor" bigint NOT NULL,
	"reason" text NOT NULL,
	"status" "refund_status" NOT NULL,
	"refund_number" text,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp (3) with time zone,
	"decision_note" text,
	"shift_id" uuid,
	CONSTRAINT "refunds_positive" CHECK ("refunds"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"visit_id" uuid NOT NULL,
	"doctor_id" uuid NOT NULL,
	"status" "consultation_status" DEFAULT 'IN_PROGRESS' NOT NULL,
	"presenting_complaint" text,
	"history" text,
	"examination" text,
	"diagnoses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"plan" text,
	"notes" text,
	"started_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp (3) with time zone,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hmo_providers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"contact_name" text,
	"phone" text,
	"email" text,
	"address" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hmo_providers_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "hmo_tariffs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"price_minor" bigint NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hmo_tariffs_price_nonnegative" CHECK ("hmo_tariffs"."price_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"user_id" uuid NOT NULL,
	"key" text NOT NULL,
	"scope" text NOT NULL,
	"request_hash" text NOT NULL,
	"response_status" smallint NOT NULL,
	"response_body" jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_user_id_key_pk" PRIMARY KEY("user_id","key")
);
--> statement-breakpoint
CREATE TABLE "document_counters" (
	"kind" text NOT NULL,
	"year" smallint NOT NULL,
	"last_value" integer NOT NULL,
	CONSTRAINT "document_counters_kind_year_pk" PRIMARY KEY("kind","year")
);
--> statement-breakpoint
CREATE TABLE "patient_hmo_enrolments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"policy_number" text NOT NULL,
	"plan" text,
	"coverage" "coverage_type" NOT NULL,
	"coverage_percent" smallint NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "patient_hmo_enrolments_percent" CHECK ("patient_hmo_enrolments"."coverage_percent" between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "end_of_day_reports" (
	"report_date" date PRIMARY KEY NOT NULL,
	"time_zone" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"finalised_by" uuid NOT NULL,
	"finalised_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "till_shifts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cashier_id" uuid NOT NULL,
	"status" "shift_status" DEFAULT 'OPEN' NOT NULL,
	"opening_float_minor" bigint NOT NULL,
	"opened_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp (3) with time zone,
	"expected" jsonb,
	"counted" jsonb,
	"variance_minor" bigint,
	"closing_note" text,
	CONSTRAINT "till_shifts_float_nonnegative" CHECK ("till_shifts"."opening_float_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "visit_insurance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"visit_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"policy_number" text NOT NULL,
	"coverage" "coverage_type" NOT NULL,
	"coverage_percent" smallint NOT NULL,
	"status" "insurance_status" DEFAULT 'PENDING' NOT NULL,
	"authorization_code" text,
	"approved_minor" bigint,
	"approved_by" uuid,
	"approved_at" timestamp (3) with time zone,
	"rejection_reason" text,
	"rejected_by" uuid,
	"rejected_at" timestamp (3) with time zone,
	"remitted_at" timestamp (3) with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visit_insurance_percent" CHECK ("visit_insurance"."coverage_percent" between 1 and 100),
	CONSTRAINT "visit_insurance_approved_nonnegative" CHECK ("visit_insurance"."approved_minor" is null or "visit_insurance"."approved_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"patient_id" uuid NOT NULL,
	"type" "visit_type" NOT NULL,
	"payer" "payer" NOT NULL,
	"emergency" boolean DEFAULT false NOT NULL,
	"emergency_reason" text,
	"assigned_doctor_id" uuid,
	"chief_complaint" text,
	"status" "visit_status" DEFAULT 'OPEN' NOT NULL,
	"payment_status" "visit_payment_status" DEFAULT 'PAID' NOT NULL,
	"net_minor" bigint DEFAULT 0 NOT NULL,
	"patient_share_minor" bigint DEFAULT 0 NOT NULL,
	"outstanding_minor" bigint DEFAULT 0 NOT NULL,
	"invoice_number" text,
	"deferred_at" timestamp (3) with time zone,
	"deferred_by" uuid,
	"deferral_reason" text,
	"opened_by" uuid NOT NULL,
	"opened_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"closed_by" uuid,
	"closed_at" timestamp (3) with time zone,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visits_emergency_reason" CHECK (not "visits"."emergency" or length(coalesce("visits"."emergency_reason", '')) >= 3)
);
--> statement-breakpoint
CREATE TABLE "wallet_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"kind" "wallet_entry_kind" NOT NULL,
	"amount_minor" bigint NOT NULL,
	"balance_after_minor" bigint NOT NULL,
	"method" "payment_method",
	"reference" text,
	"receipt_number" text,
	"payment_id" uuid,
	"created_by" uuid,
	"shift_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wallet_entries_nonzero" CHECK ("wallet_entries"."amount_minor" <> 0 and "wallet_entries"."balance_after_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "wallets" (
	"patient_id" uuid PRIMARY KEY NOT NULL,
	"balance_minor" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wallets_balance_nonnegative" CHECK ("wallets"."balance_minor" >= 0)
);
--> statement-breakpoint
ALTER TABLE "clinic_settings" ADD COLUMN "refund_approval_threshold_minor" bigint DEFAULT 5000000 NOT NULL;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "mrn" text;--> statement-breakpoint
-- Records created before MRNs existed (portal self-registrations) get numbers in creation order.
UPDATE "patients" SET "mrn" = 'MRN-' || lpad(nextval('patient_mrn_seq')::text, 6, '0')
  WHERE "id" IN (SELECT "id" FROM "patients" ORDER BY "created_at", "id");--> statement-breakpoint
ALTER TABLE "patients" ALTER COLUMN "mrn" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "middle_name" text;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "sex" "sex";--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "date_of_birth_estimated" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "address" text;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "national_id" text;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "next_of_kin" jsonb;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "blood_group" text;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "allergies" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "search_name" text GENERATED ALWAYS AS (lower(first_name || ' ' || coalesce(middle_name || ' ', '') || last_name)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "archived_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "archived_by" uuid;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "archive_reason" text;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "charges" ADD CONSTRAINT "charges_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charges" ADD CONSTRAINT "charges_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charges" ADD CONSTRAINT "charges_service_id_service_catalog_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service_catalog"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charges" ADD CONSTRAINT "charges_reason_by_users_id_fk" FOREIGN KEY ("reason_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charges" ADD CONSTRAINT "charges_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "online_payments" ADD CONSTRAINT "online_payments_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "online_payments" ADD CONSTRAINT "online_payments_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "online_payments" ADD CONSTRAINT "online_payments_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "online_payments" ADD CONSTRAINT "online_payments_initialised_by_users_id_fk" FOREIGN KEY ("initialised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_allocations" ADD CONSTRAINT "payment_allocations_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_allocations" ADD CONSTRAINT "payment_allocations_charge_id_charges_id_fk" FOREIGN KEY ("charge_id") REFERENCES "public"."charges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_cashier_id_users_id_fk" FOREIGN KEY ("cashier_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_shift_id_till_shifts_id_fk" FOREIGN KEY ("shift_id") REFERENCES "public"."till_shifts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_shift_id_till_shifts_id_fk" FOREIGN KEY ("shift_id") REFERENCES "public"."till_shifts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_doctor_id_users_id_fk" FOREIGN KEY ("doctor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hmo_tariffs" ADD CONSTRAINT "hmo_tariffs_provider_id_hmo_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."hmo_providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hmo_tariffs" ADD CONSTRAINT "hmo_tariffs_service_id_service_catalog_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service_catalog"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hmo_tariffs" ADD CONSTRAINT "hmo_tariffs_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_hmo_enrolments" ADD CONSTRAINT "patient_hmo_enrolments_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_hmo_enrolments" ADD CONSTRAINT "patient_hmo_enrolments_provider_id_hmo_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."hmo_providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_hmo_enrolments" ADD CONSTRAINT "patient_hmo_enrolments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "end_of_day_reports" ADD CONSTRAINT "end_of_day_reports_finalised_by_users_id_fk" FOREIGN KEY ("finalised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "till_shifts" ADD CONSTRAINT "till_shifts_cashier_id_users_id_fk" FOREIGN KEY ("cashier_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_insurance" ADD CONSTRAINT "visit_insurance_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_insurance" ADD CONSTRAINT "visit_insurance_provider_id_hmo_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."hmo_providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_insurance" ADD CONSTRAINT "visit_insurance_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_insurance" ADD CONSTRAINT "visit_insurance_rejected_by_users_id_fk" FOREIGN KEY ("rejected_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_insurance" ADD CONSTRAINT "visit_insurance_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_assigned_doctor_id_users_id_fk" FOREIGN KEY ("assigned_doctor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_deferred_by_users_id_fk" FOREIGN KEY ("deferred_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_entries" ADD CONSTRAINT "wallet_entries_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_entries" ADD CONSTRAINT "wallet_entries_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_entries" ADD CONSTRAINT "wallet_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_entries" ADD CONSTRAINT "wallet_entries_shift_id_till_shifts_id_fk" FOREIGN KEY ("shift_id") REFERENCES "public"."till_shifts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallets" ADD CONSTRAINT "wallets_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "charges_visit_idx" ON "charges" USING btree ("visit_id","created_at");--> statement-breakpoint
CREATE INDEX "charges_created_idx" ON "charges" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "online_payments_reference_key" ON "online_payments" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "online_payments_visit_idx" ON "online_payments" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "payment_allocations_charge_idx" ON "payment_allocations" USING btree ("charge_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_receipt_number_key" ON "payments" USING btree ("receipt_number");--> statement-breakpoint
CREATE INDEX "payments_visit_idx" ON "payments" USING btree ("visit_id","received_at");--> statement-breakpoint
CREATE INDEX "payments_received_idx" ON "payments" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "payments_shift_idx" ON "payments" USING btree ("shift_id");--> statement-breakpoint
CREATE UNIQUE INDEX "refunds_number_key" ON "refunds" USING btree ("refund_number");--> statement-breakpoint
CREATE INDEX "refunds_payment_idx" ON "refunds" USING btree ("payment_id");--> statement-breakpoint
CREATE INDEX "refunds_visit_idx" ON "refunds" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "refunds_status_idx" ON "refunds" USING btree ("status","requested_at");--> statement-breakpoint
CREATE UNIQUE INDEX "consultations_visit_key" ON "consultations" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "consultations_doctor_idx" ON "consultations" USING btree ("doctor_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "hmo_tariffs_provider_service_key" ON "hmo_tariffs" USING btree ("provider_id","service_id");--> statement-breakpoint
CREATE INDEX "hmo_tariffs_service_idx" ON "hmo_tariffs" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "patient_hmo_enrolments_patient_idx" ON "patient_hmo_enrolments" USING btree ("patient_id");--> statement-breakpoint
CREATE UNIQUE INDEX "till_shifts_one_open_per_cashier" ON "till_shifts" USING btree ("cashier_id") WHERE "till_shifts"."status" = 'OPEN';--> statement-breakpoint
CREATE INDEX "till_shifts_opened_idx" ON "till_shifts" USING btree ("opened_at");--> statement-breakpoint
CREATE UNIQUE INDEX "visit_insurance_visit_key" ON "visit_insurance" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "visit_insurance_provider_status_idx" ON "visit_insurance" USING btree ("provider_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "visits_number_key" ON "visits" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "visits_invoice_number_key" ON "visits" USING btree ("invoice_number");--> statement-breakpoint
CREATE UNIQUE INDEX "visits_one_open_per_patient" ON "visits" USING btree ("patient_id") WHERE "visits"."status" = 'OPEN';--> statement-breakpoint
CREATE INDEX "visits_patient_opened_idx" ON "visits" USING btree ("patient_id","opened_at");--> statement-breakpoint
CREATE INDEX "visits_opened_idx" ON "visits" USING btree ("opened_at");--> statement-breakpoint
CREATE INDEX "visits_status_payment_idx" ON "visits" USING btree ("status","payment_status","opened_at");--> statement-breakpoint
CREATE INDEX "wallet_entries_patient_idx" ON "wallet_entries" USING btree ("patient_id","created_at");--> statement-breakpoint
CREATE INDEX "wallet_entries_shift_idx" ON "wallet_entries" USING btree ("shift_id");--> statement-breakpoint
ALTER TABLE "patients" ADD CONSTRAINT "patients_archived_by_users_id_fk" FOREIGN KEY ("archived_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patients" ADD CONSTRAINT "patients_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "patients_mrn_key" ON "patients" USING btree ("mrn");--> statement-breakpoint
CREATE UNIQUE INDEX "patients_national_id_key" ON "patients" USING btree ("national_id") WHERE "patients"."national_id" is not null;--> statement-breakpoint
CREATE INDEX "patients_search_name_trgm_idx" ON "patients" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "patients_phone_idx" ON "patients" USING btree ("phone" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "patients_mrn_pattern_idx" ON "patients" USING btree ("mrn" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "patients_name_dob_idx" ON "patients" USING btree ("last_name","first_name","date_of_birth");--> statement-breakpoint
-- Nothing is deleted and closed things do not change (domain.md principle 7). The API refuses
-- first with a clear code; these triggers make the database refuse too. SQLSTATE EM001 maps to
-- 409 VISIT_CLOSED and EM002 to 409 IMMUTABLE_RECORD in the error handler.
CREATE FUNCTION emr_refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are never deleted', TG_TABLE_NAME USING ERRCODE = 'EM002';
END;
$$;
--> statement-breakpoint
CREATE FUNCTION emr_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are never changed', TG_TABLE_NAME USING ERRCODE = 'EM002';
END;
$$;
--> statement-breakpoint
CREATE FUNCTION emr_assert_visit_open(p_visit_id uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM visits WHERE id = p_visit_id AND status = 'CLOSED') THEN
    RAISE EXCEPTION 'visit is closed' USING ERRCODE = 'EM001';
  END IF;
END;
$$;
--> statement-breakpoint
-- A closed visit keeps everything except two late facts: the HMO remitting its share
-- (INSURANCE_CLAIMED -> SETTLED) and the invoice number assigned at first print.
CREATE FUNCTION visits_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'CLOSED' THEN
    IF (to_jsonb(NEW) - 'payment_status' - 'invoice_number' - 'updated_at')
       IS DISTINCT FROM (to_jsonb(OLD) - 'payment_status' - 'invoice_number' - 'updated_at')
       OR (NEW.payment_status IS DISTINCT FROM OLD.payment_status
           AND NOT (OLD.payment_status = 'INSURANCE_CLAIMED' AND NEW.payment_status = 'SETTLED'))
       OR (OLD.invoice_number IS NOT NULL AND NEW.invoice_number IS DISTINCT FROM OLD.invoice_number) THEN
      RAISE EXCEPTION 'visit is closed' USING ERRCODE = 'EM001';
    END IF;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER visits_guard BEFORE UPDATE ON visits FOR EACH ROW EXECUTE FUNCTION visits_guard();
--> statement-breakpoint
CREATE TRIGGER visits_no_delete BEFORE DELETE ON visits FOR EACH ROW EXECUTE FUNCTION emr_refuse_delete();
--> statement-breakpoint
-- Charges: none added to or changed on a closed visit; WAIVED and VOIDED are final; a PAID charge's
-- money never changes (its status may still be recomputed, e.g. after a refund).
CREATE FUNCTION charges_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM emr_assert_visit_open(NEW.visit_id);
  IF TG_OP = 'UPDATE' THEN
    IF NEW.visit_id <> OLD.visit_id OR NEW.service_id <> OLD.service_id
       OR NEW.service_code <> OLD.service_code OR NEW.service_name <> OLD.service_name THEN
      RAISE EXCEPTION 'a charge keeps its visit and service' USING ERRCODE = 'EM002';
    END IF;
    IF OLD.status IN ('WAIVED', 'VOIDED') AND NEW.status IS DISTINCT FROM OLD.status THEN
      RAISE EXCEPTION 'a % charge is final', OLD.status USING ERRCODE = 'EM002';
    END IF;
    IF OLD.status = 'PAID' AND (NEW.amount_minor <> OLD.amount_minor
       OR NEW.unit_price_minor <> OLD.unit_price_minor OR NEW.quantity <> OLD.quantity) THEN
      RAISE EXCEPTION 'a paid charge is immutable' USING ERRCODE = 'EM002';
    END IF;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER charges_guard BEFORE INSERT OR UPDATE ON charges FOR EACH ROW EXECUTE FUNCTION charges_guard();
--> statement-breakpoint
CREATE TRIGGER charges_no_delete BEFORE DELETE ON charges FOR EACH ROW EXECUTE FUNCTION emr_refuse_delete();
--> statement-breakpoint
CREATE FUNCTION visit_child_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM emr_assert_visit_open(NEW.visit_id);
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER payments_visit_open BEFORE INSERT ON payments FOR EACH ROW EXECUTE FUNCTION visit_child_guard();
--> statement-breakpoint
CREATE TRIGGER payments_no_update BEFORE UPDATE ON payments FOR EACH ROW EXECUTE FUNCTION emr_refuse_update();
--> statement-breakpoint
CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments FOR EACH ROW EXECUTE FUNCTION emr_refuse_delete();
--> statement-breakpoint
CREATE TRIGGER payment_allocations_no_update BEFORE UPDATE ON payment_allocations FOR EACH ROW EXECUTE FUNCTION emr_refuse_update();
--> statement-breakpoint
CREATE TRIGGER payment_allocations_no_delete BEFORE DELETE ON payment_allocations FOR EACH ROW EXECUTE FUNCTION emr_refuse_delete();
--> statement-breakpoint
CREATE TRIGGER refunds_visit_open BEFORE INSERT OR UPDATE ON refunds FOR EACH ROW EXECUTE FUNCTION visit_child_guard();
--> statement-breakpoint
CREATE TRIGGER refunds_no_delete BEFORE DELETE ON refunds FOR EACH ROW EXECUTE FUNCTION emr_refuse_delete();
--> statement-breakpoint
-- Cover on a closed visit: only the HMO's remittance may still be recorded.
CREATE FUNCTION visit_insurance_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR (to_jsonb(NEW) - 'remitted_at' - 'updated_at')
       IS DISTINCT FROM (to_jsonb(OLD) - 'remitted_at' - 'updated_at') THEN
    PERFORM emr_assert_visit_open(NEW.visit_id);
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER visit_insurance_guard BEFORE INSERT OR UPDATE ON visit_insurance FOR EACH ROW EXECUTE FUNCTION visit_insurance_guard();
--> statement-breakpoint
CREATE TRIGGER visit_insurance_no_delete BEFORE DELETE ON visit_insurance FOR EACH ROW EXECUTE FUNCTION emr_refuse_delete();
--> statement-breakpoint
CREATE FUNCTION consultations_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.status = 'COMPLETED' THEN
    RAISE EXCEPTION 'a completed consultation is immutable' USING ERRCODE = 'EM002';
  END IF;
  PERFORM emr_assert_visit_open(NEW.visit_id);
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER consultations_guard BEFORE INSERT OR UPDATE ON consultations FOR EACH ROW EXECUTE FUNCTION consultations_guard();
--> statement-breakpoint
CREATE TRIGGER consultations_no_delete BEFORE DELETE ON consultations FOR EACH ROW EXECUTE FUNCTION emr_refuse_delete();
--> statement-breakpoint
CREATE TRIGGER wallet_entries_no_update BEFORE UPDATE ON wallet_entries FOR EACH ROW EXECUTE FUNCTION emr_refuse_update();
--> statement-breakpoint
CREATE TRIGGER wallet_entries_no_delete BEFORE DELETE ON wallet_entries FOR EACH ROW EXECUTE FUNCTION emr_refuse_delete();
--> statement-breakpoint
CREATE TRIGGER wallets_no_delete BEFORE DELETE ON wallets FOR EACH ROW EXECUTE FUNCTION emr_refuse_delete();
--> statement-breakpoint
CREATE TRIGGER patients_no_delete BEFORE DELETE ON patients FOR EACH ROW EXECUTE FUNCTION emr_refuse_delete();
--> statement-breakpoint
CREATE FUNCTION till_shifts_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'CLOSED' THEN
    RAISE EXCEPTION 'a closed shift is immutable' USING ERRCODE = 'EM002';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER till_shifts_guard BEFORE UPDATE ON till_shifts FOR EACH ROW EXECUTE FUNCTION till_shifts_guard();
--> statement-breakpoint
CREATE TRIGGER till_shifts_no_delete BEFORE DELETE ON till_shifts FOR EACH ROW EXECUTE FUNCTION emr_refuse_delete();
--> statement-breakpoint
CREATE TRIGGER end_of_day_reports_no_update BEFORE UPDATE ON end_of_day_reports FOR EACH ROW EXECUTE FUNCTION emr_refuse_update();
--> statement-breakpoint
CREATE TRIGGER end_of_day_reports_no_delete BEFORE DELETE ON end_of_day_reports FOR EACH ROW EXECUTE FUNCTION emr_refuse_delete();
