import { KazooError, unwrap } from "@callspec/kazoo";
import { describe, expect, it } from "vitest";
import { caught } from "../support/mocks.js";
import { account, kazoo, operations } from "./client.js";

function recording() {
  const sent: URL[] = [];
  const client = kazoo();
  client.use({ onRequest: ({ request }) => void sent.push(new URL(request.url)) });
  return { client, sent };
}

operations({
  searchAccountDocuments: async () => {
    const { client, sent } = recording();
    const { data } = await client.GET("/accounts/{ACCOUNT_ID}/search", {
      params: { ...account, query: { t: "user", q: "name", v: "ada" } },
    });
    expect(sent[0]?.search).toBe("?t=user&q=name&v=ada");
    expect(data?.data[0]?.descendants_count).toBe(2);
  },
  multiSearchAccountDocuments: async () => {
    const { client, sent } = recording();
    const found = await unwrap(
      client.GET("/accounts/{ACCOUNT_ID}/search/multi", {
        params: { ...account, query: { t: "account", by: { by_name: "test", by_realm: "test" } } },
      }),
    );
    // The by_{view} family is form-exploded: one query parameter per view.
    expect(sent[0]?.search).toBe("?t=account&by_name=test&by_realm=test");
    expect(Object.keys(found)).toEqual(["name", "realm"]);
  },
  searchAccounts: async () =>
    expect((await unwrap(kazoo().GET("/search", { params: { query: { t: "account", q: "realm", v: "natalie" } } })))[0]?.realm).toMatch(
      /natalie/,
    ),
  multiSearchAccounts: async () =>
    expect(
      (await unwrap(kazoo().GET("/search/multi", { params: { query: { t: "account", by: { by_name: "test" } } } }))).name?.[0]?.id,
    ).toBe("a391d64a083b99232f6d2633c47432e3"),
});

describe("search validation", () => {
  it("a search without t fails tsc and the mock", async () => {
    const error = await caught(() =>
      // @ts-expect-error t is required.
      kazoo().GET("/search", { params: { query: { q: "name", v: "nat" } } }),
    );
    expect(error).toBeInstanceOf(KazooError);
    expect((error as KazooError).status).toBe(400);
  });
});
