import { badInput } from "@app/domain";

/** Opaque page cursors: base64url of a JSON tuple, so a client cannot rely on what is inside. */
export function encodeCursor(parts: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts)).toString("base64url");
}

export function decodeCursor(cursor: string | null | undefined): (string | number)[] | null {
  if (cursor === null || cursor === undefined || cursor === "") return null;
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(parts) && parts.every((p) => typeof p === "string" || typeof p === "number")) return parts;
  } catch {
    // fall through to the error below
  }
  throw badInput({ after: "This cursor is not valid." });
}

/** For pages ordered by a numeric id (ledger and audit entries): the id to continue below, or null. */
export function decodeIdCursor(cursor: string | null | undefined): number | null {
  const parts = decodeCursor(cursor);
  if (parts === null) return null;
  const id = Number(parts[0]);
  if (!Number.isSafeInteger(id)) throw badInput({ after: "This cursor is not valid." });
  return id;
}

export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput({ first: `Ask for between 1 and ${MAX_PAGE_SIZE} items.` });
  }
  return first;
}

/** Takes first+1 rows and turns them into a page. */
export function toPage<T>(rows: T[], first: number, cursorOf: (row: T) => (string | number)[]) {
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    hasNextPage: rows.length > first,
    endCursor: last === undefined ? null : encodeCursor(cursorOf(last)),
  };
}
