import { describe, expect, it } from "vitest";
import { MAX_PROOF_BYTES, checkProof, sniffProof } from "./proof-file.js";

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);

describe("sniffProof", () => {
  it.each([
    ["a PNG", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0), "image/png"],
    ["a JPEG", bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), "image/jpeg"],
    ["a PDF", text("%PDF-1.7\n"), "application/pdf"],
    ["a PNG cut short", bytes(0x89, 0x50, 0x4e), null],
    ["HTML named .png", text("<html><script>"), null],
    ["a GIF", text("GIF89a"), null],
    ["a Word file", bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), null],
  ])("%s", (_name, input, expected) => expect(sniffProof(input)?.contentType ?? null).toBe(expected));
});

describe("checkProof", () => {
  it.each([
    ["empty", new Uint8Array(0), 0, "EMPTY"],
    ["one byte over the limit", text("%PDF-"), MAX_PROOF_BYTES + 1, "TOO_LARGE"],
    ["at the limit", text("%PDF-"), MAX_PROOF_BYTES, null],
    ["not a proof", text("MZ\x90\x00"), 4, "NOT_A_PROOF"],
  ])("%s", (_name, input, size, reason) => {
    const check = checkProof(input, size);
    expect(check.ok ? null : check.reason).toBe(reason);
  });
});
