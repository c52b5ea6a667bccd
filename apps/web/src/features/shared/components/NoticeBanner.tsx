import { Link } from "react-router";
import { Banner } from "../../../ui/Banner";

/** What a list tells its page after an action on a row: shown above the list until dismissed. */
export interface Notice {
  tone: "success" | "warning" | "danger";
  title: string;
  text: string;
  /** A page that fixes the problem, e.g. the job board settings when the agency has no board yet. */
  action?: { label: string; to: string };
}

/** A page's dismissible notice, with its action as a link button when it has one. */
export function NoticeBanner({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }) {
  if (notice === null) return null;
  return (
    <Banner
      tone={notice.tone}
      title={notice.title}
      onDismiss={onDismiss}
      actions={
        notice.action === undefined ? undefined : (
          <Link className="btn btn-secondary btn-sm" to={notice.action.to}>
            {notice.action.label}
          </Link>
        )
      }
    >
      {notice.text}
    </Banner>
  );
}
