import { KazooError, unwrap } from "@callspec/kazoo";
import { describe, expect, it } from "vitest";
import { caught } from "../support/mocks.js";
import { ACCOUNT_ID, account, kazoo, operations } from "./client.js";

const THING = "2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c0b";
const skel = { path: { ACCOUNT_ID, THING } };
const jane = { name: "Jane", email: "jane@example.com", stuff: ["stuff2"], age: 28, city: "San Francisco", zipcode: 94109 };

operations({
  listSkels: async () => {
    const { data } = await kazoo().GET("/accounts/{ACCOUNT_ID}/skels", { params: { ...account, query: { paginate: false } } });
    expect(data?.data[0]?.id).toBe(THING);
  },
  createSkel: async () =>
    expect((await unwrap(kazoo().PUT("/accounts/{ACCOUNT_ID}/skels", { params: account, body: { data: jane } }))).id).toBe(THING),
  getSkel: async () => expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/skels/{THING}", { params: skel }))).name).toBe("Jane"),
  replaceSkel: async () =>
    expect(
      (await unwrap(kazoo().POST("/accounts/{ACCOUNT_ID}/skels/{THING}", { params: skel, body: { data: { ...jane, age: 29 } } }))).id,
    ).toBe(THING),
  patchSkel: async () =>
    expect((await unwrap(kazoo().PATCH("/accounts/{ACCOUNT_ID}/skels/{THING}", { params: skel, body: { data: { age: 29 } } }))).age).toBe(
      29,
    ),
  deleteSkel: async () => expect((await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/skels/{THING}", { params: skel }))).id).toBe(THING),
});

describe("skel validation", () => {
  it("a body without the data envelope fails tsc and the mock", async () => {
    const error = await caught(() =>
      // @ts-expect-error the document goes inside data.
      kazoo().PUT("/accounts/{ACCOUNT_ID}/skels", { params: account, body: jane }),
    );
    expect(error).toBeInstanceOf(KazooError);
    expect((error as KazooError).status).toBe(400);
  });
});
