import { createHash } from "node:crypto";
import {
  DomainError,
  NATIONAL_BOARD_CHANNEL,
  badInput,
  checkChannel,
  dayIn,
  defaultChannels,
  isChoosable,
  resolveChannels,
  visitorKeyInput,
  type ChannelFeedFormat,
} from "@app/domain";
import { assertCan } from "../../auth/policy.js";
import { currentOrganizationId, type Viewer } from "../../auth/viewer.js";
import type { AuditService } from "../audit/audit.service.js";
import type { ServiceDeps } from "../deps.js";
import { jobsRepository } from "../jobs/jobs.repository.js";
import { PageViewBuffer } from "./page-views.js";
import { channelsRepository as repo, type ChannelRow, type FeedJobRow, type JobChannelRow } from "./channels.repository.js";

export type { ChannelRow, FeedJobRow } from "./channels.repository.js";

/** Rows a feed reads at a time: a page is written out before the next is read, so memory stays flat. */
export const FEED_PAGE_SIZE = 500;
/** The code a page view counts under when its link carries none: the agency board's own ad. */
export const PORTAL_VIEW_CODE = "portal";
const TRACKING_CODE = /^[a-z0-9][a-z0-9-]{0,59}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An ad in one channel: whether it is in now, whether it may be turned off or on, and its stays. */
export interface JobChannelView {
  channel: ChannelRow;
  on: boolean;
  choosable: boolean;
  stays: JobChannelRow[];
}

function notFound(): DomainError {
  return new DomainError("NOT_FOUND", "No such job ad in this account.");
}

/** Channels (issue 14): the operator's list, an ad's choice at publish and later, the feeds, and views per code. */
export class ChannelsService {
  private readonly views = new PageViewBuffer(() => this.deps.db);

  constructor(
    private readonly deps: ServiceDeps,
    private readonly audit: AuditService,
  ) {}

  private get board() {
    return this.deps.boardDb ?? this.deps.db;
  }

  now(): Date {
    return this.deps.clock.now();
  }

  all(): Promise<ChannelRow[]> {
    return repo.all(this.deps.db);
  }

  /** An enabled feed channel by slug, for /feeds/<slug>.xml; null otherwise. */
  async feedChannel(slug: string): Promise<ChannelRow | null> {
    const channel = await repo.bySlug(this.board, slug);
    return channel !== undefined && channel.enabled && channel.feedFormat === "indeed-xml" ? channel : null;
  }

  /** The feed's open ads, page by page (keyset), read from the board's pool. */
  async *feedJobs(slug: string): AsyncGenerator<FeedJobRow[]> {
    const now = this.deps.clock.now();
    let after: string | null = null;
    for (;;) {
      const page = await repo.feedPage(this.board, slug, now, after, FEED_PAGE_SIZE);
      if (page.length > 0) yield page;
      if (page.length < FEED_PAGE_SIZE) return;
      after = page[page.length - 1]!.id;
    }
  }

  /** An ad's channels: before publish what it will enter (its choice, else the defaults), after it what it is in. */
  async ofJob(viewer: Viewer | null, jobId: string): Promise<JobChannelView[]> {
    assertCan(viewer, "jobs.read");
    const job = await this.jobOf(viewer, jobId);
    return this.viewsOf(job);
  }

  /** Sets a draft's channels (the choosable feeds; the board and Google for Jobs are always in). */
  async choose(viewer: Viewer | null, jobId: string, slugs: readonly string[]): Promise<JobChannelView[]> {
    assertCan(viewer, "jobs.write");
    const job = await this.jobOf(viewer, jobId);
    if (job.status !== "DRAFT")
      throw new DomainError("CONFLICT", "This job ad is published: turn its channels off or on one at a time.");
    const channels = await repo.all(this.deps.db);
    const unknown = slugs.filter((s) => !channels.some((c) => c.slug === s && c.enabled && isChoosable(c)));
    if (unknown.length > 0) throw badInput({ channels: `No such channel to choose: ${unknown.join(", ")}.` });
    const chosen = resolveChannels(channels, slugs);
    await this.deps.db.transaction(async (tx) => {
      await repo.chooseForDraft(
        tx,
        job.id,
        chosen.map((c) => c.slug),
      );
    });
    return this.viewsOf(job);
  }

  /** Turns a published ad's feed off (its placement ends today, it leaves the feed) or on (a new placement starts). */
  async setOn(viewer: Viewer | null, jobId: string, slug: string, on: boolean): Promise<JobChannelView[]> {
    assertCan(viewer, "jobs.write");
    const employerId = currentOrganizationId(viewer);
    const job = await this.jobOf(viewer, jobId);
    if (job.status === "DRAFT") return this.choose(viewer, jobId, this.toggled(await this.viewsOf(job), slug, on));
    const channel = await repo.bySlug(this.deps.db, slug);
    if (channel === undefined) throw badInput({ channel: "No such channel." });
    if (!isChoosable(channel))
      throw new DomainError("CONFLICT", `Every open ad is on ${channel.name}; it cannot be turned off for one ad.`);
    if (on && !channel.enabled) throw new DomainError("CONFLICT", `${channel.name} is turned off for every ad at the moment.`);
    const now = this.deps.clock.now();
    if (on && (job.status !== "PUBLISHED" || (job.closesAt !== null && job.closesAt <= now)))
      throw new DomainError("CONFLICT", "This job ad has closed.");
    await this.deps.db.transaction(async (tx) => {
      const changed = on ? (await repo.enter(tx, job.id, slug, now), true) : await repo.leave(tx, job.id, slug, now);
      if (!changed) return;
      await this.audit.record(tx, viewer, {
        organizationId: employerId,
        action: on ? "job.channel.on" : "job.channel.off",
        summary: `${on ? "Put" : "Took"} "${job.title}" ${on ? "on" : "off"} ${channel.name}`,
      });
    });
    return this.viewsOf(job);
  }

  /** Every stay of these jobs, for the LMT placements. */
  staysOf(jobIds: readonly string[]) {
    return repo.staysOf(this.deps.db, jobIds);
  }

  /** Counts a view of a job page: once per visitor, tracking code and day, appended (never an update). */
  async countView(jobId: string, visit: { source: string | null; onPortal: boolean; clientAddress: string; userAgent: string }) {
    if (!UUID.test(jobId)) return;
    const code = (visit.source ?? "").trim().toLowerCase();
    const source = TRACKING_CODE.test(code) ? code : visit.onPortal ? PORTAL_VIEW_CODE : NATIONAL_BOARD_CHANNEL;
    const day = dayIn(this.deps.clock.now(), this.deps.config.lmtTimeZone);
    const visitor = createHash("sha256")
      .update(visitorKeyInput(day, visit.clientAddress, visit.userAgent))
      .digest("base64url")
      .slice(0, 22);
    this.views.add({ jobId, source, day, visitor });
  }

  /** Writes the views counted so far (a report reads them; a process stopping keeps them). */
  flushViews(): Promise<void> {
    return this.views.flush();
  }

  /** A job's views per tracking code and day, counted on read. */
  async viewsByDay(jobId: string): Promise<Map<string, Map<string, number>>> {
    await this.views.flush();
    const counts = new Map<string, Map<string, number>>();
    for (const r of await repo.viewCounts(this.deps.db, jobId)) {
      const byDay = counts.get(r.source) ?? new Map<string, number>();
      byDay.set(r.day, Number(r.views));
      counts.set(r.source, byDay);
    }
    return counts;
  }

  // The operator's CLI (src/scripts/channels.ts).

  async add(input: {
    slug: string;
    name: string;
    nationalReach: boolean;
    feedFormat: string;
    publisherUrl?: string | null;
  }): Promise<ChannelRow> {
    const fields = checkChannel(input);
    if (Object.keys(fields).length > 0) throw badInput(fields);
    if ((await repo.bySlug(this.deps.db, input.slug)) !== undefined) throw badInput({ slug: "A channel has this slug already." });
    return repo.insert(this.deps.db, {
      slug: input.slug,
      name: input.name.trim(),
      nationalReach: input.nationalReach,
      feedFormat: input.feedFormat as ChannelFeedFormat,
      publisherUrl: input.publisherUrl ?? null,
      enabled: true,
      createdAt: this.deps.clock.now(),
    });
  }

  /** Turns a channel on or off for every ad; off ends every ad's placement in it today. */
  async setEnabled(slug: string, enabled: boolean): Promise<{ channel: ChannelRow; ended: number }> {
    return this.deps.db.transaction(async (tx) => {
      const channel = await repo.setEnabled(tx, slug, enabled);
      if (channel === undefined) throw new DomainError("NOT_FOUND", `No channel "${slug}".`);
      const ended = enabled ? 0 : await repo.leaveAll(tx, slug, this.deps.clock.now());
      return { channel, ended };
    });
  }

  private toggled(views: JobChannelView[], slug: string, on: boolean): string[] {
    const chosen = new Set(views.filter((v) => v.on && v.choosable).map((v) => v.channel.slug));
    if (on) chosen.add(slug);
    else chosen.delete(slug);
    return [...chosen];
  }

  private async jobOf(viewer: Viewer, jobId: string) {
    if (!UUID.test(jobId)) throw notFound();
    const job = await jobsRepository.byIdForEmployer(this.deps.db, jobId, currentOrganizationId(viewer));
    if (job === undefined) throw notFound();
    return job;
  }

  private async viewsOf(job: { id: string; lmt: boolean; status: string }): Promise<JobChannelView[]> {
    const [channels, stays] = await Promise.all([repo.all(this.deps.db), repo.staysOf(this.deps.db, [job.id])]);
    const chosen = stays.filter((s) => s.enteredAt === null).map((s) => s.channelSlug);
    const entered = stays.filter((s) => s.enteredAt !== null);
    const draftSet = new Set(
      (job.status === "DRAFT" && chosen.length === 0
        ? defaultChannels(channels, job.lmt)
        : resolveChannels(channels, chosen)
      ).map((c) => c.slug),
    );
    return channels
      .map((channel) => {
        const mine = entered.filter((s) => s.channelSlug === channel.slug);
        const on = job.status === "DRAFT" ? draftSet.has(channel.slug) : mine.some((s) => s.leftAt === null);
        return { channel, on, choosable: isChoosable(channel), stays: mine };
      })
      .filter((v) => v.channel.enabled || v.stays.length > 0);
  }
}
