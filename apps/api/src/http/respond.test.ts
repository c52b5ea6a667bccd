import { describe, expect, it } from "vitest";
import { addressBehindProxies } from "./respond.js";

describe("the client address rate limits count by", () => {
  it.each([
    {
      case: "no proxy: the socket, whatever the header says",
      socket: "203.0.113.9",
      header: "1.2.3.4",
      trusted: 0,
      address: "203.0.113.9",
    },
    { case: "one proxy: the hop it appended", socket: "10.0.0.2", header: "198.51.100.7", trusted: 1, address: "198.51.100.7" },
    {
      case: "one proxy: a client's own prefix is not believed",
      socket: "10.0.0.2",
      header: "1.2.3.4, 198.51.100.7",
      trusted: 1,
      address: "198.51.100.7",
    },
    { case: "two proxies", socket: "10.0.0.3", header: "1.2.3.4, 198.51.100.7, 10.0.0.2", trusted: 2, address: "198.51.100.7" },
    {
      case: "repeated headers are joined",
      socket: "10.0.0.2",
      header: ["1.2.3.4", "198.51.100.7"],
      trusted: 1,
      address: "198.51.100.7",
    },
    {
      case: "fewer hops than proxies: the first",
      socket: "10.0.0.2",
      header: "198.51.100.7",
      trusted: 3,
      address: "198.51.100.7",
    },
    { case: "a proxy but no header: the socket", socket: "10.0.0.2", header: undefined, trusted: 1, address: "10.0.0.2" },
  ])("$case", ({ socket, header, trusted, address }) => {
    expect(addressBehindProxies(socket, header, trusted)).toBe(address);
  });
});
