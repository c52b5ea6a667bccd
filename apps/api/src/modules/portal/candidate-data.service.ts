import {
  DomainError,
  badInput,
  candidateLinkExpiry,
  erasedCandidate,
  isEmail,
  normalizeEmail,
  withoutCandidateName,
  NATIONAL_BOARD,
  type CandidateDataRequestKind,
} from "@app/domain";
import { newSecret, sha256 } from "../../lib/secrets.js";
import type { ServiceDeps } from "../deps.js";
import type { MailService } from "../mail/mail.service.js";
import type { RateLimit, RateLimitService } from "../rate-limits/rate-limit.service.js";
import { candidateDataRepository as repo } from "./candidate-data.repository.js";

const perHour = (limit: number, refusal: string): RateLimit => ({
  limit,
  windowSeconds: 3600,
  refusal: (minutes) => `${refusal} Try again in ${minutes} minutes.`,
});
/** Links per address asked for, so nobody can fill a stranger's inbox; and per network. */
const PER_EMAIL = perHour(3, "We have already sent several links to this address.");
const PER_ADDRESS = perHour(20, "Too many requests from your network.");

function linkNotUsable(): DomainError {
  return new DomainError("NOT_FOUND", "This link has expired or was already used. Ask for a new one from the job board.");
}

/** One application in a candidate's export: what they sent, where it went and what became of it. */
export interface ExportedApplication {
  id: string;
  submittedAt: string;
  job: { title: string; employer: string; jobBoard: string };
  name: string;
  email: string;
  phone: string | null;
  coverNote: string | null;
  source: string | null;
  status: string;
  consentGivenAt: string;
  cv: { filename: string; contentType: string; base64: string } | null;
}

/**
 * R10: a candidate asks, by email, for a copy of what their applications hold or for its erasure.
 * Both answer the same whether or not the address applied anywhere (no one learns who applied);
 * the link goes to the address itself, so only its owner can use it.
 */
export class CandidateDataService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly peers: { mail: MailService; rateLimits: RateLimitService },
  ) {}

  requestExport(email: string, clientAddress: string): Promise<boolean> {
    return this.request("EXPORT", email, clientAddress);
  }

  requestErasure(email: string, clientAddress: string): Promise<boolean> {
    return this.request("ERASURE", email, clientAddress);
  }

  /** GET /candidate-data/export?token=…: the link works for a week, as often as needed. */
  async export(token: string): Promise<{ email: string; exportedAt: string; applications: ExportedApplication[] }> {
    const now = this.deps.clock.now();
    const request = token.trim() === "" ? undefined : await repo.usableRequest(this.deps.db, sha256(token.trim()), "EXPORT", now);
    if (request === undefined) throw linkNotUsable();
    const rows = await repo.exportRows(this.deps.db, request.email);
    return {
      email: request.email,
      exportedAt: now.toISOString(),
      applications: rows.map((r) => ({
        id: r.id,
        submittedAt: r.submittedAt.toISOString(),
        job: { title: r.jobTitle, employer: r.employerName, jobBoard: r.portalTitle ?? NATIONAL_BOARD.name },
        name: r.candidateName,
        email: r.candidateEmail,
        phone: r.phone,
        coverNote: r.coverNote,
        source: r.source,
        status: r.status,
        consentGivenAt: r.consentAt.toISOString(),
        cv:
          r.cvData === null || r.cvFilename === null || r.cvContentType === null
            ? null
            : { filename: r.cvFilename, contentType: r.cvContentType, base64: Buffer.from(r.cvData).toString("base64") },
      })),
    };
  }

  /**
   * The candidate confirms from the emailed link. In one transaction: every application of the
   * address loses name, email, phone, note and CV (status and outcome stay for the LMT record),
   * the activity log stops naming them, and mail and links to the address go. The link works once.
   */
  async confirmErasure(token: string): Promise<boolean> {
    if (token.trim() === "") throw linkNotUsable();
    const now = this.deps.clock.now();
    await this.deps.db.transaction(async (tx) => {
      const request = await repo.usableRequest(tx, sha256(token.trim()), "ERASURE", now, true);
      if (request === undefined) throw linkNotUsable();
      const erasing = await repo.applicationsToErase(tx, request.email);
      for (const application of erasing) {
        await repo.eraseApplication(tx, application.id, {
          ...erasedCandidate(application.id),
          resumeUploadId: null,
          erasedAt: now,
          updatedAt: now,
        });
      }
      await repo.deleteUploads(
        tx,
        erasing.flatMap((a) => (a.resumeUploadId === null ? [] : [a.resumeUploadId])),
      );
      const employerIds = [...new Set(erasing.map((a) => a.employerId))];
      for (const name of new Set(erasing.map((a) => a.candidateName))) {
        for (const line of await repo.applicationLogLines(tx, employerIds, name)) {
          const summary = withoutCandidateName(line.summary, name);
          if (summary !== line.summary) await repo.setLogSummary(tx, line.id, summary);
        }
      }
      await repo.deleteMailTo(tx, request.email);
      await repo.deleteRequests(tx, request.email);
    });
    return true;
  }

  private async request(kind: CandidateDataRequestKind, email: string, clientAddress: string): Promise<boolean> {
    if (!isEmail(email.trim())) throw badInput({ email: "Enter the email address you applied with." });
    const address = normalizeEmail(email);
    await this.peers.rateLimits.count(`candidate-data:address:${clientAddress}`, PER_ADDRESS);
    await this.peers.rateLimits.count(`candidate-data:email:${address}`, PER_EMAIL);
    if (!(await repo.hasApplications(this.deps.db, address))) return true;

    const now = this.deps.clock.now();
    const token = newSecret();
    const link = `${this.deps.config.publicUrl.replace(/\/$/, "")}/your-data/${kind === "EXPORT" ? "export" : "erase"}?token=${token}`;
    const mailId = await this.deps.db.transaction(async (tx) => {
      await repo.deleteExpiredRequests(tx, now);
      await repo.insertRequest(tx, {
        kind,
        email: address,
        tokenHash: sha256(token),
        createdAt: now,
        expiresAt: candidateLinkExpiry(kind, now),
      });
      return this.peers.mail.enqueue(tx, {
        to: address,
        ...(kind === "EXPORT"
          ? {
              subject: "A copy of your job application data",
              text: [
                "You asked for a copy of the data your job applications hold: your details, cover notes, CVs and",
                "where each application stands. Open this link within 7 days to download it:",
                "",
                link,
                "",
                "If you did not ask for this, ignore this email: nobody else can use the link.",
              ].join("\n"),
            }
          : {
              subject: "Confirm the erasure of your job application data",
              text: [
                "You asked us to erase the data your job applications hold: your name, email, phone, cover",
                "notes and CVs. Employers keep only an anonymous count of applications and their outcomes.",
                "Open this link within 24 hours to confirm; it cannot be undone:",
                "",
                link,
                "",
                "If you did not ask for this, ignore this email and nothing will change.",
              ].join("\n"),
            }),
      });
    });
    this.peers.mail.deliverSoon([mailId]);
    return true;
  }
}
