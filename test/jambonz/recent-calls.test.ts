import { describe, expect, it } from "vitest";
import { ACCOUNT_SID, CALL_SID, RECENT_CALL_SID, SERVICE_PROVIDER_SID, SIP_CALL_ID, TRACE_ID, recorded } from "./client.js";

// Recent Calls: every operation of the tag, through the client, against the Prism mock (request validation on).

const A = `/Accounts/${ACCOUNT_SID}/RecentCalls`;
const SP = `/ServiceProviders/${SERVICE_PROVIDER_SID}/RecentCalls`;
const callId = encodeURIComponent(SIP_CALL_ID);
const day = { Year: "2026", Month: "11", Day: "22", Format: "mp3" } as const;
const recording = `${CALL_SID}/record/2026/11/22/mp3`;
const page = { page: 1, count: 10 };

describe("listRecentCallsByAccount", () => {
  it("serialises the page into the query and decodes the call records", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Accounts/{AccountSid}/RecentCalls", {
      params: { path: { AccountSid: ACCOUNT_SID }, query: page },
    });
    expect(response.status).toBe(200);
    expectSent(`GET ${A}?page=1&count=10`);
    expect(data?.data[0]?.call_sid).toBe(RECENT_CALL_SID);
    expect(data?.data[0]?.answered).toBe(true);
  });
});

describe("getRecentCallTraceByAccount", () => {
  it("encodes the SIP Call-ID's @ in the path and decodes the SIP messages", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Accounts/{AccountSid}/RecentCalls/{CallId}", {
      params: { path: { AccountSid: ACCOUNT_SID, CallId: SIP_CALL_ID } },
    });
    expect(response.status).toBe(200);
    expectSent(`GET ${A}/${callId}`);
    expect(data?.data).toHaveProperty(["messages", 0, "method"], "INVITE");
  });
});

describe("getRecentCallPcapByAccount", () => {
  it("reads the capture as bytes", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Accounts/{AccountSid}/RecentCalls/{CallId}/{Method}/pcap", {
      params: { path: { AccountSid: ACCOUNT_SID, CallId: SIP_CALL_ID, Method: "invite" } },
      parseAs: "arrayBuffer",
    });
    expect(response.status).toBe(200);
    expectSent(`GET ${A}/${callId}/invite/pcap`);
    expect(response.headers.get("content-type")).toMatch(/^application\/octet-stream/);
    expect(data).toBeInstanceOf(ArrayBuffer);
  });
});

describe("getRecentCallLogsByAccount", () => {
  it("decodes the logs as lines of JSON text", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Accounts/{AccountSid}/RecentCalls/{CallSid}/logs", {
      params: { path: { AccountSid: ACCOUNT_SID, CallSid: CALL_SID } },
    });
    expect(response.status).toBe(200);
    expectSent(`GET ${A}/${CALL_SID}/logs`);
    // Each entry is a pino line, left as text for the caller to parse.
    expect(JSON.parse(data?.[0] ?? "null")).toMatchObject({ callSid: RECENT_CALL_SID });
  });
});

describe("getRecentCallTraceByIdByAccount", () => {
  it("decodes the OpenTelemetry trace", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Accounts/{AccountSid}/RecentCalls/trace/{TraceId}", {
      params: { path: { AccountSid: ACCOUNT_SID, TraceId: TRACE_ID } },
    });
    expect(response.status).toBe(200);
    expectSent(`GET ${A}/trace/${TRACE_ID}`);
    expect(data?.traceID).toBe(TRACE_ID);
  });
});

describe("getRecentCallRecordingByAccount", () => {
  it("puts the date parts in the path and reads the audio as bytes", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Accounts/{AccountSid}/RecentCalls/{CallSid}/record/{Year}/{Month}/{Day}/{Format}", {
      params: { path: { AccountSid: ACCOUNT_SID, CallSid: CALL_SID, ...day } },
      parseAs: "arrayBuffer",
    });
    expect(response.status).toBe(200);
    expectSent(`GET ${A}/${recording}`);
    expect(response.headers.get("content-type")).toMatch(/^audio\/mp3/);
    expect(data).toBeInstanceOf(ArrayBuffer);
  });
});

describe("deleteRecentCallRecordingByAccount", () => {
  it("sends DELETE to the same path and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.DELETE("/Accounts/{AccountSid}/RecentCalls/{CallSid}/record/{Year}/{Month}/{Day}/{Format}", {
      params: { path: { AccountSid: ACCOUNT_SID, CallSid: CALL_SID, ...day } },
    });
    expect(response.status).toBe(204);
    expectSent(`DELETE ${A}/${recording}`);
    expect(data).toBeUndefined();
  });
});

describe("listRecentCallsBySP", () => {
  it("serialises the page into the query under the service provider", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/ServiceProviders/{ServiceProviderSid}/RecentCalls", {
      params: { path: { ServiceProviderSid: SERVICE_PROVIDER_SID }, query: page },
    });
    expect(response.status).toBe(200);
    expectSent(`GET ${SP}?page=1&count=10`);
    expect(data?.data[0]?.service_provider_sid).toBe(SERVICE_PROVIDER_SID);
  });
});

describe("getRecentCallTraceBySP", () => {
  it("encodes the SIP Call-ID in the path", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/ServiceProviders/{ServiceProviderSid}/RecentCalls/{CallId}", {
      params: { path: { ServiceProviderSid: SERVICE_PROVIDER_SID, CallId: SIP_CALL_ID } },
    });
    expect(response.status).toBe(200);
    expectSent(`GET ${SP}/${callId}`);
    expect(data?.data).toHaveProperty(["messages", 0, "srcIp"]);
  });
});

describe("getRecentCallPcapBySP", () => {
  it("reads the capture as bytes", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/ServiceProviders/{ServiceProviderSid}/RecentCalls/{CallId}/{Method}/pcap", {
      params: { path: { ServiceProviderSid: SERVICE_PROVIDER_SID, CallId: SIP_CALL_ID, Method: "invite" } },
      parseAs: "arrayBuffer",
    });
    expect(response.status).toBe(200);
    expectSent(`GET ${SP}/${callId}/invite/pcap`);
    expect(data).toBeInstanceOf(ArrayBuffer);
  });
});

describe("getRecentCallLogsBySP", () => {
  it("decodes the logs as lines of text", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/ServiceProviders/{ServiceProviderSid}/RecentCalls/{CallSid}/logs", {
      params: { path: { ServiceProviderSid: SERVICE_PROVIDER_SID, CallSid: CALL_SID } },
    });
    expect(response.status).toBe(200);
    expectSent(`GET ${SP}/${CALL_SID}/logs`);
    expect(data?.every((line) => typeof line === "string")).toBe(true);
  });
});

describe("getRecentCallTraceByIdBySP", () => {
  it("decodes the trace's spans", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/ServiceProviders/{ServiceProviderSid}/RecentCalls/trace/{TraceId}", {
      params: { path: { ServiceProviderSid: SERVICE_PROVIDER_SID, TraceId: TRACE_ID } },
    });
    expect(response.status).toBe(200);
    expectSent(`GET ${SP}/trace/${TRACE_ID}`);
    expect(data).toHaveProperty(["spans", 0, "duration"], expect.any(Number));
  });
});

describe("getRecentCallRecordingBySP", () => {
  it("reads the audio as bytes", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET(
      "/ServiceProviders/{ServiceProviderSid}/RecentCalls/{CallSid}/record/{Year}/{Month}/{Day}/{Format}",
      {
        params: { path: { ServiceProviderSid: SERVICE_PROVIDER_SID, CallSid: CALL_SID, ...day } },
        parseAs: "arrayBuffer",
      },
    );
    expect(response.status).toBe(200);
    expectSent(`GET ${SP}/${recording}`);
    expect(data).toBeInstanceOf(ArrayBuffer);
  });
});

describe("deleteRecentCallRecordingBySP", () => {
  it("sends DELETE and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.DELETE(
      "/ServiceProviders/{ServiceProviderSid}/RecentCalls/{CallSid}/record/{Year}/{Month}/{Day}/{Format}",
      {
        params: { path: { ServiceProviderSid: SERVICE_PROVIDER_SID, CallSid: CALL_SID, ...day } },
      },
    );
    expect(response.status).toBe(204);
    expectSent(`DELETE ${SP}/${recording}`);
    expect(data).toBeUndefined();
  });
});
