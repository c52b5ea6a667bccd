import { ChangeEmailCard } from "../../features/account-security/components/ChangeEmailCard";
import { ChangePasswordCard } from "../../features/account-security/components/ChangePasswordCard";
import { SessionList } from "../../features/account-security/components/SessionList";
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
      <PageHeader
        title="Account"
        description="Your profile, password and email, where you are signed in, and personal access tokens for the API."
      />
      <div className="grid-2">
        <Card title="Profile">
          <dl className="details">
            <dt>Name</dt>
            <dd>{user.name}</dd>
            <dt>Email</dt>
            <dd>{user.email}</dd>
            {viewer.pendingEmail !== null && (
              <>
                <dt>Waiting for confirmation</dt>
                <dd>{viewer.pendingEmail}</dd>
              </>
            )}
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
      <div className="grid-2">
        <ChangePasswordCard />
        <ChangeEmailCard email={user.email} pendingEmail={viewer.pendingEmail} />
      </div>
      <SessionList />
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
