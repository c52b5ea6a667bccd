import type { BoardJobRow } from "./modules/portal/board.repository.js";
import DataLoader from "dataloader";
import type { Viewer } from "./auth/viewer.js";
import type { Services } from "./services.js";

export interface CookieJar {
  set(name: string, value: string, maxAgeSeconds: number): void;
  clear(name: string): void;
}

export const SESSION_COOKIE = "sid";

/** Everything a resolver may use, built once per request in http/graphql-handler.ts. */
export interface Context {
  viewer: Viewer | null;
  services: Services;
  loaders: Loaders;
  requestId: string;
  clientAddress: string;
  /** From a process on this machine, by the socket (http/respond.ts isFromThisMachine). */
  fromThisMachine: boolean;
  /** The browser's User-Agent, for counting a visitor's page views once a day (issue 14). */
  userAgent?: string;
  cookies: CookieJar;
  /** The ad a job page's request already read to check its cached page (http/public-pages.ts), so rendering does not read it again. */
  boardJobRow?: BoardJobRow;
}

function byId<T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await load(ids);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

function byKey<T>(load: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string) {
  return new DataLoader<string, T | null>(async (keys) => {
    const map = new Map((await load(keys)).map((r) => [keyOf(r), r]));
    return keys.map((k) => map.get(k) ?? null);
  });
}

function groupedBy<T>(load: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string) {
  return new DataLoader<string, T[]>(async (keys) => {
    const groups = new Map<string, T[]>();
    for (const row of await load(keys)) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/** Per-request batching so lists never run one query per row. */
export function createLoaders(services: Services) {
  return {
    user: byId((ids) => services.identity.usersByIds(ids)),
    // R4: balances are read as of now (expired lots count for nothing); reads never write the EXPIRY.
    organization: byId((ids) => services.identity.organizationsByIds(ids)),
    creditBalance: byKey(
      (ids) => services.billing.creditBalances(ids),
      (b) => b.id,
    ),
    job: byId((ids) => services.jobs.jobsByIds(ids)),
    plan: byId((ids) => services.billing.plansByIds(ids)),
    invoice: byId((ids) => services.invoices.invoicesByIds(ids)),
    purchaseInvoice: byKey(
      (ids) => services.invoices.invoicesOfPurchases(ids),
      (i) => i.purchaseId ?? "",
    ),
    jobInvoice: byKey(
      (ids) => services.invoices.invoicesOfJobs(ids),
      (i) => i.jobId ?? "",
    ),
    jobRevisions: groupedBy(
      (ids) => services.jobs.revisionsFor(ids),
      (r) => r.jobId,
    ),
    applicationCount: new DataLoader<string, number>(async (ids) => {
      const counts = new Map((await services.applications.countsFor(ids)).map((c) => [c.jobId, c.n]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
