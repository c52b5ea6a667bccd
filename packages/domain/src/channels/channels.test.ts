import { describe, expect, it } from "vitest";
import {
  cdata,
  checkChannel,
  defaultChannels,
  plainTextAsHtml,
  resolveChannels,
  trackedUrl,
  xmlSafe,
  xmlText,
  type ChannelFacts,
} from "./channels.js";

const channels: ChannelFacts[] = [
  { slug: "jobs", nationalReach: true, feedFormat: "board", enabled: true },
  { slug: "google-jobs", nationalReach: true, feedFormat: "google-jobs", enabled: true },
  { slug: "indeed", nationalReach: true, feedFormat: "indeed-xml", enabled: true },
  { slug: "local", nationalReach: false, feedFormat: "indeed-xml", enabled: true },
  { slug: "off", nationalReach: true, feedFormat: "indeed-xml", enabled: false },
];
const slugs = (cs: ChannelFacts[]) => cs.map((c) => c.slug);

describe("defaultChannels", () => {
  it.each([
    ["an LMT ad gets every enabled national channel", true, ["jobs", "google-jobs", "indeed"]],
    ["another ad gets every enabled channel", false, ["jobs", "google-jobs", "indeed", "local"]],
  ])("%s", (_name, lmt, expected) => expect(slugs(defaultChannels(channels, lmt))).toEqual(expected));
});

describe("resolveChannels", () => {
  it.each([
    ["the board and Google always, plus chosen feeds", ["local"], ["jobs", "google-jobs", "local"]],
    ["no feed chosen", [], ["jobs", "google-jobs"]],
    ["a disabled feed is never in", ["off", "indeed"], ["jobs", "google-jobs", "indeed"]],
    ["unknown slugs are ignored", ["nope"], ["jobs", "google-jobs"]],
  ])("%s", (_name, chosen, expected) => expect(slugs(resolveChannels(channels, chosen))).toEqual(expected));
});

describe("feed text", () => {
  it.each([
    ["a CDATA end is split", "a]]>b", "<![CDATA[a]]]]><![CDATA[>b]]>"],
    ["controls are dropped", "a\u0000b\u0007c\u001Fd\tE\n", "<![CDATA[abcd\tE\n]]>"],
    ["a lone surrogate is dropped", "a\uD800b", "<![CDATA[ab]]>"],
    ["a pair is kept", "a😀b", "<![CDATA[a😀b]]>"],
  ])("%s", (_name, text, expected) => expect(cdata(text)).toBe(expected));

  it("escapes markup in element text and HTML descriptions", () => {
    expect(xmlText('<b>R&D</b> "x"')).toBe('&lt;b&gt;R&amp;D&lt;/b&gt; "x"');
    expect(plainTextAsHtml("<script>x</script>\nline 2\n\npara")).toBe(
      "<p>&lt;script&gt;x&lt;/script&gt;<br>line 2</p><p>para</p>",
    );
    expect(xmlSafe("\uFFFEok\uFFFF")).toBe("ok");
  });

  it("makes absolute tracked links", () => {
    expect(trackedUrl("https://ads.example", "/jobs/1/chef", "indeed")).toBe("https://ads.example/jobs/1/chef?source=indeed");
  });
});

describe("checkChannel", () => {
  it.each([
    ["a good channel", { slug: "seek-feed", name: "Seek", feedFormat: "indeed-xml" }, []],
    ["a bad slug", { slug: "Seek Feed", name: "Seek", feedFormat: "indeed-xml" }, ["slug"]],
    ["the portal code", { slug: "portal", name: "Portal", feedFormat: "indeed-xml" }, ["slug"]],
    ["no name, unknown format", { slug: "x", name: " ", feedFormat: "rss" }, ["name", "feedFormat"]],
    ["a bad publisher url", { slug: "x", name: "X", feedFormat: "indeed-xml", publisherUrl: "ftp:x" }, ["publisherUrl"]],
  ])("%s", (_name, input, fields) => expect(Object.keys(checkChannel(input))).toEqual(fields));
});
