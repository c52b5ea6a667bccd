/** R10: a CV is PDF, DOC or DOCX judged by its content (never its name or declared type), at most 5 MB. */
export const MAX_RESUME_BYTES = 5 * 1024 * 1024;

export type ResumeKind = "PDF" | "DOC" | "DOCX";

export interface ResumeFormat {
  kind: ResumeKind;
  contentType: string;
  extension: string;
}

export const RESUME_FORMATS: Record<ResumeKind, ResumeFormat> = {
  PDF: { kind: "PDF", contentType: "application/pdf", extension: "pdf" },
  DOC: { kind: "DOC", contentType: "application/msword", extension: "doc" },
  DOCX: {
    kind: "DOCX",
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
  },
};

export type ResumeCheck =
  { ok: true; format: ResumeFormat } | { ok: false; reason: "EMPTY" | "TOO_LARGE" | "NOT_A_DOCUMENT"; message: string };

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // Compound File Binary (Word 97-2003)
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // PK\x03\x04
const ZIP_CENTRAL_ENTRY = [0x50, 0x4b, 0x01, 0x02];
const WORD_DOCUMENT = "word/document.xml";

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((b, i) => bytes[at + i] === b);
}

/** A ZIP is a Word document when its central directory names word/document.xml. */
function zipHasWordDocument(bytes: Uint8Array): boolean {
  const name = new TextEncoder().encode(WORD_DOCUMENT);
  // Central directory entries: signature, then the name's length at +28 and the name at +46.
  for (let i = 0; i + 46 <= bytes.length; i++) {
    if (!startsWith(bytes, ZIP_CENTRAL_ENTRY, i)) continue;
    const nameLength = bytes[i + 28]! | (bytes[i + 29]! << 8);
    if (nameLength === name.length && startsWith(bytes, [...name], i + 46)) return true;
  }
  return false;
}

/** The format of a file by its first bytes (and, for ZIP, its central directory); null for anything else. */
export function sniffResume(bytes: Uint8Array): ResumeFormat | null {
  if (startsWith(bytes, PDF_MAGIC)) return RESUME_FORMATS.PDF;
  if (startsWith(bytes, OLE_MAGIC)) return RESUME_FORMATS.DOC;
  if (startsWith(bytes, ZIP_MAGIC) && zipHasWordDocument(bytes)) return RESUME_FORMATS.DOCX;
  return null;
}

/** Every refusal has a message a candidate can act on. `size` may exceed bytes.length when reading stopped early. */
export function checkResume(bytes: Uint8Array, size = bytes.length, maxBytes = MAX_RESUME_BYTES): ResumeCheck {
  if (size === 0) return { ok: false, reason: "EMPTY", message: "The file is empty. Choose your CV again." };
  if (size > maxBytes) {
    return {
      ok: false,
      reason: "TOO_LARGE",
      message: `The file is larger than ${Math.floor(maxBytes / (1024 * 1024))} MB. Save a smaller PDF, DOC or DOCX and try again.`,
    };
  }
  const format = sniffResume(bytes);
  if (format === null)
    return {
      ok: false,
      reason: "NOT_A_DOCUMENT",
      message: "Upload your CV as a PDF, DOC or DOCX file; this file is none of those (whatever its name says).",
    };
  return { ok: true, format };
}
