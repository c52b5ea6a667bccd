import { useRef, useState } from "react";
import { Link } from "react-router";
import { VacancyForm } from "../../features/contact-portal/components/VacancyForm";
import { Banner } from "../../ui/Banner";
import { usePortal } from "../layouts/PortalLayout";
import { paths } from "../paths";

/** /p/:slug/client/vacancy — a contact sends its agency a role to advertise (a DRAFT job, R9). */
export function SubmitVacancy() {
  const portal = usePortal();
  const agency = portal.serviceProvider.name;
  const [sent, setSent] = useState<{ id: string; title: string } | null>(null);
  const top = useRef<HTMLElement>(null);

  return (
    <section aria-labelledby="vacancy-title" ref={top}>
      <title>{`Submit a vacancy · ${portal.title}`}</title>
      <h2 className="contact-section-title" id="vacancy-title">
        Submit a vacancy
      </h2>
      <p className="contact-section-intro">
        Tell {agency} about a role you need filled. It is saved as a draft ad for your company; {agency} finishes it and publishes
        it on the job board.
      </p>
      {sent !== null && (
        <Banner tone="success" title={`Sent to ${agency}. They will finish and publish it.`} onDismiss={() => setSent(null)}>
          “{sent.title}” is in your job ads as a draft. <Link to={paths.portalClientJob(portal.slug, sent.id)}>Open it</Link> or{" "}
          <Link to={paths.portalClient(portal.slug)}>see all your job ads</Link>.
        </Banner>
      )}
      <div className="portal-card contact-card">
        <VacancyForm
          agencyName={agency}
          onSubmitted={(job) => {
            setSent({ id: job.id, title: job.title });
            // The notice is at the top of a long form: bring it into view on a phone.
            top.current?.scrollIntoView({ block: "start" });
          }}
        />
      </div>
    </section>
  );
}
