import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { receiptPath } from "./invoice-pdf.js";
import { OrganizationType, UserType } from "../identity/identity.types.js";
import {
  CreditEntryPageType,
  CreditEntryType,
  CreditLotType,
  PlanSubscriptionType,
  PricingPlanType,
  PurchaseInput,
  PurchaseType,
} from "./billing.types.js";

@Resolver(() => PurchaseType)
export class BillingResolver {
  @Query(() => [PricingPlanType])
  pricingPlans(@Ctx() ctx: Context) {
    return ctx.services.billing.pricingPlans();
  }

  @Authorized()
  @Query(() => [PurchaseType])
  purchases(@Ctx() ctx: Context) {
    return ctx.services.billing.purchases(ctx.viewer);
  }

  @Authorized()
  @Query(() => CreditEntryPageType)
  creditHistory(
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.billing.creditHistory(ctx.viewer, first, after);
  }

  @Authorized()
  @Mutation(() => PurchaseType)
  purchase(@Arg("input", () => PurchaseInput) input: PurchaseInput, @Ctx() ctx: Context) {
    return ctx.services.billing.purchase(ctx.viewer, {
      planCode: input.planCode,
      quantity: input.quantity,
      paymentToken: input.payment.token,
      idempotencyKey: input.idempotencyKey,
    });
  }

  @Authorized()
  @Query(() => PlanSubscriptionType, {
    nullable: true,
    description:
      "The current organization's subscription (the live one, else the one that ended last); null when it never subscribed.",
  })
  subscription(@Ctx() ctx: Context) {
    return ctx.services.subscriptions.subscription(ctx.viewer);
  }

  @Authorized()
  @Query(() => [CreditLotType], {
    description: "The current organization's credits by lot, in the order spends take them (earliest expiry first).",
  })
  creditLots(@Ctx() ctx: Context) {
    return ctx.services.billing.creditLots(ctx.viewer);
  }

  @Authorized()
  @Mutation(() => PlanSubscriptionType, { description: "Stops renewal: the credits stay usable until the period's end." })
  cancelSubscription(@Ctx() ctx: Context) {
    return ctx.services.subscriptions.cancelSubscription(ctx.viewer);
  }

  @Authorized()
  @Mutation(() => OrganizationType)
  setCreditSharing(@Arg("enabled", () => Boolean) enabled: boolean, @Ctx() ctx: Context) {
    return ctx.services.billing.setCreditSharing(ctx.viewer, enabled);
  }

  @FieldResolver(() => PricingPlanType)
  plan(@Root() purchase: PurchaseType, @Ctx() ctx: Context) {
    return ctx.loaders.plan.load(purchase.planId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Where the PDF receipt downloads (signed-in members of the buying organization); null without a receipt.",
  })
  receiptUrl(@Root() purchase: PurchaseType): string | null {
    return purchase.receiptNumber === null ? null : receiptPath(purchase.id);
  }
}

@Resolver(() => PlanSubscriptionType)
export class PlanSubscriptionResolver {
  @FieldResolver(() => PricingPlanType)
  plan(@Root() subscription: PlanSubscriptionType, @Ctx() ctx: Context) {
    return ctx.loaders.plan.load(subscription.planId);
  }

  @FieldResolver(() => PricingPlanType, { nullable: true, description: "A downgrade that takes effect at the next renewal." })
  nextPlan(@Root() subscription: PlanSubscriptionType, @Ctx() ctx: Context) {
    return subscription.pendingPlanId === null ? null : ctx.loaders.plan.load(subscription.pendingPlanId);
  }
}

/** R4: every Organization's balance is read as of now, after its due lots expired (batched per request). */
@Resolver(() => OrganizationType)
export class OrganizationCreditsResolver {
  @FieldResolver(() => Int, { description: "This organization's own job ad credits." })
  async creditBalance(@Root() organization: OrganizationType, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.creditBalance.load(organization.id))?.balance ?? 0;
  }
}

@Resolver(() => CreditEntryType)
export class CreditEntryResolver {
  @FieldResolver(() => UserType, { nullable: true, description: "The user who caused it, where a user did." })
  actor(@Root() entry: CreditEntryType, @Ctx() ctx: Context) {
    return entry.actorUserId === null ? null : ctx.loaders.user.load(entry.actorUserId);
  }
}
