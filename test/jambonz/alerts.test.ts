import { describe, expect, it } from "vitest";
import { ACCOUNT_SID, SERVICE_PROVIDER_SID, recorded } from "./client.js";

// Alerts: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listAlertsByAccount", () => {
  it("serialises page and count into the query and decodes the page", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Accounts/{AccountSid}/Alerts", {
      params: { path: { AccountSid: ACCOUNT_SID }, query: { page: 1, count: 10 } },
    });
    expect(response.status).toBe(200);
    expectSent(`GET /Accounts/${ACCOUNT_SID}/Alerts?page=1&count=10`);
    // The server echoes page and page_size back as strings, total as a number.
    expect(typeof data?.total).toBe("number");
    expect(data?.page_size).toBe("10");
    expect(data?.data[0]?.account_sid).toBe(ACCOUNT_SID);
  });
});

describe("listAlertsBySP", () => {
  it("serialises the query under the service provider", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/ServiceProviders/{ServiceProviderSid}/Alerts", {
      params: { path: { ServiceProviderSid: SERVICE_PROVIDER_SID }, query: { page: 1, count: 10 } },
    });
    expect(response.status).toBe(200);
    expectSent(`GET /ServiceProviders/${SERVICE_PROVIDER_SID}/Alerts?page=1&count=10`);
    expect(data?.data[0]?.service_provider_sid).toBe(SERVICE_PROVIDER_SID);
    expect(data?.data[0]?.detail).toBeNull();
  });
});
