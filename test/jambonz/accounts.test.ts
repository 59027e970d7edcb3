import { describe, expect, it } from "vitest";
import { ACCOUNT_SID, SERVICE_PROVIDER_SID, jambonz } from "./client.js";

const account = { path: { AccountSid: ACCOUNT_SID } };

describe("listAccounts", () => {
  it("lists accounts with nullable columns and 0/1 flags", async () => {
    const { data, response } = await jambonz().GET("/Accounts");
    expect(response.status).toBe(200);
    expect(data?.[0]?.account_sid).toBe(ACCOUNT_SID);
    expect(data?.[0]?.sip_realm).toBeNull();
    expect(data?.[0]?.is_active).toBe(1);
  });
});

describe("createAccount", () => {
  it("answers 201 with the new sid", async () => {
    const { data, response } = await jambonz().POST("/Accounts", {
      body: {
        name: "support line",
        service_provider_sid: SERVICE_PROVIDER_SID,
        registration_hook: { url: "https://example.com/reg", method: "POST" },
      },
    });
    expect(response.status).toBe(201);
    expect(data?.sid).toBe(ACCOUNT_SID);
  });
});

describe("getAccount", () => {
  it("returns the account with the fields the swagger misses", async () => {
    const { data } = await jambonz().GET("/Accounts/{AccountSid}", { params: account });
    expect(data?.name).toBe("loopback test account");
    expect(data?.record_format).toBe("mp3");
    expect(data?.registration_hook?.method).toBe("POST");
  });
});

describe("updateAccount", () => {
  it("answers 204 without a body", async () => {
    const { data, response } = await jambonz().PUT("/Accounts/{AccountSid}", { params: account, body: { name: "renamed" } });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("deleteAccount", () => {
  it("answers 204", async () => {
    const { response } = await jambonz().DELETE("/Accounts/{AccountSid}", { params: account });
    expect(response.status).toBe(204);
  });
});
