import { Fragment, type ReactNode } from "react";
import { Link } from "react-router";
import { describeProblem } from "../../../apollo/error-messages";
import { Button } from "../../../ui/Button";
import { DateTime } from "../../../ui/DateTime";
import { EmptyState } from "../../../ui/EmptyState";
import { ErrorState } from "../../../ui/ErrorState";
import { Loading } from "../../../ui/Spinner";
import { useDevMailbox } from "../hooks/use-dev-mailbox";

const URL_PATTERN = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)]/g;

/**
 * A link in a mail. The API writes links with its PUBLIC_URL; on a development machine that is
 * often this very host on another port (Vite on :5173, the API on :4000), so any link to this
 * host name opens here, in the app, rather than at an address that may not serve it.
 */
function MailLink({ href }: { href: string }) {
  let url: URL | null;
  try {
    url = new URL(href);
  } catch {
    url = null;
  }
  if (url !== null && url.hostname === window.location.hostname) {
    return <Link to={`${url.pathname}${url.search}${url.hash}`}>{href}</Link>;
  }
  return (
    <a href={href} rel="noreferrer noopener" target="_blank">
      {href}
    </a>
  );
}

/** The mail's text with its web addresses made clickable. */
function MailText({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    parts.push(text.slice(last, start));
    parts.push(<MailLink key={start} href={match[0]} />);
    last = start + match[0].length;
  }
  parts.push(text.slice(last));
  return (
    <div className="mail-text">
      {parts.map((p, i) => (
        <Fragment key={i}>{p}</Fragment>
      ))}
    </div>
  );
}

/** The dev mailbox: mail the server would have sent, for following invitation links locally. */
export function Mailbox({ to }: { to: string }) {
  const { mails, loading, refreshing, error, refetch } = useDevMailbox(to);

  if (loading) return <Loading label="Loading mail…" />;
  if (error !== undefined) {
    const p = describeProblem(error);
    if (p.code === "FORBIDDEN") {
      return (
        <EmptyState icon="mail" title="Mail is sent by SMTP on this server">
          {p.message} Check the recipient's real inbox instead.
        </EmptyState>
      );
    }
    return <ErrorState title="Couldn't load the mailbox" message={p.message} requestId={p.requestId} onRetry={refetch} />;
  }

  return (
    <div className="stack-sm">
      <div className="mailbox-toolbar">
        <p className="muted" aria-live="polite">
          {mails.length === 0 ? "" : `${mails.length} ${mails.length === 1 ? "mail" : "mails"}, newest first`}
        </p>
        <Button variant="secondary" size="sm" loading={refreshing} onClick={refetch}>
          Refresh
        </Button>
      </div>
      {mails.length === 0 ? (
        <EmptyState icon="mail" title="No mail yet">
          {to.trim() === "" ? "Invitations and other mail the server writes show up here." : `No mail to ${to.trim()}.`}
        </EmptyState>
      ) : (
        <ol className="mail-list">
          {mails.map((m) => (
            <li key={m.id}>
              <article className="mail" aria-label={m.subject}>
                <header className="mail-header">
                  <h2 className="mail-subject">{m.subject}</h2>
                  <p className="mail-meta">
                    To <span className="strong break-anywhere">{m.to}</span> · <DateTime value={m.createdAt} />
                  </p>
                </header>
                <MailText text={m.text} />
              </article>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
