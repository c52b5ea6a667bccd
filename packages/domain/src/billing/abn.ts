/**
 * Australian Business Numbers: 11 digits whose weighted sum, after taking 1 from the first digit,
 * divides by 89 (the ABR's published check). A tax invoice names the seller's ABN.
 */
const WEIGHTS = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];

/** The ABN's 11 digits, or null when the text is not a valid ABN (spaces are allowed). */
export function normalizeAbn(text: string): string | null {
  const digits = text.replace(/\s+/g, "");
  if (!/^\d{11}$/.test(digits)) return null;
  const sum = [...digits].reduce((total, d, i) => total + (Number(d) - (i === 0 ? 1 : 0)) * WEIGHTS[i]!, 0);
  return sum % 89 === 0 ? digits : null;
}

/** "51824753556" -> "51 824 753 556", as the ABR writes it. */
export function formatAbn(digits: string): string {
  return `${digits.slice(0, 2)} ${digits.slice(2, 5)} ${digits.slice(5, 8)} ${digits.slice(8, 11)}`;
}
