import type { CompletedPurchase } from "../../features/credits/components/BuyCreditsDialog";
import { Banner } from "../../ui/Banner";
import { Money } from "../../ui/Money";

/** Confirms a purchase on the page the dialog was opened from. */
export function PurchaseBanner({ purchase, onDismiss }: { purchase: CompletedPurchase; onDismiss: () => void }) {
  return (
    <Banner
      tone="success"
      title={`${purchase.credits} ${purchase.credits === 1 ? "credit" : "credits"} added to your balance`}
      onDismiss={onDismiss}
    >
      Paid <Money cents={purchase.amountCents} currency={purchase.currency} />
      {purchase.receiptNumber !== null && (
        <>
          {" "}
          · Receipt <code className="nowrap">{purchase.receiptNumber}</code>
        </>
      )}
    </Banner>
  );
}
