-- The national job board (/jobs): every published ad, newest first, keyset-paged on (published_at, id).
CREATE INDEX IF NOT EXISTS "jobs_board_feed_idx" ON "jobs" USING btree ("published_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE status = 'PUBLISHED';--> statement-breakpoint
-- Minimum-salary search compares a year's pay at the top of the shown range (the domain's
-- PER_YEAR and annualEarnings; a test holds these factors to them). Null when the salary is hidden.
ALTER TABLE "jobs" ADD COLUMN "salary_annual" bigint GENERATED ALWAYS AS (CASE WHEN show_salary THEN COALESCE(salary_max, salary_min)::bigint * CASE salary_period WHEN 'HOUR' THEN 1976 WHEN 'DAY' THEN 260 WHEN 'WEEK' THEN 52 WHEN 'MONTH' THEN 12 WHEN 'YEAR' THEN 1 END END) STORED;--> statement-breakpoint
-- An application through the national board belongs to no agency portal.
ALTER TABLE "applications" ALTER COLUMN "portal_id" DROP NOT NULL;
