import { KazooError, unwrap } from "@callspec/kazoo";
import { describe, expect, it } from "vitest";
import { caught, mockOf } from "../support/mocks.js";
import { ACCOUNT_ID, account, kazoo, operations } from "./client.js";

const FUNCTION_ID = "c4ad0c4e5f0a4cd08e3ee9c5b1e1a2f3";
const fn = { path: { ACCOUNT_ID, FUNCTION_ID } };
const JS = "return {'module':'tts', 'data':{'text':'Thanks for calling ' + call['To']}};";

operations({
  listFunctions: async () => {
    const { data } = await kazoo().GET("/accounts/{ACCOUNT_ID}/functions", {
      params: { ...account, query: { filters: { filter_enabled: "true" } } },
    });
    expect(data?.data[0]?.enabled).toBe(true);
  },
  createFunction: async () => {
    const created = await unwrap(
      kazoo().PUT("/accounts/{ACCOUNT_ID}/functions", { params: account, body: { data: { name: "say hi", function_js: JS } } }),
    );
    expect(created.id).toBe(FUNCTION_ID);
    expect(created.language_pack).toBe("javascript");
  },
  getFunction: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/functions/{FUNCTION_ID}", { params: fn }))).function_js).toBe(JS),
  replaceFunction: async () =>
    expect(
      (
        await unwrap(
          kazoo().POST("/accounts/{ACCOUNT_ID}/functions/{FUNCTION_ID}", {
            params: fn,
            body: { data: { name: "say hi", function_js: JS, enabled: false } },
          }),
        )
      ).name,
    ).toBe("say hi"),
  patchFunction: async () =>
    expect(
      (await unwrap(kazoo().PATCH("/accounts/{ACCOUNT_ID}/functions/{FUNCTION_ID}", { params: fn, body: { data: { enabled: true } } })))
        .enabled,
    ).toBe(true),
  deleteFunction: async () =>
    expect((await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/functions/{FUNCTION_ID}", { params: fn }))).id).toBe(FUNCTION_ID),
  listAccountFunctionSamples: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/functions/samples", { params: account })))[0]?.["Caller-ID-Number"]).toBe(
      "+14155550100",
    ),
  listAvailableFunctions: async () => expect((await unwrap(kazoo().GET("/functions", {})))[0]?.name).toBe("say hi"),
  listFunctionSamples: async () => expect(await unwrap(kazoo().GET("/functions/samples", {}))).toHaveLength(1),
});

describe("functions: open routes and validation", () => {
  it("GET /functions/samples needs no token; the listings need one", async () => {
    const base = mockOf("kazoo").url;
    expect((await fetch(`${base}/functions/samples`)).status).toBe(200);
    expect((await fetch(`${base}/functions`)).status).toBe(401);
    expect((await fetch(`${base}/accounts/${ACCOUNT_ID}/functions`)).status).toBe(401);
  });
  it("a function without function_js fails tsc and the mock", async () => {
    const error = await caught(() =>
      // @ts-expect-error function_js is required.
      kazoo().PUT("/accounts/{ACCOUNT_ID}/functions", { params: account, body: { data: { name: "say hi" } } }),
    );
    expect(error).toBeInstanceOf(KazooError);
    expect((error as KazooError).status).toBe(400);
  });
});
