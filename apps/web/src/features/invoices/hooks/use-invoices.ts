import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { InvoicesQuery } from "../../../gql/graphql";
import { shownQueryState } from "../../shared/hooks/shown-query";

const InvoicesDocument = graphql(`
  query Invoices {
    invoices {
      id
      kind
      number
      issuedAt
      description
      amountCents
      gstCents
      currency
      pdfUrl
      adjusts {
        id
        number
      }
      job {
        id
        title
      }
    }
  }
`);

export type InvoiceRow = InvoicesQuery["invoices"][number];

/** Billing: every tax invoice and adjustment note of the organization, newest first. */
export function useInvoices() {
  const { data, loading, error, refetch } = useQuery(InvoicesDocument, { fetchPolicy: "cache-and-network" });
  return { invoices: data?.invoices ?? [], ...shownQueryState({ data, loading, error, refetch }) };
}
