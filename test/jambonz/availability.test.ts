import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Availability: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("checkAvailability", () => {
  it("Check whether a name is free", async () => {
    const { data, response } = await jambonz().GET("/Availability", { params: { query: { type: "subdomain", value: "acme" } } });
    expect(response.status).toBe(200);
    expect(data).toEqual({ available: true });
  });
});
