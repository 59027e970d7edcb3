import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Alerts: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listAlertsByAccount", () => {
  it("List alerts of an account", async () => {
    const { data, response } = await jambonz().GET("/Accounts/{AccountSid}/Alerts", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691" }, query: { page: 1, count: 10 } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      total: 1,
      page_size: "10",
      page: "1",
      data: [
        {
          time: "2026-11-22T16:34:12.002128646Z",
          account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
          alert_type: "webhook-failure",
          message: "https://example.com/jambonz/call returned 500",
          service_provider_sid: "2708b1b3-2736-40ea-b502-c53d8396247f",
        },
      ],
    });
  });
});

describe("listAlertsBySP", () => {
  it("List alerts of a service provider", async () => {
    const { data, response } = await jambonz().GET("/ServiceProviders/{ServiceProviderSid}/Alerts", {
      params: { path: { ServiceProviderSid: "2708b1b3-2736-40ea-b502-c53d8396247f" }, query: { page: 1, count: 10 } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      total: 1,
      page_size: "10",
      page: "1",
      data: [
        {
          time: "2026-11-22T16:34:12.002128646Z",
          service_provider_sid: "2708b1b3-2736-40ea-b502-c53d8396247f",
          message: "https://example.com/jambonz/call returned 500",
          detail: null,
        },
      ],
    });
  });
});
