import type { ReactNode } from "react";
import { Link } from "react-router";

export interface TabLink {
  key: string;
  label: ReactNode;
  to: string;
  active: boolean;
  /** A count shown beside the label, e.g. how many items the tab holds. */
  count?: number | null;
}

/** Views of one list (a filter kept in the URL): links, the current one marked aria-current. */
export function TabLinks({ label, tabs }: { label: string; tabs: readonly TabLink[] }) {
  return (
    <nav className="tab-links" aria-label={label}>
      {tabs.map((tab) => (
        <Link key={tab.key} to={tab.to} className="tab-link" aria-current={tab.active ? "page" : undefined} replace>
          {tab.label}
          {tab.count != null && <span className="tab-count num">{tab.count}</span>}
        </Link>
      ))}
    </nav>
  );
}
