import { describe, expect, it } from "vitest";
import { CALL_API_ID, telphin } from "./client.js";

describe("listClientCurrentCalls", () => {
  it("lists the client's calls in progress", async () => {
    const { data } = await telphin().GET("/client/{client_id}/current_calls/", { params: { path: { client_id: "@me" } } });
    expect(data?.[0]?.call_api_id).toBe(CALL_API_ID);
    expect(data?.[0]?.real_call).toBe(true);
  });
});

describe("listExtensionCurrentCalls", () => {
  it("lists one extension's calls in progress", async () => {
    const { data } = await telphin().GET("/extension/{extension_id}/current_calls/", { params: { path: { extension_id: "@me" } } });
    expect(data?.[0]?.call_flow).toBe("in");
  });
});

describe("controlCurrentCall", () => {
  it("transfers a call", async () => {
    const { data, response } = await telphin().PUT("/extension/{extension_id}/current_calls/{call_api_id}", {
      params: { path: { extension_id: "@me", call_api_id: CALL_API_ID } },
      body: { action: "transfer", send_dst: "0003*101" },
    });
    expect(response.status).toBe(200);
    expect(data?.extension_id).toBe(469100);
  });
});

describe("hangupCurrentCall", () => {
  it("answers 204", async () => {
    const { response } = await telphin().DELETE("/extension/{extension_id}/current_calls/{call_api_id}", {
      params: { path: { extension_id: "@me", call_api_id: CALL_API_ID } },
    });
    expect(response.status).toBe(204);
  });
});
