import { useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { NavLink, useLocation } from "react-router";
import "../plans.css";

export interface PricingMenuProps {
  pricingPath: string;
  billingPath: string;
}

/**
 * "Pricing" in the main navigation: a disclosure button with Pricing Plans and Billing. The list is
 * placed with position: fixed under the button, so the phone header's scrolling nav can't clip it.
 * Esc, a click elsewhere and following a link close it.
 */
export function PricingMenu({ pricingPath, billingPath }: PricingMenuProps) {
  const [open, setOpen] = useState(false);
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const listId = useId();
  const { pathname } = useLocation();
  const inside = pathname.startsWith(pricingPath) || pathname.startsWith(billingPath);

  useEffect(() => setOpen(false), [pathname]);

  useLayoutEffect(() => {
    if (!open || button.current === null) return;
    const place = () => {
      const r = button.current!.getBoundingClientRect();
      const width = 220;
      setPlace({ top: r.bottom + 4, left: Math.max(8, Math.min(r.left, window.innerWidth - width - 8)) });
    };
    place();
    window.addEventListener("resize", place);
    window.addEventListener("scroll", place, true);
    return () => {
      window.removeEventListener("resize", place);
      window.removeEventListener("scroll", place, true);
    };
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    };
    // On click, not pointerdown: in the phone menu the list is in the flow, and closing it on
    // pointerdown would move the link being tapped before the tap ends.
    const onPointer = (e: MouseEvent) => {
      const t = e.target as Node;
      if (!button.current?.contains(t) && !list.current?.contains(t)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("click", onPointer);
    };
  }, [open]);

  return (
    <>
      <button
        ref={button}
        type="button"
        className={inside ? "nav-menu-button nav-menu-button-current" : "nav-menu-button"}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        Pricing
        <span className="nav-menu-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <div
        ref={list}
        id={listId}
        className="nav-menu-list"
        hidden={!open}
        style={place === null ? undefined : { top: place.top, left: place.left }}
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null) && e.relatedTarget !== button.current) setOpen(false);
        }}
      >
        <NavLink to={pricingPath} className="nav-menu-item" end>
          <span className="nav-menu-item-title">Pricing Plans</span>
          <span className="nav-menu-item-note">Compare plans, buy or upgrade</span>
        </NavLink>
        <NavLink to={billingPath} className="nav-menu-item" end>
          <span className="nav-menu-item-title">Billing</span>
          <span className="nav-menu-item-note">Subscription and receipts</span>
        </NavLink>
      </div>
    </>
  );
}
