import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Accounts: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("setSipRealm", () => {
  it("Set the SIP realm of an account", async () => {
    const { data, response } = await jambonz().POST("/Accounts/{AccountSid}/SipRealms/{SipRealm}", { params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691", SipRealm: "sip.example.com" } } });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("getWebhookSecret", () => {
  it("Get the webhook signing secret", async () => {
    const { data, response } = await jambonz().GET("/Accounts/{AccountSid}/WebhookSecret", { params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691" } } });
    expect(response.status).toBe(200);
    expect(data).toEqual({"webhook_secret": "wh_secret_EXAMPLEexample00000000"});
  });
});

describe("enableSubspaceTeleport", () => {
  it("Enable a Subspace SIP teleport", async () => {
    const { data, response } = await jambonz().POST("/Accounts/{AccountSid}/SubspaceTeleport", { params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691" } }, body: {"destination": "sip.example.com"} });
    expect(response.status).toBe(200);
    expect(data).toEqual({"subspace_sip_teleport_id": "tp-0001", "subspace_sip_teleport_destinations": [{"transport_type": "udp", "address": "sip.subspace.example"}]});
  });
});

describe("disableSubspaceTeleport", () => {
  it("Disable the Subspace SIP teleport", async () => {
    const { data, response } = await jambonz().DELETE("/Accounts/{AccountSid}/SubspaceTeleport", { params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691" } } });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("testBucketCredential", () => {
  it("Test a recording bucket credential", async () => {
    const { data, response } = await jambonz().POST("/Accounts/{AccountSid}/BucketCredentialTest", { params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691" } }, body: {"vendor": "aws_s3", "name": "call-recordings", "region": "us-east-1", "access_key_id": "AKIAEXAMPLEEXAMPLE", "secret_access_key": "EXAMPLE-secret-not-real"} });
    expect(response.status).toBe(200);
    expect(data).toEqual({"status": "ok"});
  });
});

describe("getTestData", () => {
  it("Get test numbers and applications", async () => {
    const { data, response } = await jambonz().GET("/AccountTest/{ServiceProviderSid}", { params: { path: { ServiceProviderSid: "2708b1b3-2736-40ea-b502-c53d8396247f" } } });
    expect(response.status).toBe(200);
    expect(data).toEqual({"phonenumbers": ["15083334444"], "applications": [{"application_sid": "cd5b962b-7003-47fd-8997-3aac02f8b07b", "name": "hello world"}]});
  });
});
