import { describe, expect, it } from "vitest";
import { ACCOUNT_SID, SERVICE_PROVIDER_SID, recorded } from "./client.js";

// Accounts: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("setSipRealm", () => {
  it("puts both path parameters in place and sends no body", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/Accounts/{AccountSid}/SipRealms/{SipRealm}", {
      params: { path: { AccountSid: ACCOUNT_SID, SipRealm: "sip.example.com" } },
    });
    expect(response.status).toBe(204);
    expectSent(`POST /Accounts/${ACCOUNT_SID}/SipRealms/sip.example.com`);
    expect(data).toBeUndefined();
  });
});

describe("getWebhookSecret", () => {
  it("decodes the signing secret as a string", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Accounts/{AccountSid}/WebhookSecret", { params: { path: { AccountSid: ACCOUNT_SID } } });
    expect(response.status).toBe(200);
    expectSent(`GET /Accounts/${ACCOUNT_SID}/WebhookSecret`);
    expect(data?.webhook_secret).toMatch(/^wh_secret_/);
  });
});

describe("enableSubspaceTeleport", () => {
  it("posts the destination and decodes the teleport's destinations", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/Accounts/{AccountSid}/SubspaceTeleport", {
      params: { path: { AccountSid: ACCOUNT_SID } },
      body: { destination: "sip.example.com" },
    });
    expect(response.status).toBe(200);
    expectSent(`POST /Accounts/${ACCOUNT_SID}/SubspaceTeleport`, { destination: "sip.example.com" });
    expect(typeof data?.subspace_sip_teleport_id).toBe("string");
    expect(data?.subspace_sip_teleport_destinations?.[0]?.transport_type).toBe("udp");
  });
});

describe("disableSubspaceTeleport", () => {
  it("sends DELETE and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.DELETE("/Accounts/{AccountSid}/SubspaceTeleport", {
      params: { path: { AccountSid: ACCOUNT_SID } },
    });
    expect(response.status).toBe(204);
    expectSent(`DELETE /Accounts/${ACCOUNT_SID}/SubspaceTeleport`);
    expect(data).toBeUndefined();
  });
});

describe("testBucketCredential", () => {
  it("posts the bucket credential as JSON", async () => {
    const body = {
      vendor: "aws_s3",
      name: "call-recordings",
      region: "us-east-1",
      access_key_id: "AKIAEXAMPLEEXAMPLE",
      secret_access_key: "EXAMPLE-secret-not-real",
    } as const;
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/Accounts/{AccountSid}/BucketCredentialTest", {
      params: { path: { AccountSid: ACCOUNT_SID } },
      body,
    });
    expect(response.status).toBe(200);
    expectSent(`POST /Accounts/${ACCOUNT_SID}/BucketCredentialTest`, body);
    expect(data?.status).toBe("ok");
  });
});

describe("getTestData", () => {
  it("keys the test data by service provider and decodes numbers and applications", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/AccountTest/{ServiceProviderSid}", {
      params: { path: { ServiceProviderSid: SERVICE_PROVIDER_SID } },
    });
    expect(response.status).toBe(200);
    expectSent(`GET /AccountTest/${SERVICE_PROVIDER_SID}`);
    expect(data?.phonenumbers?.every((n) => /^\d+$/.test(n))).toBe(true);
    // Test applications belong to the service provider, not to an account.
    expect(data?.applications?.[0]?.service_provider_sid).toBe(SERVICE_PROVIDER_SID);
    expect(data?.applications?.[0]?.account_sid).toBeNull();
  });
});
