import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

export const organizationKind = pgEnum("organization_kind", ["SERVICE_PROVIDER", "EMPLOYER"]);
/** CONTACT: a client contact's portal account (R9): reads its company's jobs and candidates, submits vacancies. */
export const membershipRole = pgEnum("membership_role", ["OWNER", "ADMIN", "MEMBER", "CONTACT"]);

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash"),
    /** Null until the address is verified by mail; accounts from before verification existed count as verified. */
    emailVerifiedAt: ts("email_verified_at"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_key").on(t.email)],
);

export const organizations = pgTable(
  "organizations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: organizationKind("kind").notNull(),
    name: text("name").notNull(),
    /** Cached sum of this organization's credit entries (R3); the CHECK is the last guard against overdraft. */
    creditBalance: integer("credit_balance").notNull().default(0),
    creditSharingEnabled: boolean("credit_sharing_enabled").notNull().default(false),
    phone: text("phone"),
    website: text("website"),
    address: text("address"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [check("organizations_credit_balance_not_negative", sql`${t.creditBalance} >= 0`)],
);

export const memberships = pgTable(
  "memberships",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    role: membershipRole("role").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.organizationId] }), index("memberships_org_idx").on(t.organizationId)],
);

export const sessions = pgTable(
  "sessions",
  {
    /** sha256 of the cookie's secret: a leaked table signs nobody in. */
    id: text("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The user's own organization the session acts for. */
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /** Set while a service provider user is inside a client's employer account (R7). */
    accessingConnectionId: uuid("accessing_connection_id"),
    createdAt: ts("created_at").notNull().defaultNow(),
    expiresAt: ts("expires_at").notNull(),
    /** Shown on the Account page's session list. */
    userAgent: text("user_agent"),
    clientAddress: text("client_address"),
    lastUsedAt: ts("last_used_at"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const accessTokens = pgTable(
  "access_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
    lastUsedAt: ts("last_used_at"),
    revokedAt: ts("revoked_at"),
  },
  (t) => [uniqueIndex("access_tokens_hash_key").on(t.tokenHash), index("access_tokens_user_idx").on(t.userId)],
);

/** An invitation to join an organization's team; the link carries the only copy of the token. */
export const teamInvitations = pgTable(
  "team_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: membershipRole("role").notNull(),
    tokenHash: text("token_hash").notNull(),
    invitedByUserId: uuid("invited_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: ts("created_at").notNull().defaultNow(),
    expiresAt: ts("expires_at").notNull(),
    acceptedAt: ts("accepted_at"),
    acceptedByUserId: uuid("accepted_by_user_id").references(() => users.id, { onDelete: "set null" }),
    canceledAt: ts("canceled_at"),
  },
  (t) => [
    uniqueIndex("team_invitations_token_key").on(t.tokenHash),
    uniqueIndex("team_invitations_open_key")
      .on(t.organizationId, t.email)
      .where(sql`accepted_at IS NULL AND canceled_at IS NULL`),
  ],
);

/** Single-use mailed links: a password reset, or verifying an (new) email address. */
export const accountTokens = pgTable(
  "account_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose").$type<"PASSWORD_RESET" | "VERIFY_EMAIL">().notNull(),
    /** The address the link was sent to (for VERIFY_EMAIL, the address being verified). */
    email: text("email").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
    expiresAt: ts("expires_at").notNull(),
    usedAt: ts("used_at"),
  },
  (t) => [uniqueIndex("account_tokens_token_key").on(t.tokenHash), index("account_tokens_user_idx").on(t.userId)],
);
