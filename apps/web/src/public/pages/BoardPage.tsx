import { useLoaderData } from "react-router";
import { PortalBoard } from "../../features/portal/components/PortalBoard";
import { useBoard } from "../board";
import type { BoardLoaderData } from "../loaders";
import { boardHref } from "../search";

/** /jobs and /p/<slug>: the board's open ads, newest first, searched through the URL. */
export function BoardPage() {
  const board = useBoard();
  const { page, search, now, source } = useLoaderData() as BoardLoaderData;
  const keep: Record<string, string> = source === null ? {} : { source };
  const nextPath =
    page.hasNextPage && page.endCursor !== null ? boardHref(board.home, { ...search, after: page.endCursor }, keep) : null;
  const intro = board.portal?.intro ?? null;
  return (
    <>
      {board.kind === "national" ? (
        <div className="portal-hero portal-hero-board">
          <h1 className="portal-hero-title board-heading">Find your next job</h1>
          <p className="portal-hero-text">Every job advertised by employers and agencies on Job Ads, newest first.</p>
        </div>
      ) : (
        <>
          {/* The header bar already shows the title: the heading is for screen readers, the band for the intro. */}
          <h1 className="visually-hidden">{board.title}</h1>
          {intro !== null && intro.trim() !== "" && (
            <div className="portal-hero portal-hero-board">
              <p className="portal-hero-text">{intro}</p>
            </div>
          )}
        </>
      )}
      <PortalBoard
        action={board.home}
        search={search}
        page={page}
        filters={board.kind === "national"}
        jobPath={(job) => board.jobPath(job, source)}
        nextPath={nextPath}
        now={now}
        keep={keep}
      />
    </>
  );
}
