import type { ReactNode } from "react";
import { Brand, PRODUCT_NAME } from "./Brand";

/** The frame of the screens used before signing in: brand, one card, a quiet footer. */
export function AuthLayout({
  title,
  subtitle,
  wide = false,
  children,
  below,
}: {
  title: string;
  subtitle?: ReactNode;
  wide?: boolean;
  children: ReactNode;
  below?: ReactNode;
}) {
  return (
    <main className="auth-page">
      <title>{`${title} · ${PRODUCT_NAME}`}</title>
      <div className="auth-brand">
        <Brand />
      </div>
      <div className={wide ? "auth-card auth-card-wide" : "auth-card"}>
        <div className="auth-heading">
          <h1 className="auth-title">{title}</h1>
          {subtitle !== undefined && <p className="auth-subtitle">{subtitle}</p>}
        </div>
        {children}
      </div>
      {below}
      <p className="auth-footer">Credits for job ads, shared between agencies and their clients.</p>
    </main>
  );
}
