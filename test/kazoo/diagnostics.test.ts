// att_handlers_errors, call_inspector, pivot, websockets and acdc_call_stats: read-only views of what the platform recorded.
import { KazooError, unwrap } from "@callspec/kazoo";
import { describe, expect, it } from "vitest";
import { caught, mockOf } from "../support/mocks.js";
import { ACCOUNT_ID, USER_ID, account, kazoo, operations } from "./client.js";

const ERROR_ID = "201803-461d4a97783105a46deb559e45d12266";
const SIP_CALL_ID = "829597750@10.26.0.158";

operations({
  listAttHandlerErrors: async () => {
    const { data } = await kazoo().GET("/accounts/{ACCOUNT_ID}/att_handlers_errors", { params: { ...account, query: { page_size: 5 } } });
    expect(data?.data[0]?.resp_code).toBe(403);
    expect(typeof data?.start_key).toBe("string");
  },
  getAttHandlerError: async () =>
    expect(
      (await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/att_handlers_errors/{ERROR_ID}", { params: { path: { ACCOUNT_ID, ERROR_ID } } })))
        .handler_id,
    ).toBe("custom-handler-id"),
  listAttHandlerErrorsOfHandler: async () =>
    expect(
      (
        await unwrap(
          kazoo().GET("/accounts/{ACCOUNT_ID}/att_handlers_errors/handler/{HANDLER_ID}", {
            params: { path: { ACCOUNT_ID, HANDLER_ID: "custom-handler-id" } },
          }),
        )
      )[0]?.id,
    ).toBe(ERROR_ID),
  listInspectedCalls: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/call_inspector", { params: account })))[0]).toMatch(/^5b9d1e3c/),
  listUserInspectedCalls: async () =>
    expect(
      await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/users/{USER_ID}/call_inspector", { params: { path: { ACCOUNT_ID, USER_ID } } })),
    ).toHaveLength(1),
  getCallDialogue: async () => {
    const sent: string[] = [];
    const client = kazoo();
    client.use({ onRequest: ({ request }) => void sent.push(new URL(request.url).pathname) });
    const dialogue = await unwrap(
      client.GET("/accounts/{ACCOUNT_ID}/call_inspector/{CALL_ID}", { params: { path: { ACCOUNT_ID, CALL_ID: SIP_CALL_ID } } }),
    );
    // SIP call ids carry `@`: the client percent-encodes it.
    expect(sent[0]).toMatch(/\/call_inspector\/829597750%4010\.26\.0\.158$/);
    expect(dialogue.analysis).toEqual([]);
    expect(dialogue.messages).toHaveLength(1);
  },
  listPivotDebugCalls: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/pivot/debug", { params: account })))[0]?.status_code).toBe("404"),
  getPivotDebugLogs: async () =>
    expect(
      (await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/pivot/debug/{UUID}", { params: { path: { ACCOUNT_ID, UUID: SIP_CALL_ID } } })))[0]
        ?.method,
    ).toBe("get"),
  listWebsocketBindings: async () => expect((await unwrap(kazoo().GET("/websockets", {}))).call).toContain("call.CHANNEL_CREATE.{CALL_ID}"),
  listWebsockets: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/websockets", { params: account })))[0]?.source).toBe("203.0.113.7"),
  getWebsocket: async () =>
    expect(
      (
        await unwrap(
          kazoo().GET("/accounts/{ACCOUNT_ID}/websockets/{SOCKET_ID}", {
            params: { path: { ACCOUNT_ID, SOCKET_ID: "d9a4e5b0-3c1f-4a2e-8b7d-6f5e4d3c2b1a" } },
          }),
        )
      ).bindings,
    ).toEqual(["object.doc_created.user"]),
  listAcdcCallStats: async () => {
    const { data } = await kazoo().GET("/accounts/{ACCOUNT_ID}/acdc_call_stats", {
      params: { ...account, query: { created_from: 63862000000 } },
    });
    if (typeof data !== "object") throw new Error("expected the JSON envelope");
    expect(data.data[0]?.talk_time).toBe(95);
  },
});

describe("diagnostics: CSV, open routes and validation", () => {
  it("acdc_call_stats with Accept: text/csv decodes as text", async () => {
    const { data } = await kazoo().GET("/accounts/{ACCOUNT_ID}/acdc_call_stats", {
      params: account,
      headers: { Accept: "text/csv" },
      parseAs: "text",
    });
    expect(String(data)).toMatch(/^call_id,queue_id,status\n/);
  });
  it("GET /websockets needs no token", async () => expect((await fetch(`${mockOf("kazoo").url}/websockets`)).status).toBe(200));
  it("an attachment error id without its month prefix is refused by the mock", async () => {
    const error = await caught(() =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/att_handlers_errors/{ERROR_ID}", {
        params: { path: { ACCOUNT_ID, ERROR_ID: "461d4a97783105a46deb559e45d12266" } },
      }),
    );
    expect(error).toBeInstanceOf(KazooError);
    expect((error as KazooError).status).toBe(400);
  });
  it("a non-integer created_from fails tsc and the mock", async () => {
    const error = await caught(() =>
      // @ts-expect-error created_from is Gregorian seconds.
      kazoo().GET("/accounts/{ACCOUNT_ID}/call_inspector", { params: { ...account, query: { created_from: "yesterday" } } }),
    );
    expect((error as KazooError).status).toBe(400);
  });
});
