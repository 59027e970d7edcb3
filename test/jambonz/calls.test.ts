import { describe, expect, it } from "vitest";
import { ACCOUNT_SID, APPLICATION_SID, CALL_SID, SID, recorded } from "./client.js";

const call = { path: { AccountSid: ACCOUNT_SID, CallSid: CALL_SID } };

describe("listCalls", () => {
  it("lists live calls, filtered by direction", async () => {
    const { client, expectSent } = recorded();
    const { data } = await client.GET("/Accounts/{AccountSid}/Calls", {
      params: { path: { AccountSid: ACCOUNT_SID }, query: { direction: "outbound" } },
    });
    expectSent(`GET /Accounts/${ACCOUNT_SID}/Calls?direction=outbound`);
    expect(data?.[0]?.call_status).toBe("in-progress");
    expect(data?.[0]?.trace_id).toBe("0");
  });
});

describe("createCall", () => {
  it("places a call from an application and gets sid and callId", async () => {
    const body = { application_sid: APPLICATION_SID, from: "15085551212", to: { type: "phone", number: "15083334444" } } as const;
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/Accounts/{AccountSid}/Calls", { params: { path: { AccountSid: ACCOUNT_SID } }, body });
    expect(response.status).toBe(201);
    expectSent(`POST /Accounts/${ACCOUNT_SID}/Calls`, body);
    expect(data?.sid).toMatch(SID);
    // callId is the SIP Call-ID, which is not a sid.
    expect(data?.callId).toBeTypeOf("string");
  });
});

describe("getCall", () => {
  it("returns one call, not an array", async () => {
    const { client, expectSent } = recorded();
    const { data } = await client.GET("/Accounts/{AccountSid}/Calls/{CallSid}", { params: call });
    expectSent(`GET /Accounts/${ACCOUNT_SID}/Calls/${CALL_SID}`);
    expect(data?.call_sid).toBe(CALL_SID);
    expect(data?.direction).toBe("outbound");
  });
});

describe("updateCall", () => {
  it("sends a command with PUT", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.PUT("/Accounts/{AccountSid}/Calls/{CallSid}", { params: call, body: { mute_status: "mute" } });
    expect(response.status).toBe(200);
    expectSent(`PUT /Accounts/${ACCOUNT_SID}/Calls/${CALL_SID}`, { mute_status: "mute" });
    // The feature server's answer to the command, relayed in the body of a 200.
    expect(data).toMatchObject({ status: 200 });
  });
});

describe("updateCallLegacy", () => {
  it("sends the same command with the legacy POST", async () => {
    const { client, expectSent } = recorded();
    const { response } = await client.POST("/Accounts/{AccountSid}/Calls/{CallSid}", { params: call, body: { call_status: "completed" } });
    expect(response.status).toBe(200);
    expectSent(`POST /Accounts/${ACCOUNT_SID}/Calls/${CALL_SID}`, { call_status: "completed" });
  });
});

describe("deleteCall", () => {
  it("hangs up with 204", async () => {
    const { client, expectSent } = recorded();
    const { response } = await client.DELETE("/Accounts/{AccountSid}/Calls/{CallSid}", { params: call });
    expect(response.status).toBe(204);
    expectSent(`DELETE /Accounts/${ACCOUNT_SID}/Calls/${CALL_SID}`);
  });
});
