import { DomainError, dayIn, parseMonth, usageByClient, usageCsv, type UsageReport } from "@app/domain";
import { assertCan } from "../../auth/policy.js";
import type { Viewer } from "../../auth/viewer.js";
import type { ServiceDeps } from "../deps.js";
import { renderStatementPdf } from "./statement-pdf.js";
import { usageRepository as repo } from "./usage.repository.js";

const DAY_MS = 86_400_000;
const LOGO_TIMEOUT_MS = 3_000;
const LOGO_MAX_BYTES = 2_000_000;

/**
 * Usage by client: what the organization's credits paid for in a month, per client, valued at
 * the price paid for each credit's lot, on the organization's calendar (LMT_TIME_ZONE, the
 * agencies' own). The report, its CSV and a client's statement read the same ledger rows.
 */
export class UsageService {
  constructor(private readonly deps: ServiceDeps) {}

  async report(viewer: Viewer | null, monthText: string): Promise<UsageReport> {
    assertCan(viewer, "credits.read");
    const month = parseMonth(monthText);
    const [y, m] = month.split("-").map(Number);
    // A day either side of the UTC month holds the whole month in any zone; the domain keeps the zone's month.
    const from = new Date(Date.UTC(y!, m! - 1, 1) - DAY_MS);
    const to = new Date(Date.UTC(y!, m!, 1) + DAY_MS);
    const zone = this.deps.config.lmtTimeZone;
    const rows = await repo.spends(this.deps.db, viewer.organizationId, from, to);
    return usageByClient(
      month,
      rows.map((r) => ({
        entryId: r.entryId,
        at: r.at,
        day: dayIn(r.at, zone),
        credits: -r.amount,
        jobId: r.jobId,
        jobTitle: r.jobTitle,
        clientId: r.clientId,
        clientName: r.clientName,
        publishedByName: r.publishedByName,
        lotPurchase:
          r.purchaseAmountCents === null || r.purchaseCredits === null
            ? null
            : { amountCents: r.purchaseAmountCents, credits: r.purchaseCredits },
      })),
    );
  }

  async csv(viewer: Viewer | null, month: string): Promise<{ filename: string; body: Buffer }> {
    const report = await this.report(viewer, month);
    return { filename: `usage-${report.month}.csv`, body: Buffer.from(usageCsv(report), "utf8") };
  }

  /** A client's statement for the month, on the organization's letterhead (its name and job board logo). */
  async statement(viewer: Viewer | null, month: string, clientId: string): Promise<{ filename: string; body: Buffer }> {
    const report = await this.report(viewer, month);
    const client = report.clients.find((c) => c.clientId === clientId);
    if (!client) throw new DomainError("NOT_FOUND", "This client used no credits that month.");
    const letterhead = await repo.letterhead(this.deps.db, viewer!.organizationId);
    const logo = letterhead?.logoUrl ? await fetchLogo(letterhead.logoUrl) : null;
    const body = await renderStatementPdf({
      month: report.month,
      issuerName: letterhead?.name ?? "",
      logo,
      client,
      issuedAt: this.deps.clock.now(),
    });
    const slug =
      client.clientName
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "") || "client";
    return { filename: `statement-${report.month}-${slug}.pdf`, body };
  }
}

/** The logo as PNG or JPEG bytes, or null when it cannot be had quickly (the statement then shows the name only). */
async function fetchLogo(url: string): Promise<Buffer | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(LOGO_TIMEOUT_MS), redirect: "follow" });
    if (!response.ok) return null;
    const bytes = Buffer.from(await response.arrayBuffer());
    if (bytes.length > LOGO_MAX_BYTES) return null;
    const png = bytes.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
    return png || jpeg ? bytes : null;
  } catch {
    return null;
  }
}
