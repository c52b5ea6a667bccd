/** The most a logo may weigh to be drawn on the LMT report; a bigger one is left out. */
export const MAX_LOGO_BYTES = 1_000_000;
const LOGO_TIMEOUT_MS = 3000;

/**
 * The agency's logo (its job board's logo URL) as PNG or JPEG bytes for the LMT report, or null:
 * no URL, not http(s), not an image pdfkit can draw, too big, too slow, or unreachable. The report
 * then carries the agency's name and monogram instead: a logo never stops a report.
 */
export async function fetchLogo(url: string | null, fetchImpl: typeof fetch = fetch): Promise<Buffer | null> {
  if (url === null || url.trim() === "") return null;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return null;
  }
  if (target.protocol !== "https:" && target.protocol !== "http:") return null;
  try {
    const res = await fetchImpl(target, { signal: AbortSignal.timeout(LOGO_TIMEOUT_MS), redirect: "follow" });
    if (!res.ok || !/^image\/(png|jpeg)\b/i.test(res.headers.get("content-type") ?? "")) return null;
    if (Number(res.headers.get("content-length") ?? 0) > MAX_LOGO_BYTES) return null;
    const body = Buffer.from(await res.arrayBuffer());
    if (body.length > MAX_LOGO_BYTES || !isPngOrJpeg(body)) return null;
    return body;
  } catch {
    return null;
  }
}

function isPngOrJpeg(b: Buffer): boolean {
  const png = b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const jpeg = b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
  return png || jpeg;
}
