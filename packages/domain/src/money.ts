/** Money is always integer cents. */
export type Cents = number;

export function assertCents(value: number): Cents {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Not a whole number of cents: ${value}`);
  return value;
}

/** 19900 -> "$199", 19950 -> "$199.50", in AUD unless told otherwise. */
export function formatCents(cents: Cents, currency = "AUD"): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const dollars = Math.floor(abs / 100).toLocaleString("en-AU");
  const rest = abs % 100;
  const symbol = currency === "AUD" || currency === "USD" ? "$" : `${currency} `;
  const body = rest === 0 ? `${symbol}${dollars}` : `${symbol}${dollars}.${String(rest).padStart(2, "0")}`;
  return negative ? `-${body}` : body;
}

/** Price of `quantity` units at `unitCents`, refusing anything that is not exact. */
export function multiplyCents(unitCents: Cents, quantity: number): Cents {
  if (!Number.isSafeInteger(quantity)) throw new RangeError(`Not a whole quantity: ${quantity}`);
  return assertCents(unitCents * quantity);
}

/** Australian prices include 10% GST: the GST inside a GST-inclusive amount is 1/11 of it, to the cent. */
export const GST_RATE_PERCENT = 10;
export function gstIncluded(amountCents: Cents): Cents {
  assertCents(amountCents);
  return Math.round(amountCents / 11);
}
