import { PASSWORD_MIN_LENGTH } from "@app/domain";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { describeProblem, type Problem } from "../../../apollo/error-messages";
import { Banner } from "../../../ui/Banner";
import { Button } from "../../../ui/Button";
import { TextInput } from "../../../ui/Field";
import { Loading } from "../../../ui/Spinner";
import { FormProblemBanner } from "../../shared/components/FormProblemBanner";
import { ProblemBanner } from "../../shared/components/ProblemBanner";
import { useFormFields } from "../../shared/hooks/use-form-fields";
import type { SessionViewer } from "../../session/hooks/use-viewer";
import { useJoinTeam, useTeamInvitationPreview } from "../hooks/use-team-invitation";
import { ROLE_LABELS } from "./TeamManager";

const FIELDS = ["name", "password"] as const;

/**
 * A mailed link that cannot be used, in words. Account links carry extensions.reason; the team
 * invitation's answer says it in its message (CONFLICT "already been used" / "expired", NOT_FOUND).
 */
export function linkProblemText(problem: Problem): { title: string; message: string } | null {
  const used = problem.reason === "LINK_USED" || (problem.code === "CONFLICT" && /already been used/i.test(problem.message));
  const expired = problem.reason === "LINK_EXPIRED" || (problem.code === "CONFLICT" && /expired/i.test(problem.message));
  if (used) return { title: "This invitation was already accepted", message: "The link has been used." };
  if (expired) return { title: "This invitation has expired", message: problem.message };
  if (problem.reason === "LINK_NOT_VALID" || problem.code === "NOT_FOUND")
    return {
      title: "This link does not work",
      message: "It may have been cancelled, or only part of it was opened. Ask for a new invitation.",
    };
  return null;
}

/** The team invitation link: what it is for, then sign up from it or (signed in as that address) accept it. */
export function TeamInvitationCard({
  token,
  viewer,
  paths,
  onJoined,
}: {
  token: string;
  viewer: SessionViewer | null;
  paths: { logIn: string };
  onJoined: (viewer: SessionViewer) => void;
}) {
  const { preview, loading, error } = useTeamInvitationPreview(token);
  const join = useJoinTeam();
  const [problem, setProblem] = useState<Problem | null>(null);
  const form = useFormFields(FIELDS, { name: "", password: "" });

  if (loading) return <Loading label="Checking the invitation…" />;
  if (error !== undefined || preview === null) {
    const p = describeProblem(error);
    const words = linkProblemText(p) ?? p;
    return (
      <Banner tone="warning" title={words.title}>
        {words.message} <Link to={paths.logIn}>Sign in</Link>
      </Banner>
    );
  }

  const role = ROLE_LABELS[preview.role];
  const signedInAsInvitee = viewer !== null && viewer.user.email.toLowerCase() === preview.email.toLowerCase();

  async function accept() {
    setProblem(null);
    try {
      onJoined(await join.accept(token));
    } catch (e) {
      setProblem(describeProblem(e));
    }
  }

  async function signUp(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: Partial<Record<(typeof FIELDS)[number], string>> = {};
    if (form.values.name.trim() === "") missing.name = "Enter your name.";
    if (form.values.password === "") missing.password = "Choose a password.";
    form.setFieldErrors(missing);
    form.setProblem(null);
    if (Object.keys(missing).length > 0) return;
    try {
      onJoined(await join.signUp({ token, name: form.values.name.trim(), password: form.values.password }));
    } catch (e) {
      form.fail(e);
    }
  }

  const linkWords = problem === null ? null : linkProblemText(problem);

  return (
    <div className="stack">
      <dl className="details">
        <dt>Organization</dt>
        <dd>{preview.organizationName}</dd>
        <dt>Role</dt>
        <dd>{role}</dd>
        <dt>Invitation for</dt>
        <dd>{preview.email}</dd>
      </dl>
      {problem !== null &&
        (linkWords !== null ? (
          <Banner tone="warning" title={linkWords.title}>
            {linkWords.message}
          </Banner>
        ) : (
          <ProblemBanner problem={problem} />
        ))}
      {signedInAsInvitee ? (
        <Button variant="primary" onClick={() => void accept()} loading={join.loading}>
          Join {preview.organizationName}
        </Button>
      ) : viewer !== null ? (
        <Banner tone="info" title="You are signed in with another address">
          You are signed in as {viewer.user.email}. Sign out, then open the link again to join as {preview.email}.
        </Banner>
      ) : preview.accountExists ? (
        <Banner tone="info" title="You already have an account">
          <Link to={paths.logIn}>Sign in as {preview.email}</Link> to accept the invitation.
        </Banner>
      ) : (
        <form className="form" noValidate onSubmit={(e) => void signUp(e)}>
          <FormProblemBanner problem={form.problem} />
          <TextInput
            label="Your name"
            name="name"
            autoComplete="name"
            required
            value={form.values.name}
            onChange={form.set("name")}
            error={form.fieldErrors.name}
          />
          <TextInput
            label="Choose a password"
            type="password"
            name="password"
            autoComplete="new-password"
            required
            hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
            value={form.values.password}
            onChange={form.set("password")}
            error={form.fieldErrors.password}
          />
          <Button type="submit" variant="primary" loading={join.loading} className="btn-block">
            Create account and join
          </Button>
        </form>
      )}
    </div>
  );
}
