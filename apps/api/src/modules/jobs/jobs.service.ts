import { DomainError, badInput, jobStatusAt, type FieldErrors } from "@app/domain";
import { assertCan } from "../../auth/policy.js";
import { currentOrganizationId, type Viewer } from "../../auth/viewer.js";
import type { Executor } from "../../db/client.js";
import { decodeCursor, pageSize, toPage } from "../../lib/cursor.js";
import type { AuditService } from "../audit/audit.service.js";
import type { ServiceDeps } from "../deps.js";
import type { LmtChecksService } from "../lmt/lmt-checks.service.js";
import { jobsRepository as repo, type JobRow, type JobStatus, type JobValues } from "./jobs.repository.js";

export interface JobFields {
  title: string;
  description: string;
  location: { city: string; state?: string | null; postcode?: string | null; country: string };
  workType: JobRow["workType"];
  salary?: { min?: number | null; max?: number | null; period: NonNullable<JobRow["salaryPeriod"]>; currency: string } | null;
  requirements?: string | null;
  occupationCode?: string | null;
  lmt: boolean;
  /** Whether the public ad shows the salary (default true); the salary is recorded either way. */
  showSalary?: boolean;
  durationDays: number;
}

/** Runs inside the edit's transaction: a published LMT ad changed its advertising record. */
export type PublishedLmtEditedHook = (tx: Executor, job: JobRow, viewer: Viewer) => Promise<void>;

export class JobsService {
  private readonly publishedLmtEdited: PublishedLmtEditedHook[] = [];

  constructor(
    private readonly deps: ServiceDeps,
    private readonly audit: AuditService,
    private readonly lmtChecks: LmtChecksService | null = null,
  ) {}

  onPublishedLmtEdited(hook: PublishedLmtEditedHook): void {
    this.publishedLmtEdited.push(hook);
  }

  async createJob(viewer: Viewer | null, fields: JobFields): Promise<JobRow> {
    assertCan(viewer, "jobs.write");
    const values = toValues(fields);
    const employerId = currentOrganizationId(viewer);
    const now = this.deps.clock.now();
    return this.deps.db.transaction(async (tx) => {
      const job = await repo.insert(tx, {
        ...values,
        employerId,
        createdAt: now,
        updatedAt: now,
        createdByUserId: viewer.userId,
        createdByServiceProviderId: viewer.accessing !== null ? viewer.organizationId : null,
      });
      await this.addRevision(tx, job, viewer);
      await this.audit.record(tx, viewer, {
        organizationId: employerId,
        action: "job.created",
        summary: `Created the job ad "${job.title}"`,
      });
      return job;
    });
  }

  /**
   * R9: a client contact asks its agency to advertise a role: a DRAFT in the contact's company,
   * on the agency's job board once published. The agency finishes and publishes it while accessing.
   */
  async submitVacancy(
    tx: Executor,
    viewer: Viewer,
    fields: Omit<JobFields, "lmt" | "durationDays" | "occupationCode" | "showSalary">,
    serviceProviderId: string,
  ): Promise<JobRow> {
    assertCan(viewer, "vacancies.submit");
    const now = this.deps.clock.now();
    const job = await repo.insert(tx, {
      ...toValues({ ...fields, lmt: false, durationDays: 30 }),
      employerId: viewer.organizationId,
      createdAt: now,
      updatedAt: now,
      createdByUserId: viewer.userId,
      createdByServiceProviderId: serviceProviderId,
    });
    await this.addRevision(tx, job, viewer);
    await this.audit.record(tx, viewer, {
      organizationId: viewer.organizationId,
      action: "job.created",
      summary: `Submitted the vacancy "${job.title}"`,
    });
    return job;
  }

  /**
   * Edits keep every revision (R8); a closed job cannot change. A published LMT ad changes only
   * when the edit is confirmed (it changes the advertising record) and still passes the checks.
   */
  async updateJob(
    viewer: Viewer | null,
    id: string,
    fields: JobFields,
    options: { confirmLmtRecordChange?: boolean } = {},
  ): Promise<JobRow> {
    assertCan(viewer, "jobs.write");
    const values = toValues(fields);
    const employerId = currentOrganizationId(viewer);
    return this.deps.db.transaction(async (tx) => {
      const current = await repo.lockForEmployer(tx, id, employerId);
      if (!current) throw notFound();
      if (current.status === "CLOSED") throw new DomainError("CONFLICT", "This job ad is closed and can no longer be edited.");
      if (current.status === "PUBLISHED" && values.durationDays !== current.durationDays) {
        throw badInput({ durationDays: "The run of a published ad cannot change." });
      }
      if (current.status === "PUBLISHED" && values.lmt !== current.lmt) {
        throw badInput({ lmt: "Whether an ad is a Labour Market Testing ad cannot change once it is published." });
      }
      if (current.status === "PUBLISHED" && current.lmt) {
        if (options.confirmLmtRecordChange !== true) {
          throw new DomainError(
            "CONFLICT",
            "Changing a published LMT ad changes the advertising record. Confirm to save this as a new revision.",
            undefined,
            { reason: "LMT_RECORD_CHANGE" },
          );
        }
        await this.lmtChecks?.assertPublishable(
          tx,
          { ...current, ...values, showSalary: values.showSalary ?? true },
          id,
          "saved",
        );
      }
      const job = await repo.update(tx, id, { ...values, updatedAt: this.deps.clock.now() });
      await this.addRevision(tx, job, viewer);
      if (current.status === "PUBLISHED" && current.lmt) {
        for (const listener of this.publishedLmtEdited) await listener(tx, job, viewer);
      }
      await this.audit.record(tx, viewer, {
        organizationId: employerId,
        action: "job.updated",
        summary: `Edited the job ad "${job.title}"`,
      });
      return job;
    });
  }

  async closeJob(viewer: Viewer | null, id: string): Promise<JobRow> {
    assertCan(viewer, "jobs.write");
    const employerId = currentOrganizationId(viewer);
    return this.deps.db.transaction(async (tx) => {
      const current = await repo.lockForEmployer(tx, id, employerId);
      if (!current) throw notFound();
      if (current.status === "CLOSED") return current;
      if (current.status === "DRAFT")
        throw new DomainError("CONFLICT", "A draft is not running: delete it instead of closing it.");
      const now = this.deps.clock.now();
      const job = await repo.update(tx, id, { status: "CLOSED", closesAt: now, updatedAt: now });
      await this.audit.record(tx, viewer, {
        organizationId: employerId,
        action: "job.closed",
        summary: `Closed the job ad "${job.title}"`,
      });
      return job;
    });
  }

  async deleteDraftJob(viewer: Viewer | null, id: string): Promise<boolean> {
    assertCan(viewer, "jobs.write");
    const employerId = currentOrganizationId(viewer);
    return this.deps.db.transaction(async (tx) => {
      const current = await repo.lockForEmployer(tx, id, employerId);
      if (!current) throw notFound();
      if (current.status !== "DRAFT")
        throw new DomainError("CONFLICT", "Only a draft can be deleted; close a published job ad instead.");
      await repo.deleteDraft(tx, id, employerId);
      await this.audit.record(tx, viewer, {
        organizationId: employerId,
        action: "job.deleted",
        summary: `Deleted the draft "${current.title}"`,
      });
      return true;
    });
  }

  async job(viewer: Viewer | null, id: string): Promise<JobRow> {
    assertCan(viewer, "jobs.read");
    const employerId = currentOrganizationId(viewer);
    const job = await repo.byIdForEmployer(this.deps.db, id, employerId);
    if (!job) throw notFound();
    return asOf(job, this.deps.clock.now());
  }

  async jobs(viewer: Viewer | null, status: JobStatus | null, first: number, after: string | null | undefined) {
    assertCan(viewer, "jobs.read");
    const employerId = currentOrganizationId(viewer);
    const limit = pageSize(first);
    const cursor = decodeCursor(after);
    const position = cursor === null ? null : { createdAt: new Date(String(cursor[0])), id: String(cursor[1]) };
    if (position !== null && Number.isNaN(position.createdAt.getTime())) throw badInput({ after: "This cursor is not valid." });
    // Reads never write: closing is computed here and written by the queue job jobs.closeExpired.
    const now = this.deps.clock.now();
    const [rows, totalCount] = await Promise.all([
      repo.page(this.deps.db, employerId, status, limit + 1, position, now),
      repo.countFor(this.deps.db, employerId, status, now),
    ]);
    return {
      ...toPage(
        rows.map((r) => asOf(r, now)),
        limit,
        (r) => [r.createdAt.toISOString(), r.id],
      ),
      totalCount,
    };
  }

  /** The scheduled sweep (queue job jobs.closeExpired): every published job past closesAt closes. */
  closeExpiredJobs(now: Date = this.deps.clock.now()): Promise<number> {
    return repo.closeExpired(this.deps.db, now);
  }

  async jobsByIds(ids: readonly string[]) {
    const now = this.deps.clock.now();
    return (await repo.byIds(this.deps.db, ids)).map((r) => asOf(r, now));
  }

  revisionsFor(jobIds: readonly string[]) {
    return repo.revisionsFor(this.deps.db, jobIds);
  }

  private async addRevision(tx: Executor, job: JobRow, viewer: Viewer): Promise<void> {
    await repo.insertRevision(tx, {
      jobId: job.id,
      number: await repo.nextRevisionNumber(tx, job.id),
      title: job.title,
      description: job.description,
      requirements: job.requirements,
      salary:
        job.salaryPeriod === null
          ? null
          : { min: job.salaryMin, max: job.salaryMax, period: job.salaryPeriod, currency: job.salaryCurrency ?? "AUD" },
      location: { city: job.city, state: job.state, postcode: job.postcode, country: job.country },
      workType: job.workType,
      showSalary: job.showSalary,
      authorUserId: viewer.userId,
      afterPublish: job.status !== "DRAFT",
      createdAt: this.deps.clock.now(),
    });
  }
}

export function notFound(): DomainError {
  return new DomainError("NOT_FOUND", "No such job ad in this account.");
}

/** Field checks that hold for every job ad; LMT rules are checked when it is published. */
function toValues(f: JobFields): JobValues {
  const fields: FieldErrors = {};
  const text = (value: string | null | undefined) => (value ?? "").trim();
  if (text(f.title) === "" || f.title.length > 200) fields.title = "Enter the role's title (up to 200 characters).";
  if (text(f.description) === "" || f.description.length > 20_000)
    fields.description = "Describe the role (up to 20,000 characters).";
  if (text(f.location.city) === "") fields["location.city"] = "Enter the city or suburb.";
  if (!Number.isInteger(f.durationDays) || f.durationDays < 1 || f.durationDays > 365)
    fields.durationDays = "Run the ad for 1 to 365 days.";
  if (f.lmt && f.durationDays < 28) fields.durationDays = "A Labour Market Testing ad must run for at least 28 days.";
  const salary = f.salary ?? null;
  if (salary !== null) {
    const min = salary.min ?? null;
    const max = salary.max ?? null;
    if (min === null && max === null) fields["salary.min"] = "Enter a minimum or a maximum salary.";
    if ((min !== null && min < 0) || (max !== null && max < 0)) fields["salary.min"] = "A salary cannot be negative.";
    if (min !== null && max !== null && min > max) fields["salary.max"] = "The maximum must be at least the minimum.";
  }
  if (Object.keys(fields).length > 0) throw badInput(fields);
  const optional = (value: string | null | undefined) => (text(value) === "" ? null : text(value));
  return {
    title: text(f.title),
    description: f.description.trim(),
    city: text(f.location.city),
    state: optional(f.location.state),
    postcode: optional(f.location.postcode),
    country: text(f.location.country) || "AU",
    workType: f.workType,
    salaryMin: salary?.min ?? null,
    salaryMax: salary?.max ?? null,
    salaryPeriod: salary?.period ?? null,
    salaryCurrency: salary === null ? null : salary.currency || "AUD",
    requirements: optional(f.requirements),
    occupationCode: optional(f.occupationCode),
    lmt: f.lmt,
    showSalary: f.showSalary ?? true,
    durationDays: f.durationDays,
  };
}

/** The row as of `now`: a published ad past closesAt reads CLOSED (jobStatusAt in @app/domain). */
function asOf(job: JobRow, now: Date): JobRow {
  const status = jobStatusAt(job.status, job.closesAt, now);
  return status === job.status ? job : { ...job, status };
}
