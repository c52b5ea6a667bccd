/**
 * POST /uploads: the candidate's CV as multipart form data (field `file`). A plain HTTP route,
 * not GraphQL, so it lives here rather than in apollo/client.ts. XMLHttpRequest rather than
 * fetch() because only it reports upload progress.
 */
export const UPLOADS_PATH = "/uploads";

export interface UploadedFile {
  id: string;
  filename: string;
  contentType: string;
  size: number;
}

/** A refusal worded for the candidate: the server's own `error` when it sent one. */
export class UploadRefused extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | null,
  ) {
    super(message);
    this.name = "UploadRefused";
  }
}

const FALLBACK: Record<number, string> = {
  413: "The file is larger than 5 MB. Save a smaller PDF, DOC or DOCX and try again.",
  429: "Too many uploads from this connection. Wait a minute and try again.",
};

export function uploadResume(file: File, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", UPLOADS_PATH);
    xhr.responseType = "text";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let body: Record<string, unknown> | null;
      try {
        body = JSON.parse(xhr.responseText) as Record<string, unknown>;
      } catch {
        body = null;
      }
      if (xhr.status === 201 && body !== null && typeof body.id === "string") {
        onProgress(1);
        resolve(body as unknown as UploadedFile);
        return;
      }
      const message =
        body !== null && typeof body.error === "string" && body.error !== ""
          ? body.error
          : (FALLBACK[xhr.status] ?? "The CV could not be uploaded. Try again in a moment.");
      reject(new UploadRefused(message, xhr.status, body !== null && typeof body.code === "string" ? body.code : null));
    };
    xhr.onerror = () => reject(new UploadRefused("Can't reach the server. Check your connection and try again.", 0, "NETWORK"));
    xhr.onabort = () => reject(new UploadRefused("Upload cancelled.", 0, "ABORTED"));
    signal?.addEventListener("abort", () => xhr.abort());
    const form = new FormData();
    form.append("file", file, file.name);
    xhr.send(form);
  });
}
