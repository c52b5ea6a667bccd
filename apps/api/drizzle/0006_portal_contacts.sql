CREATE TYPE "public"."portal_account_status" AS ENUM('NOT_REGISTERED', 'PENDING_ACTIVATION', 'CONNECTED');--> statement-breakpoint
ALTER TYPE "public"."membership_role" ADD VALUE 'CONTACT';--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_provider_id" uuid NOT NULL,
	"company_id" uuid,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"portal_status" "portal_account_status" DEFAULT 'NOT_REGISTERED' NOT NULL,
	"invited_at" timestamp with time zone,
	"activated_at" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"user_id" uuid,
	"invitation_token_hash" text,
	"invitation_expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_service_provider_id_organizations_id_fk" FOREIGN KEY ("service_provider_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_company_id_organizations_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "contacts_email_key" ON "contacts" USING btree ("service_provider_id","email");--> statement-breakpoint
CREATE INDEX "contacts_page_idx" ON "contacts" USING btree ("service_provider_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "contacts_invitation_key" ON "contacts" USING btree ("invitation_token_hash");--> statement-breakpoint
CREATE INDEX "contacts_user_idx" ON "contacts" USING btree ("user_id");