import { describe, expect, it } from "vitest";
import { gws } from "./client.js";

describe("getVersion", () => {
  it("answers the node's version", async () => {
    const { data } = await gws().GET("/diagnostics/version");
    expect(data?.version).toBe("8.5.200.50");
    expect(data?.statusCode).toBe(0);
  });
});
