import { DomainError, agencyInvitationLinkProblem, badInput, checkAgencyInvitationRequest } from "@app/domain";
import { assertCan } from "../../auth/policy.js";
import type { Viewer } from "../../auth/viewer.js";
import type { Tx } from "../../db/client.js";
import { uniqueViolation } from "../../db/unique-violation.js";
import { newSecret, sha256 } from "../../lib/secrets.js";
import type { AuditService } from "../audit/audit.service.js";
import type { ServiceDeps } from "../deps.js";
import type { MailService } from "../mail/mail.service.js";
import { agencyInvitationEmail } from "./agency-invitation-email.js";
import {
  agencyInvitationsRepository as repo,
  type AgencyInvitationRow,
  type NamedAgencyInvitation,
} from "./agency-invitations.repository.js";
import { effectiveStatus, invitationExpiry, type ConnectionStatus } from "./connection-status.js";
import { connectionsRepository as connections, type ConnectionRow } from "./connections.repository.js";
import { presentConnection, type ClientConnectionView } from "./connection-view.js";

/** Told, in the answering transaction, when an agency accepts or declines an employer's invitation. */
export type AgencyAnswerHook = (
  tx: Tx,
  answer: { invitationId: string; clientId: string; agencyName: string; change: "ACCEPTED" | "DECLINED" },
) => Promise<void>;

export interface InviteAgencyRequest {
  email: string;
  message?: string | null;
}

/** An employer's invitation to a service provider as the API shows it: the token never leaves the service. */
export interface AgencyInvitationView {
  id: string;
  clientId: string;
  clientName: string;
  inviterName: string | null;
  email: string;
  message: string | null;
  status: ConnectionStatus;
  invitedAt: Date;
  respondedAt: Date | null;
  connectionId: string | null;
}

export interface AgencyInvitationPreview {
  clientName: string;
  inviterName: string | null;
  email: string;
  message: string | null;
  status: ConnectionStatus;
  accountExists: boolean;
}

interface Peers {
  audit: AuditService;
  mail: MailService;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UNKNOWN_LINK = "This invitation link is not valid: it may have been replaced by a newer one.";

/**
 * The other direction of R6: an employer owner or admin invites a service provider by email; an owner
 * or admin of the service provider accepts (by the link's token, from Manage Clients, or by signing up
 * from the link) or declines. Accepting creates the ACTIVE client connection in the same transaction.
 */
export class ClientInvitationsService {
  private readonly answerHooks: AgencyAnswerHook[] = [];

  onAgencyAnswered(hook: AgencyAnswerHook): void {
    this.answerHooks.push(hook);
  }

  constructor(
    private readonly deps: ServiceDeps,
    private readonly peers: Peers,
  ) {}

  async invite(viewer: Viewer | null, input: InviteAgencyRequest): Promise<AgencyInvitationView> {
    assertCan(viewer, "agencies.invite");
    const request = checkAgencyInvitationRequest(input);
    const now = this.deps.clock.now();
    const token = newSecret();
    const expiresAt = invitationExpiry(now);
    const { found, mailId } = await this.mapRaces(() =>
      this.deps.db.transaction(async (tx) => {
        const inviter = await repo.user(tx, viewer.userId);
        if (inviter?.email === request.email) throw badInput({ email: "Enter the agency's address, not your own." });
        if (await repo.openFor(tx, viewer.organizationId, request.email)) throw pendingAlready(request.email);
        const { client: clientName } = await connections.names(tx, viewer.organizationId, viewer.organizationId);
        for (const serviceProviderId of await repo.serviceProvidersOfEmail(tx, request.email)) {
          if (await this.pairIsOpen(tx, serviceProviderId, viewer.organizationId, inviter?.email ?? "", clientName ?? "")) {
            const text = `${request.email}'s agency already has a pending invitation or an active connection with your company.`;
            throw new DomainError("CONFLICT", text, { email: text });
          }
        }
        const row = await repo.insert(tx, {
          clientId: viewer.organizationId,
          email: request.email,
          message: request.message,
          status: "PENDING",
          tokenHash: sha256(token),
          tokenExpiresAt: expiresAt,
          invitedByUserId: viewer.userId,
          invitedAt: now,
        });
        await this.peers.audit.record(tx, viewer, {
          organizationId: viewer.organizationId,
          action: "agencies.invite",
          summary: `Invited ${request.email} to manage this company's job ads`,
        });
        const found: NamedAgencyInvitation = {
          invitation: row,
          clientName: clientName ?? "",
          inviterName: inviter?.name ?? null,
        };
        return { found, mailId: await this.peers.mail.enqueue(tx, this.mail(found, token, expiresAt)) };
      }),
    );
    this.peers.mail.deliverSoon([mailId]);
    return present(found, now);
  }

  /** A new token and a new 14 days; the old link stops working (R6). */
  async resend(viewer: Viewer | null, invitationId: string): Promise<AgencyInvitationView> {
    assertCan(viewer, "agencies.invite");
    const { db, clock } = this.deps;
    const found = await this.pendingOfClient(viewer.organizationId, invitationId);
    const now = clock.now();
    const token = newSecret();
    const expiresAt = invitationExpiry(now);
    const { row, mailId } = await db.transaction(async (tx) => {
      const row = await repo.replaceToken(tx, invitationId, sha256(token), expiresAt);
      if (!row) throw changedMeanwhile();
      await this.peers.audit.record(tx, viewer, {
        organizationId: viewer.organizationId,
        action: "agencies.resendInvitation",
        summary: `Resent the invitation to ${row.email}`,
      });
      return { row, mailId: await this.peers.mail.enqueue(tx, this.mail({ ...found, invitation: row }, token, expiresAt)) };
    });
    this.peers.mail.deliverSoon([mailId]);
    return present({ ...found, invitation: row }, now);
  }

  /** The employer withdraws an invitation no agency has answered: the link stops working and says why. */
  async cancel(viewer: Viewer | null, invitationId: string): Promise<AgencyInvitationView> {
    assertCan(viewer, "agencies.invite");
    const { db, clock } = this.deps;
    const found = await this.pendingOfClient(viewer.organizationId, invitationId);
    const now = clock.now();
    const row = await db.transaction(async (tx) => {
      const row = await repo.revoke(tx, invitationId, now);
      if (!row) throw answeredMeanwhile();
      await this.peers.audit.record(tx, viewer, {
        organizationId: viewer.organizationId,
        action: "agencies.cancelInvitation",
        summary: `Cancelled the invitation to ${row.email}`,
      });
      return row;
    });
    return present({ ...found, invitation: row }, now);
  }

  /** Employer: the invitations it sent to agencies, newest first. */
  async sent(viewer: Viewer | null): Promise<AgencyInvitationView[]> {
    assertCan(viewer, "accessRequests.read");
    const now = this.deps.clock.now();
    return (await repo.sentByClient(this.deps.db, viewer.organizationId)).map((f) => present(f, now));
  }

  /** Service provider: pending requests from clients sent to the address of one of its people. */
  async requests(viewer: Viewer | null): Promise<AgencyInvitationView[]> {
    assertCan(viewer, "clients.read");
    const now = this.deps.clock.now();
    return (await repo.pendingForServiceProvider(this.deps.db, viewer.organizationId)).map((f) => present(f, now));
  }

  /** Public: what the link shows before anyone signs in; null for an unknown or replaced token. */
  async preview(token: string): Promise<AgencyInvitationPreview | null> {
    const { db, clock } = this.deps;
    const found = token.trim() === "" ? undefined : await repo.byTokenHash(db, sha256(token.trim()));
    if (!found) return null;
    const view = present(found, clock.now());
    return {
      clientName: view.clientName,
      inviterName: view.inviterName,
      email: view.email,
      message: view.message,
      status: view.status,
      accountExists: await connections.accountExists(db, view.email),
    };
  }

  /** A service provider owner or admin accepts with the link's token; its organization becomes the agency. */
  async acceptByToken(viewer: Viewer | null, token: string): Promise<ClientConnectionView> {
    assertCan(viewer, "clientRequests.respond");
    const row = await this.mapRaces(() => this.deps.db.transaction((tx) => this.acceptToken(tx, viewer, token)));
    return presentConnection(row, this.deps.clock.now());
  }

  async declineByToken(viewer: Viewer | null, token: string): Promise<AgencyInvitationView> {
    assertCan(viewer, "clientRequests.respond");
    const found = await this.byToken(token);
    return this.decline(viewer, found);
  }

  /** Accept or decline a request from a client listed in Manage Clients. */
  async respond(viewer: Viewer | null, invitationId: string, accept: boolean): Promise<AgencyInvitationView> {
    assertCan(viewer, "clientRequests.respond");
    const { db, clock } = this.deps;
    const found = UUID.test(invitationId) ? await repo.forServiceProvider(db, invitationId, viewer.organizationId) : undefined;
    if (!found) throw notFound();
    if (!accept) return this.decline(viewer, found);
    const row = await this.mapRaces(() => db.transaction((tx) => this.activate(tx, viewer, found)));
    return present({ ...found, invitation: { ...found.invitation, ...answeredFields(row, viewer, clock.now()) } }, clock.now());
  }

  /** Registered with IdentityService: runs inside the sign-up transaction, so a bad token undoes the sign-up. */
  async acceptOnSignUp(tx: Tx, account: { userId: string; organizationId: string; invitationToken: string }): Promise<void> {
    const owner: Viewer = {
      userId: account.userId,
      sessionId: null,
      tokenId: null,
      organizationId: account.organizationId,
      organizationKind: "SERVICE_PROVIDER",
      role: "OWNER",
      // Accepting is not gated on verification; the account was just created from the mailed link.
      emailVerified: true,
      accessing: null,
    };
    await this.acceptToken(tx, owner, account.invitationToken);
  }

  private async byToken(token: string, tx?: Tx): Promise<NamedAgencyInvitation> {
    const found = token.trim() === "" ? undefined : await repo.byTokenHash(tx ?? this.deps.db, sha256(token.trim()));
    if (!found) throw new DomainError("NOT_FOUND", UNKNOWN_LINK);
    return found;
  }

  private async acceptToken(tx: Tx, viewer: Viewer, token: string): Promise<ConnectionRow> {
    return this.activate(tx, viewer, await this.byToken(token, tx));
  }

  private async activate(tx: Tx, viewer: Viewer, found: NamedAgencyInvitation): Promise<ConnectionRow> {
    const now = this.deps.clock.now();
    assertAnswerable(found, now);
    // The conditional UPDATE decides between concurrent answers: the loser finds no PENDING row.
    const claimed = await repo.answer(tx, found.invitation.id, {
      status: "ACTIVE",
      serviceProviderId: viewer.organizationId,
      at: now,
    });
    if (!claimed) throw answeredMeanwhile();
    const inviter = await repo.user(tx, claimed.invitedByUserId);
    const contactEmail = inviter?.email ?? claimed.email;
    if (await this.pairIsOpen(tx, viewer.organizationId, claimed.clientId, contactEmail, found.clientName)) {
      throw new DomainError("CONFLICT", `Your agency already has a connection or a pending invitation with ${found.clientName}.`);
    }
    const connection = await connections.insert(tx, {
      serviceProviderId: viewer.organizationId,
      clientId: claimed.clientId,
      invitedCompanyName: found.clientName,
      invitedEmail: contactEmail,
      contactName: inviter?.name ?? null,
      message: claimed.message,
      status: "ACTIVE",
      invitedByUserId: claimed.invitedByUserId,
      invitedAt: claimed.invitedAt,
      respondedAt: now,
    });
    await repo.setConnection(tx, claimed.id, connection.id);
    await this.recordBothSides(tx, viewer, claimed.id, claimed.clientId, {
      answer: "ACCEPTED",
      action: "agencies.accept",
      serviceProvider: `Accepted ${found.clientName}'s invitation to manage its job ads`,
      client: (agency) => `${agency} accepted your invitation to manage this company's job ads`,
    });
    return connection;
  }

  private async decline(viewer: Viewer, found: NamedAgencyInvitation): Promise<AgencyInvitationView> {
    const now = this.deps.clock.now();
    if (found.invitation.status !== "PENDING") throw answered(found);
    const row = await this.deps.db.transaction(async (tx) => {
      const declined = await repo.answer(tx, found.invitation.id, {
        status: "DECLINED",
        serviceProviderId: viewer.organizationId,
        at: now,
      });
      if (!declined) throw answeredMeanwhile();
      await this.recordBothSides(tx, viewer, declined.id, declined.clientId, {
        answer: "DECLINED",
        action: "agencies.decline",
        serviceProvider: `Declined ${found.clientName}'s invitation to manage its job ads`,
        client: (agency) => `${agency} declined your invitation to manage this company's job ads`,
      });
      return declined;
    });
    return present({ ...found, invitation: row }, now);
  }

  /** One of the employer's own invitations that no agency has answered yet (resend and cancel work on those only). */
  private async pendingOfClient(clientId: string, invitationId: string): Promise<NamedAgencyInvitation> {
    const found = UUID.test(invitationId) ? await repo.forClient(this.deps.db, invitationId, clientId) : undefined;
    if (!found) throw notFound();
    if (found.invitation.status !== "PENDING") throw answered(found);
    return found;
  }

  /** R6: an open connection either way between the pair, or an agency's pending invitation to this company. */
  private async pairIsOpen(tx: Tx, serviceProviderId: string, clientId: string, clientEmail: string, clientName: string) {
    if (await connections.openForClient(tx, serviceProviderId, clientId)) return true;
    return (await connections.openClash(tx, serviceProviderId, clientEmail, clientName)) !== undefined;
  }

  /** The answer in both activity logs, and the employer's people told (AGENCY_ANSWERED). */
  private async recordBothSides(
    tx: Tx,
    viewer: Viewer,
    invitationId: string,
    clientId: string,
    event: { answer: "ACCEPTED" | "DECLINED"; action: string; serviceProvider: string; client: (agencyName: string) => string },
  ): Promise<void> {
    const names = await connections.names(tx, viewer.organizationId, clientId);
    for (const hook of this.answerHooks)
      await hook(tx, { invitationId, clientId, agencyName: names.serviceProvider, change: event.answer });
    await this.peers.audit.record(tx, viewer, {
      organizationId: viewer.organizationId,
      action: event.action,
      summary: event.serviceProvider,
    });
    await this.peers.audit.record(tx, viewer, {
      organizationId: clientId,
      action: event.action,
      summary: event.client(names.serviceProvider),
    });
  }

  private mail(found: NamedAgencyInvitation, token: string, expiresAt: Date) {
    return agencyInvitationEmail({
      publicUrl: this.deps.config.publicUrl,
      token,
      clientName: found.clientName,
      inviterName: found.inviterName ?? found.clientName,
      email: found.invitation.email,
      message: found.invitation.message,
      expiresAt,
    });
  }

  /** The partial unique indexes decide races the pre-checks cannot see (R6). */
  private async mapRaces<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const index = uniqueViolation(error);
      if (index === "agency_invitations_open_key") throw pendingAlready("This address");
      if (index === "client_connections_open_email_key" || index === "client_connections_open_client_key") {
        throw new DomainError("CONFLICT", "Your agency already has a connection or a pending invitation with this company.");
      }
      throw error;
    }
  }
}

function present(found: NamedAgencyInvitation, now: Date): AgencyInvitationView {
  const row = found.invitation;
  return {
    id: row.id,
    clientId: row.clientId,
    clientName: found.clientName,
    inviterName: found.inviterName,
    email: row.email,
    message: row.message,
    status: effectiveStatus(row, now),
    invitedAt: row.invitedAt,
    respondedAt: row.respondedAt,
    connectionId: row.connectionId,
  };
}

function answeredFields(connection: ConnectionRow, viewer: Viewer, at: Date): Partial<AgencyInvitationRow> {
  return {
    status: "ACTIVE",
    connectionId: connection.id,
    serviceProviderId: viewer.organizationId,
    respondedAt: at,
    tokenExpiresAt: null,
  };
}

/** Expired, used and declined links each say what happened, and what to do. */
function assertAnswerable(found: NamedAgencyInvitation, now: Date): void {
  const problem = agencyInvitationLinkProblem(effectiveStatus(found.invitation, now), found.clientName);
  if (problem !== null) throw problem;
}

function answered(found: NamedAgencyInvitation): DomainError {
  return agencyInvitationLinkProblem(found.invitation.status, found.clientName) ?? changedMeanwhile();
}

function pendingAlready(email: string): DomainError {
  const text = `${email} already has a pending invitation from your company. Resend it instead.`;
  return new DomainError("CONFLICT", text, { email: text });
}

function notFound(): DomainError {
  return new DomainError("NOT_FOUND", "No such invitation.");
}

function changedMeanwhile(): DomainError {
  return new DomainError("CONFLICT", "This invitation changed in the meantime; reload and try again.");
}

function answeredMeanwhile(): DomainError {
  return new DomainError("CONFLICT", "This invitation was answered a moment ago.", undefined, { reason: "LINK_USED" });
}
