import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";

export enum InvoiceKind {
  TAX_INVOICE = "TAX_INVOICE",
  ADJUSTMENT_NOTE = "ADJUSTMENT_NOTE",
}
registerEnumType(InvoiceKind, {
  name: "InvoiceKind",
  valuesConfig: {
    TAX_INVOICE: { description: "The tax invoice of a charge (a purchase, a renewal or a card-paid publish)." },
    ADJUSTMENT_NOTE: { description: "A refund (or a lost dispute) of a tax invoice, which it names." },
  },
});

@ObjectType("Invoice", {
  description: "R12: a tax invoice or adjustment note, numbered in one unbroken sequence per seller and kind.",
})
export class InvoiceType {
  @Field(() => ID) id: string;
  @Field(() => InvoiceKind) kind: InvoiceKind;
  @Field(() => String, { description: "INV-000123 or AN-000004." }) number: string;
  @Field(() => Int, { description: "Its place in the seller's sequence of its kind." }) sequence: number;
  @Field(() => Date) issuedAt: Date;
  @Field(() => String) sellerName: string;
  @Field(() => String, { nullable: true, description: "11 digits; null: the seller has no ABN, so it is not a tax invoice." })
  sellerAbn: string | null;
  @Field(() => String) buyerName: string;
  @Field(() => String) description: string;
  @Field(() => Int) quantity: number;
  @Field(() => Int, { description: "GST inclusive; for an adjustment note, the amount given back." }) amountCents: number;
  @Field(() => Int, { description: "The GST included in amountCents." }) gstCents: number;
  @Field(() => String) currency: string;
  @Field(() => String, { nullable: true }) paymentReference: string | null;
  purchaseId: string | null;
  jobId: string | null;
  adjustsInvoiceId: string | null;
}

@ObjectType("PaymentSettings", { description: "What the browser needs to take card payments." })
export class PaymentSettingsType {
  @Field(() => String, { description: "stripe, or test (the built-in provider: test tokens only)." }) provider: string;
  @Field(() => String, { nullable: true, description: "Stripe's publishable key; null without Stripe." })
  stripePublishableKey: string | null;
  @Field(() => String, { nullable: true, description: "Where to load Stripe.js from; null without Stripe." })
  stripeJsUrl: string | null;
}

@ObjectType("PaymentNextAction", {
  description: "A card that needs its holder (3-D Secure): complete it with Stripe.js, then send the same request again.",
})
export class PaymentNextActionType {
  @Field(() => String) clientSecret: string;
}
