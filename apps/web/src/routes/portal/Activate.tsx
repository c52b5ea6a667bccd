import { useState, type ReactNode } from "react";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { describeProblem } from "../../apollo/error-messages";
import { ActivateAccountForm } from "../../features/contact-portal/components/ActivateAccountForm";
import { usePortalInvitation } from "../../features/contact-portal/hooks/use-portal-activation";
import "../../features/contact-portal/contact-portal.css";
import { ErrorState } from "../../ui/ErrorState";
import { Loading } from "../../ui/Spinner";
import { usePortal } from "../layouts/PortalLayout";
import { paths } from "../paths";

const LINK_UNUSABLE = "This activation link has expired or was already used. Ask your agency to invite you again.";

/** /p/:slug/activate?token= — the link mailed to a client contact: choose a password, and in (R9). */
export function Activate() {
  const portal = usePortal();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const navigate = useNavigate();
  const { invitation, loading, error, refetch } = usePortalInvitation(token);
  const [unusable, setUnusable] = useState<string | null>(null);

  const frame = (body: ReactNode) => (
    <div className="portal-apply">
      <title>{`Activate your portal account · ${portal.title}`}</title>
      <div className="portal-card contact-activate">{body}</div>
    </div>
  );

  if (loading) return frame(<Loading label="Checking your link…" />);
  if (error !== undefined) {
    const p = describeProblem(error);
    return frame(<ErrorState title="Couldn't check this link" message={p.message} requestId={p.requestId} onRetry={refetch} />);
  }
  if (invitation === null || unusable !== null) {
    return frame(
      <div className="contact-activate-ended" role="status">
        <h1 className="portal-ad-title">This link no longer works</h1>
        <p>
          {unusable ?? (token === "" ? "The address is missing its code: open the link from your email again." : LINK_UNUSABLE)}
        </p>
        <p className="muted">
          Already activated your account? <Link to={paths.logIn()}>Sign in</Link> with your email and password.
        </p>
      </div>,
    );
  }
  // A link opened on another agency's board address: show it in its own board's branding.
  if (invitation.portalSlug !== null && invitation.portalSlug !== portal.slug) {
    return <Navigate to={paths.portalActivate(invitation.portalSlug, token)} replace />;
  }

  return frame(
    <>
      <header className="portal-apply-header">
        <p className="portal-ad-employer">{invitation.companyName}</p>
        <h1 className="portal-ad-title">Activate your portal account</h1>
      </header>
      <p className="contact-activate-intro">
        Hello {invitation.contactName}. <strong>{invitation.serviceProviderName}</strong> has set up a portal account for you at{" "}
        <strong>{invitation.companyName}</strong>: follow your job ads and candidates, and send new vacancies straight to{" "}
        {invitation.serviceProviderName}.
      </p>
      <dl className="details contact-activate-details">
        <dt>Your email</dt>
        <dd>{invitation.email}</dd>
      </dl>
      <ActivateAccountForm
        token={token}
        invitation={invitation}
        onActivated={() => void navigate(paths.portalClient(portal.slug), { replace: true })}
        onLinkUnusable={setUnusable}
      />
    </>,
  );
}
