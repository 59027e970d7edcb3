import { describe, expect, it } from "vitest";
import { telphin } from "./client.js";

describe("listQualityRates", () => {
  it("lists ratings of an extension's calls", async () => {
    const { data } = await telphin().GET("/client/{client_id}/quality_rate/", {
      params: {
        path: { client_id: "@me" },
        query: { start_datetime: "2021-01-01 00:00:00", end_datetime: "2021-01-31 23:59:59", extension_id: 469100 },
      },
    });
    expect(data?.[0]?.rate).toBe(4);
    expect(data?.[0]?.max_rate).toBe(5);
  });
});
