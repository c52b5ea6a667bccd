import { portalColourStyle } from "../portal-colour";
import { PortalHeader } from "./PortalHeader";
import { PortalJobCard, type PortalJobCardJob } from "./PortalJobCard";

export interface PortalPreviewValues {
  slug: string;
  title: string;
  intro: string;
  primaryColor: string;
  logoUrl: string;
  enabled: boolean;
}

const DAY = 86_400_000;

/** Stand-in ads for the preview, so the colour and cards show before any job is published. */
function sampleJobs(now: Date): PortalJobCardJob[] {
  return [
    {
      title: "Senior Chef",
      employerName: "Harbour Bistro",
      workType: "FULL_TIME",
      publishedAt: new Date(now.getTime() - DAY).toISOString(),
      location: { city: "Sydney", state: "NSW", postcode: "2000", country: "AU" },
      salary: { min: 75000, max: 82000, period: "YEAR", currency: "AUD" },
    },
    {
      title: "Aged Care Worker",
      employerName: "Riverside Care",
      workType: "PART_TIME",
      publishedAt: new Date(now.getTime() - 3 * DAY).toISOString(),
      location: { city: "Parramatta", state: "NSW", postcode: "2150", country: "AU" },
      salary: null,
    },
  ];
}

/** The top of the board as candidates will see it, redrawn as the settings are typed. */
export function PortalPreview({ values, jobs }: { values: PortalPreviewValues; jobs?: readonly PortalJobCardJob[] }) {
  const now = new Date();
  const shown = jobs !== undefined && jobs.length > 0 ? jobs.slice(0, 3) : sampleJobs(now);
  const address = `/p/${values.slug.trim() === "" ? "your-agency" : values.slug.trim()}`;
  return (
    <figure className="portal-preview" aria-label="Live preview of your job board">
      <div className="portal-preview-bar" aria-hidden="true">
        <span className="portal-preview-dot" />
        <span className="portal-preview-dot" />
        <span className="portal-preview-dot" />
        <span className="portal-preview-address">{address}</span>
      </div>
      <div
        className={values.enabled ? "portal-page portal-preview-page" : "portal-page portal-preview-page portal-preview-off"}
        style={portalColourStyle(values.primaryColor)}
      >
        <PortalHeader brand={{ title: values.title, logoUrl: values.logoUrl.trim() === "" ? null : values.logoUrl.trim() }} />
        {values.intro.trim() !== "" && (
          <div className="portal-hero">
            <p className="portal-hero-text">{values.intro}</p>
          </div>
        )}
        <div className="portal-main" inert>
          <div className="portal-search portal-search-preview" aria-hidden="true">
            <span className="input portal-fake-input">Job title, skill or keyword</span>
            <span className="btn btn-primary portal-btn">Search</span>
          </div>
          <p className="portal-count">
            {jobs !== undefined && jobs.length > 0 ? `${jobs.length} open ${jobs.length === 1 ? "job" : "jobs"}` : "Example jobs"}
          </p>
          <ul className="portal-job-list">
            {shown.map((job, i) => (
              <li key={i}>
                <PortalJobCard job={job} to={null} now={now} />
              </li>
            ))}
          </ul>
        </div>
        {!values.enabled && (
          <div className="portal-preview-overlay">
            <p className="strong">Switched off</p>
            <p>Candidates see “This job board is not available”.</p>
          </div>
        )}
      </div>
    </figure>
  );
}
