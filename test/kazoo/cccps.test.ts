import { KazooError, unwrap } from "@callspec/kazoo";
import { describe, expect, it } from "vitest";
import { caught } from "../support/mocks.js";
import { ACCOUNT_ID, USER_ID, account, kazoo, operations } from "./client.js";

const CCCP_ID = "0e5ce8f1b1d24f8fa5cbbdc3a8f1e2d4";
const entry = { path: { ACCOUNT_ID, CCCP_ID } };

operations({
  listCccps: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/cccps", { params: account })))[0]?.cid).toBe("+14155550100"),
  createCccp: async () => {
    const created = await unwrap(
      kazoo().PUT("/accounts/{ACCOUNT_ID}/cccps", {
        params: account,
        body: { data: { cid: "+14155550100", active: true, user_id: USER_ID } },
      }),
    );
    expect(created.id).toBe(CCCP_ID);
    expect(created.retain_cid).toBe(true);
  },
  getCccp: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/cccps/{CCCP_ID}", { params: entry }))).user_id).toBe(USER_ID),
  replaceCccp: async () =>
    expect(
      (
        await unwrap(
          kazoo().POST("/accounts/{ACCOUNT_ID}/cccps/{CCCP_ID}", { params: entry, body: { data: { cid: "+14155550100", active: false } } }),
        )
      ).active,
    ).toBe(false),
  requestCccpAutodial: async () => {
    const sent: string[] = [];
    const client = kazoo();
    client.use({ onRequest: ({ request }) => void sent.push(`${request.method} ${new URL(request.url).pathname}`) });
    const { response, data } = await client.PUT("/accounts/{ACCOUNT_ID}/cccps/{CCCP_ID}", {
      params: { path: { ACCOUNT_ID, CCCP_ID: "autodial" } },
      body: { data: { number: "+14155550199" } },
    });
    expect(response.status).toBe(201);
    expect(sent[0]).toMatch(/^PUT .*\/cccps\/autodial$/);
    expect(data?.status).toBe("success");
  },
  deleteCccp: async () =>
    expect((await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/cccps/{CCCP_ID}", { params: entry }))).id).toBe(CCCP_ID),
});

describe("cccp validation", () => {
  it("an id that is neither 32 hex nor autodial is refused by the mock", async () => {
    const error = await caught(() =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/cccps/{CCCP_ID}", { params: { path: { ACCOUNT_ID, CCCP_ID: "callback" } } }),
    );
    expect((error as KazooError).status).toBe(400);
  });
  it("a non-boolean active fails tsc and the mock", async () => {
    const error = await caught(() =>
      // @ts-expect-error active is a boolean.
      kazoo().PUT("/accounts/{ACCOUNT_ID}/cccps", { params: account, body: { data: { pin: "1234", active: "yes" } } }),
    );
    expect(error).toBeInstanceOf(KazooError);
    expect((error as KazooError).status).toBe(400);
  });
});
