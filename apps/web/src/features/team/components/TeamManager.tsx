import { useState, type FormEvent } from "react";
import { describeProblem, type Problem } from "../../../apollo/error-messages";
import type { MembershipRole } from "../../../gql/graphql";
import { Badge } from "../../../ui/Badge";
import { Banner } from "../../../ui/Banner";
import { Button } from "../../../ui/Button";
import { Card } from "../../../ui/Card";
import { ConfirmDialog } from "../../../ui/ConfirmDialog";
import { DateTime } from "../../../ui/DateTime";
import { Select, TextInput } from "../../../ui/Field";
import { ErrorState } from "../../../ui/ErrorState";
import { Loading } from "../../../ui/Spinner";
import { Table } from "../../../ui/Table";
import { FormProblemBanner } from "../../shared/components/FormProblemBanner";
import { ProblemBanner } from "../../shared/components/ProblemBanner";
import { useFormFields } from "../../shared/hooks/use-form-fields";
import { useTeam, useTeamActions } from "../hooks/use-team";

export const ROLE_LABELS: Record<MembershipRole, string> = {
  OWNER: "Owner",
  ADMIN: "Admin",
  MEMBER: "Member",
  CONTACT: "Contact",
};
const TABLE_ROLES = ["OWNER", "ADMIN", "MEMBER"] as const;
const INVITE_FIELDS = ["email", "role"] as const;

interface Member {
  userId: string;
  name: string;
  email: string;
  role: MembershipRole;
  joinedAt: string;
}

type Pending =
  | { kind: "remove"; member: Member }
  | { kind: "transfer"; member: Member }
  | { kind: "leave" }
  | { kind: "cancel"; invitation: { id: string; email: string } };

/**
 * The organization's people: members and their roles, open invitations, and what each role may
 * do (the API's own authorization table). A control shows only where the table lets the viewer use
 * it; whatever the API still refuses is said above the list.
 */
export function TeamManager({ viewerUserId, onLeft }: { viewerUserId: string; onLeft: () => void }) {
  const { team, loading, error, refetch } = useTeam();
  const actions = useTeamActions();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [dialogProblem, setDialogProblem] = useState<Problem | null>(null);

  if (loading) return <Loading label="Loading your team…" />;
  if (error !== undefined || team === null) {
    const p = describeProblem(error);
    return <ErrorState title={p.title} message={p.message} requestId={p.requestId} onRetry={refetch} />;
  }

  const myRole = team.members.find((m) => m.userId === viewerUserId)?.role ?? "MEMBER";
  const may = (action: string) => team.permissions.some((p) => p.action === action && p.roles.includes(myRole));
  const canManage = may("members.manage");
  const canTransfer = may("members.transferOwnership");
  // The last owner cannot leave (the API says so too): they hand ownership on first.
  const lastOwner = myRole === "OWNER" && team.members.filter((m) => m.role === "OWNER").length === 1;

  async function run(what: () => Promise<void>, done: string) {
    setProblem(null);
    setNotice(null);
    try {
      await what();
      setNotice(done);
    } catch (e) {
      setProblem(describeProblem(e));
    }
  }

  async function confirm() {
    if (pending === null) return;
    setDialogProblem(null);
    try {
      if (pending.kind === "remove") {
        await actions.remove(pending.member.userId);
        setNotice(`${pending.member.name} was removed from the team.`);
      } else if (pending.kind === "transfer") {
        await actions.transfer(pending.member.userId);
        setNotice(`${pending.member.name} is now the owner.`);
      } else if (pending.kind === "cancel") {
        await actions.cancel(pending.invitation.id);
        setNotice(`The invitation to ${pending.invitation.email} was cancelled.`);
      } else {
        await actions.leave();
        setPending(null);
        onLeft();
        return;
      }
      setPending(null);
    } catch (e) {
      setDialogProblem(describeProblem(e));
    }
  }

  const busy = actions.busy.removing || actions.busy.transferring || actions.busy.cancelling || actions.busy.leaving;

  return (
    <div className="stack">
      {problem !== null && <ProblemBanner problem={problem} />}
      {notice !== null && (
        <Banner tone="success" onDismiss={() => setNotice(null)}>
          {notice}
        </Banner>
      )}
      {canManage && <InviteForm onInvited={(email) => setNotice(`An invitation was mailed to ${email}.`)} />}

      <Card title="Members" description="Everyone who signs in to this organization." className="card-flush">
        <Table
          caption="Team members"
          rows={team.members}
          rowKey={(m) => m.userId}
          columns={[
            {
              key: "name",
              header: "Name",
              label: "Name",
              cell: (m) => (
                <span className="team-person">
                  <strong>{m.name}</strong>
                  {m.userId === viewerUserId && <span className="muted"> (you)</span>}
                  <span className="team-email">{m.email}</span>
                </span>
              ),
            },
            {
              key: "role",
              header: "Role",
              label: "Role",
              cell: (m) =>
                canManage && m.role !== "OWNER" && m.userId !== viewerUserId ? (
                  <label className="team-role-select">
                    <span className="visually-hidden">Role of {m.name}</span>
                    <select
                      className="input"
                      value={m.role}
                      disabled={actions.busy.changing}
                      onChange={(e) => {
                        const role = e.target.value as MembershipRole;
                        void run(() => actions.changeRole(m.userId, role), `${m.name} is now ${ROLE_LABELS[role]}.`);
                      }}
                    >
                      <option value="ADMIN">Admin</option>
                      <option value="MEMBER">Member</option>
                    </select>
                  </label>
                ) : (
                  <Badge tone={m.role === "OWNER" ? "info" : "neutral"}>{ROLE_LABELS[m.role]}</Badge>
                ),
            },
            { key: "joined", header: "Joined", label: "Joined", cell: (m) => <DateTime value={m.joinedAt} dateOnly /> },
            {
              key: "actions",
              header: <span className="visually-hidden">Actions</span>,
              label: "Actions",
              hideLabelWhenCollapsed: true,
              align: "end",
              cell: (m) => (
                <span className="row-actions">
                  {m.userId === viewerUserId ? (
                    !lastOwner && (
                      <Button variant="ghost" size="sm" onClick={() => open({ kind: "leave" })}>
                        Leave team
                      </Button>
                    )
                  ) : (
                    <>
                      {canTransfer && (
                        <Button variant="ghost" size="sm" onClick={() => open({ kind: "transfer", member: m })}>
                          Make owner<span className="visually-hidden"> ({m.name})</span>
                        </Button>
                      )}
                      {canManage && m.role !== "OWNER" && (
                        <Button variant="ghost" size="sm" onClick={() => open({ kind: "remove", member: m })}>
                          Remove<span className="visually-hidden"> {m.name}</span>
                        </Button>
                      )}
                    </>
                  )}
                </span>
              ),
            },
          ]}
        />
      </Card>

      <Card title="Pending invitations" description="Invitations not yet accepted. A link works for a limited time.">
        {team.invitations.length === 0 ? (
          <p className="muted">No invitations waiting.</p>
        ) : (
          <ul className="team-invitations">
            {team.invitations.map((i) => (
              <li key={i.id} className="team-invitation">
                <span className="team-person">
                  <strong>{i.email}</strong>
                  <span className="team-email">
                    {ROLE_LABELS[i.role]} · {i.expired ? "expired" : "expires"} <DateTime value={i.expiresAt} />
                  </span>
                </span>
                {i.expired && <Badge tone="warning">Expired</Badge>}
                {canManage && (
                  <span className="row-actions">
                    <Button
                      variant="secondary"
                      size="sm"
                      loading={actions.busy.resending}
                      onClick={() => void run(() => actions.resend(i.id), `A new link was mailed to ${i.email}.`)}
                    >
                      Resend<span className="visually-hidden"> to {i.email}</span>
                    </Button>
                    <Button
                      variant="ghost"
                      size="sm"
                      onClick={() => open({ kind: "cancel", invitation: { id: i.id, email: i.email } })}
                    >
                      Cancel<span className="visually-hidden"> the invitation to {i.email}</span>
                    </Button>
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card title="What each role may do" description="The same table the API checks on every request." className="card-flush">
        <div className="table-wrap">
          <table className="table team-permissions">
            <caption className="visually-hidden">What each role may do</caption>
            <thead>
              <tr>
                <th scope="col">Action</th>
                {TABLE_ROLES.map((r) => (
                  <th key={r} scope="col" className="align-center">
                    {ROLE_LABELS[r]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {team.permissions.map((p) => (
                <tr key={p.action}>
                  <th scope="row">
                    {p.label}
                    {p.needsVerifiedEmail && <span className="team-email">Needs a verified email address</span>}
                  </th>
                  {TABLE_ROLES.map((r) => (
                    <td key={r} className="align-center" data-label={ROLE_LABELS[r]}>
                      {p.roles.includes(r) ? (
                        <span aria-label="Yes" role="img">
                          ✓
                        </span>
                      ) : (
                        <span aria-label="No" role="img" className="muted">
                          –
                        </span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>

      <ConfirmDialog
        open={pending !== null}
        title={dialogTitle(pending)}
        confirmLabel={confirmLabel(pending)}
        tone={pending?.kind === "transfer" ? "primary" : "danger"}
        busy={busy}
        problem={dialogProblem}
        onConfirm={() => void confirm()}
        onClose={() => setPending(null)}
      >
        {dialogText(pending)}
      </ConfirmDialog>
    </div>
  );

  function open(p: Pending) {
    setDialogProblem(null);
    setPending(p);
  }
}

function dialogTitle(p: Pending | null): string {
  if (p === null) return "";
  if (p.kind === "remove") return `Remove ${p.member.name}?`;
  if (p.kind === "transfer") return `Make ${p.member.name} the owner?`;
  if (p.kind === "cancel") return `Cancel the invitation to ${p.invitation.email}?`;
  return "Leave this team?";
}

function confirmLabel(p: Pending | null): string {
  if (p === null) return "OK";
  if (p.kind === "remove") return `Remove ${p.member.name}`;
  if (p.kind === "transfer") return "Transfer ownership";
  if (p.kind === "cancel") return "Cancel invitation";
  return "Leave team";
}

function dialogText(p: Pending | null) {
  if (p === null) return null;
  if (p.kind === "remove")
    return (
      <p>
        <strong>{p.member.name}</strong> ({p.member.email}) loses access to this organization at once, and is signed out of it.
      </p>
    );
  if (p.kind === "transfer")
    return (
      <p>
        <strong>{p.member.name}</strong> becomes the owner; you become an Admin.
      </p>
    );
  if (p.kind === "cancel") return <p>The mailed link stops working.</p>;
  return <p>You lose access to this organization. Someone would have to invite you again.</p>;
}

function InviteForm({ onInvited }: { onInvited: (email: string) => void }) {
  const { invite, busy } = useTeamActions();
  const { values, setValues, fieldErrors, setFieldErrors, problem, setProblem, set, fail } = useFormFields(INVITE_FIELDS, {
    email: "",
    role: "MEMBER",
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const email = values.email.trim();
    if (email === "") {
      setFieldErrors({ email: "Enter your colleague's email address." });
      return;
    }
    setFieldErrors({});
    try {
      await invite(email, values.role as MembershipRole);
      setValues({ email: "", role: values.role });
      onInvited(email);
    } catch (e) {
      fail(e);
    }
  }

  return (
    <Card title="Invite a colleague" description="They get a link by email to join as an Admin or a Member.">
      <form className="form team-invite" noValidate onSubmit={(e) => void submit(e)}>
        <FormProblemBanner problem={problem} conflictTitle="Already in the team" />
        <div className="team-invite-row">
          <TextInput
            label="Email"
            type="email"
            name="email"
            autoComplete="off"
            value={values.email}
            onChange={set("email")}
            error={fieldErrors.email}
          />
          <Select
            label="Role"
            name="role"
            value={values.role}
            onChange={set("role")}
            error={fieldErrors.role}
            options={[
              { value: "MEMBER", label: "Member" },
              { value: "ADMIN", label: "Admin" },
            ]}
          />
          <Button type="submit" variant="primary" loading={busy.inviting}>
            Send invitation
          </Button>
        </div>
      </form>
    </Card>
  );
}
