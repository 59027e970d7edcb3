import { describe, expect, it } from "vitest";
import { gws } from "./client.js";

describe("listQueues", () => {
  it("lists queues with resolved URIs", async () => {
    const { data } = await gws().GET("/queues", { params: { query: { fields: "*", resolveUris: "*" } } });
    expect(data && "queues" in data ? data.queues[0]?.channel : undefined).toBe("voice");
  });
});
