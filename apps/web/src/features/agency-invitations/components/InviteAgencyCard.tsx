import { useState, type FormEvent } from "react";
import { describeProblem, type Problem } from "../../../apollo/error-messages";
import { Button } from "../../../ui/Button";
import { Card } from "../../../ui/Card";
import { ConfirmDialog } from "../../../ui/ConfirmDialog";
import { DateTime } from "../../../ui/DateTime";
import { TextArea, TextInput } from "../../../ui/Field";
import { Table, type Column } from "../../../ui/Table";
import { ConnectionStatusBadge } from "../../clients/components/ConnectionStatusBadge";
import { FormProblemBanner } from "../../shared/components/FormProblemBanner";
import type { Notice } from "../../shared/components/NoticeBanner";
import { useFormFields } from "../../shared/hooks/use-form-fields";
import type { AgencyInvitationFieldsFragment } from "../../../gql/graphql";
import {
  useCancelAgencyInvitation,
  useInviteAgency,
  useResendAgencyInvitation,
  useSentAgencyInvitations,
} from "../hooks/use-agency-invitations";

const FIELDS = ["email", "message"] as const;

/**
 * The employer invites a service provider by email (the other direction of R6); the invitations it
 * sent are listed under the form. Shown to owners and admins in their own account only (R7).
 */
export function InviteAgencyCard({ onNotice }: { onNotice: (notice: Notice) => void }) {
  const { invite, loading } = useInviteAgency();
  const { invitations } = useSentAgencyInvitations();
  const { resend, loading: resending } = useResendAgencyInvitation();
  const [resendingId, setResendingId] = useState<string | null>(null);
  const { cancel, loading: cancelling } = useCancelAgencyInvitation();
  const [toCancel, setToCancel] = useState<AgencyInvitationFieldsFragment | null>(null);
  const [cancelProblem, setCancelProblem] = useState<Problem | null>(null);
  const { values, setValues, fieldErrors, setFieldErrors, problem, setProblem, set, fail } = useFormFields(FIELDS, {
    email: "",
    message: "",
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    if (values.email.trim() === "") {
      setFieldErrors({ email: "Enter the agency's email address." });
      return;
    }
    setFieldErrors({});
    try {
      const sent = await invite({
        email: values.email.trim(),
        message: values.message.trim() === "" ? null : values.message.trim(),
      });
      setValues({ email: "", message: "" });
      onNotice({
        tone: "success",
        title: `Invitation sent to ${sent.email}`,
        text: "We emailed them a link. It works once and expires in 14 days.",
      });
    } catch (e) {
      fail(e);
    }
  }

  async function resendTo(row: AgencyInvitationFieldsFragment) {
    setResendingId(row.id);
    try {
      await resend(row.id);
      onNotice({ tone: "success", title: `Invitation sent again to ${row.email}`, text: "The earlier link no longer works." });
    } catch (e) {
      onNotice({ tone: "danger", title: "Couldn't resend the invitation", text: describeProblem(e).message });
    } finally {
      setResendingId(null);
    }
  }

  async function confirmCancel() {
    if (toCancel === null) return;
    setCancelProblem(null);
    try {
      await cancel(toCancel.id);
      setToCancel(null);
      onNotice({
        tone: "success",
        title: `Invitation to ${toCancel.email} cancelled`,
        text: "Its link no longer works. You can invite this address again at any time.",
      });
    } catch (e) {
      setCancelProblem(describeProblem(e));
    }
  }

  const columns: readonly Column<AgencyInvitationFieldsFragment>[] = [
    {
      key: "email",
      header: "Agency email",
      label: "Agency email",
      cell: (r) => <span className="break-anywhere">{r.email}</span>,
    },
    { key: "status", header: "Status", label: "Status", cell: (r) => <ConnectionStatusBadge status={r.status} /> },
    { key: "sent", header: "Sent", label: "Sent", cell: (r) => <DateTime value={r.invitedAt} dateOnly /> },
    {
      key: "actions",
      header: <span className="visually-hidden">Actions</span>,
      label: "",
      align: "end",
      hideLabelWhenCollapsed: true,
      cell: (r) =>
        r.status === "PENDING" || r.status === "EXPIRED" ? (
          <span className="row-actions">
            <Button size="sm" loading={resending && resendingId === r.id} onClick={() => void resendTo(r)}>
              Resend
            </Button>
            <Button
              size="sm"
              variant="ghost"
              className="text-danger"
              aria-label={`Cancel the invitation to ${r.email}`}
              onClick={() => {
                setCancelProblem(null);
                setToCancel(r);
              }}
            >
              Cancel
            </Button>
          </span>
        ) : null,
    },
  ];

  return (
    <Card
      title="Invite an agency"
      description="Ask a migration or recruitment agency to manage your job ads. Once it accepts, it can post and publish job ads in your account; you can revoke its access at any time."
    >
      <form className="form" aria-label="Invite an agency" onSubmit={(e) => void submit(e)} noValidate>
        <FormProblemBanner problem={problem} conflictTitle="Already invited or connected" />
        <TextInput
          label="Agency's email"
          type="email"
          name="email"
          autoComplete="email"
          required
          hint="The invitation link goes to this address."
          value={values.email}
          onChange={set("email")}
          error={fieldErrors.email}
        />
        <TextArea
          label="Message (optional)"
          name="message"
          maxLength={2000}
          rows={2}
          hint="Added to the invitation email."
          value={values.message}
          onChange={set("message")}
          error={fieldErrors.message}
        />
        <div>
          <Button type="submit" variant="primary" loading={loading}>
            Send invitation
          </Button>
        </div>
      </form>
      {invitations.length > 0 && (
        <Table caption="Invitations you sent to agencies" columns={columns} rows={invitations} rowKey={(r) => r.id} />
      )}
      <ConfirmDialog
        open={toCancel !== null}
        title="Cancel this invitation?"
        confirmLabel="Cancel invitation"
        cancelLabel="Keep it"
        busy={cancelling}
        problem={cancelProblem}
        onConfirm={() => void confirmCancel()}
        onClose={() => setToCancel(null)}
      >
        The link sent to {toCancel?.email} will stop working, and the agency can no longer accept it. You can invite the address
        again later.
      </ConfirmDialog>
    </Card>
  );
}
