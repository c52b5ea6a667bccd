import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { describeProblem } from "../../../apollo/error-messages";
import { graphql } from "../../../gql";

const MyOrganizationsDocument = graphql(`
  query MyOrganizations {
    myOrganizations {
      current
      role
      organization {
        id
        name
        kind
      }
    }
  }
`);

const SwitchOrganizationDocument = graphql(`
  mutation SwitchOrganization($organizationId: ID!) {
    switchOrganization(organizationId: $organizationId) {
      currentOrganization {
        id
        kind
      }
    }
  }
`);

/**
 * For someone in more than one organization: which one the session acts for. A switch is a new
 * session (as Access company is), so the app starts again at the new organization's home.
 */
export function OrganizationSwitcher({
  homeFor,
  place,
}: {
  homeFor: (kind: "SERVICE_PROVIDER" | "EMPLOYER") => string;
  /** The header's end on wider screens, the folded menu on a phone (CSS shows one of the two). */
  place: "header" | "menu";
}) {
  const { data } = useQuery(MyOrganizationsDocument);
  const [mutate, { loading }] = useMutation(SwitchOrganizationDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const organizations = data?.myOrganizations ?? [];
  if (organizations.length < 2) return null;
  const current = organizations.find((o) => o.current)?.organization.id ?? "";

  async function change(organizationId: string) {
    setProblem(null);
    try {
      const { data: switched } = await mutate({ variables: { organizationId } });
      const kind = switched?.switchOrganization.currentOrganization.kind ?? "SERVICE_PROVIDER";
      window.location.assign(homeFor(kind));
    } catch (e) {
      setProblem(describeProblem(e).message);
    }
  }

  return (
    <label className={`org-switcher org-switcher-${place}`}>
      <span className="visually-hidden">Switch organization</span>
      <select
        className="input org-switcher-select"
        value={current}
        disabled={loading}
        aria-describedby={problem !== null ? `org-switcher-problem-${place}` : undefined}
        onChange={(e) => void change(e.target.value)}
      >
        {organizations.map((o) => (
          <option key={o.organization.id} value={o.organization.id}>
            {o.organization.name}
          </option>
        ))}
      </select>
      {problem !== null && (
        <span id={`org-switcher-problem-${place}`} role="alert" className="field-error">
          {problem}
        </span>
      )}
    </label>
  );
}
