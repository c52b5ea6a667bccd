import { useEffect } from "react";
import { useLocation } from "react-router";
import { Loading } from "../../ui/Spinner";

/**
 * A public page (the job boards, ads, apply) reached by a link inside the app: the server renders
 * those, so the browser loads the address afresh rather than drawing it here.
 */
export function ServerPage() {
  const location = useLocation();
  useEffect(() => {
    window.location.replace(`${location.pathname}${location.search}${location.hash}`);
  }, [location.pathname, location.search, location.hash]);
  return <Loading fill label="Opening the job board…" />;
}
