import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useLocation } from "react-router";
import { Brand } from "./Brand";

export interface AppHeaderProps {
  /** Where the logo leads: the home of the area the session is in. */
  home: string;
  /** The main navigation's links and menus (the "Main" landmark). */
  nav: ReactNode;
  /**
   * The header's end: who is signed in and what they can do with the session (organization,
   * notifications, sign out). Always in view, on a phone too, beside the menu button.
   */
  end: ReactNode;
}

/**
 * The one header of the signed-in app. On a wide screen the navigation is a row of links; on a
 * phone it folds behind a Menu button into a panel under the header (a wrapped second row of
 * links is hard to read and to hit), closed again by Esc, a click elsewhere or following a link.
 */
export function AppHeader({ home, nav, end }: AppHeaderProps) {
  const [open, setOpen] = useState(false);
  const navId = useId();
  const header = useRef<HTMLElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();

  useEffect(() => setOpen(false), [pathname]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!header.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  return (
    <header className="app-header" ref={header}>
      <div className="app-header-inner">
        <Brand to={home} />
        <nav id={navId} className={open ? "app-nav app-nav-open" : "app-nav"} aria-label="Main">
          {nav}
        </nav>
        <div className="app-header-end">{end}</div>
        <button
          ref={button}
          type="button"
          className="app-menu-button"
          aria-expanded={open}
          aria-controls={navId}
          onClick={() => setOpen((o) => !o)}
        >
          <span className="app-menu-icon" aria-hidden="true" />
          Menu
        </button>
      </div>
    </header>
  );
}
