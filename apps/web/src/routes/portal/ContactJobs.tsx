import { ContactJobList } from "../../features/contact-portal/components/ContactJobList";
import { usePortal } from "../layouts/PortalLayout";
import { paths } from "../paths";

/** /p/:slug/client — the company's job ads, drafts included; one opens its candidates. */
export function ContactJobs() {
  const portal = usePortal();
  return (
    <section aria-labelledby="contact-jobs-title">
      <title>{`Jobs · ${portal.title}`}</title>
      <h2 className="contact-section-title" id="contact-jobs-title">
        Your job ads
      </h2>
      <ContactJobList
        agencyName={portal.serviceProvider.name}
        jobPath={(id) => paths.portalClientJob(portal.slug, id)}
        vacancyPath={paths.portalClientVacancy(portal.slug)}
      />
    </section>
  );
}
