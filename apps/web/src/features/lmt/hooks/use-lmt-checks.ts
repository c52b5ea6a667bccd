import { useEffect, useState } from "react";
import { skipToken, useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { JobInput } from "../../../gql/graphql";

const LmtChecksDocument = graphql(`
  query LmtChecks($input: JobInput!, $jobId: ID) {
    lmtChecks(input: $input, jobId: $jobId) {
      code
      label
      passed
      detail
      atPublish
    }
  }
`);

/** How long the form waits after the last keystroke before asking the API again. */
export const LMT_CHECKS_DEBOUNCE_MS = 300;

/**
 * R8's publish-time checks for the form's unsaved values, asked for ~300 ms after the agent
 * stops typing. While a new answer is on its way the previous one stays on screen.
 */
export function useLmtChecks(input: JobInput | null, jobId: string | null, enabled: boolean) {
  const key = input === null ? null : JSON.stringify(input);
  const [settled, setSettled] = useState<{ key: string; input: JobInput } | null>(null);

  useEffect(() => {
    if (!enabled || input === null || key === null) return;
    if (settled?.key === key) return;
    const timer = window.setTimeout(() => setSettled({ key, input }), settled === null ? 0 : LMT_CHECKS_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
    // `input` is the value behind `key`: a new object with the same content asks nothing new.
  }, [key, enabled]);

  const { data, previousData, loading, error, refetch } = useQuery(
    LmtChecksDocument,
    enabled && settled !== null ? { variables: { input: settled.input, jobId }, fetchPolicy: "network-only" } : skipToken,
  );
  const checks = data?.lmtChecks ?? previousData?.lmtChecks ?? null;
  return {
    checks,
    /** True while the shown checks are older than what the form holds now. */
    pending: enabled && (loading || settled?.key !== key),
    error: data === undefined ? error : undefined,
    retry: () => void refetch(),
  };
}
