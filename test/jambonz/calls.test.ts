import { describe, expect, it } from "vitest";
import { ACCOUNT_SID, CALL_SID, jambonz } from "./client.js";

const call = { path: { AccountSid: ACCOUNT_SID, CallSid: CALL_SID } };

describe("listCalls", () => {
  it("lists live calls, filtered by direction", async () => {
    const { data } = await jambonz().GET("/Accounts/{AccountSid}/Calls", {
      params: { path: { AccountSid: ACCOUNT_SID }, query: { direction: "outbound" } },
    });
    expect(data?.[0]?.call_status).toBe("in-progress");
    expect(data?.[0]?.trace_id).toBe("0");
  });
});

describe("createCall", () => {
  it("places a call from an application and gets sid and callId", async () => {
    const { data, response } = await jambonz().POST("/Accounts/{AccountSid}/Calls", {
      params: { path: { AccountSid: ACCOUNT_SID } },
      body: { application_sid: "cd5b962b-7003-47fd-8997-3aac02f8b07b", from: "15085551212", to: { type: "phone", number: "15083334444" } },
    });
    expect(response.status).toBe(201);
    expect(data?.sid).toBe("191a28c1-c023-49f1-ae0a-5de7ac5473c3");
    expect(data?.callId).toBe("3982b7b1-89ec-4221-9ac9-916e58822ad9");
  });
});

describe("getCall", () => {
  it("returns one call, not an array", async () => {
    const { data } = await jambonz().GET("/Accounts/{AccountSid}/Calls/{CallSid}", { params: call });
    expect(data?.call_sid).toBe(CALL_SID);
    expect(data?.direction).toBe("outbound");
  });
});

describe("updateCall", () => {
  it("sends a command with PUT", async () => {
    const { data, response } = await jambonz().PUT("/Accounts/{AccountSid}/Calls/{CallSid}", {
      params: call,
      body: { mute_status: "mute" },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({ status: 200, reason: "OK" });
  });
});

describe("updateCallLegacy", () => {
  it("sends the same command with the legacy POST", async () => {
    const { response } = await jambonz().POST("/Accounts/{AccountSid}/Calls/{CallSid}", {
      params: call,
      body: { call_status: "completed" },
    });
    expect(response.status).toBe(200);
  });
});

describe("deleteCall", () => {
  it("hangs up with 204", async () => {
    const { response } = await jambonz().DELETE("/Accounts/{AccountSid}/Calls/{CallSid}", { params: call });
    expect(response.status).toBe(204);
  });
});
