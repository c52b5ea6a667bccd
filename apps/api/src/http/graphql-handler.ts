import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import { GraphQLError } from "graphql";
import { DomainError } from "@app/domain";
import { createLoaders, type Context, type CookieJar } from "../context.js";
import type { Services } from "../services.js";
import { BodyTooLargeError, clientAddress, isFromThisMachine, readBody, sendJson } from "./respond.js";
import { clearedCookie, readCredentials, sessionCookie } from "./credentials.js";

const MAX_BODY_BYTES = 1_000_000;

/** POST/GET /graphql on Node's own http server: Apollo does the GraphQL, we do cookies and the viewer. */
export function createGraphqlHandler(
  apollo: ApolloServer<Context>,
  services: Services,
  options: { secureCookies: boolean; trustedProxies: number },
) {
  return async function handleGraphql(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
    const search = (req.url ?? "").split("?")[1] ?? "";
    if (req.method === "GET" && search === "" && (req.headers.accept ?? "").includes("text/html")) {
      // A browser opening the endpoint gets the playground (Apollo's own page would load from a CDN).
      res.writeHead(302, { location: "/playground" });
      res.end();
      return;
    }
    let body: unknown = undefined;
    if (req.method === "POST") {
      let raw: Buffer;
      try {
        raw = await readBody(req, MAX_BODY_BYTES);
      } catch (e) {
        if (e instanceof BodyTooLargeError) return sendJson(res, 413, { errors: [{ message: "Request too large." }] });
        throw e;
      }
      const text = raw.toString("utf8");
      if ((req.headers["content-type"] ?? "").includes("application/json") && text !== "") {
        try {
          body = JSON.parse(text);
        } catch {
          return sendJson(res, 400, {
            errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }],
          });
        }
      } else {
        body = text;
      }
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    const setCookies: string[] = [];
    const secure = options.secureCookies;
    const cookies: CookieJar = {
      set: (name, value, maxAge) => setCookies.push(sessionCookie(name, value, maxAge, secure)),
      clear: (name) => setCookies.push(clearedCookie(name, secure)),
    };

    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? "GET", headers, search, body },
      context: async (): Promise<Context> => {
        const { sessionSecret, bearerToken } = readCredentials(req);
        const address = clientAddress(req, options.trustedProxies);
        const userAgent = String(req.headers["user-agent"] ?? "");
        let viewer: Context["viewer"];
        try {
          // The session list shows the browser and address a session was last used from.
          viewer = await services.identity.principal(
            { sessionSecret, bearerToken },
            { userAgent: userAgent.slice(0, 500), address },
          );
        } catch (e) {
          // A bad token is answered as a GraphQL error with the contract's code, like every other failure.
          if (!(e instanceof DomainError)) throw e;
          throw new GraphQLError(e.message, { extensions: { code: e.code, http: { status: 401 } } });
        }
        return {
          viewer,
          services,
          loaders: createLoaders(services),
          requestId,
          clientAddress: address,
          fromThisMachine: isFromThisMachine(req, options.trustedProxies),
          userAgent,
          cookies,
        };
      },
    });

    for (const [name, value] of result.headers) res.setHeader(name, value);
    if (setCookies.length > 0) res.setHeader("set-cookie", setCookies);
    res.setHeader("cache-control", "no-store");
    res.statusCode = result.status ?? 200;
    if (result.body.kind === "complete") {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
