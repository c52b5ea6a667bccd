-- Issue 14: where an ad is advertised. Channels are data an operator edits (`pnpm --filter @app/api channels`).
CREATE TABLE "channels" (
	"slug" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"national_reach" boolean DEFAULT false NOT NULL,
	"feed_format" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"publisher_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "channels_feed_format_check" CHECK (feed_format IN ('board', 'google-jobs', 'indeed-xml')),
	CONSTRAINT "channels_slug_check" CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,39}$')
);
--> statement-breakpoint
INSERT INTO "channels" ("slug", "name", "national_reach", "feed_format", "enabled", "publisher_url") VALUES
	('jobs', 'Job Ads Australia (national job board)', true, 'board', true, NULL),
	('google-jobs', 'Google for Jobs', false, 'google-jobs', true, 'https://jobs.google.com'),
	('indeed', 'Indeed', true, 'indeed-xml', true, 'https://au.indeed.com'),
	('adzuna', 'Adzuna', true, 'indeed-xml', true, 'https://www.adzuna.com.au'),
	('aggregator', 'Job aggregators (generic XML feed)', false, 'indeed-xml', true, NULL);
--> statement-breakpoint
-- One row per stay of an ad in a channel: chosen before publish (entered_at null), entered at publish,
-- left when turned off (or when the ad closes, read from jobs.closes_at). Turning it on again adds a row.
CREATE TABLE "job_channels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"job_id" uuid NOT NULL,
	"channel_slug" text NOT NULL,
	"entered_at" timestamp with time zone,
	"left_at" timestamp with time zone,
	CONSTRAINT "job_channels_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "jobs"("id") ON DELETE cascade,
	CONSTRAINT "job_channels_channel_slug_channels_slug_fk" FOREIGN KEY ("channel_slug") REFERENCES "channels"("slug") ON UPDATE cascade,
	CONSTRAINT "job_channels_left_after_entered" CHECK (left_at IS NULL OR (entered_at IS NOT NULL AND left_at >= entered_at))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "job_channels_open_key" ON "job_channels" USING btree ("job_id","channel_slug") WHERE left_at IS NULL;--> statement-breakpoint
-- A feed reads its channel's open stays in job order (keyset pages on job_id).
CREATE INDEX "job_channels_feed_idx" ON "job_channels" USING btree ("channel_slug","job_id") WHERE left_at IS NULL AND entered_at IS NOT NULL;--> statement-breakpoint
-- Page views by tracking code, one row per visitor, code and day: an append (ON CONFLICT DO NOTHING),
-- never an update. No foreign key on purpose: checking one would take a share lock on the job's row.
CREATE TABLE "job_page_views" (
	"job_id" uuid NOT NULL,
	"source" text NOT NULL,
	"day" date NOT NULL,
	"visitor" text NOT NULL,
	CONSTRAINT "job_page_views_pkey" PRIMARY KEY ("job_id","source","day","visitor")
);
--> statement-breakpoint
INSERT INTO "job_page_views" ("job_id", "source", "day", "visitor")
	SELECT "job_id", 'portal', COALESCE("last_viewed_at", now())::date, 'counted-before-0016:' || g
	FROM "job_views", generate_series(1, LEAST("views", 100000)) AS g;
--> statement-breakpoint
DROP TABLE "job_views";
--> statement-breakpoint
-- A manual placement's proof: a screenshot or PDF of the ad as it ran.
CREATE TABLE "lmt_placement_proofs" (
	"placement_id" uuid PRIMARY KEY NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" bytea NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lmt_placement_proofs_placement_fk" FOREIGN KEY ("placement_id") REFERENCES "lmt_placements"("id") ON DELETE cascade
);
