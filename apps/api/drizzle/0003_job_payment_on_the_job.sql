-- How a job was paid moves onto the job itself: a publish then writes one table less (R2 still
-- holds: a job is published once, under its row lock; the ledger has its own unique guard).
ALTER TABLE "jobs" ADD COLUMN "paid_by" "payment_source";--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "payer_organization_id" uuid;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "credit_entry_id" bigint;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "paid_amount_cents" integer;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "payment_reference" text;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "publish_idempotency_key" text;--> statement-breakpoint
UPDATE "jobs" SET
  "paid_by" = p."source",
  "payer_organization_id" = p."payer_organization_id",
  "credit_entry_id" = p."credit_entry_id",
  "paid_amount_cents" = p."amount_cents",
  "payment_reference" = p."payment_reference",
  "publish_idempotency_key" = p."idempotency_key",
  "published_at" = COALESCE("jobs"."published_at", p."paid_at")
FROM "job_payments" p WHERE p."job_id" = "jobs"."id";--> statement-breakpoint
DROP TABLE "job_payments" CASCADE;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_payer_organization_id_organizations_id_fk" FOREIGN KEY ("payer_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "credit_entries_one_publish_per_job" ON "credit_entries" USING btree ("job_id") WHERE kind = 'PUBLISH';--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_publish_idempotency_key" ON "jobs" USING btree ("employer_id","publish_idempotency_key") WHERE publish_idempotency_key IS NOT NULL;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_paid_when_published" CHECK (("jobs"."paid_by" IS NULL) = ("jobs"."published_at" IS NULL));
