import type { PublicJob } from "../../../public/types";
import { Paragraphs } from "../../../ui/Paragraphs";
import { WORK_TYPE_LABELS, formatLocation, formatSalary } from "../../jobs/job-labels";
import { formatDate } from "../portal-dates";

/** The full ad as a candidate reads it on the board. */
export function PortalJobAd({ job }: { job: Omit<PublicJob, "jsonLd" | "open" | "agencyName"> }) {
  const salary = formatSalary(job.salary);
  return (
    <article className="portal-ad" aria-labelledby="portal-ad-title">
      <header className="portal-ad-header">
        <p className="portal-ad-employer">{job.employerName}</p>
        <h1 className="portal-ad-title" id="portal-ad-title">
          {job.title}
        </h1>
        <dl className="portal-ad-facts">
          <div>
            <dt>Location</dt>
            <dd>{formatLocation(job.location)}</dd>
          </div>
          <div>
            <dt>Work type</dt>
            <dd>{WORK_TYPE_LABELS[job.workType]}</dd>
          </div>
          {salary !== null && (
            <div>
              <dt>Salary</dt>
              <dd className="strong">{salary}</dd>
            </div>
          )}
          <div>
            <dt>Posted</dt>
            <dd>{formatDate(job.publishedAt)}</dd>
          </div>
          {job.closesAt !== null && (
            <div>
              <dt>Applications close</dt>
              <dd>{formatDate(job.closesAt)}</dd>
            </div>
          )}
        </dl>
      </header>
      <section className="portal-ad-section" aria-labelledby="portal-ad-about">
        <h2 className="portal-ad-heading" id="portal-ad-about">
          About the role
        </h2>
        <Paragraphs text={job.description} />
      </section>
      {job.requirements !== null && job.requirements.trim() !== "" && (
        <section className="portal-ad-section" aria-labelledby="portal-ad-bring">
          <h2 className="portal-ad-heading" id="portal-ad-bring">
            What you'll bring
          </h2>
          <Paragraphs text={job.requirements} />
        </section>
      )}
    </article>
  );
}
