import { useEffect } from "react";

/**
 * Puts the API's JSON-LD (already safe inside a script tag) into <head> while the page is shown,
 * so search engines read the JobPosting; it goes again when the page does.
 */
export function JsonLd({ json }: { json: string }) {
  useEffect(() => {
    const script = document.createElement("script");
    script.type = "application/ld+json";
    script.dataset.portal = "job-posting";
    script.text = json;
    document.head.appendChild(script);
    return () => script.remove();
  }, [json]);
  return null;
}
