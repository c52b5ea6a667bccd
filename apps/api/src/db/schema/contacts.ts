import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organizations, users } from "./identity.js";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const portalAccountStatus = pgEnum("portal_account_status", ["NOT_REGISTERED", "PENDING_ACTIVATION", "CONNECTED"]);

/**
 * A person at a client company whom the service provider keeps in touch with (R9). Once invited
 * and activated, the contact has a portal account: a CONTACT membership of the company.
 */
export const contacts = pgTable(
  "contacts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceProviderId: uuid("service_provider_id")
      .notNull()
      .references(() => organizations.id),
    /** The client company the contact works for. */
    companyId: uuid("company_id").references(() => organizations.id),
    name: text("name").notNull(),
    /** Normalized (lower case). */
    email: text("email").notNull(),
    phone: text("phone"),
    /** Derived from the dates below by the domain's portalStatus(), stored so lists filter on it. */
    portalStatus: portalAccountStatus("portal_status").notNull().default("NOT_REGISTERED"),
    invitedAt: ts("invited_at"),
    activatedAt: ts("activated_at"),
    lastLoginAt: ts("last_login_at"),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    /** sha256 of the activation link's token; cleared once used. */
    invitationTokenHash: text("invitation_token_hash"),
    invitationExpiresAt: ts("invitation_expires_at"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("contacts_email_key").on(t.serviceProviderId, t.email),
    index("contacts_page_idx").on(t.serviceProviderId, t.createdAt, t.id),
    uniqueIndex("contacts_invitation_key").on(t.invitationTokenHash),
    index("contacts_user_idx").on(t.userId),
  ],
);
