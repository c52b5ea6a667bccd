import type { IncomingMessage } from "node:http";
import { parseCookie, stringifySetCookie } from "cookie";
import { SESSION_COOKIE } from "../context.js";

export interface Credentials {
  sessionSecret: string | null;
  bearerToken: string | null;
}

/**
 * The one place a request's credentials are read: a Bearer token, or the session cookie. The
 * `cookie` package skips what it cannot decode (a sibling site's `other=100%` changes nothing),
 * so a stray cookie never turns a request into a 500.
 */
export function readCredentials(req: IncomingMessage): Credentials {
  const auth = req.headers.authorization ?? "";
  const bearerToken = auth.toLowerCase().startsWith("bearer ") ? auth.slice(7).trim() : null;
  const header = req.headers.cookie;
  const sessionSecret = header === undefined ? null : (parseCookie(header)[SESSION_COOKIE] ?? null);
  return { bearerToken, sessionSecret: sessionSecret === "" ? null : sessionSecret };
}

/** Set-Cookie for a session just started; Secure whenever the product is served over https. */
export function sessionCookie(name: string, secret: string, maxAgeSeconds: number, secure: boolean): string {
  return stringifySetCookie({ name, value: secret, path: "/", httpOnly: true, sameSite: "lax", maxAge: maxAgeSeconds, secure });
}

/** Set-Cookie that removes the cookie, with the attributes it was set with (so Secure under https too). */
export function clearedCookie(name: string, secure: boolean): string {
  return stringifySetCookie({ name, value: "", path: "/", httpOnly: true, sameSite: "lax", maxAge: 0, secure });
}
