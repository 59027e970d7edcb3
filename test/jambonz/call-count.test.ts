import { describe, expect, it } from "vitest";
import { ACCOUNT_SID, recorded } from "./client.js";

// Calls: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("getCallCount", () => {
  it("decodes live calls counted per direction", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Accounts/{AccountSid}/CallCount", { params: { path: { AccountSid: ACCOUNT_SID } } });
    expect(response.status).toBe(200);
    expectSent(`GET /Accounts/${ACCOUNT_SID}/CallCount`);
    expect(Number.isInteger(data?.inbound) && Number.isInteger(data?.outbound)).toBe(true);
  });
});
