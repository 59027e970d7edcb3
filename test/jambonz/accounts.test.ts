import { describe, expect, it } from "vitest";
import { ACCOUNT_SID, SERVICE_PROVIDER_SID, SID, recorded } from "./client.js";

const account = { path: { AccountSid: ACCOUNT_SID } };

describe("listAccounts", () => {
  it("lists accounts with nullable columns and 0/1 flags", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Accounts");
    expect(response.status).toBe(200);
    expectSent("GET /Accounts");
    expect(data?.[0]?.account_sid).toBe(ACCOUNT_SID);
    expect(data?.[0]?.sip_realm).toBeNull();
    expect(data?.[0]?.is_active).toBe(1);
  });
});

describe("createAccount", () => {
  it("answers 201 with the new sid", async () => {
    const body = {
      name: "support line",
      service_provider_sid: SERVICE_PROVIDER_SID,
      registration_hook: { url: "https://example.com/reg", method: "POST" as const },
    };
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/Accounts", { body });
    expect(response.status).toBe(201);
    expectSent("POST /Accounts", body);
    expect(data?.sid).toMatch(SID);
  });
});

describe("getAccount", () => {
  it("returns the account with the fields the swagger misses", async () => {
    const { client, expectSent } = recorded();
    const { data } = await client.GET("/Accounts/{AccountSid}", { params: account });
    expectSent(`GET /Accounts/${ACCOUNT_SID}`);
    expect(data?.name).toBe("loopback test account");
    expect(data?.record_format).toBe("mp3");
    expect(data?.registration_hook?.method).toBe("POST");
  });
});

describe("updateAccount", () => {
  it("answers 204 without a body", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.PUT("/Accounts/{AccountSid}", { params: account, body: { name: "renamed" } });
    expect(response.status).toBe(204);
    expectSent(`PUT /Accounts/${ACCOUNT_SID}`, { name: "renamed" });
    expect(data).toBeUndefined();
  });
});

describe("deleteAccount", () => {
  it("answers 204", async () => {
    const { client, expectSent } = recorded();
    const { response } = await client.DELETE("/Accounts/{AccountSid}", { params: account });
    expect(response.status).toBe(204);
    expectSent(`DELETE /Accounts/${ACCOUNT_SID}`);
  });
});
