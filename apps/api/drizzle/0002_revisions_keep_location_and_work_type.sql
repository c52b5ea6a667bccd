ALTER TABLE "job_revisions" ADD COLUMN "location" jsonb;--> statement-breakpoint
ALTER TABLE "job_revisions" ADD COLUMN "work_type" "work_type";--> statement-breakpoint
ALTER TABLE "job_revisions" ADD COLUMN "show_salary" boolean;