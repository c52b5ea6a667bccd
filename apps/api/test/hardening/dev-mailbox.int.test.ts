import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSiblingApp, startTestApp, type TestApp } from "../harness.js";
import { GqlClient } from "../gql.js";

/**
 * The mailbox is judged by the socket's address. Tests connect over loopback, so "another
 * machine" is a door in front of the same app that presents every peer as 203.0.113.7.
 */
function fromElsewhere(handle: TestApp["app"]["handle"]): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    Object.defineProperty(req.socket, "remoteAddress", { value: "203.0.113.7", configurable: true });
    handle(req, res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server })),
  );
}

const MAILBOX = `{ devMailbox { subject } }`;
/** A stand-in SPA, so /dev/mailbox has a page to serve. */
const webDist = mkdtempSync(join(tmpdir(), "i13-mailbox-"));
writeFileSync(join(webDist, "index.html"), "<!doctype html><title>App</title>");

let t: TestApp;
let open: Awaited<ReturnType<typeof startSiblingApp>>;
const doors: Server[] = [];
beforeAll(async () => {
  t = await startTestApp({ webDist });
  open = await startSiblingApp(t, { webDist, devMailbox: "everyone" });
});
afterAll(async () => {
  for (const door of doors) door.close();
  await open.close();
  await t.close();
});

async function pageStatus(base: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/dev/mailbox`, { headers });
  await res.arrayBuffer();
  return res.status;
}

describe("the dev mailbox", () => {
  it("answers a request from this machine", async () => {
    expect(await t.client().ok(MAILBOX)).toEqual({ devMailbox: expect.any(Array) });
    expect(await pageStatus(t.url)).toBe(200);
  });

  it("is 404 to another machine, whatever X-Forwarded-For claims", async () => {
    const door = await fromElsewhere(t.app.handle);
    doors.push(door.server);
    const error = await new GqlClient(door.url).fails(MAILBOX);
    expect(error.extensions?.code).toBe("NOT_FOUND");
    expect(await pageStatus(door.url)).toBe(404);
    expect(await pageStatus(door.url, { "x-forwarded-for": "127.0.0.1" })).toBe(404);
    // A loopback socket that a proxy forwarded is not this machine's own request either.
    expect(await pageStatus(t.url, { "x-forwarded-for": "203.0.113.7" })).toBe(404);
  });

  it("with DEV_MAILBOX=true answers every machine", async () => {
    const door = await fromElsewhere(open.handle);
    doors.push(door.server);
    expect(await new GqlClient(door.url).ok(MAILBOX)).toEqual({ devMailbox: expect.any(Array) });
    expect(await pageStatus(door.url)).toBe(200);
  });
});
