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

/**
 * The other direction of R6: an employer invites a service provider by email. A PENDING row is the
 * invitation (single-use token, stored as its hash, 14 days); the service provider is known only once
 * one of its owners or admins answers, and accepting creates the ACTIVE client connection.
 */
export const agencyInvitations = pgTable(
  "agency_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    message: text("message"),
    status: connectionStatus("status").notNull().default("PENDING"),
    /** sha256 of the single-use token; kept once answered so a used link can say so. */
    tokenHash: text("token_hash").notNull(),
    tokenExpiresAt: ts("token_expires_at"),
    invitedByUserId: uuid("invited_by_user_id").references(() => users.id, { onDelete: "set null" }),
    invitedAt: ts("invited_at").notNull().defaultNow(),
    respondedAt: ts("responded_at"),
    /** The service provider that answered, and the connection accepting created. */
    serviceProviderId: uuid("service_provider_id").references(() => organizations.id),
    connectionId: uuid("connection_id").references(() => clientConnections.id),
  },
  (t) => [
    uniqueIndex("agency_invitations_token_key").on(t.tokenHash),
    // One open invitation per employer and address, even under races.
    uniqueIndex("agency_invitations_open_key")
      .on(t.clientId, t.email)
      .where(sql`status = 'PENDING'`),
    index("agency_invitations_email_idx").on(t.email),
  ],
);
