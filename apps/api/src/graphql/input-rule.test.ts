import { describe, expect, it } from "vitest";
import { graphql, buildSchema as buildSdl } from "graphql";
import { applyInputRule } from "./input-rule.js";

/** The rule on a schema of its own: root fields, fields below the root, inputs and lists. */
const schema = applyInputRule(
  buildSdl(`
    input Place { city: String!, tags: [String!] }
    type Board { jobs(search: String, place: Place): [String!]! }
    type Query { board(slug: String!): Board!, echo(ids: [ID!]!): [ID!]! }
  `),
);
const rootValue = {
  board: () => ({ jobs: ({ search }: { search?: string }) => [search ?? "all"] }),
  echo: ({ ids }: { ids: string[] }) => ids,
};

async function run(source: string) {
  const result = await graphql({ schema, source, rootValue });
  const error = result.errors?.[0];
  return {
    data: result.data,
    code: (error?.originalError as { code?: string } | undefined)?.code,
    fields: (error?.originalError as { fields?: object })?.fields,
  };
}

describe("applyInputRule", () => {
  it.each([
    ['{ board(slug: "a\\u0000") { jobs } }', "slug"],
    ['{ board(slug: "a") { jobs(search: "\\u0000") } }', "search"],
    ['{ board(slug: "a") { jobs(place: { city: "x\\u0000" }) } }', "city"],
    ['{ board(slug: "a") { jobs(place: { city: "x", tags: ["ok", "no\\u0000"] }) } }', "tags.1"],
    ['{ echo(ids: ["1", "2\\u0000"]) }', "ids.1"],
  ])("%s names %s", async (source, field) => {
    const r = await run(source);
    expect(r.code).toBe("BAD_USER_INPUT");
    expect(r.fields).toHaveProperty([field]);
  });

  it("passes clean arguments through to the resolver", async () => {
    expect((await run('{ board(slug: "a") { jobs(search: "barista ☕") } }')).data).toEqual({ board: { jobs: ["barista ☕"] } });
  });
});
