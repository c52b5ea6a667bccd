import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { OrganizationType } from "../identity/identity.types.js";
import { JobType } from "../jobs/jobs.types.js";
import { CreditEntryType } from "./billing.types.js";

@ObjectType("UsageLine", { description: "One job ad a credit paid for." })
export class UsageLineType {
  @Field(() => ID, { description: "The ledger entry of the spend." }) entryId: number;
  @Field(() => Date) at: Date;
  @Field(() => String, { description: "The day, on the organization's calendar (YYYY-MM-DD)." }) day: string;
  @Field(() => String) jobTitle: string;
  @Field(() => String, { nullable: true }) publishedByName: string | null;
  @Field(() => Int) credits: number;
  @Field(() => Int, { description: "What the credits cost: the price paid for the lot they came from." }) valueCents: number;
  jobId: string;
}

@ObjectType("ClientUsage")
export class ClientUsageType {
  @Field(() => ID) clientId: string;
  @Field(() => String) clientName: string;
  @Field(() => [UsageLineType]) lines: UsageLineType[];
  @Field(() => Int) ads: number;
  @Field(() => Int) credits: number;
  @Field(() => Int) valueCents: number;
  month: string;
}

@ObjectType("UsageReport", { description: "A month's credit spends by client, valued at what the credits cost." })
export class UsageReportType {
  @Field(() => String) month: string;
  @Field(() => [ClientUsageType]) clients: ClientUsageType[];
  @Field(() => Int) ads: number;
  @Field(() => Int) credits: number;
  @Field(() => Int) valueCents: number;
}

export const usageCsvPath = (month: string) => `/usage/${month}.csv`;
export const statementPath = (month: string, clientId: string) => `/usage/${month}/${clientId}.pdf`;

@Resolver(() => UsageReportType)
export class UsageResolver {
  @Authorized()
  @Query(() => UsageReportType, { description: "The current organization's credit spends in a month (YYYY-MM), by client." })
  async usage(@Arg("month", () => String) month: string, @Ctx() ctx: Context): Promise<UsageReportType> {
    const report = await ctx.services.usage.report(ctx.viewer, month);
    return { ...report, clients: report.clients.map((c) => ({ ...c, month: report.month })) };
  }

  @FieldResolver(() => String, { description: "The month as CSV (signed-in members)." })
  csvUrl(@Root() report: UsageReportType): string {
    return usageCsvPath(report.month);
  }
}

@Resolver(() => ClientUsageType)
export class ClientUsageResolver {
  @FieldResolver(() => String, { description: "The client's statement for the month as PDF, on the agency's letterhead." })
  statementUrl(@Root() usage: ClientUsageType): string {
    return statementPath(usage.month, usage.clientId);
  }
}

@Resolver(() => UsageLineType)
export class UsageLineResolver {
  @FieldResolver(() => JobType, { nullable: true })
  job(@Root() line: UsageLineType, @Ctx() ctx: Context) {
    return ctx.loaders.job.load(line.jobId);
  }
}

@Resolver(() => CreditEntryType)
export class CreditEntryClientResolver {
  @FieldResolver(() => OrganizationType, {
    nullable: true,
    description: "For PUBLISH: the client (employer) whose job ad it paid for.",
  })
  async client(@Root() entry: CreditEntryType, @Ctx() ctx: Context) {
    if (entry.jobId === null) return null;
    const job = await ctx.loaders.job.load(entry.jobId);
    return job === null ? null : ctx.loaders.organization.load(job.employerId);
  }
}
