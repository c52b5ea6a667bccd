import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { JobType } from "../jobs/jobs.types.js";
import type { ChannelRow } from "./channels.repository.js";
import type { JobChannelView } from "./channels.service.js";

@ObjectType("Channel", { description: "Where ads are advertised: the national board, Google for Jobs, an XML job feed." })
export class ChannelType {
  @Field(() => String) slug: string;
  @Field(() => String) name: string;
  @Field(() => Boolean, { description: "Counts as an ad with national reach for Labour Market Testing." })
  nationalReach: boolean;
  @Field(() => String, { description: "board, google-jobs or indeed-xml." }) feedFormat: string;
  @Field(() => Boolean) enabled: boolean;
  @Field(() => String, { nullable: true, description: "The feed's address (/feeds/<slug>.xml) for an XML feed." })
  feedUrl: string | null;
}

@ObjectType("JobChannelStay", { description: "One stay of an ad in a channel: from when it entered to when it left." })
export class JobChannelStayType {
  @Field(() => Date, { nullable: true, description: "Null until the ad is published." }) enteredAt: Date | null;
  @Field(() => Date, { nullable: true, description: "Null while it is still in." }) leftAt: Date | null;
}

@ObjectType("JobChannel", { description: "An ad in one channel." })
export class JobChannelType {
  @Field(() => ChannelType) channel: ChannelType;
  @Field(() => Boolean, { description: "In it now (for a draft: will enter it at publish)." }) on: boolean;
  @Field(() => Boolean, { description: "Whether it can be turned off or on for this ad (the XML feeds)." })
  choosable: boolean;
  @Field(() => [JobChannelStayType]) stays: JobChannelStayType[];
}

function channelOf(row: ChannelRow, origin: string): ChannelType {
  return { ...row, feedUrl: row.feedFormat === "indeed-xml" ? `${origin}/feeds/${row.slug}.xml` : null };
}

function viewOf(view: JobChannelView, origin: string): JobChannelType {
  return {
    channel: channelOf(view.channel, origin),
    on: view.on,
    choosable: view.choosable,
    stays: view.stays.map((s) => ({ enteredAt: s.enteredAt, leftAt: s.leftAt })),
  };
}

@Resolver(() => JobType)
export class JobChannelsResolver {
  @FieldResolver(() => [JobChannelType], { description: "The channels the ad goes to (a draft) or is in (published)." })
  async channels(@Root() job: JobType, @Ctx() ctx: Context): Promise<JobChannelType[]> {
    const origin = ctx.services.portal.publicUrl();
    return (await ctx.services.channels.ofJob(ctx.viewer, job.id)).map((v) => viewOf(v, origin));
  }
}

@Resolver()
export class ChannelsResolver {
  @Query(() => [ChannelType], { description: "Every enabled channel." })
  async channels(@Ctx() ctx: Context): Promise<ChannelType[]> {
    const origin = ctx.services.portal.publicUrl();
    return (await ctx.services.channels.all()).filter((c) => c.enabled).map((c) => channelOf(c, origin));
  }

  @Authorized()
  @Mutation(() => [JobChannelType], {
    description: "A draft's channels: the XML feeds chosen (the national board and Google for Jobs are always in).",
  })
  async chooseJobChannels(
    @Arg("jobId", () => ID) jobId: string,
    @Arg("channels", () => [String]) channels: string[],
    @Ctx() ctx: Context,
  ): Promise<JobChannelType[]> {
    const origin = ctx.services.portal.publicUrl();
    return (await ctx.services.channels.choose(ctx.viewer, jobId, channels)).map((v) => viewOf(v, origin));
  }

  @Authorized()
  @Mutation(() => [JobChannelType], {
    description: "Turns a feed off for a published ad (it leaves the feed, its placement ends today) or on (a new placement).",
  })
  async setJobChannel(
    @Arg("jobId", () => ID) jobId: string,
    @Arg("channel", () => String) channel: string,
    @Arg("on", () => Boolean) on: boolean,
    @Ctx() ctx: Context,
  ): Promise<JobChannelType[]> {
    const origin = ctx.services.portal.publicUrl();
    return (await ctx.services.channels.setOn(ctx.viewer, jobId, channel, on)).map((v) => viewOf(v, origin));
  }
}
