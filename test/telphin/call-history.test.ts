import { describe, expect, it } from "vitest";
import { CALL_UUID, telphin } from "./client.js";

describe("listCallHistory", () => {
  it("answers the {page, per_page, order, call_history} envelope", async () => {
    const { data } = await telphin().GET("/client/{client_id}/call_history/", {
      params: {
        path: { client_id: "@me" },
        query: {
          start_datetime: "2021-01-01 00:00:00",
          end_datetime: "2021-01-31 23:59:59",
          flow: "out",
          per_page: 20,
          page: 1,
          order: "desc",
        },
      },
    });
    expect(data?.order).toBe("desc");
    expect(data?.call_history[0]?.call_uuid).toBe(CALL_UUID);
    expect(data?.call_history[0]?.cdr[0]?.record_uuid).toBe("469100-5D36E5557F1845FEB577EDE8A19C5108");
  });
});

describe("getCallHistory", () => {
  it("reads one call with its legs", async () => {
    const { data } = await telphin().GET("/client/{client_id}/call_history/{call_uuid}", {
      params: { path: { client_id: "@me", call_uuid: CALL_UUID } },
    });
    expect(data?.result).toBe("bridged");
    expect(data?.cdr).toHaveLength(1);
    expect(data?.init_time_gmt).toBe("2021-01-01 16:29:38");
  });
});
