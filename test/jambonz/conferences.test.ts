import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Conferences: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listConferences", () => {
  it("List active conferences", async () => {
    const { data, response } = await jambonz().GET("/Accounts/{AccountSid}/Conferences", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual(["team-standup", "support-bridge"]);
  });
});
