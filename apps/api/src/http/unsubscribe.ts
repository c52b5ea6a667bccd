import type { IncomingMessage, ServerResponse } from "node:http";
import type { Services } from "../services.js";
import { readBody } from "./respond.js";

const UNSUBSCRIBE_PATH = /^\/unsubscribe\/([^/]+)$/;

export function unsubscribeToken(path: string): string | null {
  const match = UNSUBSCRIBE_PATH.exec(path);
  return match === null ? null : decodeURIComponent(match[1]!);
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function page(res: ServerResponse, status: number, title: string, body: string): void {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title></head>
<body><main><h1>${escape(title)}</h1>${body}<p><a href="/account/notifications">Choose what you hear about</a></p></main></body></html>`;
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "content-length": Buffer.byteLength(html),
    "cache-control": "no-store",
  });
  res.end(html);
}

/**
 * /unsubscribe/<token>, the link in every reminder mail (R14): opening it stops that kind of mail
 * for that person (and nothing else), with a button to take it back. POST is List-Unsubscribe's
 * one-click (RFC 8058); POST with `resubscribe=1` takes it back.
 */
export function createUnsubscribeHandler(services: Services) {
  return async function handleUnsubscribe(req: IncomingMessage, res: ServerResponse, token: string): Promise<void> {
    if (req.method !== "GET" && req.method !== "POST") {
      res.writeHead(405, { allow: "GET, POST" });
      return void res.end();
    }
    const form = req.method === "POST" ? new URLSearchParams((await readBody(req, 4096)).toString("utf8")) : null;
    const resubscribe = form?.get("resubscribe") === "1";
    const done = await services.notifications.unsubscribe(token, resubscribe);
    if (done === null)
      return page(
        res,
        404,
        "This link is not valid",
        "<p>Open the link from the mail again, or sign in and change what you hear about.</p>",
      );
    const action = `/unsubscribe/${encodeURIComponent(token)}`;
    if (resubscribe) {
      return page(res, 200, "You are subscribed again", `<p>You will get mail again about: ${escape(done.label)}.</p>`);
    }
    return page(
      res,
      200,
      "You are unsubscribed",
      `<p>You will no longer get mail about: <strong>${escape(done.label)}</strong>. Other mail is not affected, and this still shows in the app.</p>
<form method="post" action="${escape(action)}"><input type="hidden" name="resubscribe" value="1"><button type="submit">Subscribe again</button></form>`,
    );
  };
}
