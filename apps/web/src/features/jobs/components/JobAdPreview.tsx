import { Badge } from "../../../ui/Badge";
import { Paragraphs } from "../../../ui/Paragraphs";
import { WORK_TYPE_LABELS, formatLocation, formatSalary, type SalaryPeriod, type WorkType } from "../job-labels";

/** What the ad shows: a saved job, or the form's values before saving. */
export interface JobAdContent {
  title: string;
  description: string;
  requirements: string | null;
  workType: WorkType;
  lmt: boolean;
  durationDays: number;
  occupationCode: string | null;
  location: { city: string; state: string | null; postcode: string | null; country: string };
  salary: { min: number | null; max: number | null; period: SalaryPeriod; currency: string } | null;
  employerName: string;
}

/** A saved job as its ad reads: a salary kept hidden from candidates is left out here too. */
export function jobAdContent(
  job: Omit<JobAdContent, "employerName"> & { employer: { name: string }; showSalary?: boolean },
): JobAdContent {
  return { ...job, salary: job.showSalary === false ? null : job.salary, employerName: job.employer.name };
}

/** The job ad as candidates will see it on the job board. */
export function JobAdPreview({ ad }: { ad: JobAdContent }) {
  const salary = formatSalary(ad.salary);
  return (
    <article className="job-ad" aria-label={`Job ad: ${ad.title}`}>
      <header className="job-ad-header">
        <p className="job-ad-employer">{ad.employerName}</p>
        <h2 className="job-ad-title">{ad.title}</h2>
        <ul className="job-ad-facts" aria-label="Key facts">
          <li>{formatLocation(ad.location)}</li>
          <li>{WORK_TYPE_LABELS[ad.workType]}</li>
          {salary !== null && <li className="strong">{salary}</li>}
        </ul>
        {ad.lmt && (
          <p className="job-ad-badges">
            <Badge tone="info">Labour Market Testing ad</Badge>
          </p>
        )}
      </header>
      <section className="job-ad-section" aria-label="About the role">
        <h3 className="job-ad-heading">About the role</h3>
        <Paragraphs text={ad.description} />
      </section>
      {ad.requirements !== null && ad.requirements.trim() !== "" && (
        <section className="job-ad-section" aria-label="What you'll bring">
          <h3 className="job-ad-heading">What you'll bring</h3>
          <Paragraphs text={ad.requirements} />
        </section>
      )}
      <footer className="job-ad-footer">
        Advertised for {ad.durationDays} {ad.durationDays === 1 ? "day" : "days"}
        {ad.occupationCode !== null && ad.occupationCode !== "" && <> · ANZSCO {ad.occupationCode}</>}
      </footer>
    </article>
  );
}
