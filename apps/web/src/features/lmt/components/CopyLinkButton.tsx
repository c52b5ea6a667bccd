import { useEffect, useState } from "react";
import { Button } from "../../../ui/Button";

/**
 * Copies a link to the clipboard and says so; if the clipboard is not allowed, shows the link to copy by hand.
 * `what` names the link for screen readers after the visible words, so the accessible name starts with
 * what the button says (voice control users say "Copy link").
 */
export function CopyLinkButton({ url, what }: { url: string; what: string }) {
  const [state, setState] = useState<"idle" | "copied" | "manual">("idle");
  useEffect(() => {
    if (state !== "copied") return;
    const timer = window.setTimeout(() => setState("idle"), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setState("copied");
    } catch {
      setState("manual");
    }
  }

  return (
    <span className="copy-link">
      <Button size="sm" variant="ghost" onClick={() => void copy()}>
        {state === "copied" ? "Copied" : "Copy link"}
        <span className="visually-hidden"> {what}</span>
      </Button>
      <span className="visually-hidden" role="status">
        {state === "copied" ? "Link copied" : ""}
      </span>
      {state === "manual" && (
        <input
          className="input copy-link-input"
          readOnly
          value={url}
          aria-label="Tracking link"
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </span>
  );
}
