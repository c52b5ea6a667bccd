import { and, asc, eq, gt, isNotNull, sql } from "drizzle-orm";
import { rowsOf, type Executor } from "../../db/client.js";
import { clientConnections, creditLots, notificationSettings, organizations } from "../../db/schema/index.js";
import { creditBalanceAsOf } from "../billing/balance-as-of.js";

/** The agency dashboard's reads, each one query for all clients at once. */
export const dashboardRepository = {
  /** Invitations still waiting for an answer (not yet expired). */
  async pendingInvitations(db: Executor, serviceProviderId: string, now: Date) {
    return db
      .select({
        id: clientConnections.id,
        companyName: clientConnections.invitedCompanyName,
        email: clientConnections.invitedEmail,
        invitedAt: clientConnections.invitedAt,
        expiresAt: clientConnections.tokenExpiresAt,
      })
      .from(clientConnections)
      .where(
        and(
          eq(clientConnections.serviceProviderId, serviceProviderId),
          eq(clientConnections.status, "PENDING"),
          sql`(${clientConnections.tokenExpiresAt} IS NULL OR ${clientConnections.tokenExpiresAt} > ${now.toISOString()}::timestamptz)`,
        ),
      )
      .orderBy(asc(clientConnections.invitedAt));
  },

  /** R9 vacancies: drafts a client contact submitted to this agency, of clients still ACTIVE. */
  async vacanciesWaiting(db: Executor, serviceProviderId: string) {
    const rows = rowsOf<{
      id: string;
      title: string;
      client_id: string;
      client_name: string;
      connection_id: string;
      created_at: string | Date;
    }>(
      await db.execute(sql`
        SELECT j.id, j.title, j.employer_id AS client_id, o.name AS client_name, c.id AS connection_id, j.created_at
          FROM jobs j
          JOIN memberships m ON m.user_id = j.created_by_user_id AND m.organization_id = j.employer_id AND m.role = 'CONTACT'
          JOIN client_connections c ON c.client_id = j.employer_id AND c.service_provider_id = ${serviceProviderId}::uuid AND c.status = 'ACTIVE'
          JOIN organizations o ON o.id = j.employer_id
         WHERE j.status = 'DRAFT' AND j.created_by_service_provider_id = ${serviceProviderId}::uuid
         ORDER BY j.created_at`),
    );
    return rows.map((r) => ({
      jobId: r.id,
      title: r.title,
      clientId: r.client_id,
      clientName: r.client_name,
      connectionId: r.connection_id,
      submittedAt: new Date(r.created_at),
    }));
  },

  /** Ads of each ACTIVE client published in a calendar month ("YYYY-MM" in the given time zone). */
  async publishedInMonth(db: Executor, serviceProviderId: string, month: string, timeZone: string) {
    const rows = rowsOf<{ client_id: string; client_name: string; connection_id: string; published: number | string }>(
      await db.execute(sql`
        SELECT c.client_id, o.name AS client_name, c.id AS connection_id,
               count(j.id) FILTER (WHERE to_char(j.published_at AT TIME ZONE ${timeZone}, 'YYYY-MM') = ${month}) AS published
          FROM client_connections c
          JOIN organizations o ON o.id = c.client_id
          LEFT JOIN jobs j ON j.employer_id = c.client_id AND j.published_at IS NOT NULL
         WHERE c.service_provider_id = ${serviceProviderId}::uuid AND c.status = 'ACTIVE'
         GROUP BY c.client_id, o.name, c.id
         ORDER BY o.name`),
    );
    return rows.map((r) => ({
      clientId: r.client_id,
      clientName: r.client_name,
      connectionId: r.connection_id,
      published: Number(r.published),
    }));
  },

  /** The balance, the alert threshold, and the lots with credits left that expire, soonest first. */
  async credits(db: Executor, organizationId: string, now: Date) {
    const [org] = await db
      .select({ balance: creditBalanceAsOf(now), threshold: notificationSettings.creditAlertThreshold })
      .from(organizations)
      .leftJoin(notificationSettings, eq(notificationSettings.organizationId, organizations.id))
      .where(eq(organizations.id, organizationId))
      .limit(1);
    const lots = await db
      .select({ remaining: creditLots.remaining, expiresAt: creditLots.expiresAt })
      .from(creditLots)
      .where(and(eq(creditLots.organizationId, organizationId), gt(creditLots.remaining, 0), isNotNull(creditLots.expiresAt)))
      .orderBy(asc(creditLots.expiresAt));
    return { balance: org?.balance ?? 0, threshold: org?.threshold ?? null, lots };
  },
};
