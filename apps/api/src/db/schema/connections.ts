import { sql } from "drizzle-orm";
import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organizations, users } from "./identity.js";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const connectionStatus = pgEnum("connection_status", ["PENDING", "ACTIVE", "DECLINED", "REVOKED", "EXPIRED"]);

export const clientConnections = pgTable(
  "client_connections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceProviderId: uuid("service_provider_id")
      .notNull()
      .references(() => organizations.id),
    clientId: uuid("client_id").references(() => organizations.id),
    invitedCompanyName: text("invited_company_name").notNull(),
    invitedEmail: text("invited_email").notNull(),
    contactName: text("contact_name"),
    message: text("message"),
    status: connectionStatus("status").notNull().default("PENDING"),
    /** sha256 of the single-use invitation token (R6); cleared once used. */
    tokenHash: text("token_hash"),
    tokenExpiresAt: ts("token_expires_at"),
    invitedByUserId: uuid("invited_by_user_id").references(() => users.id),
    invitedAt: ts("invited_at").notNull().defaultNow(),
    respondedAt: ts("responded_at"),
  },
  (t) => [
    uniqueIndex("client_connections_token_key").on(t.tokenHash),
    // R6: one open invitation or connection per email and per company for a service provider, even under races.
    uniqueIndex("client_connections_open_email_key")
      .on(t.serviceProviderId, t.invitedEmail)
      .where(sql`status IN ('PENDING', 'ACTIVE')`),
    uniqueIndex("client_connections_open_client_key")
      .on(t.serviceProviderId, t.clientId)
      .where(sql`status IN ('PENDING', 'ACTIVE') AND client_id IS NOT NULL`),
    index("client_connections_sp_idx").on(t.serviceProviderId, t.invitedAt),
    index("client_connections_client_idx").on(t.clientId),
    index("client_connections_email_idx").on(t.invitedEmail),
  ],
);
