import { DomainError, badInput, isEmail, normalizeEmail, sharedCreditsAvailable, type FieldErrors } from "@app/domain";
import { assertCan } from "../../auth/policy.js";
import type { Viewer } from "../../auth/viewer.js";
import type { Tx } from "../../db/client.js";
import { decodeCursor, pageSize, toPage } from "../../lib/cursor.js";
import { newSecret, sha256 } from "../../lib/secrets.js";
import type { AuditService } from "../audit/audit.service.js";
import type { ServiceDeps } from "../deps.js";
import type { IdentityService } from "../identity/identity.service.js";
import type { MailService } from "../mail/mail.service.js";
import { effectiveStatus, effectiveStatusIs, invitationExpiry, type ConnectionStatus } from "./connection-status.js";

export type { ClientConnectionView };
import { connectionsRepository as repo, type ConnectionRow, type NamedConnection } from "./connections.repository.js";
import { invitationEmail } from "./invitation-email.js";
import { presentConnection as present, type ClientConnectionView } from "./connection-view.js";
import { uniqueViolation } from "../../db/unique-violation.js";

export interface InviteClientRequest {
  companyName: string;
  email: string;
  contactName?: string | null;
  message?: string | null;
}

export interface InvitationPreview {
  serviceProviderName: string;
  inviterName: string | null;
  invitedCompanyName: string;
  invitedEmail: string;
  status: ConnectionStatus;
  accountExists: boolean;
}

interface Peers {
  identity: IdentityService;
  audit: AuditService;
  mail: MailService;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const USED_LINK = "This invitation link is not valid or has already been used.";

/** Runs inside the transaction in which a client accepted, declined or revoked a connection. */
export type ClientAccessHook = (
  tx: Tx,
  change: { connectionId: string; serviceProviderId: string; clientName: string; change: "ACCEPTED" | "DECLINED" | "REVOKED" },
) => Promise<void>;

/** R6 connections between a service provider and its client employers. */
export class ConnectionsService {
  private readonly clientAccessHooks: ClientAccessHook[] = [];

  onClientAccessChanged(hook: ClientAccessHook): void {
    this.clientAccessHooks.push(hook);
  }

  constructor(
    private readonly deps: ServiceDeps,
    private readonly peers: Peers,
  ) {}

  async clients(
    viewer: Viewer | null,
    args: { status: ConnectionStatus | null; search: string | null; first: number; after: string | null },
  ) {
    assertCan(viewer, "clients.read");
    const limit = pageSize(args.first);
    const search = args.search === null || args.search.trim() === "" ? null : args.search.trim();
    if (search !== null && search.length > 100) throw badInput({ search: "Search for at most 100 characters." });
    const now = this.deps.clock.now();
    const rows = await repo.clientsPage(this.deps.db, {
      serviceProviderId: viewer.organizationId,
      status: args.status === null ? undefined : effectiveStatusIs(args.status, now),
      search,
      after: decodeClientsCursor(args.after),
      limit: limit + 1,
    });
    const page = toPage(rows, limit, (r) => [r.invitedAt.toISOString(), r.id]);
    return { ...page, nodes: page.nodes.map((r) => present(r, now)) };
  }

  /** Invitations sent to any member's email, and connections where this employer is the client. */
  async accessRequests(viewer: Viewer | null, status: ConnectionStatus | null) {
    assertCan(viewer, "accessRequests.read");
    const now = this.deps.clock.now();
    const rows = await repo.forEmployerList(
      this.deps.db,
      viewer.organizationId,
      status === null ? undefined : effectiveStatusIs(status, now),
    );
    return rows.map((r) => present(r, now));
  }

  /**
   * Public: what an invitation link shows before anyone signs in, and once it is answered (accepted
   * or declined: the link says so); null for an unknown or cancelled token.
   */
  async invitation(token: string): Promise<InvitationPreview | null> {
    const { db, clock } = this.deps;
    const found = token.trim() === "" ? undefined : await repo.byTokenHash(db, sha256(token.trim()));
    if (!found) return null;
    const { connection } = found;
    return {
      serviceProviderName: found.serviceProviderName,
      inviterName: await repo.userName(db, connection.invitedByUserId),
      invitedCompanyName: connection.invitedCompanyName,
      invitedEmail: connection.invitedEmail,
      status: effectiveStatus(connection, clock.now()),
      accountExists: await repo.accountExists(db, connection.invitedEmail),
    };
  }

  async invite(viewer: Viewer | null, input: InviteClientRequest): Promise<ClientConnectionView> {
    assertCan(viewer, "clients.invite");
    const request = checkInvitation(input);
    const agencyName = await this.organizationName(viewer.organizationId);
    const now = this.deps.clock.now();
    const token = newSecret();
    const expiresAt = invitationExpiry(now);
    const { row, mailId } = await this.conflictSafe(() =>
      this.deps.db.transaction(async (tx) => {
        const clash = await repo.openClash(tx, viewer.organizationId, request.email, request.companyName);
        if (clash) throw clashError(clash, request);
        const row = await repo.insert(tx, {
          serviceProviderId: viewer.organizationId,
          invitedCompanyName: request.companyName,
          invitedEmail: request.email,
          contactName: request.contactName,
          message: request.message,
          status: "PENDING",
          tokenHash: sha256(token),
          tokenExpiresAt: expiresAt,
          invitedByUserId: viewer.userId,
          invitedAt: now,
        });
        await this.peers.audit.record(tx, viewer, {
          organizationId: viewer.organizationId,
          action: "clients.invite",
          summary: `Invited ${request.companyName} (${request.email}) to connect`,
        });
        const mailId = await this.peers.mail.enqueue(
          tx,
          invitationEmail({
            ...request,
            publicUrl: this.deps.config.publicUrl,
            token,
            serviceProviderName: agencyName,
            expiresAt,
          }),
        );
        return { row, mailId };
      }),
    );
    this.peers.mail.deliverSoon([mailId]);
    return present(row, now);
  }

  /** A new token and a new 14 days; the old link stops working (R6). */
  async resendInvitation(viewer: Viewer | null, connectionId: string): Promise<ClientConnectionView> {
    assertCan(viewer, "clients.invite");
    const { db, clock } = this.deps;
    const found = UUID.test(connectionId) ? await repo.forServiceProvider(db, connectionId, viewer.organizationId) : undefined;
    if (!found) throw notFound();
    if (found.connection.status !== "PENDING") {
      throw new DomainError(
        "CONFLICT",
        `Only a pending invitation can be resent; this one is ${statusWord(found.connection.status)}.`,
      );
    }
    const now = clock.now();
    const token = newSecret();
    const expiresAt = invitationExpiry(now);
    const { row, mailId } = await db.transaction(async (tx) => {
      const row = await repo.replaceToken(tx, connectionId, sha256(token), expiresAt);
      if (!row) throw answeredMeanwhile();
      await this.peers.audit.record(tx, viewer, {
        organizationId: viewer.organizationId,
        action: "clients.resendInvitation",
        summary: `Resent the invitation to ${row.invitedCompanyName} (${row.invitedEmail})`,
      });
      const mailId = await this.peers.mail.enqueue(
        tx,
        invitationEmail({
          publicUrl: this.deps.config.publicUrl,
          token,
          serviceProviderName: found.serviceProviderName,
          companyName: row.invitedCompanyName,
          email: row.invitedEmail,
          contactName: row.contactName,
          message: row.message,
          expiresAt,
        }),
      );
      return { row, mailId };
    });
    this.peers.mail.deliverSoon([mailId]);
    return present(row, now);
  }

  /** An employer owner or admin accepts with the link's token; the viewer's employer becomes the client. */
  async acceptInvitation(viewer: Viewer | null, token: string): Promise<ClientConnectionView> {
    assertCan(viewer, "accessRequests.respond");
    const row = await this.conflictSafe(() => this.deps.db.transaction((tx) => this.acceptToken(tx, viewer, token)));
    return present(row, this.deps.clock.now());
  }

  /** Registered with IdentityService: runs inside the sign-up transaction, so a bad token undoes the sign-up. */
  async acceptOnSignUp(tx: Tx, account: { userId: string; organizationId: string; invitationToken: string }): Promise<void> {
    const owner: Viewer = {
      userId: account.userId,
      sessionId: null,
      tokenId: null,
      organizationId: account.organizationId,
      organizationKind: "EMPLOYER",
      role: "OWNER",
      // Accepting is not gated on verification; the account was just created.
      emailVerified: true,
      accessing: null,
    };
    await this.acceptToken(tx, owner, account.invitationToken);
  }

  /** Accept or decline an invitation sent to the email of one of this employer's members. */
  async respondToAccessRequest(viewer: Viewer | null, connectionId: string, accept: boolean): Promise<ClientConnectionView> {
    assertCan(viewer, "accessRequests.respond");
    const { db, clock } = this.deps;
    const now = clock.now();
    const row = await this.conflictSafe(() =>
      db.transaction(async (tx) => {
        const found = UUID.test(connectionId) ? await repo.forEmployer(tx, connectionId, viewer.organizationId) : undefined;
        if (!found) throw notFound();
        const { connection } = found;
        if (connection.status !== "PENDING")
          throw new DomainError("CONFLICT", `This request was already answered: it is ${statusWord(connection.status)}.`);
        if (!accept) {
          const declined = await repo.decline(tx, connection.id, now);
          if (!declined) throw answeredMeanwhile();
          await this.recordBothSides(tx, viewer, declined, viewer.organizationId, {
            action: "clients.decline",
            serviceProvider: (client) => `${client} declined your invitation`,
            client: (agency) => `Declined ${agency}'s request to access this account`,
          });
          return declined;
        }
        if (effectiveStatus(connection, now) === "EXPIRED") throw expired(found.serviceProviderName);
        return this.activate(tx, viewer, found, viewer.organizationId, now);
      }),
    );
    return present(row, now);
  }

  /** Either side ends the connection (R6); an agency inside the client cannot act as the client (R7). */
  async revoke(viewer: Viewer | null, connectionId: string): Promise<ClientConnectionView> {
    const asClient = viewer?.organizationKind === "EMPLOYER";
    assertCan(viewer, asClient ? "accessRequests.respond" : "clients.revoke");
    const { db, clock } = this.deps;
    const found = !UUID.test(connectionId)
      ? undefined
      : asClient
        ? await repo.forClient(db, connectionId, viewer.organizationId)
        : await repo.forServiceProvider(db, connectionId, viewer.organizationId);
    if (!found) throw notFound();
    const status = found.connection.status;
    if (status !== "PENDING" && status !== "ACTIVE")
      throw new DomainError("CONFLICT", `This connection has already ended: it is ${statusWord(status)}.`);
    const row = await db.transaction(async (tx) => {
      const revoked = await repo.revoke(tx, connectionId);
      if (!revoked) throw answeredMeanwhile();
      const company = found.clientName ?? revoked.invitedCompanyName;
      const agency = found.serviceProviderName;
      await this.recordBothSides(tx, viewer, revoked, revoked.clientId, {
        action: "clients.revoke",
        serviceProvider: () =>
          asClient
            ? `${company} revoked your access to its account`
            : status === "PENDING"
              ? `Cancelled the invitation to ${company}`
              : `Revoked the connection with ${company}`,
        client: () => (asClient ? `Revoked ${agency}'s access to this account` : `${agency} ended its access to this account`),
      });
      return revoked;
    });
    return present(row, clock.now());
  }

  /** ClientConnection.sharedCredits: what the agency's credits can pay for this client right now (R1). */
  sharedCredits(
    connection: ClientConnectionView,
    serviceProvider: { creditBalance: number; creditSharingEnabled: boolean } | null,
  ): number {
    if (serviceProvider === null) return 0;
    return sharedCreditsAvailable(
      { sharingEnabled: serviceProvider.creditSharingEnabled, credits: serviceProvider.creditBalance },
      connection.status === "ACTIVE",
    );
  }

  /** The connection the session is inside; principal() already checked it is ACTIVE and the viewer's (R7). */
  async accessingClient(viewer: Viewer): Promise<ClientConnectionView | null> {
    if (viewer.accessing === null) return null;
    const [row] = await repo.byIds(this.deps.db, [viewer.accessing.connectionId]);
    return row === undefined ? null : present(row, this.deps.clock.now());
  }

  /** Also used by access.service.ts: the connection of this service provider, with both names. */
  async ownConnection(serviceProviderId: string, connectionId: string): Promise<NamedConnection> {
    const found = UUID.test(connectionId)
      ? await repo.forServiceProvider(this.deps.db, connectionId, serviceProviderId)
      : undefined;
    if (!found) throw notFound();
    return found;
  }

  private async acceptToken(tx: Tx, viewer: Viewer, token: string): Promise<ConnectionRow> {
    const found = token.trim() === "" ? undefined : await repo.byTokenHash(tx, sha256(token.trim()));
    if (!found || found.connection.status !== "PENDING") throw new DomainError("NOT_FOUND", USED_LINK);
    const now = this.deps.clock.now();
    if (effectiveStatus(found.connection, now) === "EXPIRED") throw expired(found.serviceProviderName);
    return this.activate(tx, viewer, found, viewer.organizationId, now);
  }

  private async activate(tx: Tx, viewer: Viewer, found: NamedConnection, clientId: string, now: Date): Promise<ConnectionRow> {
    if (await repo.openForClient(tx, found.connection.serviceProviderId, clientId)) {
      throw new DomainError(
        "CONFLICT",
        `Your company already has a connection or a pending invitation with ${found.serviceProviderName}.`,
      );
    }
    const row = await repo.accept(tx, found.connection.id, clientId, now);
    if (!row) throw new DomainError("NOT_FOUND", USED_LINK);
    await this.recordBothSides(tx, viewer, row, clientId, {
      action: "clients.accept",
      serviceProvider: (client) => `${client} accepted your invitation to connect`,
      client: (agency) => `Accepted ${agency}'s request to access this account`,
    });
    return row;
  }

  /** Connection writes are recorded for each organization they touch; names are read in the same transaction. */
  private async recordBothSides(
    tx: Tx,
    viewer: Viewer,
    row: ConnectionRow,
    clientId: string | null,
    event: { action: string; serviceProvider: (clientName: string) => string; client: (agencyName: string) => string },
  ): Promise<void> {
    const names = await repo.names(tx, row.serviceProviderId, clientId);
    const clientName = names.client ?? row.invitedCompanyName;
    const change = ({ "clients.accept": "ACCEPTED", "clients.decline": "DECLINED", "clients.revoke": "REVOKED" } as const)[
      event.action as "clients.accept" | "clients.decline" | "clients.revoke"
    ];
    // What the agency did itself needs no reminder; what its client did does (R14).
    if (change !== undefined && viewer.organizationKind === "EMPLOYER") {
      for (const hook of this.clientAccessHooks)
        await hook(tx, { connectionId: row.id, serviceProviderId: row.serviceProviderId, clientName, change });
    }
    await this.peers.audit.record(tx, viewer, {
      organizationId: row.serviceProviderId,
      action: event.action,
      summary: event.serviceProvider(clientName),
    });
    if (clientId !== null) {
      await this.peers.audit.record(tx, viewer, {
        organizationId: clientId,
        action: event.action,
        summary: event.client(names.serviceProvider),
      });
    }
  }

  private async organizationName(id: string): Promise<string> {
    const [org] = await this.peers.identity.organizationsByIds([id]);
    if (!org) throw new DomainError("NOT_FOUND", "Your organization no longer exists.");
    return org.name;
  }

  /** The partial unique indexes decide races the pre-checks cannot see (R6). */
  private async conflictSafe<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const index = uniqueViolation(error);
      if (index === "client_connections_open_email_key") {
        throw new DomainError("CONFLICT", "This email already has a pending invitation or an active connection with you.", {
          email: "This email already has a pending invitation or an active connection with you.",
        });
      }
      if (index === "client_connections_open_client_key") {
        throw new DomainError(
          "CONFLICT",
          "This company already has a pending invitation or an active connection with this service provider.",
        );
      }
      throw error;
    }
  }
}

function checkInvitation(input: InviteClientRequest) {
  const fields: FieldErrors = {};
  const email = normalizeEmail(input.email);
  const companyName = input.companyName.trim();
  const contactName = input.contactName?.trim() ?? "";
  const message = input.message?.trim() ?? "";
  if (!isEmail(email)) fields.email = "Enter a valid email address.";
  if (companyName === "") fields.companyName = "Enter the company's name.";
  else if (companyName.length > 160) fields.companyName = "Use at most 160 characters.";
  if (contactName.length > 120) fields.contactName = "Use at most 120 characters.";
  if (message.length > 2000) fields.message = "Keep the message under 2000 characters.";
  if (Object.keys(fields).length > 0) throw badInput(fields);
  return { email, companyName, contactName: contactName === "" ? null : contactName, message: message === "" ? null : message };
}

function clashError(
  clash: { invitedEmail: string; invitedCompanyName: string; status: string },
  request: { email: string; companyName: string },
): DomainError {
  const what = clash.status === "ACTIVE" ? "an active connection" : "a pending invitation";
  if (clash.invitedEmail === request.email) {
    const text = `${request.email} already has ${what} with you. ${clash.status === "ACTIVE" ? "" : "Resend it instead."}`.trim();
    return new DomainError("CONFLICT", text, { email: text });
  }
  if (clash.invitedCompanyName.toLowerCase() === request.companyName.toLowerCase()) {
    const text = `${clash.invitedCompanyName} already has ${what} with you.`;
    return new DomainError("CONFLICT", text, { companyName: text });
  }
  const text = `The company this email belongs to already has ${what} with you (${clash.invitedCompanyName}).`;
  return new DomainError("CONFLICT", text, { email: text });
}

function decodeClientsCursor(after: string | null): { invitedAt: Date; id: string } | null {
  const parts = decodeCursor(after);
  if (parts === null) return null;
  const [at, id] = parts;
  const invitedAt = typeof at === "string" ? new Date(at) : new Date(NaN);
  if (Number.isNaN(invitedAt.getTime()) || typeof id !== "string" || !UUID.test(id))
    throw badInput({ after: "This cursor is not valid." });
  return { invitedAt, id };
}

function statusWord(status: ConnectionStatus): string {
  return status.toLowerCase();
}

function notFound(): DomainError {
  return new DomainError("NOT_FOUND", "No such client connection.");
}

function answeredMeanwhile(): DomainError {
  return new DomainError("CONFLICT", "This connection changed in the meantime; reload and try again.");
}

function expired(serviceProviderName: string): DomainError {
  return new DomainError("CONFLICT", `This invitation has expired. Ask ${serviceProviderName} to send it again.`);
}
