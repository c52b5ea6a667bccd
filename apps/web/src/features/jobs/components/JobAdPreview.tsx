import { graphql } from "../../../gql";
import type { JobAd_JobFragment } from "../../../gql/graphql";
import { Badge } from "../../../ui/Badge";
import { WORK_TYPE_LABELS, formatLocation, formatSalary } from "../job-labels";

export const JobAdFragment = graphql(`
  fragment JobAd_job on Job {
    id
    title
    description
    requirements
    workType
    lmt
    durationDays
    occupationCode
    location {
      city
      state
      postcode
      country
    }
    salary {
      min
      max
      period
      currency
    }
    employer {
      id
      name
    }
  }
`);

/** What the ad shows: a saved job, or the form's values before saving. */
export type JobAdContent = Omit<JobAd_JobFragment, "id" | "__typename" | "employer" | "location" | "salary"> & {
  employerName: string;
  location: Omit<JobAd_JobFragment["location"], "__typename">;
  salary: Omit<NonNullable<JobAd_JobFragment["salary"]>, "__typename"> | null;
};

export function jobAdContent(job: JobAd_JobFragment): JobAdContent {
  return { ...job, employerName: job.employer.name };
}

/** Paragraphs as written: blank lines split them, single line breaks stay. */
function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter((p) => p !== "")
        .map((p, i) => (
          <p key={i}>{p}</p>
        ))}
    </>
  );
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
