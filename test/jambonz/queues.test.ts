import { describe, expect, it } from "vitest";
import { ACCOUNT_SID, recorded } from "./client.js";

// Queues: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listQueues", () => {
  it("decodes the live queues with their length", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Accounts/{AccountSid}/Queues", { params: { path: { AccountSid: ACCOUNT_SID } } });
    expect(response.status).toBe(200);
    expectSent(`GET /Accounts/${ACCOUNT_SID}/Queues`);
    expect(data?.every((q) => typeof q.name === "string" && Number.isInteger(q.length))).toBe(true);
  });
});
