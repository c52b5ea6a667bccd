/**
 * The one rule every string a user sends must pass before anything reads it: no NUL (PostgreSQL's
 * text cannot hold it, and C libraries stop at it), well-formed Unicode (a lone surrogate cannot be
 * encoded as UTF-8, so the database refuses it) and a length bound (so no request makes the server
 * carry megabytes of text). Fields with tighter limits keep them; this is the floor under all.
 */
export const MAX_USER_TEXT_LENGTH = 20_000;

// In a /u expression a surrogate pair is one code point, so \p{Surrogate} matches only lone halves.
const LONE_SURROGATE = /\p{Surrogate}/u;

/** What is wrong with a user-supplied string, in words for the person who typed it; null when it passes. */
export function userTextProblem(text: string, maxLength: number = MAX_USER_TEXT_LENGTH): string | null {
  if (text.includes("\u0000")) return "Remove the NUL character: it can't be stored.";
  if (LONE_SURROGATE.test(text)) return "This text isn't well-formed Unicode; retype it or paste it again.";
  if (text.length > maxLength) return `Use at most ${maxLength.toLocaleString("en-AU")} characters.`;
  return null;
}

/**
 * Every string inside a value (nested objects and lists included) with the name of its field:
 * "email", "location.city", "placements.0.name". The first problem found, or null.
 */
export function findUserTextProblem(
  value: unknown,
  name: string,
  maxLength: number = MAX_USER_TEXT_LENGTH,
): { field: string; message: string } | null {
  if (typeof value === "string") {
    const message = userTextProblem(value, maxLength);
    return message === null ? null : { field: name, message };
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUserTextProblem(value[i], `${name}.${i}`, maxLength);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === "object" && isPlainRecord(value)) {
    for (const [key, inner] of Object.entries(value)) {
      const found = findUserTextProblem(inner, name === "" ? key : `${name}.${key}`, maxLength);
      if (found) return found;
    }
  }
  return null;
}

// Dates and other class instances came from a scalar's own parser, not as text.
function isPlainRecord(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
