import { zipSync, type Zippable } from "fflate";
import { DomainError, checkProof } from "@app/domain";
import { assertCan } from "../../auth/policy.js";
import { currentOrganizationId, type Viewer } from "../../auth/viewer.js";
import type { AuditService } from "../audit/audit.service.js";
import { renderInvoicePdf } from "../billing/invoice-pdf.js";
import type { InvoiceService } from "../billing/invoices.service.js";
import type { ServiceDeps } from "../deps.js";
import type { IdentityService } from "../identity/identity.service.js";
import { renderAdVersionPdf, type AdVersion } from "./ad-pdf.js";
import { UUID } from "./lmt-checks.service.js";
import { lmtRepository as repo } from "./lmt.repository.js";
import type { LmtReportData, LmtService } from "./lmt.service.js";
import { slugOf } from "./lmt-report.js";
import { renderApplicantsCsv } from "./report-csv.js";

export interface UploadedProof {
  bytes: Uint8Array;
  /** The declared size: more than bytes.length when reading stopped at the limit. */
  size: number;
  filename: string | null;
}

function noPlacement(): DomainError {
  return new DomainError("NOT_FOUND", "No such LMT placement in this account.");
}

/** A name safe inside a ZIP and a Content-Disposition header: letters, digits, dot, dash, underscore. */
function safeName(name: string, fallback: string): string {
  const base = name
    .replace(/^.*[\\/]/, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[-.]+|-+$/g, "")
    .slice(0, 80);
  return base === "" ? fallback : base;
}

const stampDay = (at: Date) => at.toISOString().slice(0, 10);

/**
 * Issue 14's LMT evidence: a manual placement's proof file, and the evidence pack, one ZIP per
 * LMT ad for the people who may read its report.
 */
export class LmtEvidenceService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly peers: { lmt: LmtService; invoices: InvoiceService; identity: IdentityService; audit: AuditService },
  ) {}

  /** Stores (or replaces) the proof of a recorded placement: PNG, JPEG or PDF by its bytes, up to MAX_PROOF_BYTES. */
  async attachProof(viewer: Viewer | null, placementId: string, file: UploadedProof): Promise<LmtReportData> {
    assertCan(viewer, "jobs.write");
    const employerId = currentOrganizationId(viewer);
    if (!UUID.test(placementId)) throw noPlacement();
    const checked = checkProof(file.bytes, file.size);
    if (!checked.ok)
      throw new DomainError("BAD_USER_INPUT", checked.message, { file: checked.message }, { reason: checked.reason });
    const ext = checked.format.extension;
    const base = safeName((file.filename ?? "").replace(/\.[A-Za-z0-9]{1,5}$/, ""), "proof");
    const jobId = await this.deps.db.transaction(async (tx) => {
      const found = await repo.placementOfEmployer(tx, placementId, employerId);
      if (found === undefined) throw noPlacement();
      await repo.saveProof(tx, {
        placementId,
        filename: `${base}.${ext}`,
        contentType: checked.format.contentType,
        bytes: Buffer.from(file.bytes),
        uploadedAt: this.deps.clock.now(),
      });
      await this.peers.audit.record(tx, viewer, {
        organizationId: employerId,
        action: "lmt.placement.proof",
        summary: `Uploaded the proof of the LMT placement "${found.placement.board}" for "${found.job.title}"`,
      });
      return found.job.id;
    });
    return this.peers.lmt.report(viewer, jobId);
  }

  /** A proof as a download, for whoever may read the placement's report. */
  async proofFile(viewer: Viewer | null, placementId: string): Promise<{ filename: string; contentType: string; body: Buffer }> {
    assertCan(viewer, "jobs.read");
    if (!UUID.test(placementId)) throw noPlacement();
    const jobId = await repo.jobIdOfPlacement(this.deps.db, placementId);
    if (jobId === undefined) throw noPlacement();
    await this.peers.lmt.report(viewer, jobId); // authorizes: NOT_FOUND for anyone who may not read it
    const proof = await repo.proof(this.deps.db, placementId);
    if (proof === undefined) throw new DomainError("NOT_FOUND", "This placement has no proof yet.");
    return { filename: proof.filename, contentType: proof.contentType, body: proof.bytes };
  }

  /**
   * The evidence pack of one LMT ad (GET /lmt/<jobId>/evidence.zip), for the same people as the
   * report: the report as PDF; the ad as first published and each later revision, each with the
   * dates it was shown; the tax invoice(s) that paid for it; the proofs of recorded placements;
   * the applicants with their channel, status and outcome reason. README.txt lists what is in it.
   */
  async evidencePack(viewer: Viewer | null, jobId: string): Promise<{ filename: string; body: Buffer }> {
    const report = await this.peers.lmt.report(viewer, jobId);
    const { job } = report;
    const files: Zippable = {};
    const listed: string[] = [];
    const add = (name: string, body: Uint8Array, what: string) => {
      files[name] = [body, { level: name.endsWith(".pdf") || name.endsWith(".csv") || name.endsWith(".txt") ? 6 : 0 }];
      listed.push(`${name}: ${what}`);
    };

    const pdf = await this.peers.lmt.fileOf(report, "pdf");
    add("lmt-report.pdf", pdf.body, `the LMT report, generated ${report.generatedAt.toISOString()}`);

    for (const version of await this.adVersions(report)) {
      const name = version.revision.afterPublish
        ? `ad/revision-${String(version.revision.number).padStart(2, "0")}-${stampDay(version.shownFrom)}.pdf`
        : `ad/as-first-published-${stampDay(version.shownFrom)}.pdf`;
      add(name, await renderAdVersionPdf(version), `${version.label}, shown from ${version.shownFrom.toISOString()}`);
    }

    // The job's own invoice (a card payment) is the ad's; a credit purchase's is the buyer's own, so
    // it goes in only for the organization that bought the credits.
    const readers = new Set([viewer!.organizationId, currentOrganizationId(viewer!)]);
    const invoices = (await this.peers.invoices.invoicesPayingFor(job.id)).filter(
      (i) => i.jobId === job.id || readers.has(i.organizationId),
    );
    for (const invoice of invoices)
      add(
        `invoice-${safeName(invoice.number, "invoice")}.pdf`,
        await renderInvoicePdf(invoice, null),
        `tax invoice ${invoice.number} (${invoice.jobId === job.id ? "the publish of this ad" : "the credits it was paid with"})`,
      );
    if (invoices.length === 0)
      listed.push(
        job.paidBy === null
          ? "No invoice: the ad has not been paid for."
          : "No invoice: the credits it was paid with were bought by another account, or granted without a purchase.",
      );

    for (const placement of report.placements) {
      if (placement.proof === null || placement.proof === undefined) continue;
      const proof = await repo.proof(this.deps.db, placement.id);
      if (proof === undefined) continue;
      add(
        `placement-proofs/${slugOf(placement.board)}-${placement.startsOn}-${safeName(proof.filename, "proof")}`,
        proof.bytes,
        `proof of "${placement.board}" (${placement.startsOn} to ${placement.endsOn ?? "running"})`,
      );
    }

    add(
      "applicants.csv",
      Buffer.from(`\uFEFF${renderApplicantsCsv(report)}`, "utf8"),
      `${report.applications.length} applications`,
    );
    const readme = [
      `Labour Market Testing evidence: "${job.title}" (${report.employerName}${report.agencyName === null ? "" : `, by ${report.agencyName}`})`,
      `Assembled ${report.generatedAt.toISOString()}; days are counted in ${report.daysCountedIn}.`,
      "",
      ...listed,
      "",
    ].join("\r\n");
    files["README.txt"] = Buffer.from(readme, "utf8");
    const body = Buffer.from(zipSync(files, { mtime: report.generatedAt }));
    return { filename: `lmt-evidence-${slugOf(job.title)}-${stampDay(report.generatedAt)}.zip`, body };
  }

  /**
   * The ad as first published (the last revision saved as a draft) and every revision saved after
   * publishing, each shown from its moment (publication, or the save) until the next one or the close.
   */
  private async adVersions(report: LmtReportData): Promise<AdVersion[]> {
    const { job } = report;
    if (job.publishedAt === null) return [];
    const later = report.revisions.filter((r) => r.afterPublish).sort((a, b) => a.number - b.number);
    const first = report.firstPublishedRevision;
    const steps = [
      ...(first === null ? [] : [{ revision: first, from: job.publishedAt, label: "The ad as first published" }]),
      ...later.map((revision) => ({
        revision,
        from: revision.createdAt,
        label: `Revision ${revision.number} (edited after publishing)`,
      })),
    ];
    const authorIds = [...new Set(steps.map((s) => s.revision.authorUserId).filter((id): id is string => id !== null))];
    const authors = new Map((await this.peers.identity.usersByIds(authorIds)).map((u) => [u.id, `${u.name} (${u.email})`]));
    const now = this.deps.clock.now();
    const closed = job.closesAt !== null && job.closesAt <= now ? job.closesAt : null;
    return steps.map((s, i) => ({
      revision: s.revision,
      label: s.label,
      employerName: report.employerName,
      advertiserName: report.advertiserName,
      shownFrom: s.from,
      shownUntil: steps[i + 1]?.from ?? closed,
      author: s.revision.authorUserId === null ? null : (authors.get(s.revision.authorUserId) ?? null),
    }));
  }
}
