import { describe, expect, it } from "vitest";
import { ACCOUNT_SID, recorded } from "./client.js";

// Conferences: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listConferences", () => {
  it("decodes the live conferences as bare names", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Accounts/{AccountSid}/Conferences", { params: { path: { AccountSid: ACCOUNT_SID } } });
    expect(response.status).toBe(200);
    expectSent(`GET /Accounts/${ACCOUNT_SID}/Conferences`);
    expect(data?.every((name) => typeof name === "string")).toBe(true);
  });
});
