import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Recent Calls: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listRecentCallsByAccount", () => {
  it("List recent calls of an account", async () => {
    const { data, response } = await jambonz().GET("/Accounts/{AccountSid}/RecentCalls", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691" }, query: { page: 1, count: 10 } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      total: 1,
      page_size: "10",
      page: "1",
      data: [
        {
          attempted_at: "2026-11-22T15:34:11.959Z",
          account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
          answered: true,
          answered_at: "2026-11-22T15:34:14.959Z",
          call_sid: "67574965-2a4b-4c6d-8e9f-0a1b2c3d4e5f",
          direction: "outbound",
          duration: 45,
          from: "15085551212",
          host: "10.0.0.12",
          remote_host: "203.0.113.10",
          service_provider_sid: "2708b1b3-2736-40ea-b502-c53d8396247f",
          sip_callid: "3982b7b1-89ec-4221-9ac9-916e58822ad9@10.0.0.12",
          sip_status: 200,
          terminated_at: "2026-11-22T15:34:56.959Z",
          termination_reason: "caller hungup",
          to: "15083334444",
          trunk: "loopback carrier",
        },
      ],
    });
  });
});

describe("getRecentCallTraceByAccount", () => {
  it("Get the SIP trace of a call", async () => {
    const { data, response } = await jambonz().GET("/Accounts/{AccountSid}/RecentCalls/{CallId}", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691", CallId: "cid0@127.0.0.1" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      data: {
        messages: [
          { id: 1, method: "INVITE", srcIp: "203.0.113.10", dstIp: "10.0.0.12", create_date: 1795342451959 },
          { id: 2, method: "200", srcIp: "10.0.0.12", dstIp: "203.0.113.10", create_date: 1795342454959 },
        ],
      },
    });
  });
});

describe("getRecentCallPcapByAccount", () => {
  it("Download the SIP capture of a call", async () => {
    const { data, response } = await jambonz().GET("/Accounts/{AccountSid}/RecentCalls/{CallId}/{Method}/pcap", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691", CallId: "cid0@127.0.0.1", Method: "invite" } },
      parseAs: "arrayBuffer",
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/octet-stream/);
    expect(data).toBeInstanceOf(ArrayBuffer);
  });
});

describe("getRecentCallLogsByAccount", () => {
  it("Get the feature-server logs of a call", async () => {
    const { data, response } = await jambonz().GET("/Accounts/{AccountSid}/RecentCalls/{CallSid}/logs", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691", CallSid: "1cd41724-84b6-45d5-8ffc-1a63aae8af72" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual(['{"level":30,"time":1795342452100,"callSid":"67574965-2a4b-4c6d-8e9f-0a1b2c3d4e5f","msg":"call answered"}']);
  });
});

describe("getRecentCallTraceByIdByAccount", () => {
  it("Get the OpenTelemetry trace of a call", async () => {
    const { data, response } = await jambonz().GET("/Accounts/{AccountSid}/RecentCalls/trace/{TraceId}", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691", TraceId: "6f1c2b3a4d5e6f708192a3b4c5d6e7f8" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      traceID: "6f1c2b3a4d5e6f708192a3b4c5d6e7f8",
      spans: [{ spanID: "1a2b3c4d5e6f7081", operationName: "inbound-call", startTime: 1795342451959000, duration: 45000000 }],
    });
  });
});

describe("getRecentCallRecordingByAccount", () => {
  it("Download a call recording", async () => {
    const { data, response } = await jambonz().GET("/Accounts/{AccountSid}/RecentCalls/{CallSid}/record/{Year}/{Month}/{Day}/{Format}", {
      params: {
        path: {
          AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691",
          CallSid: "1cd41724-84b6-45d5-8ffc-1a63aae8af72",
          Year: "2026",
          Month: "11",
          Day: "22",
          Format: "mp3",
        },
      },
      parseAs: "arrayBuffer",
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^audio\/mp3/);
    expect(data).toBeInstanceOf(ArrayBuffer);
  });
});

describe("deleteRecentCallRecordingByAccount", () => {
  it("Delete a call recording", async () => {
    const { data, response } = await jambonz().DELETE("/Accounts/{AccountSid}/RecentCalls/{CallSid}/record/{Year}/{Month}/{Day}/{Format}", {
      params: {
        path: {
          AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691",
          CallSid: "1cd41724-84b6-45d5-8ffc-1a63aae8af72",
          Year: "2026",
          Month: "11",
          Day: "22",
          Format: "mp3",
        },
      },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("listRecentCallsBySP", () => {
  it("List recent calls of a service provider", async () => {
    const { data, response } = await jambonz().GET("/ServiceProviders/{ServiceProviderSid}/RecentCalls", {
      params: { path: { ServiceProviderSid: "2708b1b3-2736-40ea-b502-c53d8396247f" }, query: { page: 1, count: 10 } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      total: 1,
      page_size: "10",
      page: "1",
      data: [
        {
          attempted_at: "2026-11-22T15:34:11.959Z",
          account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
          answered: true,
          answered_at: "2026-11-22T15:34:14.959Z",
          call_sid: "67574965-2a4b-4c6d-8e9f-0a1b2c3d4e5f",
          direction: "outbound",
          duration: 45,
          from: "15085551212",
          host: "10.0.0.12",
          remote_host: "203.0.113.10",
          service_provider_sid: "2708b1b3-2736-40ea-b502-c53d8396247f",
          sip_callid: "3982b7b1-89ec-4221-9ac9-916e58822ad9@10.0.0.12",
          sip_status: 200,
          terminated_at: "2026-11-22T15:34:56.959Z",
          termination_reason: "caller hungup",
          to: "15083334444",
          trunk: "loopback carrier",
        },
      ],
    });
  });
});

describe("getRecentCallTraceBySP", () => {
  it("Get the SIP trace of a call", async () => {
    const { data, response } = await jambonz().GET("/ServiceProviders/{ServiceProviderSid}/RecentCalls/{CallId}", {
      params: { path: { ServiceProviderSid: "2708b1b3-2736-40ea-b502-c53d8396247f", CallId: "cid0@127.0.0.1" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      data: {
        messages: [
          { id: 1, method: "INVITE", srcIp: "203.0.113.10", dstIp: "10.0.0.12", create_date: 1795342451959 },
          { id: 2, method: "200", srcIp: "10.0.0.12", dstIp: "203.0.113.10", create_date: 1795342454959 },
        ],
      },
    });
  });
});

describe("getRecentCallPcapBySP", () => {
  it("Download the SIP capture of a call", async () => {
    const { data, response } = await jambonz().GET("/ServiceProviders/{ServiceProviderSid}/RecentCalls/{CallId}/{Method}/pcap", {
      params: { path: { ServiceProviderSid: "2708b1b3-2736-40ea-b502-c53d8396247f", CallId: "cid0@127.0.0.1", Method: "invite" } },
      parseAs: "arrayBuffer",
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/octet-stream/);
    expect(data).toBeInstanceOf(ArrayBuffer);
  });
});

describe("getRecentCallLogsBySP", () => {
  it("Get the logs of a call (service provider)", async () => {
    const { data, response } = await jambonz().GET("/ServiceProviders/{ServiceProviderSid}/RecentCalls/{CallSid}/logs", {
      params: { path: { ServiceProviderSid: "2708b1b3-2736-40ea-b502-c53d8396247f", CallSid: "1cd41724-84b6-45d5-8ffc-1a63aae8af72" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual(['{"level":30,"time":1795342452100,"callSid":"67574965-2a4b-4c6d-8e9f-0a1b2c3d4e5f","msg":"call answered"}']);
  });
});

describe("getRecentCallTraceByIdBySP", () => {
  it("Get the OpenTelemetry trace of a call", async () => {
    const { data, response } = await jambonz().GET("/ServiceProviders/{ServiceProviderSid}/RecentCalls/trace/{TraceId}", {
      params: { path: { ServiceProviderSid: "2708b1b3-2736-40ea-b502-c53d8396247f", TraceId: "6f1c2b3a4d5e6f708192a3b4c5d6e7f8" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      traceID: "6f1c2b3a4d5e6f708192a3b4c5d6e7f8",
      spans: [{ spanID: "1a2b3c4d5e6f7081", operationName: "inbound-call", startTime: 1795342451959000, duration: 45000000 }],
    });
  });
});

describe("getRecentCallRecordingBySP", () => {
  it("Download a call recording", async () => {
    const { data, response } = await jambonz().GET(
      "/ServiceProviders/{ServiceProviderSid}/RecentCalls/{CallSid}/record/{Year}/{Month}/{Day}/{Format}",
      {
        params: {
          path: {
            ServiceProviderSid: "2708b1b3-2736-40ea-b502-c53d8396247f",
            CallSid: "1cd41724-84b6-45d5-8ffc-1a63aae8af72",
            Year: "2026",
            Month: "11",
            Day: "22",
            Format: "mp3",
          },
        },
        parseAs: "arrayBuffer",
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^audio\/mp3/);
    expect(data).toBeInstanceOf(ArrayBuffer);
  });
});

describe("deleteRecentCallRecordingBySP", () => {
  it("Delete a call recording", async () => {
    const { data, response } = await jambonz().DELETE(
      "/ServiceProviders/{ServiceProviderSid}/RecentCalls/{CallSid}/record/{Year}/{Month}/{Day}/{Format}",
      {
        params: {
          path: {
            ServiceProviderSid: "2708b1b3-2736-40ea-b502-c53d8396247f",
            CallSid: "1cd41724-84b6-45d5-8ffc-1a63aae8af72",
            Year: "2026",
            Month: "11",
            Day: "22",
            Format: "mp3",
          },
        },
      },
    );
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});
