import { createContext, useContext } from "react";
import { NATIONAL_BOARD } from "@app/domain";
import type { PublicJobCard, PublicPortal } from "./types";

/**
 * Which board a public page is on: the national board (/jobs) or an agency's (/p/<slug>). The
 * pages are the same; the board gives them their addresses, branding and the privacy notice's names.
 */
export interface Board {
  kind: "national" | "portal";
  /** ApplyInput.portalSlug. */
  slug: string;
  title: string;
  description: string;
  /** The agency behind an agency board; null on the national board. */
  agencyName: string | null;
  portal: PublicPortal | null;
  home: string;
  jobPath(job: Pick<PublicJobCard, "id" | "path">, source?: string | null): string;
  applyPath(job: Pick<PublicJobCard, "id" | "path">, source?: string | null): string;
  appliedPath(applicationId: string): string;
  /** R10's request page (a screen of the app, reached with a full page load). */
  yourDataPath: string;
}

function withSource(path: string, source: string | null | undefined): string {
  return source == null || source === "" ? path : `${path}?${new URLSearchParams({ source }).toString()}`;
}

export const nationalBoard: Board = {
  kind: "national",
  slug: NATIONAL_BOARD.slug,
  title: NATIONAL_BOARD.name,
  description: NATIONAL_BOARD.description,
  agencyName: null,
  portal: null,
  home: NATIONAL_BOARD.path,
  jobPath: (job, source) => withSource(job.path, source),
  applyPath: (job, source) => withSource(`${job.path}/apply`, source),
  appliedPath: (id) => `${NATIONAL_BOARD.path}/applied/${encodeURIComponent(id)}`,
  yourDataPath: "/your-data",
};

export function portalBoard(portal: PublicPortal): Board {
  const home = `/p/${encodeURIComponent(portal.slug)}`;
  return {
    kind: "portal",
    slug: portal.slug,
    title: portal.title,
    description:
      portal.intro !== null && portal.intro.trim() !== ""
        ? portal.intro.trim()
        : `Jobs advertised by ${portal.serviceProvider.name}.`,
    agencyName: portal.serviceProvider.name,
    portal,
    home,
    jobPath: (job, source) => withSource(`${home}/jobs/${encodeURIComponent(job.id)}`, source),
    applyPath: (job, source) => withSource(`${home}/jobs/${encodeURIComponent(job.id)}/apply`, source),
    appliedPath: (id) => `${home}/applied/${encodeURIComponent(id)}`,
    yourDataPath: `${home}/your-data`,
  };
}

export const BoardContext = createContext<Board>(nationalBoard);

export function useBoard(): Board {
  return useContext(BoardContext);
}
