CREATE TYPE "public"."candidate_data_request_kind" AS ENUM('EXPORT', 'ERASURE');--> statement-breakpoint
CREATE TABLE "candidate_data_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "candidate_data_request_kind" NOT NULL,
	"email" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "candidate_data_requests_token_key" ON "candidate_data_requests" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "candidate_data_requests_email_idx" ON "candidate_data_requests" USING btree ("email");