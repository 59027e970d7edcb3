import type { components } from "@callspec/genesys-gws";
import { describe, expect, it } from "vitest";
import { CALL_ID, DEVICE_ID, gws } from "./client.js";

type CallOperation = components["schemas"]["CallOperation"];
const call = { params: { path: { callId: CALL_ID } } };

describe("listMyCalls", () => {
  it("lists the active calls as objects with fields=*", async () => {
    const { data } = await gws().GET("/me/calls", { params: { query: { fields: "*" } } });
    expect(data && "calls" in data ? data.calls[0]?.state : undefined).toBe("Established");
  });
});

describe("getMyCall", () => {
  it("returns one call under the singular key", async () => {
    const { data } = await gws().GET("/me/calls/{callId}", call);
    expect(data?.call.id).toBe(CALL_ID);
    expect(data?.call.capabilities).toContain("SingleStepTransfer");
  });
});

describe("dialCall", () => {
  it("dials from a device", async () => {
    const { data, response } = await gws().POST("/me/devices/{deviceId}/calls", {
      params: { path: { deviceId: DEVICE_ID } },
      body: { operationName: "Dial", destination: { phoneNumber: "5551212" }, userData: { CaseId: "C-1001" } },
    });
    expect(response.status).toBe(200);
    expect(data?.statusCode).toBe(0);
  });
});

// Every operationName the spec documents for a call, with its own parameters.
const operations: CallOperation[] = [
  { operationName: "Answer" },
  { operationName: "Hangup" },
  { operationName: "Hold" },
  { operationName: "Retrieve" },
  { operationName: "MuteCall" },
  { operationName: "UnmuteCall" },
  { operationName: "SingleStepTransfer", destination: { phoneNumber: "5001" }, location: "SiteB" },
  { operationName: "InitiateTransfer", destination: { phoneNumber: "5001" }, userData: { reason: "consult" } },
  { operationName: "CompleteTransfer" },
  { operationName: "CompleteTransfer", consultCallUri: "http://gws.example.test:8080/api/v2/calls/007202b64bc0d0e6" },
  { operationName: "SingleStepConference", destination: { phoneNumber: "5002" } },
  { operationName: "InitiateConference", destination: { phoneNumber: "5002" } },
  { operationName: "CompleteConference", consultCallUri: "http://gws.example.test:8080/api/v2/calls/007202b64bc0d0e6" },
  { operationName: "RemoveParticipantFromConference", participant: "5002" },
  { operationName: "SwapCalls", otherCallUri: "http://gws.example.test:8080/api/v2/calls/007202b64bc0d0e6" },
  { operationName: "SendDtmf", digits: "1234" },
  { operationName: "AttachUserData", userData: { CustomerSegment: "gold" } },
  { operationName: "UpdateUserData", userData: { CustomerSegment: "silver" } },
  { operationName: "DeleteUserData" },
  { operationName: "DeleteUserDataPair", key: "CustomerSegment" },
  { operationName: "StartCallRecording" },
  { operationName: "PauseCallRecording" },
  { operationName: "ResumeCallRecording" },
  { operationName: "StopCallRecording" },
  { operationName: "SwitchToListenIn" },
  { operationName: "SwitchToBargeIn" },
];

describe("performCallOperation", () => {
  it.each(operations.map((op) => [op.operationName, op] as const))("%s is accepted", async (_, body) => {
    const sent: string[] = [];
    const client = gws();
    client.use({ onRequest: async ({ request }) => void sent.push(await request.clone().text()) });
    const { data } = await client.POST("/me/calls/{callId}", { ...call, body });
    expect(data?.statusCode).toBe(0);
    expect(JSON.parse(sent[0]!)).toEqual(body);
  });

  it("covers every operationName of the spec", async () => {
    const { mockOf } = await import("../support/mocks.js");
    const names = new Set(operations.map((o) => o.operationName));
    const spec = (await import("../../packages/specs/genesys-gws.openapi.json", { with: { type: "json" } })).default as {
      components: { schemas: Record<string, { discriminator?: { mapping: Record<string, string> } }> };
    };
    expect(mockOf("genesys-gws").url).toContain("/api/v2");
    expect([...names].sort()).toEqual(Object.keys(spec.components.schemas.CallOperation!.discriminator!.mapping).sort());
  });
});
