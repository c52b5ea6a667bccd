import { AccessTokenList } from "../../features/access-tokens/components/AccessTokenList";
import { useViewer } from "../../features/session/hooks/use-viewer";
import { Card } from "../../ui/Card";
import { PageHeader } from "../../ui/PageHeader";
import { paths } from "../paths";

const KIND_LABELS = { SERVICE_PROVIDER: "Service provider (agency)", EMPLOYER: "Employer" } as const;

/** Who you are, and the tokens that let scripts act as you. */
export function Account() {
  const { viewer } = useViewer();
  if (viewer === null) return null; // RequireSession, above, handles this.
  const { user, currentOrganization: organization } = viewer;

  return (
    <div className="stack">
      <title>Account · Job Ads</title>
      <PageHeader title="Account" description="Your profile, and personal access tokens for the API." />
      <div className="grid-2">
        <Card title="Profile">
          <dl className="details">
            <dt>Name</dt>
            <dd>{user.name}</dd>
            <dt>Email</dt>
            <dd>{user.email}</dd>
          </dl>
        </Card>
        <Card title="Organization">
          <dl className="details">
            <dt>Name</dt>
            <dd>{organization.name}</dd>
            <dt>Type</dt>
            <dd>{KIND_LABELS[organization.kind]}</dd>
          </dl>
        </Card>
      </div>
      <AccessTokenList />
      <Card
        title="GraphQL playground"
        description="Try queries against the API in your browser, signed in as you or with a token."
      >
        <a className="btn btn-secondary" href={paths.playground()}>
          Open the playground
        </a>
      </Card>
    </div>
  );
}
