import type { IncomingMessage } from "node:http";
import { SESSION_COOKIE } from "../context.js";
import type { Viewer } from "../auth/viewer.js";
import type { Services } from "../services.js";
import { parseCookies } from "./respond.js";

/** The viewer of a plain HTTP download: session cookie or Bearer token, as /graphql takes them. */
export function downloadViewer(services: Services, req: IncomingMessage): Promise<Viewer | null> {
  const auth = req.headers.authorization ?? "";
  const bearerToken = auth.toLowerCase().startsWith("bearer ") ? auth.slice(7).trim() : null;
  const sessionSecret = parseCookies(req.headers.cookie)[SESSION_COOKIE] ?? null;
  return services.identity.principal({ sessionSecret, bearerToken });
}
