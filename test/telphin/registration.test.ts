import { describe, expect, it } from "vitest";
import { telphin } from "./client.js";

describe("listRegistrations", () => {
  it("lists registrations of the extensions named", async () => {
    const { data } = await telphin().GET("/extension/registration/", { params: { query: { extension_id: [469100, 469101] } } });
    expect(data?.[0]?.registered).toBe(true);
    expect(data?.[0]?.registrations?.[0]?.device).toBe("Yealink SIP-T21P");
  });
});

describe("getExtensionRegistration", () => {
  it("reads one extension's registration", async () => {
    const { data } = await telphin().GET("/extension/{extension_id}/registration/", { params: { path: { extension_id: "@me" } } });
    expect(data?.extension_id).toBe(469100);
  });
});

describe("listAliveExtensions", () => {
  it("lists the reachable ones", async () => {
    const { data } = await telphin().GET("/extension/alive/", { params: { query: { extension_id: [469100] } } });
    expect(data).toEqual([{ extension_id: 469100 }]);
  });
});
