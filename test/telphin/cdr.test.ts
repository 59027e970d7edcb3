import { describe, expect, it } from "vitest";
import { telphin } from "./client.js";

describe("listExtensionCdr", () => {
  it("lists the legs of an extension addressed by its short name", async () => {
    const { data } = await telphin().GET("/extension/{extension_id}/cdr/", {
      params: { path: { extension_id: "@101" }, query: { start_datetime: "2021-01-01 00:00:00", order: "asc" } },
    });
    expect(data?.[0]?.application).toBe("callback");
    expect(data?.[0]?.init_time_gmt).toBe("2021-01-01 16:29:38.76");
  });
});

describe("getExtensionCdrStats", () => {
  it("answers the open-shape statistics of an extension", async () => {
    const { data, response } = await telphin().GET("/extension/{extension_id}/cdr/stats/", { params: { path: { extension_id: "@101" } } });
    expect(response.status).toBe(200);
    expect(data).toEqual({});
  });
});
