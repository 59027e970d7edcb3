import { describe, expect, it } from "vitest";
import { telphin } from "./client.js";

describe("listCallProperties", () => {
  it("lists the properties by mnemonic", async () => {
    const { data } = await telphin().GET("/extension/call_property/");
    expect(data?.[0]?.mnemo).toBe("record");
  });
});
