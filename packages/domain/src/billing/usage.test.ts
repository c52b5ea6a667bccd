import { describe, expect, it } from "vitest";
import { parseMonth, usageByClient, usageCsv, type UsageSpend } from "./usage.js";

const spend = (over: Partial<UsageSpend>): UsageSpend => ({
  entryId: 1,
  at: new Date("2026-07-10T00:00:00Z"),
  day: "2026-07-10",
  credits: 1,
  jobId: "j1",
  jobTitle: "Barista",
  clientId: "c1",
  clientName: "Coastal Cafe",
  publishedByName: "Alex",
  lotPurchase: { amountCents: 59_700, credits: 3 },
  ...over,
});

describe("parseMonth", () => {
  it.each(["2026-07", " 2026-12 "])("takes %j", (m) => expect(parseMonth(m)).toBe(m.trim()));
  it.each(["2026-13", "2026-7", "July", ""])("refuses %j", (m) => expect(() => parseMonth(m)).toThrow());
});

describe("usageByClient", () => {
  it.each([
    ["nothing", [], { ads: 0, credits: 0, valueCents: 0, clients: [] as string[] }],
    [
      "two clients, sorted by name, values from their lots",
      [
        spend({ entryId: 1, clientId: "c2", clientName: "Zed Co" }),
        spend({ entryId: 2 }),
        spend({ entryId: 3, lotPurchase: { amountCents: 149_000, credits: 10 } }),
        spend({ entryId: 4, lotPurchase: null }),
      ],
      { ads: 4, credits: 4, valueCents: 19_900 * 2 + 14_900, clients: ["Coastal Cafe", "Zed Co"] },
    ],
    [
      "another month's spends are left out",
      [spend({ entryId: 1, day: "2026-06-30" }), spend({ entryId: 2 })],
      { ads: 1, credits: 1, valueCents: 19_900, clients: ["Coastal Cafe"] },
    ],
  ])("%s", (_name, spends, expected) => {
    const report = usageByClient("2026-07", spends);
    expect({
      ads: report.ads,
      credits: report.credits,
      valueCents: report.valueCents,
      clients: report.clients.map((c) => c.clientName),
    }).toEqual(expected);
    for (const c of report.clients) expect(c.credits).toBe(c.lines.reduce((n, l) => n + l.credits, 0));
  });
});

describe("usageCsv", () => {
  it("has a row per ad, a total per client and one for the month; formulas stay text", () => {
    const csv = usageCsv(
      usageByClient("2026-07", [spend({ jobTitle: "=HYPERLINK(1)" }), spend({ entryId: 2, jobTitle: "Chef, head" })]),
    );
    expect(csv.split("\r\n")).toEqual([
      "Client,Date,Job ad,Published by,Credits,Value (AUD),Row",
      `Coastal Cafe,2026-07-10,"'=HYPERLINK(1)",Alex,1,199.00,ad`,
      `Coastal Cafe,2026-07-10,"Chef, head",Alex,1,199.00,ad`,
      "Coastal Cafe,2026-07,2 ads,,2,398.00,client total",
      "All clients,2026-07,2 ads,,2,398.00,month total",
      "",
    ]);
  });
});
