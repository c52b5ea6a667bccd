import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { JobType } from "../jobs/jobs.types.js";
import { invoicePath } from "./invoice-pdf.js";
import { PurchaseType } from "./billing.types.js";
import { InvoiceType, PaymentNextActionType, PaymentSettingsType } from "./invoices.types.js";

@Resolver(() => InvoiceType)
export class InvoicesResolver {
  @Authorized()
  @Query(() => [InvoiceType], {
    description: "Billing: the current organization's tax invoices and adjustment notes, newest first.",
  })
  invoices(@Ctx() ctx: Context) {
    return ctx.services.invoices.invoices(ctx.viewer);
  }

  @Query(() => PaymentSettingsType)
  paymentSettings(@Ctx() ctx: Context): PaymentSettingsType {
    const browser = ctx.services.invoices.paymentBrowserSettings();
    return {
      provider: ctx.services.invoices.paymentProviderName(),
      stripePublishableKey: browser?.publishableKey ?? null,
      stripeJsUrl: browser?.scriptUrl ?? null,
    };
  }

  @FieldResolver(() => String, { description: "Where its PDF downloads (signed-in members of the buyer)." })
  pdfUrl(@Root() invoice: InvoiceType): string {
    return invoicePath(invoice.id);
  }

  @FieldResolver(() => InvoiceType, { nullable: true, description: "For an adjustment note: the tax invoice it adjusts." })
  adjusts(@Root() invoice: InvoiceType, @Ctx() ctx: Context) {
    return invoice.adjustsInvoiceId === null ? null : ctx.loaders.invoice.load(invoice.adjustsInvoiceId);
  }

  @FieldResolver(() => PurchaseType, { nullable: true, description: "The purchase it is for, if any." })
  async purchase(@Root() invoice: InvoiceType, @Ctx() ctx: Context) {
    if (invoice.purchaseId === null || ctx.viewer === null) return null;
    return (await ctx.services.billing.purchases(ctx.viewer)).find((p) => p.id === invoice.purchaseId) ?? null;
  }

  @FieldResolver(() => JobType, { nullable: true, description: "The card-paid job ad it is for, if any." })
  job(@Root() invoice: InvoiceType, @Ctx() ctx: Context) {
    return invoice.jobId === null ? null : ctx.loaders.job.load(invoice.jobId);
  }
}

@Resolver(() => PurchaseType)
export class PurchaseInvoiceResolver {
  @FieldResolver(() => InvoiceType, { nullable: true, description: "Its tax invoice; null unless money was taken." })
  invoice(@Root() purchase: PurchaseType, @Ctx() ctx: Context) {
    return ctx.loaders.purchaseInvoice.load(purchase.id);
  }

  @FieldResolver(() => PaymentNextActionType, { nullable: true, description: "Set while status is REQUIRES_ACTION." })
  nextAction(@Root() purchase: PurchaseType): PaymentNextActionType | null {
    return (purchase.status as string) === "REQUIRES_ACTION" && purchase.clientSecret
      ? { clientSecret: purchase.clientSecret }
      : null;
  }
}

@Resolver(() => JobType)
export class JobInvoiceResolver {
  @FieldResolver(() => InvoiceType, { nullable: true, description: "A card-paid publish's tax invoice." })
  invoice(@Root() job: JobType, @Ctx() ctx: Context) {
    return job.paidBy !== "CARD" ? null : ctx.loaders.jobInvoice.load(job.id);
  }
}
