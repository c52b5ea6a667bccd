-- The board's work type filter inside the search index (btree_gin): "cook" among casual jobs is one
-- GIN intersection instead of a heap visit per "cook" ad (bench/job-pages.bench.ts, README).
CREATE EXTENSION IF NOT EXISTS btree_gin;--> statement-breakpoint
DROP INDEX IF EXISTS "jobs_search_idx";--> statement-breakpoint
CREATE INDEX "jobs_search_idx" ON "jobs" USING gin ("work_type","search") WITH (fastupdate = true, gin_pending_list_limit = 256) WHERE status = 'PUBLISHED';
