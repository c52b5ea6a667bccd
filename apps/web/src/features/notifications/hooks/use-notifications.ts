import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { NotificationKind } from "../../../gql/graphql";
import { shownQueryState } from "../../shared/hooks/shown-query";

/** How often the header asks for new notifications (reminders are made by a schedule, not by this page). */
const POLL_MS = 60_000;

const UnreadCountDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

const NotificationsDocument = graphql(`
  query Notifications($first: Int!) {
    unreadNotificationCount
    notifications(first: $first) {
      id
      kind
      title
      body
      link
      createdAt
      readAt
    }
  }
`);

const MarkReadDocument = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);

const MarkAllReadDocument = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

const PreferencesDocument = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      label
      mail
      inApp
    }
    notificationSettings {
      creditAlertThreshold
    }
  }
`);

const SetPreferenceDocument = graphql(`
  mutation SetNotificationPreference($kind: NotificationKind!, $mail: Boolean!, $inApp: Boolean!) {
    setNotificationPreference(kind: $kind, mail: $mail, inApp: $inApp) {
      kind
      label
      mail
      inApp
    }
  }
`);

const SetThresholdDocument = graphql(`
  mutation SetCreditAlertThreshold($threshold: Int) {
    setCreditAlertThreshold(threshold: $threshold) {
      creditAlertThreshold
    }
  }
`);

/** The header's unread count, asked again every minute and whenever a notification is read. */
export function useUnreadCount() {
  const { data } = useQuery(UnreadCountDocument, { pollInterval: POLL_MS, fetchPolicy: "cache-and-network" });
  return data?.unreadNotificationCount ?? 0;
}

export function useNotifications() {
  const query = useQuery(NotificationsDocument, { variables: { first: 50 }, fetchPolicy: "cache-and-network" });
  const refetchQueries = [UnreadCountDocument, NotificationsDocument];
  const [markRead, markingOne] = useMutation(MarkReadDocument, { refetchQueries });
  const [markAll, markingAll] = useMutation(MarkAllReadDocument, { refetchQueries });
  return {
    notifications: query.data?.notifications ?? [],
    unread: query.data?.unreadNotificationCount ?? 0,
    ...shownQueryState(query),
    markRead: async (id: string) => void (await markRead({ variables: { id } })),
    markAllRead: async () => void (await markAll()),
    marking: markingOne.loading || markingAll.loading,
  };
}

export function useNotificationPreferences() {
  const query = useQuery(PreferencesDocument, { fetchPolicy: "cache-and-network" });
  const [setPreference, setting] = useMutation(SetPreferenceDocument, { refetchQueries: [PreferencesDocument] });
  const [setThreshold, savingThreshold] = useMutation(SetThresholdDocument, { refetchQueries: [PreferencesDocument] });
  return {
    preferences: query.data?.notificationPreferences ?? [],
    creditAlertThreshold: query.data?.notificationSettings.creditAlertThreshold ?? null,
    ...shownQueryState(query),
    setPreference: async (kind: NotificationKind, channels: { mail: boolean; inApp: boolean }) =>
      void (await setPreference({ variables: { kind, ...channels } })),
    setting: setting.loading,
    setThreshold: async (threshold: number | null) => void (await setThreshold({ variables: { threshold } })),
    savingThreshold: savingThreshold.loading,
  };
}
