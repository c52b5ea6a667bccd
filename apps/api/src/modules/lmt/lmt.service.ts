import { DomainError, NATIONAL_BOARD_CHANNEL, badInput, rulesOn, dayIn, type Day, type FieldErrors } from "@app/domain";
import { assertCan, can } from "../../auth/policy.js";
import { currentOrganizationId, type Viewer } from "../../auth/viewer.js";
import type { AuditService } from "../audit/audit.service.js";
import type { ServiceDeps } from "../deps.js";
import type { IdentityService } from "../identity/identity.service.js";
import type { JobsService } from "../jobs/jobs.service.js";
import type { ApplicationsService } from "../portal/applications.service.js";
import type { PortalService } from "../portal/portal.service.js";
import type { ApplicationRow } from "../portal/applications.repository.js";
import type { ChannelsService } from "../channels/channels.service.js";
import type { JobRow } from "../jobs/jobs.repository.js";
import { UUID, lmtAdOf, type LmtChecksService } from "./lmt-checks.service.js";
import { lmtRepository as repo } from "./lmt.repository.js";
import { lmtStandingOf } from "./lmt-standing.js";
import { renderLmtReportCsv } from "./report-csv.js";
import { fetchLogo } from "./report-logo.js";
import { renderLmtReportPdf, type ReportBrand } from "./report-pdf.js";
import {
  MAX_PLACEMENTS,
  PORTAL_PLACEMENT_CODE,
  STATUSES,
  lmtEvidencePath,
  lmtProofPath,
  lmtReportCsvPath,
  lmtReportPdfPath,
  parseDay,
  salaryText,
  slugOf,
  unionDays,
  type LmtPlacementView,
  type LmtReportData,
  type PlacementInput,
} from "./lmt-report.js";

export type { LmtReportData, PlacementInput } from "./lmt-report.js";
export {
  PORTAL_PLACEMENT_CODE,
  lmtEvidencePath,
  lmtProofPath,
  lmtReportCsvPath,
  lmtReportPdfPath,
  parseDay,
  slugOf,
} from "./lmt-report.js";

function notFound(): DomainError {
  return new DomainError("NOT_FOUND", "No such job ad in this account.");
}

function notLmt(): DomainError {
  return new DomainError("CONFLICT", "This job ad is not a Labour Market Testing ad.");
}

export class LmtService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly peers: {
      jobs: JobsService;
      applications: ApplicationsService;
      portal: PortalService;
      identity: IdentityService;
      audit: AuditService;
      checks: LmtChecksService;
      channels: ChannelsService;
    },
    /** Reads the job board's logo for the PDF's letterhead (a seam for tests). */
    private readonly logoFetch: (url: string | null) => Promise<Buffer | null> = (url) => fetchLogo(url),
  ) {}

  /** The form's live checks (query lmtChecks). */
  formChecks(...args: Parameters<LmtChecksService["formChecks"]>) {
    return this.peers.checks.formChecks(...args);
  }

  async addPlacement(viewer: Viewer | null, jobId: string, input: PlacementInput): Promise<LmtReportData> {
    assertCan(viewer, "jobs.write");
    const employerId = currentOrganizationId(viewer);
    if (!UUID.test(jobId)) throw notFound();
    const fields: FieldErrors = {};
    const board = input.board.trim();
    if (board === "" || board.length > 120) fields.board = "Name the board or publication (up to 120 characters).";
    const url = (input.url ?? "").trim() === "" ? null : (input.url ?? "").trim();
    if (url !== null && (url.length > 1000 || !/^https?:\/\/[^\s]+$/i.test(url)))
      fields.url = "Enter the ad's web address, starting with https://.";
    const startsOn = this.readDay(input.startsOn);
    if (startsOn === null) fields.startsOn = "Enter the day the ad started (YYYY-MM-DD).";
    const endsText = (input.endsOn ?? "").trim();
    const endsOn = endsText === "" ? null : this.readDay(endsText);
    if (endsText !== "" && endsOn === null)
      fields.endsOn = "Enter the day the ad ended (YYYY-MM-DD), or leave it empty while it runs.";
    if (startsOn !== null && endsOn !== null && endsOn < startsOn) fields.endsOn = "The ad cannot end before it starts.";
    if (Object.keys(fields).length > 0) throw badInput(fields);

    // Read before the transaction: PGlite has one connection, which the transaction holds.
    const channelCodes = (await this.peers.channels.all()).map((c) => c.slug);
    await this.deps.db.transaction(async (tx) => {
      const job = await repo.jobOfEmployer(tx, jobId, employerId, true);
      if (job === undefined) throw notFound();
      if (!job.lmt) throw notLmt();
      const existing = await repo.placements(tx, jobId);
      if (existing.length >= MAX_PLACEMENTS)
        throw new DomainError("CONFLICT", `An ad can record up to ${MAX_PLACEMENTS} placements.`);
      const taken = new Set([PORTAL_PLACEMENT_CODE, ...channelCodes, ...existing.map((p) => p.sourceCode)]);
      const base = slugOf(board);
      let sourceCode = base;
      for (let n = 2; taken.has(sourceCode); n++) sourceCode = `${base}-${n}`;
      await repo.insertPlacement(tx, {
        jobId,
        board,
        nationalReach: input.nationalReach,
        url,
        sourceCode,
        startsOn: startsOn!,
        endsOn,
        createdByUserId: viewer.userId,
        createdAt: this.deps.clock.now(),
      });
      await this.peers.audit.record(tx, viewer, {
        organizationId: employerId,
        action: "lmt.placement.added",
        summary: `Recorded the LMT placement "${board}" (${startsOn} to ${endsOn ?? "running"}) for "${job.title}"`,
      });
    });
    return this.report(viewer, jobId);
  }

  async removePlacement(viewer: Viewer | null, id: string): Promise<LmtReportData> {
    assertCan(viewer, "jobs.write");
    const employerId = currentOrganizationId(viewer);
    if (!UUID.test(id)) throw noPlacement();
    const jobId = await this.deps.db.transaction(async (tx) => {
      const found = await repo.placementOfEmployer(tx, id, employerId);
      if (found === undefined) throw noPlacement();
      await repo.jobOfEmployer(tx, found.job.id, employerId, true);
      await repo.deletePlacement(tx, id);
      await this.peers.audit.record(tx, viewer, {
        organizationId: employerId,
        action: "lmt.placement.removed",
        summary: `Removed the LMT placement "${found.placement.board}" from "${found.job.title}"`,
      });
      return found.job.id;
    });
    return this.report(viewer, jobId);
  }

  /** The intended lodgement day, a redundancy in the occupation, and whether the portal ad has national reach. */
  async setDates(
    viewer: Viewer | null,
    jobId: string,
    input: { intendedLodgement: string | null; redundancyOn: string | null; portalNationalReach: boolean | null },
  ): Promise<LmtReportData> {
    assertCan(viewer, "jobs.write");
    const employerId = currentOrganizationId(viewer);
    if (!UUID.test(jobId)) throw notFound();
    const fields: FieldErrors = {};
    const day = (value: string | null, field: string, message: string) => {
      if (value === null || value.trim() === "") return null;
      const parsed = this.readDay(value);
      if (parsed === null) fields[field] = message;
      return parsed;
    };
    const intendedLodgement = day(
      input.intendedLodgement,
      "intendedLodgement",
      "Enter the day the nomination is to be lodged (YYYY-MM-DD).",
    );
    const redundancyOn = day(input.redundancyOn, "redundancyOn", "Enter the day of the redundancy (YYYY-MM-DD).");
    if (Object.keys(fields).length > 0) throw badInput(fields);
    await this.deps.db.transaction(async (tx) => {
      const job = await repo.jobOfEmployer(tx, jobId, employerId, true);
      if (job === undefined) throw notFound();
      if (!job.lmt) throw notLmt();
      const current = await repo.settings(tx, jobId);
      const portalNationalReach = input.portalNationalReach ?? current?.portalNationalReach ?? false;
      await repo.saveSettings(tx, {
        jobId,
        intendedLodgement,
        redundancyOn,
        portalNationalReach,
        updatedAt: this.deps.clock.now(),
      });
      await this.peers.audit.record(tx, viewer, {
        organizationId: employerId,
        action: "lmt.dates.set",
        summary: `Set the LMT dates of "${job.title}": lodgement ${intendedLodgement ?? "not set"}, redundancy ${redundancyOn ?? "none"}`,
      });
    });
    return this.report(viewer, jobId);
  }

  /** The LMT report (R8): checks, placements with their days, applications per placement and outcomes, revisions. */
  async report(viewer: Viewer | null, jobId: string): Promise<LmtReportData> {
    assertCan(viewer, "jobs.read");
    if (!UUID.test(jobId)) throw notFound();
    // An agency reads its clients' LMT ads from its own account (the tracker); editing needs Access company.
    const readOnly = can(viewer, "lmt.track");
    const job = readOnly ? await this.trackedJob(viewer.organizationId, jobId) : await this.peers.jobs.job(viewer, jobId);
    if (!job.lmt) throw notLmt();
    const now = this.deps.clock.now();
    const today = this.dayOf(now);
    const agencyId = job.createdByServiceProviderId;
    const portalOwnerId = agencyId ?? job.employerId;
    const [settings, recorded, applications, revisions, portal, orgs, views, stays, proofs] = await Promise.all([
      repo.settings(this.deps.db, jobId),
      repo.placements(this.deps.db, jobId),
      readOnly
        ? this.peers.applications.applicationsOfTrackedJob(jobId)
        : this.peers.applications.applications(viewer, jobId, null),
      this.peers.jobs.revisionsFor([jobId]),
      this.peers.portal.portalOf(portalOwnerId),
      this.peers.identity.organizationsByIds(agencyId === null ? [job.employerId] : [job.employerId, agencyId]),
      this.peers.channels.viewsByDay(jobId),
      this.peers.channels.staysOf([jobId]),
      repo.proofsOfJob(this.deps.db, jobId),
    ]);
    const names = new Map(orgs.map((o) => [o.id, o.name]));
    const employerName = names.get(job.employerId) ?? "";
    const agencyName = agencyId === null ? null : (names.get(agencyId) ?? null);
    const publicUrl = this.peers.portal.publicUrl();
    const jobLink = portal === null ? null : `${publicUrl}/p/${portal.slug}/jobs/${job.id}`;

    const { placements, assessment, advertiserName, context, soFar } = lmtStandingOf({
      job,
      settings,
      recorded,
      portalTitle: portal?.title ?? null,
      jobLink,
      names,
      views,
      stays,
      origin: publicUrl,
      now,
      timeZone: this.deps.config.lmtTimeZone,
    });
    const facts = { ...job, salaryPeriod: job.salaryPeriod };
    const rules = rulesOn(context.intendedLodgement ?? today);

    const appViews = applications
      .map((a) => {
        const placement = this.placementFor(a, placements);
        if (placement !== null) placement.applicationCount += 1;
        return {
          id: a.id,
          candidateName: a.candidateName,
          source: a.source,
          placementId: placement?.id ?? null,
          placementBoard: placement?.board ?? null,
          status: a.status,
          outcomeReason: a.outcomeReason,
          appliedAt: a.createdAt,
          erased: a.erasedAt !== null,
        };
      })
      .sort((a, b) => a.appliedAt.getTime() - b.appliedAt.getTime());

    const spans = placements.filter((p) => p.startsOn <= today).map((p) => ({ startsOn: p.startsOn, endsOn: soFar(p) }));
    const starts = placements.map((p) => p.startsOn).sort();
    const running = placements.some((p) => p.endsOn === null);
    const ends = placements.map((p) => p.endsOn ?? today).sort();
    const counted = new Set(assessment.counted);
    const draftRevisions = revisions.filter((r) => !r.afterPublish);

    return {
      job,
      readOnly,
      employerName,
      agencyName,
      advertiserName,
      compliant: assessment.compliant,
      checks: assessment.checks,
      advertisedFrom: starts[0] === undefined ? null : new Date(`${starts[0]}T00:00:00Z`),
      advertisedUntil: running || ends.length === 0 ? null : new Date(`${ends[ends.length - 1]}T00:00:00Z`),
      daysAdvertised: unionDays(spans),
      applicationCount: applications.length,
      csvUrl: lmtReportCsvPath(job.id),
      pdfUrl: lmtReportPdfPath(job.id),
      evidenceUrl: lmtEvidencePath(job.id),
      placements: placements.map(({ row: _row, ...p }) => {
        const proof = proofs.find((f) => f.placementId === p.id);
        return { ...p, proof: proof === undefined ? null : { ...proof, url: lmtProofPath(p.id) } };
      }),
      runs: assessment.runs.map((r) => ({ ...r, counted: counted.has(r) })),
      earliestLodgement: assessment.earliestLodgement,
      latestLodgement: assessment.latestLodgement,
      intendedLodgement: context.intendedLodgement,
      redundancyOn: context.redundancyOn,
      portalNationalReach: settings?.portalNationalReach ?? false,
      salaryText: salaryText(job),
      annualEarnings: lmtAdOf(facts, advertiserName).annualEarnings,
      salaryThreshold: rules.salaryDisclosureThreshold,
      revisions,
      // The ad as first published: the last revision saved while it was a draft.
      firstPublishedRevision: job.publishedAt === null ? null : (draftRevisions[draftRevisions.length - 1] ?? null),
      applications: appViews,
      outcomes: STATUSES.map((status) => ({ status, count: applications.filter((a) => a.status === status).length })),
      generatedAt: now,
      daysCountedIn: this.deps.config.lmtTimeZone,
    };
  }

  /** The report as a download (GET /lmt/<jobId>/report.csv|pdf), for the same people who may read it. */
  async reportFile(
    viewer: Viewer | null,
    jobId: string,
    format: "csv" | "pdf",
  ): Promise<{ filename: string; contentType: string; body: Buffer }> {
    return this.fileOf(await this.report(viewer, jobId), format);
  }

  /** A report already read (and so authorized) as a CSV or PDF file. */
  async fileOf(report: LmtReportData, format: "csv" | "pdf"): Promise<{ filename: string; contentType: string; body: Buffer }> {
    const authorIds = [...new Set(report.revisions.map((r) => r.authorUserId).filter((id): id is string => id !== null))];
    const users = await this.peers.identity.usersByIds(authorIds);
    const authors = new Map(users.map((u) => [u.id, `${u.name} (${u.email})`]));
    const base = `lmt-report-${slugOf(report.job.title)}-${report.generatedAt.toISOString().slice(0, 10)}`;
    if (format === "csv") {
      return {
        filename: `${base}.csv`,
        contentType: "text/csv; charset=utf-8",
        body: Buffer.from(`\uFEFF${renderLmtReportCsv(report, authors)}`, "utf8"),
      };
    }
    return {
      filename: `${base}.pdf`,
      contentType: "application/pdf",
      body: await renderLmtReportPdf(report, authors, await this.brandOf(report)),
    };
  }

  /** The report's letterhead: the agency that ran the ad (else the employer), with its job board's colour and logo. */
  private async brandOf(report: LmtReportData): Promise<ReportBrand> {
    const owner = report.job.createdByServiceProviderId ?? report.job.employerId;
    const portal = await this.peers.portal.portalOf(owner);
    return {
      name: report.agencyName ?? report.employerName,
      colour: portal?.primaryColor ?? "#5b21b6",
      logo: await this.logoFetch(portal?.logoUrl ?? null),
    };
  }

  /** A job of one of the agency's ACTIVE clients; a revoked or ended connection shows nothing (NOT_FOUND). */
  private async trackedJob(serviceProviderId: string, jobId: string): Promise<JobRow> {
    const job = await repo.jobOfActiveClient(this.deps.db, jobId, serviceProviderId);
    if (job === undefined) throw notFound();
    return job;
  }

  /** The LMT calendar day of an instant (LMT_TIME_ZONE): ads run on the agency's days, not UTC's. */
  private dayOf(at: Date): Day {
    return dayIn(at, this.deps.config.lmtTimeZone);
  }

  /** A day the user typed, or a date-time read on the LMT calendar; null when it is neither. */
  private readDay(value: string): Day | null {
    return parseDay(value, this.deps.config.lmtTimeZone);
  }

  /**
   * Which placement an application came through: its `source` (trimmed, any case) matched to a
   * placement's source code or board name; on a board with several placements, the one running on
   * the day of the application. No source, or one that matches nothing, counts for the portal ad.
   */
  private placementFor<P extends LmtPlacementView>(application: ApplicationRow, placements: P[]): P | null {
    const portalAd = placements.find((p) => p.isPortalAd) ?? null;
    const given = (application.source ?? "").trim().toLowerCase();
    // An application through the national board without a code came by the board itself.
    const source = given === "" && application.portalId === null ? NATIONAL_BOARD_CHANNEL : given;
    if (source === "") return portalAd;
    const day = this.dayOf(application.createdAt);
    const during = (ps: P[]) => ps.find((p) => p.startsOn <= day && (p.endsOn === null || day <= p.endsOn)) ?? ps[ps.length - 1];
    const byCode = during(placements.filter((p) => p.sourceCode === source));
    if (byCode !== undefined) return byCode;
    const byBoard = placements.filter((p) => p.board.trim().toLowerCase() === source);
    return during(byBoard) ?? portalAd;
  }
}

function noPlacement(): DomainError {
  return new DomainError("NOT_FOUND", "No such LMT placement in this account.");
}
