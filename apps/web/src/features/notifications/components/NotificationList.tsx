import { Link } from "react-router";
import { Button } from "../../../ui/Button";
import { DateTime } from "../../../ui/DateTime";
import { EmptyState } from "../../../ui/EmptyState";
import type { NotificationsQuery } from "../../../gql/graphql";

type NotificationItem = NotificationsQuery["notifications"][number];

export interface NotificationListProps {
  notifications: readonly NotificationItem[];
  busy: boolean;
  onMarkRead: (id: string) => Promise<void>;
}

/** Newest first; an unread one is marked, and reading it (opening its link or "Mark read") clears the mark. */
export function NotificationList({ notifications, busy, onMarkRead }: NotificationListProps) {
  if (notifications.length === 0) {
    return (
      <EmptyState title="Nothing new">
        Reminders land here: LMT ads ready to lodge, windows closing, clients answering, vacancies and credits.
      </EmptyState>
    );
  }
  return (
    <ul className="notification-list" aria-label="Notifications">
      {notifications.map((n) => {
        const unread = n.readAt == null;
        return (
          <li
            key={n.id}
            className={unread ? "notification-item notification-unread" : "notification-item"}
            data-testid="notification"
          >
            <div className="notification-text">
              <p className="notification-title">
                {unread && <span className="visually-hidden">Unread: </span>}
                {n.link != null ? (
                  <Link to={n.link} onClick={() => unread && void onMarkRead(n.id)}>
                    {n.title}
                  </Link>
                ) : (
                  n.title
                )}
              </p>
              <p className="notification-body">{n.body}</p>
              <p className="notification-meta">
                <DateTime value={n.createdAt} />
                {!unread && " · read"}
              </p>
            </div>
            {unread && (
              <Button
                size="sm"
                variant="secondary"
                disabled={busy}
                onClick={() => void onMarkRead(n.id)}
                aria-label={`Mark read: ${n.title}`}
              >
                Mark read
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
