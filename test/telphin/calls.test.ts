import { describe, expect, it } from "vitest";
import { CALL_UUID, telphin } from "./client.js";

describe("listCalls", () => {
  it("answers calls without their legs", async () => {
    const { data } = await telphin().GET("/client/{client_id}/calls/", { params: { path: { client_id: "@me" }, query: { per_page: 20 } } });
    expect(data?.calls[0]?.call_uuid).toBe(CALL_UUID);
    expect(data?.calls[0]).not.toHaveProperty("cdr");
  });
});
