import { describe, expect, it } from "vitest";
import { telphin } from "./client.js";

describe("listCallProperties", () => {
  it("lists the properties by mnemonic", async () => {
    const { data } = await telphin().GET("/extension/call_property/");
    expect(data?.[0]?.mnemo).toBe("record");
  });
});

describe("getCallProperty", () => {
  it("reads one property by its mnemonic", async () => {
    const { data, response } = await telphin().GET("/extension/call_property/{mnemo}", { params: { path: { mnemo: "record" } } });
    expect(response.status).toBe(200);
    expect(data?.mnemo).toBe("record");
  });
});
