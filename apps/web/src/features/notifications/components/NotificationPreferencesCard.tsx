import { useState } from "react";
import { Card } from "../../../ui/Card";
import type { NotificationKind, NotificationPreferencesQuery } from "../../../gql/graphql";

type Preference = NotificationPreferencesQuery["notificationPreferences"][number];

export interface NotificationPreferencesCardProps {
  preferences: readonly Preference[];
  busy: boolean;
  onChange: (kind: NotificationKind, channels: { mail: boolean; inApp: boolean }) => Promise<void>;
}

/** Per kind of reminder: by mail, in the app, both or neither. Each change is saved at once. */
export function NotificationPreferencesCard({ preferences, busy, onChange }: NotificationPreferencesCardProps) {
  // Shown at once; a change that fails is put back.
  const [shown, setShown] = useState<Record<string, { mail: boolean; inApp: boolean }>>({});
  const channelsOf = (p: Preference) => shown[p.kind] ?? { mail: p.mail, inApp: p.inApp };
  function change(p: Preference, channels: { mail: boolean; inApp: boolean }) {
    setShown((s) => ({ ...s, [p.kind]: channels }));
    onChange(p.kind, channels).catch(() => setShown((s) => ({ ...s, [p.kind]: { mail: p.mail, inApp: p.inApp } })));
  }
  return (
    <Card title="What you hear about" description="Choose, for each kind of reminder, how it reaches you." className="card-flush">
      <div className="table-wrap">
        <table className="table preference-table">
          <caption className="visually-hidden">Notification preferences</caption>
          <thead>
            <tr>
              <th scope="col">Reminder</th>
              <th scope="col" className="align-end">
                By mail
              </th>
              <th scope="col" className="align-end">
                In the app
              </th>
            </tr>
          </thead>
          <tbody>
            {preferences.map((p) => (
              <tr key={p.kind} data-kind={p.kind}>
                <td className="preference-kind">{p.label}</td>
                <td data-label="By mail" className="align-end">
                  <input
                    type="checkbox"
                    className="checkbox"
                    aria-label={`${p.label}: by mail`}
                    checked={channelsOf(p).mail}
                    aria-busy={busy || undefined}
                    onChange={(e) => change(p, { ...channelsOf(p), mail: e.target.checked })}
                  />
                </td>
                <td data-label="In the app" className="align-end">
                  <input
                    type="checkbox"
                    className="checkbox"
                    aria-label={`${p.label}: in the app`}
                    checked={channelsOf(p).inApp}
                    aria-busy={busy || undefined}
                    onChange={(e) => change(p, { ...channelsOf(p), inApp: e.target.checked })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
