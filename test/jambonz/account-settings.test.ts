import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Accounts: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("setSipRealm", () => {
  it("Set the SIP realm of an account", async () => {
    const { data, response } = await jambonz().POST("/Accounts/{AccountSid}/SipRealms/{SipRealm}", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691", SipRealm: "sip.example.com" } },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("getWebhookSecret", () => {
  it("Get the webhook signing secret", async () => {
    const { data, response } = await jambonz().GET("/Accounts/{AccountSid}/WebhookSecret", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({ webhook_secret: "wh_secret_EXAMPLEexample00000000" });
  });
});

describe("enableSubspaceTeleport", () => {
  it("Enable a Subspace SIP teleport", async () => {
    const { data, response } = await jambonz().POST("/Accounts/{AccountSid}/SubspaceTeleport", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691" } },
      body: { destination: "sip.example.com" },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      subspace_sip_teleport_id: "tp-0001",
      subspace_sip_teleport_destinations: [{ transport_type: "udp", address: "sip.subspace.example" }],
    });
  });
});

describe("disableSubspaceTeleport", () => {
  it("Disable the Subspace SIP teleport", async () => {
    const { data, response } = await jambonz().DELETE("/Accounts/{AccountSid}/SubspaceTeleport", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691" } },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("testBucketCredential", () => {
  it("Test a recording bucket credential", async () => {
    const { data, response } = await jambonz().POST("/Accounts/{AccountSid}/BucketCredentialTest", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691" } },
      body: {
        vendor: "aws_s3",
        name: "call-recordings",
        region: "us-east-1",
        access_key_id: "AKIAEXAMPLEEXAMPLE",
        secret_access_key: "EXAMPLE-secret-not-real",
      },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({ status: "ok" });
  });
});

describe("getTestData", () => {
  it("Get test numbers and applications", async () => {
    const { data, response } = await jambonz().GET("/AccountTest/{ServiceProviderSid}", {
      params: { path: { ServiceProviderSid: "2708b1b3-2736-40ea-b502-c53d8396247f" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      phonenumbers: ["15083334444"],
      applications: [
        {
          application_sid: "0e06a1b0-d49f-4fb8-b973-b5a3c6758de1",
          name: "hello world",
          service_provider_sid: "2708b1b3-2736-40ea-b502-c53d8396247f",
          account_sid: null,
          app_json: null,
          speech_synthesis_vendor: "google",
          speech_synthesis_language: "en-US",
          speech_synthesis_voice: "en-US-Wavenet-C",
          speech_recognizer_vendor: "google",
          speech_recognizer_language: "en-US",
          record_all_calls: 0,
          created_at: "2026-11-22T16:31:43.000Z",
          call_hook: {
            webhook_sid: "1842c43a-7032-4ee2-8b42-49d4d350d397",
            url: "https://public-apps.jambonz.cloud/hello-world",
            method: "POST",
            username: null,
            password: null,
          },
          call_status_hook: {
            webhook_sid: "68072f8f-7d32-4b32-b3b4-38b2c645f704",
            url: "https://public-apps.jambonz.cloud/call-status",
            method: "POST",
            username: null,
            password: null,
          },
          messaging_hook: null,
        },
      ],
    });
  });
});
