import { describe, expect, it } from "vitest";
import { companyDetailsProblems, contactProblems, portalPasswordProblems } from "./contacts.js";

describe("contactProblems", () => {
  it.each([
    [{ name: "Ana Lee", email: "ana@cafe.com.au" }, []],
    [{ name: "Ana Lee", email: "ana@cafe.com.au", phone: "0400 000 000" }, []],
    [{ name: " ", email: "ana@cafe.com.au" }, ["name"]],
    [{ name: "x".repeat(201), email: "ana@cafe.com.au" }, ["name"]],
    [{ name: "Ana", email: "not-an-email" }, ["email"]],
    [{ name: "Ana", email: "ana@cafe.com.au", phone: "1".repeat(41) }, ["phone"]],
    [{ name: "", email: "", phone: null }, ["email", "name"]],
  ])("%j → %j", (input, fields) => {
    expect(Object.keys(contactProblems(input)).sort()).toEqual(fields);
  });
});

describe("portalPasswordProblems", () => {
  it.each([
    ["short", ["password"]],
    ["long-enough-1", []],
    ["x".repeat(201), ["password"]],
  ])("%s → %j", (password, fields) => {
    expect(Object.keys(portalPasswordProblems(password))).toEqual(fields);
  });
});

describe("companyDetailsProblems", () => {
  it.each([
    [{ name: "Coastal Cafe" }, []],
    [
      {
        name: "Coastal Cafe",
        phone: "02 9999 0000",
        website: "https://coastal.example.com",
        address: "1 Beach Rd, Manly NSW 2095",
      },
      [],
    ],
    [{ name: "Coastal Cafe", website: "" }, []],
    [{ name: "", website: "coastal.example.com" }, ["name", "website"]],
    [{ name: "Cafe", website: "javascript:alert(1)" }, ["website"]],
    [{ name: "Cafe", website: "http://localhost" }, ["website"]],
    [{ name: "Cafe", address: "a".repeat(501), phone: "1".repeat(41) }, ["address", "phone"]],
  ])("%j → %j", (input, fields) => {
    expect(Object.keys(companyDetailsProblems(input)).sort()).toEqual(fields);
  });
});
