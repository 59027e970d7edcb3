import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Speech Credentials: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listSpeechCredentialsByAccount", () => {
  it("List speech credentials of an account", async () => {
    const { data, response } = await jambonz().GET("/Accounts/{AccountSid}/SpeechCredentials", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual([
      {
        speech_credential_sid: "6b0a4c83-9e5f-4db0-ac34-5f7b8a9cadbe",
        service_provider_sid: "2708b1b3-2736-40ea-b502-c53d8396247f",
        account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
        vendor: "aws",
        label: null,
        use_for_tts: 1,
        use_for_stt: 1,
        last_used: null,
        last_tested: "2026-11-22T16:40:00.000Z",
        tts_tested_ok: 1,
        stt_tested_ok: 1,
        created_at: "2026-11-22T16:35:00.000Z",
        access_key_id: "AKIAEXAMPLEEXAMPLE",
        secret_access_key: "EXAMPLXXXXXXXXXXXXXXXXXX",
        aws_region: "us-east-1",
      },
    ]);
  });
});

describe("createSpeechCredentialByAccount", () => {
  it("Add a speech credential to an account", async () => {
    const { data, response } = await jambonz().POST("/Accounts/{AccountSid}/SpeechCredentials", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691" } },
      body: {
        vendor: "aws",
        use_for_tts: true,
        use_for_stt: true,
        access_key_id: "AKIAEXAMPLEEXAMPLE",
        secret_access_key: "EXAMPLE-secret-not-real",
        aws_region: "us-east-1",
      },
    });
    expect(response.status).toBe(201);
    expect(data).toEqual({ sid: "a36c677b-b93d-4d54-8282-d506f2819691" });
  });
});

describe("listSupportedLanguagesAndVoicesByAccount", () => {
  it("List languages, voices and models of a vendor", async () => {
    const { data, response } = await jambonz().GET("/Accounts/{AccountSid}/SpeechCredentials/speech/supportedLanguagesAndVoices", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691" }, query: { vendor: "google" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      tts: [
        {
          name: "English (US)",
          value: "en-US",
          voices: [
            { name: "Standard-C (Female)", value: "en-US-Standard-C" },
            { name: "Wavenet-D (Male)", value: "en-US-Wavenet-D" },
          ],
        },
      ],
      stt: [
        { name: "English (United States)", value: "en-US" },
        { name: "German (Germany)", value: "de-DE" },
      ],
    });
  });
});

describe("getSpeechCredentialByAccount", () => {
  it("Get a speech credential", async () => {
    const { data, response } = await jambonz().GET("/Accounts/{AccountSid}/SpeechCredentials/{SpeechCredentialSid}", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691", SpeechCredentialSid: "6b0a4c83-9e5f-4db0-ac34-5f7b8a9cadbe" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      speech_credential_sid: "6b0a4c83-9e5f-4db0-ac34-5f7b8a9cadbe",
      service_provider_sid: "2708b1b3-2736-40ea-b502-c53d8396247f",
      account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
      vendor: "aws",
      label: null,
      use_for_tts: 1,
      use_for_stt: 1,
      last_used: null,
      last_tested: "2026-11-22T16:40:00.000Z",
      tts_tested_ok: 1,
      stt_tested_ok: 1,
      created_at: "2026-11-22T16:35:00.000Z",
      access_key_id: "AKIAEXAMPLEEXAMPLE",
      secret_access_key: "EXAMPLXXXXXXXXXXXXXXXXXX",
      aws_region: "us-east-1",
    });
  });
});

describe("updateSpeechCredentialByAccount", () => {
  it("Update a speech credential", async () => {
    const { data, response } = await jambonz().PUT("/Accounts/{AccountSid}/SpeechCredentials/{SpeechCredentialSid}", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691", SpeechCredentialSid: "6b0a4c83-9e5f-4db0-ac34-5f7b8a9cadbe" } },
      body: { use_for_stt: false },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("deleteSpeechCredentialByAccount", () => {
  it("Delete a speech credential", async () => {
    const { data, response } = await jambonz().DELETE("/Accounts/{AccountSid}/SpeechCredentials/{SpeechCredentialSid}", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691", SpeechCredentialSid: "6b0a4c83-9e5f-4db0-ac34-5f7b8a9cadbe" } },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("testSpeechCredentialByAccount", () => {
  it("Test a speech credential", async () => {
    const { data, response } = await jambonz().GET("/Accounts/{AccountSid}/SpeechCredentials/{SpeechCredentialSid}/test", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691", SpeechCredentialSid: "6b0a4c83-9e5f-4db0-ac34-5f7b8a9cadbe" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      tts: { status: "ok" },
      stt: { status: "fail", reason: "The security token included in the request is invalid." },
    });
  });
});

describe("listSpeechCredentialsBySP", () => {
  it("List speech credentials of a service provider", async () => {
    const { data, response } = await jambonz().GET("/ServiceProviders/{ServiceProviderSid}/SpeechCredentials", {
      params: { path: { ServiceProviderSid: "2708b1b3-2736-40ea-b502-c53d8396247f" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual([
      {
        speech_credential_sid: "6b0a4c83-9e5f-4db0-ac34-5f7b8a9cadbe",
        service_provider_sid: "2708b1b3-2736-40ea-b502-c53d8396247f",
        account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
        vendor: "aws",
        label: null,
        use_for_tts: 1,
        use_for_stt: 1,
        last_used: null,
        last_tested: "2026-11-22T16:40:00.000Z",
        tts_tested_ok: 1,
        stt_tested_ok: 1,
        created_at: "2026-11-22T16:35:00.000Z",
        access_key_id: "AKIAEXAMPLEEXAMPLE",
        secret_access_key: "EXAMPLXXXXXXXXXXXXXXXXXX",
        aws_region: "us-east-1",
      },
    ]);
  });
});

describe("createSpeechCredentialBySP", () => {
  it("Add a speech credential to a service provider", async () => {
    const { data, response } = await jambonz().POST("/ServiceProviders/{ServiceProviderSid}/SpeechCredentials", {
      params: { path: { ServiceProviderSid: "2708b1b3-2736-40ea-b502-c53d8396247f" } },
      body: {
        vendor: "aws",
        use_for_tts: true,
        use_for_stt: true,
        access_key_id: "AKIAEXAMPLEEXAMPLE",
        secret_access_key: "EXAMPLE-secret-not-real",
        aws_region: "us-east-1",
      },
    });
    expect(response.status).toBe(201);
    expect(data).toEqual({ sid: "a36c677b-b93d-4d54-8282-d506f2819691" });
  });
});

describe("listSupportedLanguagesAndVoicesBySP", () => {
  it("List languages, voices and models of a vendor", async () => {
    const { data, response } = await jambonz().GET(
      "/ServiceProviders/{ServiceProviderSid}/SpeechCredentials/speech/supportedLanguagesAndVoices",
      { params: { path: { ServiceProviderSid: "2708b1b3-2736-40ea-b502-c53d8396247f" }, query: { vendor: "google" } } },
    );
    expect(response.status).toBe(200);
    expect(data).toEqual({
      tts: [
        {
          name: "English (US)",
          value: "en-US",
          voices: [
            { name: "Standard-C (Female)", value: "en-US-Standard-C" },
            { name: "Wavenet-D (Male)", value: "en-US-Wavenet-D" },
          ],
        },
      ],
      stt: [
        { name: "English (United States)", value: "en-US" },
        { name: "German (Germany)", value: "de-DE" },
      ],
    });
  });
});

describe("getSpeechCredentialBySP", () => {
  it("Get a speech credential", async () => {
    const { data, response } = await jambonz().GET("/ServiceProviders/{ServiceProviderSid}/SpeechCredentials/{SpeechCredentialSid}", {
      params: {
        path: { ServiceProviderSid: "2708b1b3-2736-40ea-b502-c53d8396247f", SpeechCredentialSid: "6b0a4c83-9e5f-4db0-ac34-5f7b8a9cadbe" },
      },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      speech_credential_sid: "6b0a4c83-9e5f-4db0-ac34-5f7b8a9cadbe",
      service_provider_sid: "2708b1b3-2736-40ea-b502-c53d8396247f",
      account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
      vendor: "aws",
      label: null,
      use_for_tts: 1,
      use_for_stt: 1,
      last_used: null,
      last_tested: "2026-11-22T16:40:00.000Z",
      tts_tested_ok: 1,
      stt_tested_ok: 1,
      created_at: "2026-11-22T16:35:00.000Z",
      access_key_id: "AKIAEXAMPLEEXAMPLE",
      secret_access_key: "EXAMPLXXXXXXXXXXXXXXXXXX",
      aws_region: "us-east-1",
    });
  });
});

describe("updateSpeechCredentialBySP", () => {
  it("Update a speech credential", async () => {
    const { data, response } = await jambonz().PUT("/ServiceProviders/{ServiceProviderSid}/SpeechCredentials/{SpeechCredentialSid}", {
      params: {
        path: { ServiceProviderSid: "2708b1b3-2736-40ea-b502-c53d8396247f", SpeechCredentialSid: "6b0a4c83-9e5f-4db0-ac34-5f7b8a9cadbe" },
      },
      body: { use_for_stt: false },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("deleteSpeechCredentialBySP", () => {
  it("Delete a speech credential", async () => {
    const { data, response } = await jambonz().DELETE("/ServiceProviders/{ServiceProviderSid}/SpeechCredentials/{SpeechCredentialSid}", {
      params: {
        path: { ServiceProviderSid: "2708b1b3-2736-40ea-b502-c53d8396247f", SpeechCredentialSid: "6b0a4c83-9e5f-4db0-ac34-5f7b8a9cadbe" },
      },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("testSpeechCredentialBySP", () => {
  it("Test a speech credential", async () => {
    const { data, response } = await jambonz().GET("/ServiceProviders/{ServiceProviderSid}/SpeechCredentials/{SpeechCredentialSid}/test", {
      params: {
        path: { ServiceProviderSid: "2708b1b3-2736-40ea-b502-c53d8396247f", SpeechCredentialSid: "6b0a4c83-9e5f-4db0-ac34-5f7b8a9cadbe" },
      },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      tts: { status: "ok" },
      stt: { status: "fail", reason: "The security token included in the request is invalid." },
    });
  });
});
