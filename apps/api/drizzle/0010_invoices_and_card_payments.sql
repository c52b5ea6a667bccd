CREATE TYPE "public"."invoice_kind" AS ENUM('TAX_INVOICE', 'ADJUSTMENT_NOTE');--> statement-breakpoint
CREATE TABLE "invoice_counters" (
	"seller_key" text NOT NULL,
	"kind" "invoice_kind" NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "invoice_counters_seller_key_kind_pk" PRIMARY KEY("seller_key","kind")
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seller_key" text NOT NULL,
	"kind" "invoice_kind" NOT NULL,
	"sequence" integer NOT NULL,
	"number" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"purchase_id" uuid,
	"job_id" uuid,
	"adjusts_invoice_id" uuid,
	"refund_reference" text,
	"seller_name" text NOT NULL,
	"seller_abn" text,
	"buyer_name" text NOT NULL,
	"description" text NOT NULL,
	"quantity" integer DEFAULT 1 NOT NULL,
	"amount_cents" integer NOT NULL,
	"gst_cents" integer NOT NULL,
	"currency" text NOT NULL,
	"payment_reference" text,
	"issued_at" timestamp with time zone NOT NULL,
	CONSTRAINT "invoices_amount_not_negative" CHECK ("invoices"."amount_cents" >= 0),
	CONSTRAINT "invoices_note_names_invoice" CHECK (("invoices"."kind" = 'ADJUSTMENT_NOTE') = ("invoices"."adjusts_invoice_id" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "payment_charges" (
	"idempotency_key" text PRIMARY KEY NOT NULL,
	"provider" text NOT NULL,
	"reference" text NOT NULL,
	"status" text NOT NULL,
	"amount_cents" integer NOT NULL,
	"currency" text NOT NULL,
	"client_secret" text,
	"saved_token" text,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"refunded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "payment_events" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "credit_lots" ADD COLUMN "held" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "purchases" ADD COLUMN "client_secret" text;--> statement-breakpoint
ALTER TABLE "purchases" ADD COLUMN "refunded_cents" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "purchases" ADD COLUMN "disputed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "renewal_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_purchase_id_purchases_id_fk" FOREIGN KEY ("purchase_id") REFERENCES "public"."purchases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_adjusts_invoice_id_invoices_id_fk" FOREIGN KEY ("adjusts_invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_sequence_key" ON "invoices" USING btree ("seller_key","kind","sequence");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_number_key" ON "invoices" USING btree ("seller_key","number");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_one_per_purchase" ON "invoices" USING btree ("purchase_id") WHERE kind = 'TAX_INVOICE';--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_one_per_job" ON "invoices" USING btree ("job_id") WHERE kind = 'TAX_INVOICE';--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_one_note_per_refund" ON "invoices" USING btree ("refund_reference") WHERE kind = 'ADJUSTMENT_NOTE';--> statement-breakpoint
CREATE INDEX "invoices_org_idx" ON "invoices" USING btree ("organization_id","issued_at");--> statement-breakpoint
ALTER TABLE "credit_lots" ADD CONSTRAINT "credit_lots_held_in_range" CHECK ("credit_lots"."held" >= 0 AND "credit_lots"."remaining" + "credit_lots"."held" <= "credit_lots"."granted");