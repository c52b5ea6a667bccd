import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Length, Max, Min, ValidateNested } from "class-validator";
import { UserType } from "../identity/identity.types.js";

export enum PlanKind {
  PAY_AS_YOU_GO = "PAY_AS_YOU_GO",
  JOB_PACK = "JOB_PACK",
  SUBSCRIPTION = "SUBSCRIPTION",
}
export enum PurchaseStatus {
  SUCCEEDED = "SUCCEEDED",
  DECLINED = "DECLINED",
  REQUIRES_ACTION = "REQUIRES_ACTION",
}
export enum CreditEntryKind {
  PURCHASE = "PURCHASE",
  PLAN_GRANT = "PLAN_GRANT",
  PUBLISH = "PUBLISH",
  REFUND = "REFUND",
  EXPIRY = "EXPIRY",
  ADJUSTMENT = "ADJUSTMENT",
}
registerEnumType(PlanKind, { name: "PlanKind" });
registerEnumType(PurchaseStatus, {
  name: "PurchaseStatus",
  valuesConfig: {
    REQUIRES_ACTION: {
      description:
        "The card needs its holder (3-D Secure): complete nextAction with Stripe.js, then send the same purchase again.",
    },
  },
});
export enum SubscriptionStatus {
  ACTIVE = "ACTIVE",
  CANCELED = "CANCELED",
  EXPIRED = "EXPIRED",
}
registerEnumType(CreditEntryKind, { name: "CreditEntryKind" });
registerEnumType(SubscriptionStatus, {
  name: "SubscriptionStatus",
  valuesConfig: {
    ACTIVE: { description: "Renews at currentPeriodEnd." },
    CANCELED: { description: "Will not renew; its credits stay usable until currentPeriodEnd, then it is EXPIRED." },
    EXPIRED: { description: "Ended: cancelled and past its period, or its renewal payment was declined (see notice)." },
  },
});

@ObjectType("PricingPlan")
export class PricingPlanType {
  @Field(() => ID) id: string;
  @Field(() => String) code: string;
  @Field(() => String) name: string;
  @Field(() => PlanKind) kind: PlanKind;
  @Field(() => Int, { description: "Credits granted per purchase (pay-as-you-go: per unit; subscription: per month)." })
  credits: number;
  @Field(() => Int) priceCents: number;
  @Field(() => String) currency: string;
  @Field(() => Int, { nullable: true, description: "Days until credits granted by this plan expire; null: they never expire." })
  creditValidityDays: number | null;
}

@ObjectType("Purchase")
export class PurchaseType {
  @Field(() => ID) id: string;
  planId: string;
  @Field(() => Int) quantity: number;
  @Field(() => Int) credits: number;
  @Field(() => Int) amountCents: number;
  @Field(() => String) currency: string;
  @Field(() => PurchaseStatus) status: PurchaseStatus;
  @Field(() => String, { nullable: true, description: "Its tax invoice's number." }) receiptNumber: string | null;
  @Field(() => Date) createdAt: Date;
  clientSecret: string | null;
}

@ObjectType("PlanSubscription")
export class PlanSubscriptionType {
  @Field(() => ID) id: string;
  planId: string;
  pendingPlanId: string | null;
  @Field(() => SubscriptionStatus) status: SubscriptionStatus;
  @Field(() => Date) currentPeriodStart: Date;
  @Field(() => Date) currentPeriodEnd: Date;
  @Field(() => Date, { nullable: true, description: "When it renews next (the period's end); null unless ACTIVE." })
  renewsAt: Date | null;
  @Field(() => String, { nullable: true, description: "Something the customer must know, e.g. why the subscription ended." })
  notice: string | null;
  @Field(() => Date, { nullable: true, description: "When it was cancelled, if it was." })
  canceledAt: Date | null;
}

@ObjectType("CreditLot", { description: "Credits granted together, spent earliest-expiry first (R4)." })
export class CreditLotType {
  @Field(() => ID) id: string;
  @Field(() => PlanKind, { description: "The kind of plan that granted them." }) planKind: PlanKind;
  @Field(() => Int) granted: number;
  @Field(() => Int) remaining: number;
  @Field(() => Date, { nullable: true, description: "Null: never expires (pay-as-you-go)." }) expiresAt: Date | null;
  @Field(() => Date) createdAt: Date;
}

@ObjectType("CreditEntry")
export class CreditEntryType {
  @Field(() => ID) id: number;
  @Field(() => CreditEntryKind) kind: CreditEntryKind;
  @Field(() => Int, { description: "Positive adds credits, negative spends them." }) amount: number;
  @Field(() => Int) balanceAfter: number;
  @Field(() => Date) createdAt: Date;
  actorUserId: string | null;
  jobId: string | null;
}

@ObjectType("CreditEntryPage")
export class CreditEntryPageType {
  @Field(() => [CreditEntryType]) nodes: CreditEntryType[];
  @Field(() => String, { nullable: true }) endCursor: string | null;
  @Field(() => Boolean) hasNextPage: boolean;
}

@InputType("PaymentInput")
export class PaymentInput {
  @Field(() => String, {
    description:
      "A token from the payment provider. The built-in test provider takes tok_visa (succeeds) and tok_chargeDeclined (declined).",
  })
  @Length(1, 200, { message: "Choose a payment method." })
  token: string;
}

@InputType("PurchaseInput")
export class PurchaseInput {
  @Field(() => String) @Length(1, 50, { message: "Choose a plan." }) planCode: string;
  @Field(() => Int, { defaultValue: 1, description: "Pay-as-you-go only: how many credits; other plans: 1." })
  @Min(1, { message: "Buy at least 1 credit." })
  @Max(100, { message: "Buy at most 100 credits at a time." })
  quantity: number;
  @Field(() => PaymentInput) @ValidateNested() payment: PaymentInput;
  @Field(() => String, { description: "Replaying the same key returns the first result and charges nothing more." })
  @Length(1, 200, { message: "Send an idempotency key." })
  idempotencyKey: string;
}

export { UserType };
