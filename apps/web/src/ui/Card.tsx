import { useId, type ReactNode } from "react";

export interface CardProps {
  title?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** "shared" gives the card the shared-credit accent. */
  tone?: "default" | "shared";
  className?: string;
  children?: ReactNode;
  "data-testid"?: string;
}

/** A titled section; its heading names the region for assistive technology. */
export function Card({ title, description, actions, tone = "default", className, children, ...rest }: CardProps) {
  const headingId = useId();
  const classes = ["card", tone === "shared" ? "card-shared" : "", className ?? ""].filter(Boolean).join(" ");
  return (
    <section className={classes} aria-labelledby={title === undefined ? undefined : headingId} data-testid={rest["data-testid"]}>
      {(title !== undefined || actions !== undefined) && (
        <header className="card-header">
          <div>
            {title !== undefined && (
              <h2 className="card-title" id={headingId}>
                {title}
              </h2>
            )}
            {description !== undefined && <p className="card-description">{description}</p>}
          </div>
          {actions !== undefined && <div className="card-actions">{actions}</div>}
        </header>
      )}
      {children}
    </section>
  );
}
