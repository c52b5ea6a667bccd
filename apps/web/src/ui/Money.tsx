import { formatCents } from "@app/domain";

/** Integer cents shown the one way the product shows money ($199, $199.50). */
export function Money({ cents, currency = "AUD" }: { cents: number; currency?: string }) {
  return <span className="money">{formatCents(cents, currency)}</span>;
}
