import { Link } from "react-router";
import { describeProblem } from "../../apollo/error-messages";
import { NotificationList } from "../../features/notifications/components/NotificationList";
import { useNotifications } from "../../features/notifications/hooks/use-notifications";
import { Button } from "../../ui/Button";
import { Card } from "../../ui/Card";
import { ErrorState } from "../../ui/ErrorState";
import { PageHeader } from "../../ui/PageHeader";
import { Loading } from "../../ui/Spinner";
import { paths } from "../paths";

/** The in-app notification list (R14): reminders newest first, with unread ones marked. */
export function Notifications() {
  const { notifications, unread, loading, error, refetch, markRead, markAllRead, marking } = useNotifications();
  if (loading) return <Loading fill label="Loading your notifications…" />;
  if (error !== undefined) {
    const p = describeProblem(error);
    return <ErrorState title="Couldn't load your notifications" message={p.message} requestId={p.requestId} onRetry={refetch} />;
  }
  return (
    <div className="stack">
      <title>Notifications</title>
      <PageHeader
        title="Notifications"
        description={unread === 0 ? "You are up to date." : `${unread} unread.`}
        actions={
          <>
            <Link className="btn btn-secondary" to={paths.notificationSettings()}>
              Choose what you hear about
            </Link>
            {unread > 0 && (
              <Button variant="primary" loading={marking} onClick={() => void markAllRead()}>
                Mark all read
              </Button>
            )}
          </>
        }
      />
      <Card className="card-flush">
        <NotificationList notifications={notifications} busy={marking} onMarkRead={markRead} />
      </Card>
    </div>
  );
}
