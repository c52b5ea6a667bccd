import { useState } from "react";
import { graphql } from "../../../gql";
import type { AccessTokenList_TokenFragment } from "../../../gql/graphql";
import { describeProblem } from "../../../apollo/error-messages";
import { Button } from "../../../ui/Button";
import { Card } from "../../../ui/Card";
import { DateTime } from "../../../ui/DateTime";
import { EmptyState } from "../../../ui/EmptyState";
import { ErrorState } from "../../../ui/ErrorState";
import { Loading } from "../../../ui/Spinner";
import { Table, type Column } from "../../../ui/Table";
import { useAccessTokens } from "../hooks/use-access-tokens";
import { CreateAccessTokenDialog } from "./CreateAccessTokenDialog";
import { RevokeAccessTokenDialog } from "./RevokeAccessTokenDialog";

export const AccessTokenListFragment = graphql(`
  fragment AccessTokenList_token on AccessToken {
    id
    name
    createdAt
    lastUsedAt
  }
`);

type Token = AccessTokenList_TokenFragment;

/** Personal access tokens: for scripts and the playground, acting as this organization. */
export function AccessTokenList() {
  const { tokens, loading, error, refetch } = useAccessTokens();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<Token | null>(null);

  const columns: readonly Column<Token>[] = [
    { key: "name", header: "Name", label: "Name", cell: (t) => <span className="strong">{t.name}</span> },
    { key: "created", header: "Created", label: "Created", cell: (t) => <DateTime value={t.createdAt} /> },
    {
      key: "used",
      header: "Last used",
      label: "Last used",
      cell: (t) => (t.lastUsedAt === null ? <span className="muted">Never</span> : <DateTime value={t.lastUsedAt} />),
    },
    {
      key: "actions",
      header: <span className="visually-hidden">Actions</span>,
      label: "",
      align: "end",
      hideLabelWhenCollapsed: true,
      cell: (t) => (
        <Button variant="ghost" size="sm" className="text-danger" onClick={() => setRevoking(t)} aria-label={`Revoke ${t.name}`}>
          Revoke
        </Button>
      ),
    },
  ];

  let content;
  if (loading) content = <Loading label="Loading access tokens…" />;
  else if (error !== undefined) {
    const p = describeProblem(error);
    content = (
      <ErrorState title="Couldn't load your access tokens" message={p.message} requestId={p.requestId} onRetry={refetch} />
    );
  } else if (tokens.length === 0) {
    content = (
      <EmptyState
        icon="document"
        title="No access tokens"
        action={
          <Button variant="secondary" onClick={() => setCreating(true)}>
            Create a token
          </Button>
        }
      >
        Create a token to call the API from a script or the playground with an Authorization header.
      </EmptyState>
    );
  } else {
    content = <Table caption="Personal access tokens" columns={columns} rows={tokens} rowKey={(t) => t.id} />;
  }

  return (
    <Card
      title="Personal access tokens"
      description="A token acts as you in this organization. Keep it secret; revoke it when it's no longer needed."
      className="card-flush"
      actions={
        tokens.length > 0 ? (
          <Button variant="primary" size="sm" onClick={() => setCreating(true)}>
            New token
          </Button>
        ) : undefined
      }
    >
      {content}
      <CreateAccessTokenDialog open={creating} onClose={() => setCreating(false)} />
      <RevokeAccessTokenDialog token={revoking} onClose={() => setRevoking(null)} />
    </Card>
  );
}
