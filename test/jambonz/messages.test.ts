import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Messages: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("createMessage", () => {
  it("Send an SMS or MMS", async () => {
    const { data, response } = await jambonz().POST("/Accounts/{AccountSid}/Messages", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691" } },
      body: { from: "15085551212", to: "15083334444", text: "Your appointment is confirmed." },
    });
    expect(response.status).toBe(201);
    expect(data).toEqual({ sid: "2f3e4d5c-6b7a-4899-aabb-ccddeeff0011", providerResponse: "accepted" });
  });
});
