import type { ReactNode } from "react";

/** The picture above an empty state's words: a line icon for what is missing (24 px grid, stroke only). */
const ICONS = {
  inbox: <path d="M3 13h5l1.5 3h5L16 13h5M5 5h14l2 8v6H3v-6l2-8Z" />,
  search: <path d="M10.5 17a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13Zm4.6-1.9L20 20" />,
  people: (
    <path d="M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7Zm-6 9c0-3.3 2.7-6 6-6s6 2.7 6 6M16 4.3a3.5 3.5 0 0 1 0 6.4M18 14.3c1.8.9 3 2.9 3 5.7" />
  ),
  document: <path d="M7 3h7l5 5v13H7V3Zm7 0v5h5M10 13h6M10 17h6" />,
  mail: <path d="M3 6h18v12H3V6Zm0 0 9 7 9-7" />,
  card: <path d="M3 6h18v12H3V6Zm0 4h18M7 15h4" />,
  compass: <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm3.5-12.5-2 5-5 2 2-5 5-2Z" />,
  clock: <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm0-13v4.5l3 2" />,
} as const;

export type EmptyStateIcon = keyof typeof ICONS;

/** The empty state's picture alone, for pages that lay out their own words. */
export function EmptyStateMark({ icon = "inbox" }: { icon?: EmptyStateIcon }) {
  return (
    <span className="empty-state-mark" aria-hidden="true" data-icon={icon}>
      <svg
        viewBox="0 0 24 24"
        width="24"
        height="24"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        {ICONS[icon]}
      </svg>
    </span>
  );
}

export function EmptyState({
  title,
  children,
  action,
  icon = "inbox",
}: {
  title: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
  icon?: EmptyStateIcon;
}) {
  return (
    <div className="empty-state">
      <EmptyStateMark icon={icon} />
      <p className="empty-state-title">{title}</p>
      {children !== undefined && <div className="empty-state-text">{children}</div>}
      {action !== undefined && <div className="empty-state-action">{action}</div>}
    </div>
  );
}
