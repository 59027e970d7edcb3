import { describe, expect, it } from "vitest";
import { ACCOUNT_SID, SID, recorded } from "./client.js";

// Messages: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("createMessage", () => {
  it("posts the message and decodes the sid with the carrier's answer", async () => {
    const body = { from: "15085551212", to: "15083334444", text: "Your appointment is confirmed." };
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/Accounts/{AccountSid}/Messages", {
      params: { path: { AccountSid: ACCOUNT_SID } },
      body,
    });
    expect(response.status).toBe(201);
    expectSent(`POST /Accounts/${ACCOUNT_SID}/Messages`, body);
    expect(data?.sid).toMatch(SID);
    expect(data?.providerResponse).toBeTypeOf("string");
  });
});
