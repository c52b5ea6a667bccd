import {
  CONTACT_INVITATION_DAYS,
  DomainError,
  badInput,
  companyDetailsProblems,
  contactProblems,
  normalizeEmail,
  portalPasswordProblems,
  portalStatus,
  type CompanyDetails,
  type ContactFields,
} from "@app/domain";
import { assertCan } from "../../auth/policy.js";
import type { Viewer } from "../../auth/viewer.js";
import { uniqueViolation } from "../../db/unique-violation.js";
import { decodeCursor, pageSize, toPage } from "../../lib/cursor.js";
import { newSecret, sha256 } from "../../lib/secrets.js";
import type { AuditService } from "../audit/audit.service.js";
import type { ServiceDeps } from "../deps.js";
import type { IdentityService, StartedSession } from "../identity/identity.service.js";
import type { JobFields, JobsService } from "../jobs/jobs.service.js";
import type { NotificationsService } from "../notifications/notifications.service.js";
import type { MailService } from "../mail/mail.service.js";
import { isUuid, type PortalService } from "../portal/portal.service.js";
import { contactsRepository as repo, type ContactRow, type PortalAccountStatusValue } from "./contacts.repository.js";

interface Peers {
  identity: IdentityService;
  jobs: JobsService;
  portal: PortalService;
  mail: MailService;
  audit: AuditService;
  notifications: NotificationsService;
}

export type VacancyFields = Omit<JobFields, "lmt" | "durationDays" | "occupationCode" | "showSalary">;

function notFound(): DomainError {
  return new DomainError("NOT_FOUND", "No such contact in this account.");
}

function linkNotUsable(): DomainError {
  return new DomainError(
    "NOT_FOUND",
    "This activation link has expired or was already used. Ask your agency to invite you again.",
  );
}

/** The stored facts with the status the domain derives from them (R9), ready to write. */
function withStatus<T extends Pick<ContactRow, "invitedAt" | "activatedAt" | "lastLoginAt">>(
  facts: T,
): T & { portalStatus: PortalAccountStatusValue } {
  return { ...facts, portalStatus: portalStatus({ ...facts, registeredAt: null }) };
}

/**
 * R9: a service provider's contacts at its client companies. Invited, a contact activates a
 * portal account (a CONTACT membership of the company) on the agency's job board, where it
 * follows the company's jobs and candidates, submits vacancies and keeps the company's details.
 */
export class ContactsService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly peers: Peers,
  ) {}

  async contacts(
    viewer: Viewer | null,
    args: { portalStatus: PortalAccountStatusValue | null; search: string | null; first: number; after: string | null },
  ) {
    assertCan(viewer, "contacts.read");
    const limit = pageSize(args.first);
    const search = (args.search ?? "").trim() === "" ? null : (args.search ?? "").trim();
    if (search !== null && search.length > 100) throw badInput({ search: "Search for at most 100 characters." });
    const cursor = decodeCursor(args.after);
    const after = cursor === null ? null : { createdAt: new Date(String(cursor[0])), id: String(cursor[1]) };
    if (after !== null && (Number.isNaN(after.createdAt.getTime()) || !isUuid(after.id)))
      throw badInput({ after: "This cursor is not valid." });
    const query = { serviceProviderId: viewer.organizationId, status: args.portalStatus, search };
    const [rows, totalCount] = await Promise.all([
      repo.page(this.deps.db, { ...query, after, limit: limit + 1 }),
      repo.count(this.deps.db, query),
    ]);
    return { ...toPage(rows, limit, (r) => [r.createdAt.toISOString(), r.id]), totalCount };
  }

  async createContact(viewer: Viewer | null, input: ContactFields & { companyId?: string | null }): Promise<ContactRow> {
    assertCan(viewer, "contacts.manage");
    const fields = contactProblems(input);
    const companyId = (input.companyId ?? "").trim() === "" ? null : (input.companyId ?? "").trim();
    if (
      companyId !== null &&
      !(isUuid(companyId) && (await repo.isActiveClient(this.deps.db, viewer.organizationId, companyId)))
    ) {
      fields.companyId = "Choose one of your active clients.";
    }
    if (Object.keys(fields).length > 0) throw badInput(fields);
    const phone = (input.phone ?? "").trim();
    return this.deps.db
      .transaction(async (tx) => {
        const contact = await repo.insert(tx, {
          serviceProviderId: viewer.organizationId,
          companyId,
          name: input.name.trim(),
          email: normalizeEmail(input.email),
          phone: phone === "" ? null : phone,
          createdAt: this.deps.clock.now(),
        });
        await this.peers.audit.record(tx, viewer, {
          organizationId: viewer.organizationId,
          action: "contact.created",
          summary: `Added the contact ${contact.name}`,
        });
        return contact;
      })
      .catch((error: unknown) => {
        if (uniqueViolation(error) !== "contacts_email_key") throw error;
        const message = "You already have a contact with this email.";
        throw new DomainError("CONFLICT", message, { email: message });
      });
  }

  /** Mails an activation link (a new one each time; the last one sent is the one that works). */
  async inviteToPortal(viewer: Viewer | null, contactId: string): Promise<ContactRow> {
    assertCan(viewer, "contacts.invite");
    if (!isUuid(contactId)) throw notFound();
    const portal = await this.peers.portal.ofServiceProvider(viewer.organizationId);
    const now = this.deps.clock.now();
    const token = newSecret();
    const { contact, mailId } = await this.deps.db.transaction(async (tx) => {
      const found = await repo.byIdForProvider(tx, contactId, viewer.organizationId, true);
      if (found === undefined) throw notFound();
      if (found.portalStatus === "CONNECTED") throw new DomainError("CONFLICT", `${found.name} already has a portal account.`);
      if (found.companyId === null)
        throw new DomainError("CONFLICT", "Only a contact at one of your client companies can have a portal account.");
      if (!(await repo.isActiveClient(tx, viewer.organizationId, found.companyId))) {
        throw new DomainError("CONFLICT", "This contact's company is no longer an active client.");
      }
      if (portal === null)
        throw new DomainError("CONFLICT", "Set up your job board first: contacts sign in there.", undefined, {
          reason: "NO_JOB_BOARD",
        });
      const contact = await repo.update(tx, found.id, {
        ...withStatus({ invitedAt: now, activatedAt: found.activatedAt, lastLoginAt: found.lastLoginAt }),
        invitationTokenHash: sha256(token),
        invitationExpiresAt: new Date(now.getTime() + CONTACT_INVITATION_DAYS * 86_400_000),
      });
      const agencyName = (await repo.organizationName(tx, viewer.organizationId)) ?? "Your agency";
      const companyName = (await repo.organizationName(tx, found.companyId)) ?? "your company";
      const link = `${this.deps.config.publicUrl.replace(/\/$/, "")}/p/${portal.slug}/activate?token=${token}`;
      const mailId = await this.peers.mail.enqueue(tx, {
        to: contact.email,
        subject: `${agencyName} invites you to its client portal`,
        text: [
          `Hello ${contact.name},`,
          "",
          `${agencyName} has set up a portal account for you at ${companyName}: follow your job ads and`,
          `candidates, and send new vacancies straight to ${agencyName}.`,
          "",
          `Choose a password within ${CONTACT_INVITATION_DAYS} days to activate it:`,
          link,
        ].join("\n"),
      });
      await this.peers.audit.record(tx, viewer, {
        organizationId: viewer.organizationId,
        action: "contact.invited",
        summary: `Invited ${contact.name} to the portal`,
      });
      return { contact, mailId };
    });
    this.peers.mail.deliverSoon([mailId]);
    return contact;
  }

  /** Public: what an activation link is for, or null when it no longer works. */
  async invitation(token: string) {
    if (token.trim() === "") return null;
    const contact = await repo.byInvitation(this.deps.db, sha256(token.trim()), this.deps.clock.now());
    if (contact === undefined || contact.companyId === null) return null;
    const [companyName, serviceProviderName, portal, owner] = await Promise.all([
      repo.organizationName(this.deps.db, contact.companyId),
      repo.organizationName(this.deps.db, contact.serviceProviderId),
      this.peers.portal.ofServiceProvider(contact.serviceProviderId),
      this.peers.identity.accountExists(contact.email),
    ]);
    return {
      contactName: contact.name,
      email: contact.email,
      companyName: companyName ?? "",
      serviceProviderName: serviceProviderName ?? "",
      portalSlug: portal?.slug ?? null,
      accountExists: owner,
    };
  }

  /**
   * Public: sets the password (or checks the existing account's), joins the company as its
   * contact and signs in. The contact is CONNECTED from here (activated and signed in).
   */
  async activate(token: string, password: string): Promise<StartedSession> {
    const tokenHash = sha256(token.trim());
    const now = this.deps.clock.now();
    const pending = token.trim() === "" ? undefined : await repo.byInvitation(this.deps.db, tokenHash, now);
    if (pending === undefined) throw linkNotUsable();
    const existing = await this.peers.identity.portalAccountOwner(pending.email, password);
    if (existing === null) {
      const problems = portalPasswordProblems(password);
      if (Object.keys(problems).length > 0) throw badInput(problems);
    }
    return this.deps.db.transaction(async (tx) => {
      const contact = await repo.byInvitation(tx, tokenHash, now, true);
      if (contact === undefined || contact.companyId === null) throw linkNotUsable();
      if (!(await repo.isActiveClient(tx, contact.serviceProviderId, contact.companyId))) {
        throw new DomainError("CONFLICT", "Your company no longer works with this agency through the portal.");
      }
      const userId =
        existing?.userId ??
        (await this.peers.identity.createUser(tx, {
          email: contact.email,
          name: contact.name,
          password,
          // The activation link was mailed to this address: following it proves the address.
          emailVerified: true,
        }));
      await this.peers.identity.join(tx, userId, contact.companyId, "CONTACT");
      await repo.update(tx, contact.id, {
        ...withStatus({ invitedAt: contact.invitedAt, activatedAt: now, lastLoginAt: now }),
        userId,
        invitationTokenHash: null,
        invitationExpiresAt: null,
      });
      return this.peers.identity.startSessionWithin(tx, userId, contact.companyId);
    });
  }

  /** Every sign-in of a contact's account counts for its portal status (R9). */
  async recordSignIn(db: Parameters<typeof repo.linkedTo>[0], userId: string, at: Date): Promise<void> {
    for (const contact of await repo.linkedTo(db, userId)) {
      await repo.update(
        db,
        contact.id,
        withStatus({ invitedAt: contact.invitedAt, activatedAt: contact.activatedAt, lastLoginAt: at }),
      );
    }
  }

  /** R9: a DRAFT job in the contact's company for its agency to finish and publish; the agency's people are mailed. */
  async submitVacancy(viewer: Viewer | null, input: VacancyFields) {
    assertCan(viewer, "vacancies.submit");
    const contact = await repo.forPortalUser(this.deps.db, viewer.userId, viewer.organizationId);
    if (contact === undefined) throw new DomainError("FORBIDDEN", "Only a client contact's portal account can submit vacancies.");
    if (!(await repo.isActiveClient(this.deps.db, contact.serviceProviderId, viewer.organizationId))) {
      throw new DomainError("CONFLICT", "Your company no longer works with this agency, so it cannot take vacancies from you.");
    }
    const { job, mailIds } = await this.deps.db.transaction(async (tx) => {
      const job = await this.peers.jobs.submitVacancy(tx, viewer, input, contact.serviceProviderId);
      const companyName = (await repo.organizationName(tx, viewer.organizationId)) ?? "A client";
      // R14: the agency's people hear of it as they chose (mail and/or in the app).
      const mailIds = await this.peers.notifications.vacancySubmitted(tx, {
        serviceProviderId: contact.serviceProviderId,
        jobId: job.id,
        title: job.title,
        clientName: companyName,
        contactName: contact.name,
        at: job.createdAt,
      });
      return { job, mailIds };
    });
    this.peers.mail.deliverSoon(mailIds);
    return job;
  }

  async updateCompanyDetails(viewer: Viewer | null, input: CompanyDetails) {
    assertCan(viewer, "company.update");
    const fields = companyDetailsProblems(input);
    if (Object.keys(fields).length > 0) throw badInput(fields);
    const optional = (v: string | null | undefined) => ((v ?? "").trim() === "" ? null : (v ?? "").trim());
    return this.deps.db.transaction(async (tx) => {
      const organization = await repo.updateOrganization(tx, viewer.organizationId, {
        name: input.name.trim(),
        phone: optional(input.phone),
        website: optional(input.website),
        address: optional(input.address),
      });
      await this.peers.audit.record(tx, viewer, {
        organizationId: viewer.organizationId,
        action: "company.updated",
        summary: "Updated the company details",
      });
      return organization;
    });
  }

  /** For Viewer.contactPortal: the agency's portal a contact's account belongs to. */
  async contactPortal(viewer: Viewer) {
    if (viewer.role !== "CONTACT") return null;
    const contact = await repo.forPortalUser(this.deps.db, viewer.userId, viewer.organizationId);
    return contact === undefined ? null : this.peers.portal.ofServiceProvider(contact.serviceProviderId);
  }
}
