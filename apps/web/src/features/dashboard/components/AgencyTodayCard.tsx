import { Link } from "react-router";
import type { AgencyTodayQuery } from "../../../gql/graphql";
import { Badge } from "../../../ui/Badge";
import { Card } from "../../../ui/Card";
import { DateTime } from "../../../ui/DateTime";
import { formatDay, plural } from "../../lmt/lmt-format";

type Today = AgencyTodayQuery["agencyToday"];

export interface AgencyTodayCardProps {
  today: Today;
  paths: {
    lmtReport: (jobId: string) => string;
    /** The tracker with its "window closes within 14 days" or "ready to lodge" filter on. */
    trackerClosing: string;
    trackerReady: string;
    clients: string;
    billing: string;
  };
}

const monthName = (month: string) =>
  new Intl.DateTimeFormat("en-AU", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));

/** "What needs me today": each list says what to do next and links to where it is done. */
export function AgencyTodayCard({ today, paths }: AgencyTodayCardProps) {
  const published = today.publishedThisMonth.reduce((sum, c) => sum + c.published, 0);
  const nothing =
    today.lmtReadyToLodge.length +
      today.lmtWindowClosing.length +
      today.vacanciesWaiting.length +
      today.invitationsPending.length ===
      0 &&
    !today.creditsLow &&
    today.creditsExpiringSoon.length === 0;
  return (
    <Card
      title="What needs you today"
      description={nothing ? "Nothing is waiting for you. " : undefined}
      data-testid="agency-today"
    >
      <div className="today-grid">
        <section className="today-item" aria-labelledby="today-ready">
          <h3 id="today-ready" className="today-title">
            Ready to lodge <span className="today-count">{today.lmtReadyToLodge.length}</span>
          </h3>
          {today.lmtReadyToLodge.length === 0 ? (
            <p className="muted">No LMT ad is ready to lodge.</p>
          ) : (
            <ul className="today-list">
              {today.lmtReadyToLodge.slice(0, 5).map((a) => (
                <li key={a.jobId}>
                  <Link to={paths.lmtReport(a.jobId)}>{a.title}</Link> <span className="muted">· {a.clientName}</span>
                  <span className="today-sub">Lodge by {formatDay(a.latestLodgement)}</span>
                </li>
              ))}
            </ul>
          )}
          {today.lmtReadyToLodge.length > 5 && (
            <Link to={paths.trackerReady}>All {today.lmtReadyToLodge.length} in the tracker</Link>
          )}
        </section>

        <section className="today-item" aria-labelledby="today-closing">
          <h3 id="today-closing" className="today-title">
            Window closing <span className="today-count">{today.lmtWindowClosing.length}</span>
          </h3>
          {today.lmtWindowClosing.length === 0 ? (
            <p className="muted">No lodgement window closes within 14 days.</p>
          ) : (
            <ul className="today-list">
              {today.lmtWindowClosing.slice(0, 5).map((a) => (
                <li key={a.jobId}>
                  <Link to={paths.lmtReport(a.jobId)}>{a.title}</Link> <span className="muted">· {a.clientName}</span>
                  <span className="today-sub">
                    <Badge tone="warning">
                      {a.windowClosesInDays === 0 ? "Closes today" : `Closes in ${plural(a.windowClosesInDays ?? 0, "day")}`}
                    </Badge>
                  </span>
                </li>
              ))}
            </ul>
          )}
          <Link to={paths.trackerClosing}>Open in the tracker</Link>
        </section>

        <section className="today-item" aria-labelledby="today-vacancies">
          <h3 id="today-vacancies" className="today-title">
            Vacancies waiting <span className="today-count">{today.vacanciesWaiting.length}</span>
          </h3>
          {today.vacanciesWaiting.length === 0 ? (
            <p className="muted">No vacancy from a client contact is waiting.</p>
          ) : (
            <ul className="today-list">
              {today.vacanciesWaiting.slice(0, 5).map((v) => (
                <li key={v.jobId}>
                  <span className="strong">{v.title}</span> <span className="muted">· {v.clientName}</span>
                  <span className="today-sub">
                    Submitted <DateTime value={v.submittedAt} dateOnly />
                  </span>
                </li>
              ))}
            </ul>
          )}
          {today.vacanciesWaiting.length > 0 && <Link to={paths.clients}>Publish with Access company</Link>}
        </section>

        <section className="today-item" aria-labelledby="today-invitations">
          <h3 id="today-invitations" className="today-title">
            Invitations pending <span className="today-count">{today.invitationsPending.length}</span>
          </h3>
          {today.invitationsPending.length === 0 ? (
            <p className="muted">No invitation is waiting for an answer.</p>
          ) : (
            <ul className="today-list">
              {today.invitationsPending.slice(0, 5).map((i) => (
                <li key={i.id}>
                  <span className="strong">{i.companyName}</span>
                  <span className="today-sub">
                    {i.expiresAt == null ? "Sent " : "Expires "}
                    <DateTime value={i.expiresAt ?? i.invitedAt} dateOnly />
                  </span>
                </li>
              ))}
            </ul>
          )}
          <Link to={paths.clients}>Manage Clients</Link>
        </section>

        <section className="today-item" aria-labelledby="today-credits">
          <h3 id="today-credits" className="today-title">
            Credits <span className="today-count">{today.creditBalance}</span>
          </h3>
          {today.creditsLow && (
            <p>
              <Badge tone="warning">Under your alert of {today.creditAlertThreshold}</Badge>
            </p>
          )}
          {today.creditsExpiringSoon.length > 0 ? (
            <ul className="today-list">
              {today.creditsExpiringSoon.map((l, n) => (
                <li key={n}>
                  {plural(l.remaining, "credit")} expire <DateTime value={l.expiresAt} dateOnly />
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">
              {today.nextCreditExpiry == null ? (
                "None of your credits expire."
              ) : (
                <>
                  Next expiry: {plural(today.nextCreditExpiry.remaining, "credit")} on{" "}
                  <DateTime value={today.nextCreditExpiry.expiresAt} dateOnly />
                </>
              )}
            </p>
          )}
          <Link to={paths.billing}>Billing</Link>
        </section>

        <section className="today-item" aria-labelledby="today-month">
          <h3 id="today-month" className="today-title">
            Published in {monthName(today.month)} <span className="today-count">{published}</span>
          </h3>
          {today.publishedThisMonth.length === 0 ? (
            <p className="muted">No active clients yet.</p>
          ) : (
            <ul className="today-list today-list-columns">
              {today.publishedThisMonth.map((c) => (
                <li key={c.clientId}>
                  <span>{c.clientName}</span> <span className="num strong">{c.published}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </Card>
  );
}
