import { useEffect, useState } from "react";
import { Button } from "../../../ui/Button";

/** Copies a link to the clipboard and says so; if the clipboard is not allowed, shows the link to copy by hand. */
export function CopyLinkButton({ url, label }: { url: string; label: string }) {
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
      <Button size="sm" variant="ghost" onClick={() => void copy()} aria-label={label}>
        {state === "copied" ? "Copied" : "Copy link"}
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
