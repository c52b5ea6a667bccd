import { Link } from "react-router";
import { useUnreadCount } from "../hooks/use-notifications";

/** The header's bell: the unread count, and the way to the notification list. */
export function NotificationBell({ to }: { to: string }) {
  const unread = useUnreadCount();
  const label = unread === 0 ? "Notifications" : `Notifications, ${unread} unread`;
  return (
    <Link className="notification-bell" to={to} aria-label={label} title={label} data-testid="notification-bell">
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {unread > 0 && (
        <span className="notification-count" data-testid="notification-count" aria-hidden="true">
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
