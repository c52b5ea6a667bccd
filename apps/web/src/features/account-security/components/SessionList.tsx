import { useState } from "react";
import { describeProblem, type Problem } from "../../../apollo/error-messages";
import { Badge } from "../../../ui/Badge";
import { Banner } from "../../../ui/Banner";
import { Button } from "../../../ui/Button";
import { Card } from "../../../ui/Card";
import { DateTime } from "../../../ui/DateTime";
import { ErrorState } from "../../../ui/ErrorState";
import { Loading } from "../../../ui/Spinner";
import { Table } from "../../../ui/Table";
import { ProblemBanner } from "../../shared/components/ProblemBanner";
import { useAccountSecurity, useMySessions } from "../hooks/use-account-security";

/** The browsers signed in to the account; any but this one can be ended here. */
export function SessionList() {
  const { sessions, loading, error, refetch } = useMySessions();
  const { endSession, endOthers, busy } = useAccountSecurity();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function run(what: () => Promise<string>) {
    setProblem(null);
    setNotice(null);
    try {
      setNotice(await what());
    } catch (e) {
      setProblem(describeProblem(e));
    }
  }

  const others = sessions.filter((s) => !s.current).length;
  return (
    <Card
      title="Where you are signed in"
      description="Browsers signed in to your account. End one you do not recognise."
      className="card-flush"
      actions={
        others > 0 && (
          <Button
            size="sm"
            loading={busy.endingOthers}
            onClick={() => void run(async () => `Signed out of ${await endOthers()} other browser(s).`)}
          >
            End all others
          </Button>
        )
      }
    >
      {problem !== null && <ProblemBanner problem={problem} />}
      {notice !== null && <Banner tone="success">{notice}</Banner>}
      {loading ? (
        <Loading label="Loading your sessions…" />
      ) : error !== undefined ? (
        <ErrorState title="Sessions could not be loaded" message={describeProblem(error).message} onRetry={refetch} />
      ) : (
        <Table
          caption="Signed-in browsers"
          rows={sessions}
          rowKey={(s) => s.id}
          columns={[
            {
              key: "browser",
              header: "Browser",
              label: "Browser",
              cell: (s) => (
                <span>
                  {s.browser} {s.current && <Badge tone="success">This device</Badge>}
                </span>
              ),
            },
            {
              key: "lastUsed",
              header: "Last used",
              label: "Last used",
              cell: (s) => <DateTime value={s.lastUsedAt ?? s.createdAt} />,
            },
            { key: "address", header: "Address", label: "Address", cell: (s) => s.address ?? "Unknown" },
            {
              key: "actions",
              header: <span className="visually-hidden">Actions</span>,
              label: "Actions",
              hideLabelWhenCollapsed: true,
              align: "end",
              cell: (s) =>
                !s.current && (
                  <Button
                    variant="ghost"
                    size="sm"
                    loading={busy.ending}
                    onClick={() => void run(async () => (await endSession(s.id), `${s.browser} was signed out.`))}
                  >
                    End<span className="visually-hidden"> the session of {s.browser}</span>
                  </Button>
                ),
            },
          ]}
        />
      )}
    </Card>
  );
}
