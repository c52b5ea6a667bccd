/**
 * GET /candidate-data/export?token=…: the candidate's data as a JSON attachment. A plain HTTP
 * route, not GraphQL, so it lives here rather than in apollo/client.ts. Fetched rather than
 * followed, so an expired link is explained on the page instead of as raw JSON.
 */

/** A refusal worded for the candidate: the server's own `error` when it sent one. */
export class ExportRefused extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | null,
  ) {
    super(message);
    this.name = "ExportRefused";
  }
}

const FALLBACK: Record<number, string> = {
  404: "This link has expired or was already used. Ask for a new one from the job board.",
  429: "Too many downloads from this connection. Wait a minute and try again.",
};

/** The name the server gave the file (content-disposition), or a plain one. */
function filenameOf(response: Response): string {
  const disposition = response.headers.get("content-disposition") ?? "";
  const match = /filename="([^"]+)"/.exec(disposition);
  return match?.[1] ?? "my-application-data.json";
}

/** Fetches the file and hands it to the browser as a download. */
export async function downloadCandidateData(fileUrl: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(fileUrl, { credentials: "omit", cache: "no-store" });
  } catch {
    throw new ExportRefused("Can't reach the server. Check your connection and try again.", 0, "NETWORK");
  }
  if (!response.ok) {
    let body: Record<string, unknown> | null;
    try {
      body = (await response.json()) as Record<string, unknown>;
    } catch {
      body = null;
    }
    const message =
      body !== null && typeof body.error === "string" && body.error !== ""
        ? body.error
        : (FALLBACK[response.status] ?? "Your data could not be downloaded. Try again in a moment.");
    throw new ExportRefused(message, response.status, body !== null && typeof body.code === "string" ? body.code : null);
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filenameOf(response);
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the browser has taken the file.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
