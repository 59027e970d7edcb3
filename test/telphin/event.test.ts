import { describe, expect, it } from "vitest";
import { telphin } from "./client.js";

const ext = { extension_id: "@1844*101" };

describe("listExtensionEvents", () => {
  it("lists an extension's subscriptions", async () => {
    const { data } = await telphin().GET("/extension/{extension_id}/event/", { params: { path: ext } });
    expect(data?.[0]?.event_type).toBe("dial-in");
  });
});

describe("createExtensionEvent", () => {
  it("subscribes and answers 201 with the subscription", async () => {
    const { data, response } = await telphin().POST("/extension/{extension_id}/event/", {
      params: { path: ext },
      body: { url: "https://myshost.org/calls", method: "POST", event_type: "hangup" },
    });
    expect(response.status).toBe(201);
    expect(data?.id).toBe(12);
  });
});

describe("deleteExtensionEvents", () => {
  it("deletes every subscription of the extension", async () => {
    const { response } = await telphin().DELETE("/extension/{extension_id}/event/", { params: { path: ext } });
    expect(response.status).toBe(204);
  });
});

describe("getExtensionEvent", () => {
  it("reads one subscription", async () => {
    const { data } = await telphin().GET("/extension/{extension_id}/event/{event_id}", { params: { path: { ...ext, event_id: 12 } } });
    expect(data?.method).toBe("POST");
  });
});

describe("updateExtensionEvent", () => {
  it("changes a subscription's URL", async () => {
    const { data, response } = await telphin().PUT("/extension/{extension_id}/event/{event_id}", {
      params: { path: { ...ext, event_id: 12 } },
      body: { url: "https://myshost.org/calls/v2" },
    });
    expect(response.status).toBe(200);
    expect(data?.url).toBe("https://myshost.org/calls");
  });
});

describe("deleteExtensionEvent", () => {
  it("answers 204", async () => {
    const { response } = await telphin().DELETE("/extension/{extension_id}/event/{event_id}", {
      params: { path: { ...ext, event_id: 12 } },
    });
    expect(response.status).toBe(204);
  });
});
