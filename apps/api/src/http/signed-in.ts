import type { IncomingMessage } from "node:http";
import type { Viewer } from "../auth/viewer.js";
import type { Services } from "../services.js";
import { readCredentials } from "./credentials.js";

/** The viewer of a plain HTTP download: session cookie or Bearer token, as /graphql takes them. */
export function downloadViewer(services: Services, req: IncomingMessage): Promise<Viewer | null> {
  const { sessionSecret, bearerToken } = readCredentials(req);
  return services.identity.principal({ sessionSecret, bearerToken });
}
