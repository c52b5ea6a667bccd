import type { ReactNode } from "react";

export type BannerTone = "info" | "success" | "warning" | "danger" | "shared";

export interface BannerProps {
  tone?: BannerTone;
  title?: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
  onDismiss?: () => void;
}

const ICONS: Record<BannerTone, string> = { info: "i", success: "✓", warning: "!", danger: "!", shared: "◆" };

/** Problems interrupt (role=alert); everything else is a polite status. */
export function Banner({ tone = "info", title, children, actions, onDismiss }: BannerProps) {
  return (
    <div className={`banner banner-${tone}`} role={tone === "danger" ? "alert" : "status"}>
      <span className="banner-icon" aria-hidden="true">
        {ICONS[tone]}
      </span>
      <div className="banner-body">
        {title !== undefined && <p className="banner-title">{title}</p>}
        {children !== undefined && <div className="banner-text">{children}</div>}
        {actions !== undefined && <div className="banner-actions">{actions}</div>}
      </div>
      {onDismiss !== undefined && (
        <button type="button" className="banner-dismiss" onClick={onDismiss} aria-label="Dismiss">
          ×
        </button>
      )}
    </div>
  );
}
