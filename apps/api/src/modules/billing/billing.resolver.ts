import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { OrganizationType, UserType } from "../identity/identity.types.js";
import { CreditEntryPageType, CreditEntryType, PricingPlanType, PurchaseInput, PurchaseType } from "./billing.types.js";

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
  @Mutation(() => OrganizationType)
  setCreditSharing(@Arg("enabled", () => Boolean) enabled: boolean, @Ctx() ctx: Context) {
    return ctx.services.billing.setCreditSharing(ctx.viewer, enabled);
  }

  @FieldResolver(() => PricingPlanType)
  plan(@Root() purchase: PurchaseType, @Ctx() ctx: Context) {
    return ctx.loaders.plan.load(purchase.planId);
  }
}

@Resolver(() => CreditEntryType)
export class CreditEntryResolver {
  @FieldResolver(() => UserType, { nullable: true, description: "The user who caused it, where a user did." })
  actor(@Root() entry: CreditEntryType, @Ctx() ctx: Context) {
    return entry.actorUserId === null ? null : ctx.loaders.user.load(entry.actorUserId);
  }
}
