import { describeProblem } from "../../apollo/error-messages";
import { CompanyDetailsForm } from "../../features/contact-portal/components/CompanyDetailsForm";
import { useCompanyDetails } from "../../features/contact-portal/hooks/use-company-details";
import { ErrorState } from "../../ui/ErrorState";
import { Loading } from "../../ui/Spinner";
import { usePortal } from "../layouts/PortalLayout";

/** /p/:slug/client/company — the company's name and contact details, kept by its contact (R9). */
export function CompanyDetails() {
  const portal = usePortal();
  const { company, loading, error, refetch } = useCompanyDetails();
  return (
    <section aria-labelledby="company-title">
      <title>{`Company details · ${portal.title}`}</title>
      <h2 className="contact-section-title" id="company-title">
        Company details
      </h2>
      <p className="contact-section-intro">How {portal.serviceProvider.name} and candidates reach your company.</p>
      {loading ? (
        <Loading label="Loading your company's details…" />
      ) : error !== undefined || company === null ? (
        <ErrorState
          title="Couldn't load your company's details"
          message={error === undefined ? "Sign in again and retry." : describeProblem(error).message}
          requestId={error === undefined ? null : describeProblem(error).requestId}
          onRetry={refetch}
        />
      ) : (
        <div className="portal-card contact-card">
          <CompanyDetailsForm key={company.id} company={company} />
        </div>
      )}
    </section>
  );
}
