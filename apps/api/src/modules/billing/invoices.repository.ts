import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { rowFromRecord, rowsOf, type Executor } from "../../db/client.js";
import { creditEntries, creditLots, invoices, jobs, purchases } from "../../db/schema/index.js";

export type InvoiceRow = typeof invoices.$inferSelect;

/** What issue_invoice (db/functions.ts) takes: one invoice or adjustment note. */
export interface InvoiceRequest {
  kind: InvoiceRow["kind"];
  sellerKey: string;
  sellerName: string;
  sellerAbn: string | null;
  numberPrefix: string;
  numberDigits: number;
  organizationId: string;
  purchaseId: string | null;
  jobId: string | null;
  adjustsInvoiceId: string | null;
  refundReference: string | null;
  description: string;
  quantity: number;
  amountCents: number;
  gstCents: number;
  currency: string;
  paymentReference: string | null;
}

export const invoicesRepository = {
  /** Issues (or returns the already issued) document; the caller holds the charged row's lock. */
  async issue(db: Executor, request: InvoiceRequest, at: Date): Promise<InvoiceRow> {
    const rows = rowsOf<Record<string, unknown>>(
      await db.execute(sql`SELECT * FROM issue_invoice(${JSON.stringify(request)}::json, ${at.toISOString()}::timestamptz)`),
    );
    if (!rows[0]) throw new Error("issue_invoice returned nothing");
    return rowFromRecord(invoices, rows[0]);
  },

  async ofOrganization(db: Executor, organizationId: string, limit = 500): Promise<InvoiceRow[]> {
    return (
      db
        .select()
        .from(invoices)
        .where(eq(invoices.organizationId, organizationId))
        // A note comes after its invoice even when both were issued at the same instant.
        .orderBy(desc(invoices.issuedAt), sql`${invoices.kind} = 'ADJUSTMENT_NOTE' DESC`, desc(invoices.sequence))
        .limit(limit)
    );
  },

  async byIdForOrganization(db: Executor, organizationId: string, id: string): Promise<InvoiceRow | undefined> {
    const [row] = await db
      .select()
      .from(invoices)
      .where(and(eq(invoices.id, id), eq(invoices.organizationId, organizationId)))
      .limit(1);
    return row;
  },

  async byIds(db: Executor, ids: readonly string[]): Promise<InvoiceRow[]> {
    if (ids.length === 0) return [];
    return db
      .select()
      .from(invoices)
      .where(inArray(invoices.id, [...ids]));
  },

  async invoiceOfPurchases(db: Executor, purchaseIds: readonly string[]): Promise<InvoiceRow[]> {
    if (purchaseIds.length === 0) return [];
    return db
      .select()
      .from(invoices)
      .where(and(eq(invoices.kind, "TAX_INVOICE"), inArray(invoices.purchaseId, [...purchaseIds])));
  },

  async invoiceOfJobs(db: Executor, jobIds: readonly string[]): Promise<InvoiceRow[]> {
    if (jobIds.length === 0) return [];
    return db
      .select()
      .from(invoices)
      .where(and(eq(invoices.kind, "TAX_INVOICE"), inArray(invoices.jobId, [...jobIds])));
  },

  /** The tax invoices of the purchases whose credits paid for the job's publish (its PUBLISH entries' lots). */
  async invoicesOfCreditsSpentOn(db: Executor, jobId: string): Promise<InvoiceRow[]> {
    const rows = await db
      .selectDistinct({ invoice: invoices })
      .from(creditEntries)
      .innerJoin(creditLots, eq(creditLots.id, creditEntries.lotId))
      .innerJoin(invoices, and(eq(invoices.purchaseId, creditLots.purchaseId), eq(invoices.kind, "TAX_INVOICE")))
      .where(and(eq(creditEntries.jobId, jobId), eq(creditEntries.kind, "PUBLISH")));
    return rows.map((r) => r.invoice);
  },

  /** Charges made before invoices existed (or by a process that died between charge and invoice). */
  async purchasesWithoutInvoice(db: Executor, limit = 500) {
    return db
      .select({ id: purchases.id })
      .from(purchases)
      .leftJoin(invoices, and(eq(invoices.purchaseId, purchases.id), eq(invoices.kind, "TAX_INVOICE")))
      .where(and(eq(purchases.status, "SUCCEEDED"), sql`${purchases.amountCents} > 0`, isNull(invoices.id)))
      .limit(limit);
  },

  async cardJobsWithoutInvoice(db: Executor, limit = 500) {
    return db
      .select({ id: jobs.id })
      .from(jobs)
      .leftJoin(invoices, and(eq(invoices.jobId, jobs.id), eq(invoices.kind, "TAX_INVOICE")))
      .where(and(eq(jobs.paidBy, "CARD"), isNull(invoices.id)))
      .limit(limit);
  },

  async lockPurchase(db: Executor, id: string) {
    const [row] = await db.select().from(purchases).where(eq(purchases.id, id)).for("update");
    return row;
  },

  async lockJob(db: Executor, id: string) {
    const [row] = await db
      .select({
        id: jobs.id,
        title: jobs.title,
        employerId: jobs.employerId,
        paidBy: jobs.paidBy,
        paidAmountCents: jobs.paidAmountCents,
        paymentReference: jobs.paymentReference,
        publishedAt: jobs.publishedAt,
      })
      .from(jobs)
      .where(eq(jobs.id, id))
      .for("update");
    return row;
  },
};
