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

describe("listRegStatusLog", () => {
  it("lists the log of a date range (open shape)", async () => {
    const { data, response } = await telphin().GET("/client/{client_id}/reg_status_log/", {
      params: {
        path: { client_id: "@me" },
        query: { start_datetime: "2021-01-01 00:00:00", end_datetime: "2021-01-31 23:59:59", order: "desc" },
      },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual([]);
  });
});
