import {
  DomainError,
  NATIONAL_BOARD,
  badInput,
  checkApplication,
  checkResume,
  decideStatusChange,
  isEmail,
  normalizeEmail,
  type ResumeFormat,
} from "@app/domain";
import { assertCan } from "../../auth/policy.js";
import { currentOrganizationId, type Viewer } from "../../auth/viewer.js";
import type { AuditService } from "../audit/audit.service.js";
import type { ServiceDeps } from "../deps.js";
import type { RateLimit, RateLimitService } from "../rate-limits/rate-limit.service.js";
import type { MailService } from "../mail/mail.service.js";
import { applicationsRepository as repo, type ApplicationRow, type ApplicationStatus } from "./applications.repository.js";
import { isUuid, type PortalService } from "./portal.service.js";
import { uniqueViolation } from "../../db/unique-violation.js";

const UPLOAD_TTL_MS = 86_400_000;

export interface ApplyRequest {
  portalSlug: string;
  jobId: string;
  name: string;
  email: string;
  phone?: string | null;
  coverNote?: string | null;
  resumeUploadId?: string | null;
  consent: boolean;
  source?: string | null;
}

export interface UploadedFile {
  /** The bytes read, at most the limit plus one chunk. */
  bytes: Uint8Array;
  /** The size the client sent (larger than bytes.length when reading stopped at the limit). */
  size: number;
  filename: string | null;
}

function notFound(): DomainError {
  return new DomainError("NOT_FOUND", "No such application in this account.");
}

/** Candidates apply on a portal; the job's employer (or its agency while accessing it) works the applications. */
/** Per-address hourly limits on what the public may send. */
const perHour = (limit: number, what: string): RateLimit => ({
  limit,
  windowSeconds: 3600,
  refusal: (minutes) => `Too many ${what} from your network. Try again in ${minutes} minutes.`,
});

export class ApplicationsService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly peers: { portal: PortalService; mail: MailService; audit: AuditService; rateLimits: RateLimitService },
  ) {}

  /** Public (POST /uploads): stores a CV that is PDF, DOC or DOCX by its content and at most 5 MB (R10). */
  async upload(
    file: UploadedFile,
    clientAddress: string,
  ): Promise<{ id: string; filename: string; contentType: string; size: number }> {
    await this.peers.rateLimits.count(`upload:address:${clientAddress}`, perHour(this.deps.config.uploadsPerHour, "uploads"));
    const checked = checkResume(file.bytes, file.size);
    if (!checked.ok)
      throw new DomainError("BAD_USER_INPUT", checked.message, { file: checked.message }, { reason: checked.reason });
    const now = this.deps.clock.now();
    // Unattached uploads older than a day go, a few at a time, whenever someone uploads.
    await repo.sweepUploads(this.deps.db, new Date(now.getTime() - UPLOAD_TTL_MS));
    const row = await repo.insertUpload(this.deps.db, {
      filename: resumeFilename(file.filename, checked.format),
      contentType: checked.format.contentType,
      size: file.bytes.length,
      data: file.bytes,
      uploaderAddress: clientAddress,
      createdAt: now,
    });
    return { id: row.id, filename: row.filename, contentType: row.contentType, size: row.size };
  }

  /** Public: R10 consent, the job on that enabled portal, and an unused upload; mails a confirmation after commit. */
  async apply(input: ApplyRequest, clientAddress: string) {
    const fields = checkApplication(input, isEmail);
    const resumeUploadId = (input.resumeUploadId ?? "").trim() === "" ? null : (input.resumeUploadId ?? "").trim();
    if (resumeUploadId !== null && !isUuid(resumeUploadId)) fields.resumeUploadId = "Upload your CV again.";
    const source = (input.source ?? "").trim().slice(0, 100) || null;
    if (Object.keys(fields).length > 0) throw badInput(fields);
    await this.peers.rateLimits.count(
      `apply:address:${clientAddress}`,
      perHour(this.deps.config.applicationsPerHour, "applications"),
    );

    const found = await this.peers.portal.visibleJob(input.portalSlug, input.jobId);
    if (found === null) throw new DomainError("NOT_FOUND", "This job ad is no longer taking applications.");
    const { portal, job } = found;
    const now = this.deps.clock.now();
    const email = normalizeEmail(input.email);
    const optional = (v: string | null | undefined) => ((v ?? "").trim() === "" ? null : (v ?? "").trim());

    const { application, mailId } = await this.deps.db
      .transaction(async (tx) => {
        if (resumeUploadId !== null && (await repo.attachUpload(tx, resumeUploadId, now)) === undefined) {
          throw badInput({ resumeUploadId: "This CV upload has expired or was already used. Upload your CV again." });
        }
        const application = await repo.insert(tx, {
          jobId: job.id,
          portalId: portal?.id ?? null,
          candidateName: input.name.trim(),
          candidateEmail: email,
          phone: optional(input.phone),
          coverNote: optional(input.coverNote),
          resumeUploadId,
          source,
          consentAt: now,
          createdAt: now,
          updatedAt: now,
        });
        const mailId = await this.peers.mail.enqueue(tx, {
          to: email,
          subject: `Application received: ${job.title}`,
          text: [
            `Hello ${input.name.trim()},`,
            "",
            `Thank you for applying for "${job.title}" at ${job.employerName} through ${portal?.title ?? NATIONAL_BOARD.name}.`,
            `Your reference is ${application.id}. The employer will contact you at this address.`,
            "",
            `${this.deps.config.publicUrl.replace(/\/$/, "")}${portal === null ? NATIONAL_BOARD.path : `/p/${portal.slug}`}`,
          ].join("\n"),
        });
        return { application, mailId };
      })
      .catch((error: unknown) => {
        if (uniqueViolation(error) !== "applications_one_per_candidate_key") throw error;
        const message = "You have already applied for this job with this email address.";
        throw new DomainError("CONFLICT", message, { email: message });
      });
    this.peers.mail.deliverSoon([mailId]);
    return { id: application.id, jobTitle: job.title, submittedAt: application.createdAt };
  }

  /** The job's applications, newest first; NOT_FOUND unless the job is the current organization's. */
  async applications(viewer: Viewer | null, jobId: string, status: ApplicationStatus | null): Promise<ApplicationRow[]> {
    assertCan(viewer, "applications.read");
    if (!isUuid(jobId)) throw notFound();
    const job = await repo.jobOfEmployer(this.deps.db, jobId, currentOrganizationId(viewer));
    if (job === undefined) throw new DomainError("NOT_FOUND", "No such job ad in this account.");
    return repo.forJob(this.deps.db, jobId, status);
  }

  /** Every application of a job its caller already authorized (the LMT tracker's read-only report). */
  applicationsOfTrackedJob(jobId: string): Promise<ApplicationRow[]> {
    return repo.forJob(this.deps.db, jobId, null);
  }

  /** Moves an application along; REJECTED keeps why (R8's record). Audited, also while accessing a client (R7). */
  async setStatus(
    viewer: Viewer | null,
    id: string,
    status: ApplicationStatus,
    outcomeReason: string | null,
  ): Promise<ApplicationRow> {
    assertCan(viewer, "applications.write");
    if (!isUuid(id)) throw notFound();
    const decided = decideStatusChange(status, outcomeReason);
    const employerId = currentOrganizationId(viewer);
    return this.deps.db.transaction(async (tx) => {
      const found = await repo.byIdForEmployer(tx, id, employerId, true);
      if (found === undefined) throw notFound();
      if (!decided.ok) throw badInput(decided.fields);
      const now = this.deps.clock.now();
      const row = await repo.update(tx, id, {
        status,
        outcomeReason: decided.outcomeReason,
        statusChangedByUserId: viewer.userId,
        updatedAt: now,
      });
      await this.audit(
        tx,
        viewer,
        employerId,
        `Moved ${found.application.candidateName}'s application for "${found.jobTitle}" to ${status}`,
      );
      return row;
    });
  }

  /** The CV file for GET /applications/<id>/resume, for the same people who may list the application. */
  async resume(viewer: Viewer | null, applicationId: string) {
    assertCan(viewer, "applications.read");
    if (!isUuid(applicationId)) throw notFound();
    const row = await repo.resumeForEmployer(this.deps.db, applicationId, currentOrganizationId(viewer));
    if (row === undefined) throw new DomainError("NOT_FOUND", "No such CV in this account.");
    return { ...row, data: Buffer.from(row.data.buffer, row.data.byteOffset, row.data.byteLength) };
  }

  /** Job.applicationCount, for a batch of jobs the caller already may read. */
  countsFor(jobIds: readonly string[]) {
    return repo.countsFor(this.deps.db, jobIds);
  }

  private audit(tx: Parameters<AuditService["record"]>[0], viewer: Viewer, organizationId: string, summary: string) {
    return this.peers.audit.record(tx, viewer, { organizationId, action: "application.status", summary });
  }
}

/** A safe download name: the candidate's base name (letters, digits, - _ . space) with the sniffed extension. */
export function resumeFilename(original: string | null, format: ResumeFormat): string {
  const base = (original ?? "")
    .replace(/^.*[\\/]/, "")
    .replace(/\.[A-Za-z0-9]{1,5}$/, "")
    .replace(/[^A-Za-z0-9 _.-]+/g, "")
    .trim()
    .slice(0, 80);
  return `${base === "" ? "cv" : base}.${format.extension}`;
}
