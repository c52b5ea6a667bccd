import { useState } from "react";
import { Link } from "react-router";

export interface PortalBrand {
  title: string;
  logoUrl: string | null;
}

/** The first letters of the title, shown when there is no logo (or it fails to load). */
function monogram(title: string): string {
  const letters = title
    .split(/\s+/)
    .filter((w) => w !== "")
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join("");
  return letters === "" ? "J" : letters;
}

/** The board's branded bar: logo (or monogram) and title, on the portal's colour. */
export function PortalHeader({ brand, homePath }: { brand: PortalBrand; homePath?: string }) {
  const [failedLogo, setFailedLogo] = useState<string | null>(null);
  const showLogo = brand.logoUrl !== null && brand.logoUrl !== "" && failedLogo !== brand.logoUrl;
  const title = brand.title.trim() === "" ? "Job board" : brand.title;
  const inner = (
    <>
      {showLogo ? (
        <img className="portal-logo" src={brand.logoUrl ?? ""} alt="" onError={() => setFailedLogo(brand.logoUrl)} />
      ) : (
        <span className="portal-logo portal-monogram" aria-hidden="true">
          {monogram(title)}
        </span>
      )}
      <span className="portal-title">{title}</span>
    </>
  );
  return (
    <header className="portal-header">
      <div className="portal-header-inner">
        {homePath === undefined ? (
          <span className="portal-brand">{inner}</span>
        ) : (
          <Link className="portal-brand" to={homePath}>
            {inner}
          </Link>
        )}
      </div>
    </header>
  );
}
