import { KazooError, unwrap } from "@callspec/kazoo";
import { describe, expect, it } from "vitest";
import { caught } from "../support/mocks.js";
import { kazoo, operations } from "./client.js";

const RATE_ID = "561d9c4c75950235d5565d138752452c";
const rate = { path: { RATE_ID } };

/** A client that records what it sends, to check the path and query it built. */
function recording() {
  const sent: Request[] = [];
  const client = kazoo();
  client.use({ onRequest: ({ request }) => void sent.push(request.clone()) });
  return { client, sent };
}

operations({
  listRates: async () => {
    const { client, sent } = recording();
    const { data, response } = await client.GET("/rates", { params: { query: { prefix: "1256", ratedeck_id: "custom", page_size: 1 } } });
    expect(response.status).toBe(200);
    // The operation also answers CSV; without Accept: text/csv the answer is the JSON envelope.
    if (typeof data !== "object") throw new Error("expected the JSON envelope");
    const url = new URL(sent[0]!.url);
    expect(url.pathname).toMatch(/\/rates$/);
    expect(url.searchParams.get("prefix")).toBe("1256");
    expect(url.searchParams.get("ratedeck_id")).toBe("custom");
    expect(data?.page_size).toBe(1);
    expect(data?.data[0]).toMatchObject({ id: RATE_ID, cost: 0.1 });
  },
  createRate: async () => {
    const created = await unwrap(
      kazoo().PUT("/rates", { body: { data: { prefix: 1, iso_country_code: "US", description: "Default US Rate", rate_cost: 0.1 } } }),
    );
    expect(created.id).toBe(RATE_ID);
    expect(created.routes).toEqual(["^\\+?1.+$"]);
    expect(created.rate_increment).toBe(60);
  },
  getRate: async () => expect((await unwrap(kazoo().GET("/rates/{RATE_ID}", { params: rate }))).rate_cost).toBe(0.1),
  replaceRate: async () => {
    const stored = await unwrap(
      kazoo().POST("/rates/{RATE_ID}", {
        params: { ...rate, query: { ratedeck_id: "custom" } },
        body: { data: { prefix: "1", rate_cost: 0.1, description: "Default North America Rate", routes: ["^\\+?1.+$"] } },
      }),
    );
    expect(stored.prefix).toBe(1);
  },
  patchRate: async () =>
    expect(
      (await unwrap(kazoo().PATCH("/rates/{RATE_ID}", { params: rate, body: { data: { description: "Default North America Rate" } } })))
        .description,
    ).toBe("Default North America Rate"),
  deleteRate: async () => expect((await unwrap(kazoo().DELETE("/rates/{RATE_ID}", { params: rate }))).id).toBe(RATE_ID),
  listRatedecks: async () => {
    const decks = await unwrap(kazoo().GET("/rates/ratedecks", {}));
    expect(decks.default_ratedeck).toBe("ratedeck");
    expect(decks.ratedecks).toContain("custom");
  },
  rateNumber: async () => {
    const { client, sent } = recording();
    const result = await unwrap(
      client.GET("/rates/number/{PHONE_NUMBER}", { params: { path: { PHONE_NUMBER: "+14155550100" }, query: { direction: "outbound" } } }),
    );
    // The E.164 number goes percent-encoded in the path.
    expect(new URL(sent[0]!.url).pathname).toMatch(/\/rates\/number\/%2B14155550100$/);
    expect(result["Base-Cost"]).toBe(0.1);
    expect(result["E164-Number"]).toBe("+14155550100");
  },
});

describe("rates as CSV", () => {
  it("getRate with Accept: text/csv answers a one-row CSV", async () => {
    const { data, response } = await kazoo().GET("/rates/{RATE_ID}", { params: rate, headers: { Accept: "text/csv" }, parseAs: "text" });
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(String(data).trim().split("\n")).toHaveLength(2);
  });
  it("listRates with Accept: text/csv decodes the page as text", async () => {
    const { data, response } = await kazoo().GET("/rates", { headers: { Accept: "text/csv" }, parseAs: "text" });
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(typeof data).toBe("string");
    expect(String(data).split("\n")[0]).toBe("id,name,cost,prefix,description,surcharge");
  });
});

describe("rate validation", () => {
  it("a rate without rate_cost fails tsc and the mock refuses it with a typed 400", async () => {
    const error = await caught(() =>
      // @ts-expect-error rate_cost is required by the rates schema.
      kazoo().PUT("/rates", { body: { data: { prefix: 1 } } }),
    );
    expect(error).toBeInstanceOf(KazooError);
    expect((error as KazooError).status).toBe(400);
  });
  it("a direction outside inbound|outbound fails tsc and the mock", async () => {
    const error = await caught(() =>
      kazoo().GET("/rates/number/{PHONE_NUMBER}", {
        // @ts-expect-error direction is inbound or outbound.
        params: { path: { PHONE_NUMBER: "+14155550100" }, query: { direction: "sideways" } },
      }),
    );
    expect((error as KazooError).status).toBe(400);
  });
});
