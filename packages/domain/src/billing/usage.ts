import { badInput } from "../errors.js";
import type { Cents } from "../money.js";
import { creditValueCents } from "./invoices.js";

/**
 * Usage by client: what an organization's credits paid for in a month, per client (the employer
 * whose ad it was), so an agency can bill its clients for the ads it placed for them. A credit is
 * valued at the price paid for the lot it came from (creditValueCents).
 */
export type Month = string; // YYYY-MM

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function parseMonth(text: string): Month {
  if (!MONTH.test(text.trim())) throw badInput({ month: "Give a month as YYYY-MM, e.g. 2026-07." });
  return text.trim();
}

/** One spend: a ledger PUBLISH entry with its job, client, publisher and the purchase behind its lot. */
export interface UsageSpend {
  entryId: number;
  at: Date;
  /** The spend's calendar day where the organization works (YYYY-MM-DD). */
  day: string;
  credits: number;
  jobId: string;
  jobTitle: string;
  clientId: string;
  clientName: string;
  publishedByName: string | null;
  /** The purchase that granted the lot the credit came from; null for credits granted without a charge. */
  lotPurchase: { amountCents: Cents; credits: number } | null;
}

export interface UsageLine extends UsageSpend {
  valueCents: Cents;
}

export interface ClientUsage {
  clientId: string;
  clientName: string;
  lines: UsageLine[];
  ads: number;
  credits: number;
  valueCents: Cents;
}

export interface UsageReport {
  month: Month;
  clients: ClientUsage[];
  ads: number;
  credits: number;
  valueCents: Cents;
}

/** Groups a month's spends by client (by name, then id), each client's lines in time order. */
export function usageByClient(month: Month, spends: readonly UsageSpend[]): UsageReport {
  const byClient = new Map<string, ClientUsage>();
  for (const spend of spends) {
    if (!spend.day.startsWith(month)) continue;
    const line: UsageLine = { ...spend, valueCents: creditValueCents(spend.lotPurchase) * spend.credits };
    let client = byClient.get(spend.clientId);
    if (client === undefined) {
      client = { clientId: spend.clientId, clientName: spend.clientName, lines: [], ads: 0, credits: 0, valueCents: 0 };
      byClient.set(spend.clientId, client);
    }
    client.lines.push(line);
    client.ads += 1;
    client.credits += line.credits;
    client.valueCents += line.valueCents;
  }
  const clients = [...byClient.values()].sort(
    (a, b) => a.clientName.localeCompare(b.clientName) || a.clientId.localeCompare(b.clientId),
  );
  for (const c of clients) c.lines.sort((a, b) => a.at.getTime() - b.at.getTime() || a.entryId - b.entryId);
  return {
    month,
    clients,
    ads: clients.reduce((n, c) => n + c.ads, 0),
    credits: clients.reduce((n, c) => n + c.credits, 0),
    valueCents: clients.reduce((n, c) => n + c.valueCents, 0),
  };
}

const csvCell = (value: string | number) => {
  const text = String(value);
  // A leading =, +, - or @ would be a formula in a spreadsheet: quoted and prefixed, it stays text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) || safe !== text ? `"${safe.replaceAll('"', '""')}"` : safe;
};
const dollars = (cents: Cents) => (cents / 100).toFixed(2);

/** The month's usage as CSV: one row per ad, then a total row per client and one for the month. */
export function usageCsv(report: UsageReport, currency = "AUD"): string {
  const rows: (string | number)[][] = [["Client", "Date", "Job ad", "Published by", "Credits", `Value (${currency})`, "Row"]];
  for (const c of report.clients) {
    for (const l of c.lines)
      rows.push([c.clientName, l.day, l.jobTitle, l.publishedByName ?? "", l.credits, dollars(l.valueCents), "ad"]);
    rows.push([
      c.clientName,
      report.month,
      `${c.ads} ad${c.ads === 1 ? "" : "s"}`,
      "",
      c.credits,
      dollars(c.valueCents),
      "client total",
    ]);
  }
  rows.push(["All clients", report.month, `${report.ads} ads`, "", report.credits, dollars(report.valueCents), "month total"]);
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
