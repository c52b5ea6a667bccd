import type { ReactNode } from "react";
import { Link } from "react-router";
import { Banner, type BannerTone } from "../../../ui/Banner";

export interface InvitationOutcomeProps {
  tone: BannerTone;
  title: string;
  children: ReactNode;
  /** The one place to go from here. */
  next: { to: string; label: string; primary?: boolean };
}

/** Where an invitation link ends: it was answered here, or had been answered, withdrawn or expired. */
export function InvitationOutcome({ tone, title, children, next }: InvitationOutcomeProps) {
  return (
    <div className="stack-sm">
      <Banner tone={tone} title={title}>
        {children}
      </Banner>
      <Link className={`btn ${next.primary === true ? "btn-primary" : "btn-secondary"} btn-block`} to={next.to}>
        {next.label}
      </Link>
    </div>
  );
}
