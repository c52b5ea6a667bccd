import { useState, type FormEvent } from "react";
import { formProblem, type Problem } from "../../../apollo/error-messages";
import { Banner } from "../../../ui/Banner";
import { Button } from "../../../ui/Button";
import { Card } from "../../../ui/Card";
import { TextInput } from "../../../ui/Field";
import { Switch } from "../../../ui/Switch";
import type { LmtReportData } from "../hooks/use-lmt-report";
import { dayOrNull, formatDay } from "../lmt-format";

const FIELDS = ["intendedLodgement", "redundancyOn"] as const;

export interface LmtDatesCardProps {
  report: LmtReportData;
  saving: boolean;
  onSave: (dates: {
    intendedLodgement: string | null;
    redundancyOn: string | null;
    portalNationalReach?: boolean | null;
  }) => Promise<void>;
  /** Read from the agency's own account (the tracker): shown, not changed. */
  readOnly?: boolean;
}

/** When the nomination can be lodged on these ads, and the dates the agent records (R8). */
export function LmtDatesCard({ report, saving, onSave, readOnly = false }: LmtDatesCardProps) {
  const [intended, setIntended] = useState(report.intendedLodgement ?? "");
  const [redundancy, setRedundancy] = useState(report.redundancyOn ?? "");
  const [errors, setErrors] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState(false);
  const [reachBusy, setReachBusy] = useState(false);
  const dirty = intended !== (report.intendedLodgement ?? "") || redundancy !== (report.redundancyOn ?? "");

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({});
    setProblem(null);
    setSaved(false);
    try {
      await onSave({ intendedLodgement: dayOrNull(intended), redundancyOn: dayOrNull(redundancy) });
      setSaved(true);
    } catch (e) {
      const result = formProblem(e, FIELDS);
      setErrors(result.fieldErrors);
      if (Object.keys(result.fieldErrors).length === 0 || result.unplaced.length > 0) setProblem(result.problem);
    }
  }

  async function setReach(portalNationalReach: boolean) {
    setProblem(null);
    setReachBusy(true);
    try {
      // Both dates go with every call (null clears one): send what is saved, not what is being typed.
      await onSave({
        intendedLodgement: report.intendedLodgement ?? null,
        redundancyOn: report.redundancyOn ?? null,
        portalNationalReach,
      });
    } catch (e) {
      setProblem(formProblem(e, FIELDS).problem);
    } finally {
      setReachBusy(false);
    }
  }

  return (
    <Card title="Dates" description="When the nomination can be lodged on these ads." data-testid="lmt-dates">
      <div className="stack-sm">
        <dl className="lmt-lodgement">
          <div className="lmt-lodgement-item">
            <dt>Earliest lodgement</dt>
            <dd data-testid="earliest-lodgement">{formatDay(report.earliestLodgement)}</dd>
          </div>
          <div className="lmt-lodgement-item">
            <dt>Latest lodgement</dt>
            <dd data-testid="latest-lodgement">{formatDay(report.latestLodgement)}</dd>
          </div>
        </dl>
        {report.earliestLodgement == null && (
          <p className="field-hint">
            Not known yet: the nomination needs enough national ads that ran long enough, without a break.
          </p>
        )}
        {readOnly ? (
          <dl className="details">
            <dt>Intended lodgement</dt>
            <dd>{formatDay(report.intendedLodgement)}</dd>
            <dt>Redundancy in the occupation</dt>
            <dd>{report.redundancyOn == null ? "None" : formatDay(report.redundancyOn)}</dd>
            <dt>Portal ad's reach</dt>
            <dd>{report.portalNationalReach ? "National" : "Not national"}</dd>
          </dl>
        ) : (
          <>
            <form className="form" onSubmit={(e) => void save(e)} noValidate aria-label="LMT dates">
              {problem !== null && (
                <Banner tone="danger" title={problem.title}>
                  {problem.message}
                </Banner>
              )}
              <div className="form-row">
                <TextInput
                  label="Intended lodgement (optional)"
                  name="intendedLodgement"
                  type="date"
                  value={intended}
                  onChange={(e) => {
                    setIntended(e.target.value);
                    setSaved(false);
                  }}
                  error={errors.intendedLodgement}
                  hint="The rules in force and the 4-month window are judged on this day."
                />
                <TextInput
                  label="Redundancy in the occupation (optional)"
                  name="redundancyOn"
                  type="date"
                  value={redundancy}
                  onChange={(e) => {
                    setRedundancy(e.target.value);
                    setSaved(false);
                  }}
                  error={errors.redundancyOn}
                  hint="Ads that started on or before it no longer count."
                />
              </div>
              <div className="form-actions lmt-dates-actions">
                <Button type="submit" variant="secondary" loading={saving && !reachBusy} disabled={!dirty}>
                  Save dates
                </Button>
                {saved && !dirty && (
                  <span className="muted" role="status">
                    Dates saved.
                  </span>
                )}
              </div>
            </form>
            <Switch
              label="The portal ad has national reach"
              description="On when the job board is a national recruitment website or the sponsor's own site."
              checked={report.portalNationalReach}
              busy={reachBusy}
              onChange={(v) => void setReach(v)}
            />
          </>
        )}
      </div>
    </Card>
  );
}
