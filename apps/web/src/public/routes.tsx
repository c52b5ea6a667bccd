import { Outlet, type RouteObject } from "react-router";
import { HeadSync, type RouteHandle } from "./head";
import {
  applyAction,
  appliedHead,
  boardHead,
  jobHead,
  nationalBoardLoader,
  nationalJobLoader,
  portalBoardLoader,
  portalJobLoader,
  portalLoader,
} from "./loaders";
import { AppliedPage } from "./pages/AppliedPage";
import { ApplyPage } from "./pages/ApplyPage";
import { BoardPage } from "./pages/BoardPage";
import { JobPage } from "./pages/JobPage";
import { NationalLayout, PortalLayout } from "./pages/Layouts";
import { PublicError } from "./pages/PublicError";

function PublicRoot() {
  return (
    <>
      <HeadSync />
      <Outlet />
    </>
  );
}

const handle = (head: RouteHandle["head"]): RouteHandle => ({ head });

/**
 * Every public page, rendered on the server (entry-server.tsx) and hydrated in the browser
 * (entry-client.tsx) from this one table: the national board, agency boards, ads, apply, applied.
 * Agency boards' other pages (a contact's home, activation, "Your data") stay in the app.
 */
export const publicRoutes: RouteObject[] = [
  {
    id: "public",
    Component: PublicRoot,
    ErrorBoundary: PublicError,
    children: [
      {
        id: "national",
        path: "/jobs",
        Component: NationalLayout,
        children: [
          { id: "national-board", index: true, loader: nationalBoardLoader, Component: BoardPage, handle: handle(boardHead) },
          { id: "national-applied", path: "applied/:applicationId", Component: AppliedPage, handle: handle(appliedHead) },
          {
            id: "national-job",
            path: ":jobId/:jobSlug?",
            loader: nationalJobLoader,
            Component: JobPage,
            handle: handle((d) => jobHead(d)),
          },
          {
            id: "national-apply",
            path: ":jobId/:jobSlug/apply",
            loader: nationalJobLoader,
            action: applyAction,
            Component: ApplyPage,
            handle: handle((d) => jobHead(d, true)),
          },
        ],
      },
      {
        id: "portal",
        path: "/p/:slug",
        loader: portalLoader,
        Component: PortalLayout,
        handle: handle(() => ({
          title: "Job board not available",
          description: "This job board is not available.",
          canonical: null,
          noindex: true,
        })),
        children: [
          { id: "portal-board", index: true, loader: portalBoardLoader, Component: BoardPage, handle: handle(boardHead) },
          {
            id: "portal-job",
            path: "jobs/:jobId",
            loader: portalJobLoader,
            Component: JobPage,
            handle: handle((d) => jobHead(d)),
          },
          {
            id: "portal-apply",
            path: "jobs/:jobId/apply",
            loader: portalJobLoader,
            action: applyAction,
            Component: ApplyPage,
            handle: handle((d) => jobHead(d, true)),
          },
          { id: "portal-applied", path: "applied/:applicationId", Component: AppliedPage, handle: handle(appliedHead) },
        ],
      },
    ],
  },
];
