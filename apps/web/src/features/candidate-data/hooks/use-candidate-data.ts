import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

const RequestCandidateDataExportDocument = graphql(`
  mutation RequestCandidateDataExport($email: String!) {
    requestCandidateDataExport(email: $email)
  }
`);

const RequestCandidateErasureDocument = graphql(`
  mutation RequestCandidateErasure($email: String!) {
    requestCandidateErasure(email: $email)
  }
`);

const ConfirmCandidateErasureDocument = graphql(`
  mutation ConfirmCandidateErasure($token: String!) {
    confirmCandidateErasure(token: $token)
  }
`);

/** What a candidate can ask for by email (R10): a copy of their data, or its erasure. */
export type CandidateDataRequestKind = "EXPORT" | "ERASURE";

/**
 * Mails the address a link for the request. The API answers the same whether or not the address
 * applied anywhere, so the answer says nothing about who applied.
 */
export function useRequestCandidateData() {
  const [requestExport, exportState] = useMutation(RequestCandidateDataExportDocument);
  const [requestErasure, erasureState] = useMutation(RequestCandidateErasureDocument);
  async function request(kind: CandidateDataRequestKind, email: string): Promise<void> {
    if (kind === "EXPORT") await requestExport({ variables: { email } });
    else await requestErasure({ variables: { email } });
  }
  return { request, loading: exportState.loading || erasureState.loading };
}

/** The candidate confirms the erasure from the emailed link; NOT_FOUND when it expired or was used. */
export function useConfirmCandidateErasure() {
  const [mutate, { loading }] = useMutation(ConfirmCandidateErasureDocument);
  async function confirm(token: string): Promise<void> {
    const { data } = await mutate({ variables: { token } });
    if (data?.confirmCandidateErasure !== true) throw new Error("confirmCandidateErasure returned no data");
  }
  return { confirm, loading };
}
