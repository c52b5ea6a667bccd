/** A portal's brand colour as CSS variables: the colour itself and a readable text colour on it. */
const HEX = /^#([0-9a-f]{6})$/i;
export const DEFAULT_PORTAL_COLOR = "#5b21b6";
const DARK_INK = "#101828";
/** WCAG AA for body text: the board's header, hero and buttons carry text on the brand colour. */
const MIN_CONTRAST = 4.5;

export function isHexColour(value: string): boolean {
  return HEX.test(value);
}

function rgb(hex: string): [number, number, number] {
  const n = parseInt(HEX.exec(hex)![1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function luminance([r, g, b]: [number, number, number]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** White or near-black, whichever reads better on `hex` (WCAG contrast). */
export function inkOn(hex: string): string {
  if (!isHexColour(hex)) return "#ffffff";
  const l = luminance(rgb(hex));
  return contrast(l, 1) >= contrast(l, luminance(rgb(DARK_INK))) ? "#ffffff" : DARK_INK;
}

/**
 * The agency's colour, or the nearest darker shade of it on which white text passes AA: a mid-tone
 * (a teal, an orange) reads poorly with either white or black text, and the board must be readable.
 */
export function readablePortalColour(hex: string): string {
  if (!isHexColour(hex)) return DEFAULT_PORTAL_COLOR;
  const base = rgb(hex);
  const l = luminance(base);
  if (Math.max(contrast(l, 1), contrast(l, luminance(rgb(DARK_INK)))) >= MIN_CONTRAST) return hex.toLowerCase();
  for (let step = 1; step < 20; step += 1) {
    const shade = base.map((v) => Math.round(v * (1 - step * 0.05))) as [number, number, number];
    if (contrast(luminance(shade), 1) >= MIN_CONTRAST) return `#${shade.map((v) => v.toString(16).padStart(2, "0")).join("")}`;
  }
  return DARK_INK;
}

export function portalColourStyle(hex: string): Record<string, string> {
  const colour = readablePortalColour(hex);
  return { "--portal-color": colour, "--portal-ink": inkOn(colour) };
}
