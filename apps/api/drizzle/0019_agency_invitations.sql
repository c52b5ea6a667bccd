CREATE TABLE "agency_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL REFERENCES "organizations"("id") ON DELETE cascade,
	"email" text NOT NULL,
	"message" text,
	"status" "connection_status" DEFAULT 'PENDING' NOT NULL,
	"token_hash" text NOT NULL,
	"token_expires_at" timestamp with time zone,
	"invited_by_user_id" uuid REFERENCES "users"("id") ON DELETE set null,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone,
	"service_provider_id" uuid REFERENCES "organizations"("id"),
	"connection_id" uuid REFERENCES "client_connections"("id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "agency_invitations_token_key" ON "agency_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "agency_invitations_open_key" ON "agency_invitations" USING btree ("client_id","email") WHERE status = 'PENDING';--> statement-breakpoint
CREATE INDEX "agency_invitations_email_idx" ON "agency_invitations" USING btree ("email");
