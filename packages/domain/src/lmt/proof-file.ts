/**
 * Issue 14: a manual placement's proof is a screenshot (PNG or JPEG) or a PDF of the ad as it ran,
 * judged by its first bytes (never its name or declared type), at most 10 MB (a full-page
 * screenshot of a newspaper ad runs to a few MB).
 */
export const MAX_PROOF_BYTES = 10 * 1024 * 1024;

export type ProofKind = "PNG" | "JPEG" | "PDF";

export interface ProofFormat {
  kind: ProofKind;
  contentType: string;
  extension: string;
}

export const PROOF_FORMATS: Record<ProofKind, ProofFormat> = {
  PNG: { kind: "PNG", contentType: "image/png", extension: "png" },
  JPEG: { kind: "JPEG", contentType: "image/jpeg", extension: "jpg" },
  PDF: { kind: "PDF", contentType: "application/pdf", extension: "pdf" },
};

export type ProofCheck =
  { ok: true; format: ProofFormat } | { ok: false; reason: "EMPTY" | "TOO_LARGE" | "NOT_A_PROOF"; message: string };

const MAGIC: [ProofKind, readonly number[]][] = [
  ["PNG", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]], // \x89PNG\r\n\x1a\n
  ["JPEG", [0xff, 0xd8, 0xff]], // SOI and the first marker
  ["PDF", [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
];

/** The format of a proof by its first bytes; null for anything else. */
export function sniffProof(bytes: Uint8Array): ProofFormat | null {
  for (const [kind, magic] of MAGIC) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return PROOF_FORMATS[kind];
  }
  return null;
}

/** Every refusal has a message the agency can act on. `size` may exceed bytes.length when reading stopped early. */
export function checkProof(bytes: Uint8Array, size = bytes.length, maxBytes = MAX_PROOF_BYTES): ProofCheck {
  if (size === 0) return { ok: false, reason: "EMPTY", message: "The file is empty. Choose the screenshot or PDF again." };
  if (size > maxBytes)
    return {
      ok: false,
      reason: "TOO_LARGE",
      message: `The file is larger than ${Math.floor(maxBytes / (1024 * 1024))} MB. Save a smaller screenshot or PDF and try again.`,
    };
  const format = sniffProof(bytes);
  if (format === null)
    return {
      ok: false,
      reason: "NOT_A_PROOF",
      message: "Upload a screenshot (PNG or JPEG) or a PDF of the ad; this file is none of those (whatever its name says).",
    };
  return { ok: true, format };
}
