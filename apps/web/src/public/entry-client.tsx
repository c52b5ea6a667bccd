import { StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { createBrowserRouter } from "react-router";
import { RouterProvider } from "react-router/dom";
import { publicRoutes } from "./routes";
import "./public.css";

/**
 * The public pages' whole script: it hydrates what the server rendered, from the loader data the
 * server put in a JSON block (no inline script, so a strict CSP holds), then navigates in place.
 */
const container = document.getElementById("root");
const block = document.getElementById("hydration-data");
if (container !== null && block !== null) {
  const hydrationData = JSON.parse(block.textContent ?? "{}") as Parameters<typeof createBrowserRouter>[1] extends infer O
    ? O extends { hydrationData?: infer H }
      ? H
      : never
    : never;
  const router = createBrowserRouter(publicRoutes, { hydrationData });
  hydrateRoot(
    container,
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
}
