/** A portal's brand colour as CSS variables: the colour itself and a readable text colour on it. */
const HEX = /^#([0-9a-f]{6})$/i;
export const DEFAULT_PORTAL_COLOR = "#5b21b6";

export function isHexColour(value: string): boolean {
  return HEX.test(value);
}

/** White or near-black, whichever reads better on `hex` (WCAG relative luminance). */
export function inkOn(hex: string): string {
  const m = HEX.exec(hex);
  if (m === null) return "#ffffff";
  const n = parseInt(m[1]!, 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
  // Contrast with white is 1.05 / (l + 0.05); with #101828 roughly (l + 0.05) / 0.06.
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.0608 ? "#ffffff" : "#101828";
}

export function portalColourStyle(hex: string): Record<string, string> {
  const colour = isHexColour(hex) ? hex : DEFAULT_PORTAL_COLOR;
  return { "--portal-color": colour, "--portal-ink": inkOn(colour) };
}
