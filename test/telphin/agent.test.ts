import { describe, expect, it } from "vitest";
import { telphin } from "./client.js";

describe("listExtensionAgents", () => {
  it("lists the agents of an extension", async () => {
    const { data } = await telphin().GET("/extension/{extension_id}/agent/", { params: { path: { extension_id: "@101" } } });
    expect(data?.[0]?.status).toBe("available");
  });
});

describe("createExtensionAgent", () => {
  it("answers 201 with the agent", async () => {
    const { data, response } = await telphin().POST("/extension/{extension_id}/agent/", { params: { path: { extension_id: "@101" } }, body: { name: "Petrov", status: "available" } });
    expect(response.status).toBe(201);
    expect(data?.busy_delay_time).toBe(10);
  });
});
