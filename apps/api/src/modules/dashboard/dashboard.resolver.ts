import { Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { LmtTrackerRowType } from "../lmt/lmt-tracker.resolver.js";

@ObjectType("WaitingVacancy", { description: "A vacancy a client contact submitted, waiting as a draft to be published." })
export class WaitingVacancyType {
  @Field(() => ID) jobId: string;
  @Field(() => String) title: string;
  @Field(() => ID) clientId: string;
  @Field(() => String) clientName: string;
  @Field(() => ID) connectionId: string;
  @Field(() => Date) submittedAt: Date;
}

@ObjectType("PendingInvitation")
export class PendingInvitationType {
  @Field(() => ID) id: string;
  @Field(() => String) companyName: string;
  @Field(() => String) email: string;
  @Field(() => Date) invitedAt: Date;
  @Field(() => Date, { nullable: true }) expiresAt: Date | null;
}

@ObjectType("ExpiringCredits")
export class ExpiringCreditsType {
  @Field(() => Int) remaining: number;
  @Field(() => Date) expiresAt: Date;
}

@ObjectType("ClientMonth", { description: "Ads of one ACTIVE client published this calendar month." })
export class ClientMonthType {
  @Field(() => ID) clientId: string;
  @Field(() => String) clientName: string;
  @Field(() => ID) connectionId: string;
  @Field(() => Int) published: number;
}

@ObjectType("AgencyToday", { description: "What needs the agency today." })
export class AgencyTodayType {
  @Field(() => [LmtTrackerRowType]) lmtReadyToLodge: LmtTrackerRowType[];
  @Field(() => [LmtTrackerRowType], { description: "LMT ads whose lodgement window closes within 14 days." })
  lmtWindowClosing: LmtTrackerRowType[];
  @Field(() => [WaitingVacancyType]) vacanciesWaiting: WaitingVacancyType[];
  @Field(() => [PendingInvitationType]) invitationsPending: PendingInvitationType[];
  @Field(() => Int) creditBalance: number;
  @Field(() => Int, { nullable: true }) creditAlertThreshold: number | null;
  @Field(() => Boolean, { description: "The balance is under the alert threshold." }) creditsLow: boolean;
  @Field(() => [ExpiringCreditsType], { description: "Credits that expire within 14 days." })
  creditsExpiringSoon: ExpiringCreditsType[];
  @Field(() => ExpiringCreditsType, { nullable: true }) nextCreditExpiry: ExpiringCreditsType | null;
  @Field(() => String, { description: "The month counted (YYYY-MM, the agency's calendar)." }) month: string;
  @Field(() => [ClientMonthType]) publishedThisMonth: ClientMonthType[];
}

@Resolver()
export class DashboardResolver {
  @Authorized()
  @Query(() => AgencyTodayType, { description: "The agency dashboard: what needs the agency today." })
  agencyToday(@Ctx() ctx: Context) {
    return ctx.services.dashboard.agencyToday(ctx.viewer);
  }
}
