import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { NATIONAL_BOARD } from "@app/domain";
import { ApiError, apiFor, serverContext } from "./api";
import { summary, type Head } from "./head";
import { parseSearch } from "./search";
import type { ApplyRefusal, BoardSearch, PublicJob, PublicJobPage, PublicPortal } from "./types";
import type { ApplyFormValues } from "../features/portal/components/ApplyForm";

/** Every loader says which HTTP status its page answers with (the server sends the deepest one's). */
interface WithStatus {
  httpStatus: number;
}

export interface PortalLoaderData extends WithStatus {
  portal: PublicPortal | null;
}
export interface BoardLoaderData extends WithStatus {
  page: PublicJobPage;
  search: BoardSearch;
  source: string | null;
  /** The server's "now", so relative dates read the same after hydration. */
  now: string;
  board: { title: string; description: string; home: string };
}
export interface JobLoaderData extends WithStatus {
  /** Null: no such ad (404); `open: false`: closed (410, and no JSON-LD). */
  job: PublicJob | null;
  source: string | null;
  board: { title: string };
}
export interface ApplyActionData {
  refused: { values: ApplyFormValues; refusal: ApplyRefusal };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const sourceOf = (request: Request) => new URL(request.url).searchParams.get("source");

export async function portalLoader({ params, context }: LoaderFunctionArgs): Promise<PortalLoaderData> {
  const portal = await apiFor(context).portal(params.slug ?? "");
  return { portal: portal?.enabled === true ? portal : null, httpStatus: portal?.enabled === true ? 200 : 404 };
}

export async function nationalBoardLoader({ request, context }: LoaderFunctionArgs): Promise<BoardLoaderData> {
  const search = parseSearch(new URL(request.url).searchParams);
  const page = await apiFor(context).boardJobs(search);
  const board = { title: NATIONAL_BOARD.name, description: NATIONAL_BOARD.description, home: NATIONAL_BOARD.path };
  return { page, search, source: sourceOf(request), now: new Date().toISOString(), board, httpStatus: 200 };
}

export async function portalBoardLoader({ request, params, context }: LoaderFunctionArgs): Promise<BoardLoaderData> {
  const search = parseSearch(new URL(request.url).searchParams);
  const api = apiFor(context);
  const [portal, page] = await Promise.all([api.portal(params.slug ?? ""), api.portalJobs(params.slug ?? "", search)]);
  const board = {
    title: portal?.title ?? "Job board",
    description: portal?.intro?.trim() || `Jobs advertised by ${portal?.serviceProvider.name ?? "this agency"}.`,
    home: `/p/${encodeURIComponent(params.slug ?? "")}`,
  };
  return {
    page,
    search,
    source: sourceOf(request),
    now: new Date().toISOString(),
    board,
    httpStatus: portal === null ? 404 : 200,
  };
}

/** An ad on the national board; an address with another title's words (or none) redirects to the canonical one. */
export async function nationalJobLoader({ request, params, context }: LoaderFunctionArgs): Promise<JobLoaderData> {
  const id = params.jobId ?? "";
  const job = UUID.test(id) ? await apiFor(context).boardJob(id) : null;
  const board = { title: NATIONAL_BOARD.name };
  if (job === null) return { job: null, source: null, board, httpStatus: 404 };
  if (params.jobSlug !== job.slug) {
    const url = new URL(request.url);
    const rest = url.pathname.endsWith("/apply") ? "/apply" : "";
    throw redirect(`${job.path}${rest}${url.search}`, 301);
  }
  return { job, source: sourceOf(request), board, httpStatus: job.open ? 200 : 410 };
}

/** An ad on an agency's board; a closed one answers 410 there too. */
export async function portalJobLoader({ request, params, context }: LoaderFunctionArgs): Promise<JobLoaderData> {
  const id = params.jobId ?? "";
  const api = apiFor(context);
  const [portal, job] = UUID.test(id)
    ? await Promise.all([api.portal(params.slug ?? ""), api.portalJob(params.slug ?? "", id)])
    : [null, null];
  const board = { title: portal?.title ?? "Job board" };
  if (job !== null) return { job, source: sourceOf(request), board, httpStatus: 200 };
  const anywhere = UUID.test(id) ? await api.boardJob(id) : null;
  if (anywhere !== null && !anywhere.open) return { job: anywhere, source: null, board, httpStatus: 410 };
  return { job: null, source: null, board, httpStatus: 404 };
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/**
 * A submit without JavaScript (multipart, the CV in `cv`): the server stores the file and applies
 * in one go, then sends the candidate to the confirmation (303); a refusal shows the form again
 * with what was typed and the server's messages (the file must be chosen again).
 */
export async function applyAction({ request, params, context }: ActionFunctionArgs) {
  const server = serverContext(context);
  if (server === null) throw new Response("Applications are sent by the page itself.", { status: 405 });
  const form = await request.formData();
  const values: ApplyFormValues = {
    name: text(form, "name"),
    email: text(form, "email"),
    phone: text(form, "phone"),
    coverNote: text(form, "coverNote"),
    consent: text(form, "consent") === "yes",
  };
  const file = form.get("cv");
  const cv = file !== null && typeof file !== "string" && file.size > 0 ? file : null;
  const national = params.slug === undefined;
  const boardSlug = national ? NATIONAL_BOARD.slug : (params.slug ?? "");
  const jobId = params.jobId ?? "";
  const fields: Record<string, string> = {};
  if (values.name.trim() === "") fields.name = "Enter your name.";
  if (values.email.trim() === "") fields.email = "Enter your email address.";
  if (cv === null) fields.resumeUploadId = "Attach your CV.";
  if (!values.consent) fields.consent = "Tick the box to agree, so we can send your application.";
  // A browser sends a chosen file once: after a refusal the candidate chooses it again.
  if (cv !== null && Object.keys(fields).length > 0) fields.resumeUploadId = "Choose your CV again before you send the form.";
  const refuse = (refusal: ApplyRefusal) => data<ApplyActionData>({ refused: { values, refusal } }, { status: 400 });
  if (Object.keys(fields).length > 0) return refuse({ message: "Fix the fields marked below.", code: "BAD_USER_INPUT", fields });
  const optional = (v: string) => (v.trim() === "" ? null : v.trim());
  try {
    const receipt = await server.applyWithFile(
      {
        portalSlug: boardSlug,
        jobId,
        name: values.name.trim(),
        email: values.email.trim(),
        phone: optional(values.phone),
        coverNote: optional(values.coverNote),
        consent: values.consent,
        source: optional(text(form, "source")),
      },
      cv,
    );
    const applied = national
      ? `${NATIONAL_BOARD.path}/applied/${encodeURIComponent(receipt.id)}`
      : `/p/${encodeURIComponent(boardSlug)}/applied/${encodeURIComponent(receipt.id)}`;
    return redirect(`${applied}?job=${encodeURIComponent(jobId)}`, 303);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return refuse({ message: error.message, code: error.code, fields: error.fields });
  }
}

export function boardHead(loaded: unknown): Head {
  const d = loaded as BoardLoaderData;
  const s = d.search;
  const searching = s.query !== "" || s.location !== "";
  const what = [s.query, s.location === "" ? "" : `in ${s.location}`].filter((p) => p !== "").join(" ");
  return {
    title: searching ? `${what} jobs · ${d.board.title}` : d.board.title,
    description: d.board.description,
    // Searches and later pages are the board itself to a search engine.
    canonical: d.board.home,
  };
}

export function jobHead(loaded: unknown, apply = false): Head {
  const d = loaded as JobLoaderData;
  const job = d.job;
  if (job === null)
    return {
      title: `Job not found · ${d.board.title}`,
      description: "This job ad does not exist.",
      canonical: null,
      noindex: true,
    };
  if (!job.open)
    return {
      title: `${job.title} (closed) · ${d.board.title}`,
      description: "This job is no longer advertised.",
      canonical: null,
      noindex: true,
    };
  return {
    title: apply ? `Apply: ${job.title} · ${job.employerName}` : `${job.title} · ${job.employerName} · ${d.board.title}`,
    description: summary(`${job.title} at ${job.employerName}, ${job.location.city}. ${job.description}`),
    canonical: job.path,
    type: "article",
    jsonLd: apply ? null : job.jsonLd,
  };
}

export const appliedHead = (): Head => ({
  title: "Application sent",
  description: "Your application has been sent.",
  canonical: null,
  noindex: true,
});
