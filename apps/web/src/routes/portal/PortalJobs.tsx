import { useSearchParams } from "react-router";
import { PortalBoard } from "../../features/portal/components/PortalBoard";
import { usePortal } from "../layouts/PortalLayout";
import { paths } from "../paths";

/** /p/:slug — the portal's open jobs, with search kept in the URL (?q=&location=). */
export function PortalJobs() {
  const portal = usePortal();
  const [params, setParams] = useSearchParams();
  const query = params.get("q") ?? "";
  const location = params.get("location") ?? "";
  const source = params.get("source") ?? undefined;

  return (
    <>
      <title>{portal.title}</title>
      <link rel="alternate" type="application/rss+xml" title={`${portal.title} (RSS)`} href={paths.portalRss(portal.slug)} />
      {/* The header bar already shows the title: the heading is for screen readers, the band for the intro. */}
      <h1 className="visually-hidden">{portal.title}</h1>
      {portal.intro !== null && portal.intro.trim() !== "" && (
        <div className="portal-hero portal-hero-board">
          <p className="portal-hero-text">{portal.intro}</p>
        </div>
      )}
      <PortalBoard
        slug={portal.slug}
        query={query}
        location={location}
        onSearch={(search) => {
          const next = new URLSearchParams();
          if (search.query !== "") next.set("q", search.query);
          if (search.location !== "") next.set("location", search.location);
          if (source !== undefined) next.set("source", source);
          setParams(next);
        }}
        jobPath={(id) => paths.portalJob(portal.slug, id, { source })}
      />
    </>
  );
}
