import { describe, expect, it } from "vitest";
import { recorded } from "./client.js";

// Availability: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("checkAvailability", () => {
  it("serialises type and value into the query and decodes a boolean", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Availability", { params: { query: { type: "subdomain", value: "acme" } } });
    expect(response.status).toBe(200);
    expectSent("GET /Availability?type=subdomain&value=acme");
    expect(typeof data?.available).toBe("boolean");
  });
});
