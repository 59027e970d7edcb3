import { KazooError, unwrap } from "@callspec/kazoo";
import { describe, expect, it } from "vitest";
import { caught } from "../support/mocks.js";
import { account, kazoo, operations } from "./client.js";

const national = {
  amount: 3600,
  cycle: "monthly" as const,
  increment: 60,
  minimum: 60,
  no_consume_time: 2,
  group_consume: ["outbound_local"],
};

operations({
  getAllotments: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/allotments", { params: account }))).outbound_national?.cycle).toBe("hourly"),
  replaceAllotments: async () =>
    expect(
      (
        await unwrap(
          kazoo().POST("/accounts/{ACCOUNT_ID}/allotments", { params: account, body: { data: { outbound_national: national } } }),
        )
      ).outbound_national?.group_consume,
    ).toEqual(["outbound_local"]),
  getConsumedAllotments: async () => {
    const sent: string[] = [];
    const client = kazoo();
    client.use({ onRequest: ({ request }) => void sent.push(new URL(request.url).search) });
    const consumed = await unwrap(
      client.GET("/accounts/{ACCOUNT_ID}/allotments/consumed", { params: { ...account, query: { created_from: 63605606400 } } }),
    );
    expect(sent[0]).toBe("?created_from=63605606400");
    expect(consumed.outbound_local?.consumed).toBe(120);
  },
});

describe("allotment validation", () => {
  it("a cycle outside the enum fails tsc and the mock", async () => {
    const error = await caught(() =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/allotments", {
        params: account,
        // @ts-expect-error cycle is minutely, hourly, daily, weekly or monthly.
        body: { data: { outbound_national: { ...national, cycle: "yearly" } } },
      }),
    );
    expect(error).toBeInstanceOf(KazooError);
    expect((error as KazooError).status).toBe(400);
  });
});
