import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Calls: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("getCallCount", () => {
  it("Count live calls of an account", async () => {
    const { data, response } = await jambonz().GET("/Accounts/{AccountSid}/CallCount", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({ inbound: 3, outbound: 1 });
  });
});
