import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { signIn } from "../identity/identity.resolver.js";
import { OrganizationType, ViewerType } from "../identity/identity.types.js";
import { JobType } from "../jobs/jobs.types.js";
import { PortalType } from "../portal/portal.types.js";
import {
  CompanyDetailsInput,
  ContactInput,
  ContactPageType,
  ContactType,
  PortalAccountStatus,
  PortalInvitationType,
  VacancyInput,
} from "./contacts.types.js";

@Resolver(() => ContactType)
export class ContactsResolver {
  @Authorized()
  @Query(() => ContactPageType, { description: "The service provider's contacts at its client companies, newest first." })
  contacts(
    @Arg("portalStatus", () => PortalAccountStatus, { nullable: true }) portalStatus: PortalAccountStatus | null,
    @Arg("search", () => String, { nullable: true }) search: string | null,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.contacts.contacts(ctx.viewer, {
      portalStatus: portalStatus ?? null,
      search: search ?? null,
      first,
      after: after ?? null,
    });
  }

  @Query(() => PortalInvitationType, {
    nullable: true,
    description: "Public: what a contact's activation link is for; null when it has expired or was used.",
  })
  portalInvitation(@Arg("token", () => String) token: string, @Ctx() ctx: Context) {
    return ctx.services.contacts.invitation(token);
  }

  @Authorized()
  @Mutation(() => ContactType)
  createContact(@Arg("input", () => ContactInput) input: ContactInput, @Ctx() ctx: Context) {
    return ctx.services.contacts.createContact(ctx.viewer, input);
  }

  @Authorized()
  @Mutation(() => ContactType, { description: "Mails the contact a link to activate a portal account (again: a new link)." })
  inviteContactToPortal(@Arg("contactId", () => ID) contactId: string, @Ctx() ctx: Context) {
    return ctx.services.contacts.inviteToPortal(ctx.viewer, contactId);
  }

  @Mutation(() => ViewerType, { description: "Sets a password from an invitation link and signs the contact in." })
  async activatePortalAccount(
    @Arg("token", () => String) token: string,
    @Arg("password", () => String) password: string,
    @Ctx() ctx: Context,
  ) {
    return signIn(ctx, await ctx.services.contacts.activate(token, password));
  }

  @Authorized()
  @Mutation(() => JobType, {
    description: "Client contact in the portal: asks its service provider to advertise a role (creates a DRAFT job).",
  })
  submitVacancy(@Arg("input", () => VacancyInput) input: VacancyInput, @Ctx() ctx: Context) {
    return ctx.services.contacts.submitVacancy(ctx.viewer, input);
  }

  @Authorized()
  @Mutation(() => OrganizationType)
  updateCompanyDetails(@Arg("input", () => CompanyDetailsInput) input: CompanyDetailsInput, @Ctx() ctx: Context) {
    return ctx.services.contacts.updateCompanyDetails(ctx.viewer, input);
  }

  @FieldResolver(() => OrganizationType, { nullable: true, description: "The client company the contact works for." })
  company(@Root() contact: ContactType, @Ctx() ctx: Context) {
    return contact.companyId === null ? null : ctx.loaders.organization.load(contact.companyId);
  }
}

@Resolver(() => ViewerType)
export class ViewerContactPortalResolver {
  @FieldResolver(() => PortalType, {
    nullable: true,
    description: "For a client contact's portal account: the job board of the agency it belongs to.",
  })
  contactPortal(@Root() root: ViewerType, @Ctx() ctx: Context) {
    return ctx.services.contacts.contactPortal(root.principal);
  }
}
