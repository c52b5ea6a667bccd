import { Arg, Authorized, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver, registerEnumType } from "type-graphql";
import type { Context } from "../../context.js";
import { JobStatus } from "../jobs/jobs.types.js";
import { LmtCheckType } from "./lmt.types.js";

export enum LmtTrackerSort {
  CLIENT = "CLIENT",
  ROLE = "ROLE",
  STATUS = "STATUS",
  EARLIEST_LODGEMENT = "EARLIEST_LODGEMENT",
  LATEST_LODGEMENT = "LATEST_LODGEMENT",
  WINDOW_CLOSES = "WINDOW_CLOSES",
}
registerEnumType(LmtTrackerSort, { name: "LmtTrackerSort" });

@InputType("LmtTrackerFilter")
export class LmtTrackerFilterInput {
  @Field(() => ID, { nullable: true, description: "Only this client's ads." }) clientId?: string | null;
  @Field(() => JobStatus, { nullable: true }) status?: JobStatus | null;
  @Field(() => Boolean, { nullable: true, description: "Only ads ready to lodge today." }) readyToLodge?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "Only ads whose lodgement window closes within 14 days." })
  windowClosing?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "Only ads failing at least one LMT check." }) failingCheck?:
    boolean | null;
}

@ObjectType("LmtTrackerPlacement", { description: "A placement with national reach and the days it has run so far." })
export class LmtTrackerPlacementType {
  @Field(() => String) board: string;
  @Field(() => Int) days: number;
  @Field(() => String) startsOn: string;
  @Field(() => String, { nullable: true }) endsOn: string | null;
}

@ObjectType("LmtTrackerRow", { description: "An LMT ad of an ACTIVE client, as its agency tracks it." })
export class LmtTrackerRowType {
  @Field(() => ID) jobId: string;
  @Field(() => ID) clientId: string;
  @Field(() => String) clientName: string;
  @Field(() => ID, { description: "The connection: Access company on it to edit the ad." }) connectionId: string;
  @Field(() => String, { description: "The role (the ad's title)." }) title: string;
  @Field(() => JobStatus) status: JobStatus;
  @Field(() => [LmtTrackerPlacementType]) nationalPlacements: LmtTrackerPlacementType[];
  @Field(() => Int, { description: "Days each national placement needs (28)." }) requiredDays: number;
  @Field(() => [LmtCheckType]) failingChecks: LmtCheckType[];
  @Field(() => Boolean) compliant: boolean;
  @Field(() => String, { nullable: true }) earliestLodgement: string | null;
  @Field(() => String, { nullable: true }) latestLodgement: string | null;
  @Field(() => String, { nullable: true, description: "A redundancy in the occupation (the redundancy flag)." })
  redundancyOn: string | null;
  @Field(() => Boolean) readyToLodge: boolean;
  @Field(() => Int, { nullable: true, description: "Days until the lodgement window closes; null when there is none." })
  windowClosesInDays: number | null;
}

@ObjectType("LmtTrackerClient")
export class LmtTrackerClientType {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
}

@ObjectType("LmtTracker")
export class LmtTrackerType {
  @Field(() => [LmtTrackerRowType]) rows: LmtTrackerRowType[];
  @Field(() => [LmtTrackerClientType], { description: "Every ACTIVE client with LMT ads (for the client filter)." })
  clients: LmtTrackerClientType[];
  @Field(() => Int, { description: "LMT ads before filtering." }) total: number;
  @Field(() => String, { description: "The same rows as CSV (same filter and order), same origin." }) csvUrl: string;
}

@Resolver()
export class LmtTrackerResolver {
  @Authorized()
  @Query(() => LmtTrackerType, {
    description: "Every LMT ad of every ACTIVE client, from the agency's own account (no Access company needed).",
  })
  lmtTracker(
    @Arg("filter", () => LmtTrackerFilterInput, { nullable: true }) filter: LmtTrackerFilterInput | null,
    @Arg("sort", () => LmtTrackerSort, { nullable: true }) sort: LmtTrackerSort | null,
    @Arg("descending", () => Boolean, { nullable: true }) descending: boolean | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.lmtTracker.tracker(ctx.viewer, filter ?? {}, sort ?? LmtTrackerSort.CLIENT, descending ?? false);
  }
}
