import type { IncomingMessage, ServerResponse } from "node:http";

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

export async function readBody(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > limitBytes) throw new BodyTooLargeError(limitBytes);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

export class BodyTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`Request body over ${limitBytes} bytes`);
  }
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/**
 * A request from a process on this machine that no reverse proxy forwarded, judged by the socket
 * (headers can be written by anyone). With TRUSTED_PROXIES set, a proxy on this machine forwards
 * the public, so nothing counts as local.
 */
export function isFromThisMachine(req: IncomingMessage, trustedProxies: number): boolean {
  return (
    trustedProxies === 0 &&
    req.headers["x-forwarded-for"] === undefined &&
    req.headers.forwarded === undefined &&
    LOOPBACK.has(req.socket.remoteAddress ?? "")
  );
}

/**
 * The address rate limits count by. Behind `trustedProxies` reverse proxies, each appended the
 * address it saw to X-Forwarded-For, so the client is that many hops back from the socket; anything
 * further left was written by the client and is not believed.
 */
export function clientAddress(req: IncomingMessage, trustedProxies = 0): string {
  return addressBehindProxies(req.socket.remoteAddress ?? "unknown", req.headers["x-forwarded-for"], trustedProxies);
}

export function addressBehindProxies(
  socketAddress: string,
  forwardedFor: string | string[] | undefined,
  trustedProxies: number,
): string {
  if (trustedProxies === 0) return socketAddress;
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((hop) => hop.trim())
    .filter((hop) => hop !== "");
  const hops = [...forwarded, socketAddress];
  return hops[Math.max(0, hops.length - 1 - trustedProxies)]!;
}
