import { CombinedGraphQLErrors } from "@apollo/client/errors";

/** The API's words (R8): shown before an edit of a published LMT ad is saved. */
export const LMT_RECORD_CHANGE_TEXT =
  "Changing a published LMT ad changes the advertising record. Confirm to save this as a new revision.";

/** updateJob refused an edit of a published LMT ad until it is confirmed (CONFLICT, reason LMT_RECORD_CHANGE). */
export function isLmtRecordChange(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.code === "CONFLICT" && e.extensions?.reason === "LMT_RECORD_CHANGE")
  );
}
