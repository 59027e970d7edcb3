import { describe, expect, it } from "vitest";
import { ACCOUNT_SID, SERVICE_PROVIDER_SID, SID, SPEECH_CREDENTIAL_SID, recorded } from "./client.js";

// Speech Credentials: every operation of the tag, through the client, against the Prism mock (request validation on).

const A = `/Accounts/${ACCOUNT_SID}/SpeechCredentials`;
const SP = `/ServiceProviders/${SERVICE_PROVIDER_SID}/SpeechCredentials`;
const inAccount = { path: { AccountSid: ACCOUNT_SID, SpeechCredentialSid: SPEECH_CREDENTIAL_SID } };
const inProvider = { path: { ServiceProviderSid: SERVICE_PROVIDER_SID, SpeechCredentialSid: SPEECH_CREDENTIAL_SID } };
const aws = {
  vendor: "aws" as const,
  use_for_tts: true,
  use_for_stt: true,
  access_key_id: "AKIAEXAMPLEEXAMPLE",
  secret_access_key: "EXAMPLE-secret-not-real",
  aws_region: "us-east-1",
};
// Secrets come back obscured (a short prefix, then X's): the one posted never returns.
const OBSCURED = /^\w{1,8}X{8,}$/;

describe("listSpeechCredentialsByAccount", () => {
  it("lists credentials with their secrets masked", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Accounts/{AccountSid}/SpeechCredentials", {
      params: { path: { AccountSid: ACCOUNT_SID } },
    });
    expect(response.status).toBe(200);
    expectSent(`GET ${A}`);
    expect(data?.[0]?.speech_credential_sid).toBe(SPEECH_CREDENTIAL_SID);
    expect(data?.[0]?.secret_access_key).toMatch(OBSCURED);
  });
});

describe("createSpeechCredentialByAccount", () => {
  it("posts the vendor's fields flat, beside the common ones", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/Accounts/{AccountSid}/SpeechCredentials", {
      params: { path: { AccountSid: ACCOUNT_SID } },
      body: aws,
    });
    expect(response.status).toBe(201);
    expectSent(`POST ${A}`, aws);
    expect(data?.sid).toMatch(SID);
  });
});

describe("listSupportedLanguagesAndVoicesByAccount", () => {
  it("puts the vendor in the query and decodes tts voices by language", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Accounts/{AccountSid}/SpeechCredentials/speech/supportedLanguagesAndVoices", {
      params: { path: { AccountSid: ACCOUNT_SID }, query: { vendor: "google" } },
    });
    expect(response.status).toBe(200);
    expectSent(`GET ${A}/speech/supportedLanguagesAndVoices?vendor=google`);
    expect(data?.tts?.[0]?.voices?.[0]?.value).toMatch(new RegExp(`^${data?.tts?.[0]?.value}-`));
  });
});

describe("getSpeechCredentialByAccount", () => {
  it("substitutes both sids and decodes the 0/1 test results", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Accounts/{AccountSid}/SpeechCredentials/{SpeechCredentialSid}", { params: inAccount });
    expect(response.status).toBe(200);
    expectSent(`GET ${A}/${SPEECH_CREDENTIAL_SID}`);
    expect(data?.account_sid).toBe(ACCOUNT_SID);
    expect([0, 1]).toContain(data?.tts_tested_ok);
  });
});

describe("updateSpeechCredentialByAccount", () => {
  it("puts the change and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.PUT("/Accounts/{AccountSid}/SpeechCredentials/{SpeechCredentialSid}", {
      params: inAccount,
      body: { use_for_stt: false },
    });
    expect(response.status).toBe(204);
    expectSent(`PUT ${A}/${SPEECH_CREDENTIAL_SID}`, { use_for_stt: false });
    expect(data).toBeUndefined();
  });
});

describe("deleteSpeechCredentialByAccount", () => {
  it("sends DELETE and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.DELETE("/Accounts/{AccountSid}/SpeechCredentials/{SpeechCredentialSid}", { params: inAccount });
    expect(response.status).toBe(204);
    expectSent(`DELETE ${A}/${SPEECH_CREDENTIAL_SID}`);
    expect(data).toBeUndefined();
  });
});

describe("testSpeechCredentialByAccount", () => {
  it("answers 200 even when one side fails, with the reason", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Accounts/{AccountSid}/SpeechCredentials/{SpeechCredentialSid}/test", {
      params: inAccount,
    });
    expect(response.status).toBe(200);
    expectSent(`GET ${A}/${SPEECH_CREDENTIAL_SID}/test`);
    expect(data?.tts?.status).toBe("ok");
    expect(data?.stt).toMatchObject({ status: "fail", reason: expect.any(String) });
  });
});

describe("listSpeechCredentialsBySP", () => {
  it("lists the provider's credentials", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/ServiceProviders/{ServiceProviderSid}/SpeechCredentials", {
      params: { path: { ServiceProviderSid: SERVICE_PROVIDER_SID } },
    });
    expect(response.status).toBe(200);
    expectSent(`GET ${SP}`);
    expect(data?.[0]?.service_provider_sid).toBe(SERVICE_PROVIDER_SID);
  });
});

describe("createSpeechCredentialBySP", () => {
  it("posts the same body under the provider", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/ServiceProviders/{ServiceProviderSid}/SpeechCredentials", {
      params: { path: { ServiceProviderSid: SERVICE_PROVIDER_SID } },
      body: aws,
    });
    expect(response.status).toBe(201);
    expectSent(`POST ${SP}`, aws);
    expect(data?.sid).toMatch(SID);
  });
});

describe("listSupportedLanguagesAndVoicesBySP", () => {
  it("puts the vendor in the query and decodes stt languages", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET(
      "/ServiceProviders/{ServiceProviderSid}/SpeechCredentials/speech/supportedLanguagesAndVoices",
      {
        params: { path: { ServiceProviderSid: SERVICE_PROVIDER_SID }, query: { vendor: "google" } },
      },
    );
    expect(response.status).toBe(200);
    expectSent(`GET ${SP}/speech/supportedLanguagesAndVoices?vendor=google`);
    expect(data?.stt?.map((l) => l.value)).toContain("en-US");
  });
});

describe("getSpeechCredentialBySP", () => {
  it("substitutes both sids", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/ServiceProviders/{ServiceProviderSid}/SpeechCredentials/{SpeechCredentialSid}", {
      params: inProvider,
    });
    expect(response.status).toBe(200);
    expectSent(`GET ${SP}/${SPEECH_CREDENTIAL_SID}`);
    expect(data?.speech_credential_sid).toBe(SPEECH_CREDENTIAL_SID);
  });
});

describe("updateSpeechCredentialBySP", () => {
  it("puts the change and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.PUT("/ServiceProviders/{ServiceProviderSid}/SpeechCredentials/{SpeechCredentialSid}", {
      params: inProvider,
      body: { use_for_stt: false },
    });
    expect(response.status).toBe(204);
    expectSent(`PUT ${SP}/${SPEECH_CREDENTIAL_SID}`, { use_for_stt: false });
    expect(data).toBeUndefined();
  });
});

describe("deleteSpeechCredentialBySP", () => {
  it("sends DELETE and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.DELETE("/ServiceProviders/{ServiceProviderSid}/SpeechCredentials/{SpeechCredentialSid}", {
      params: inProvider,
    });
    expect(response.status).toBe(204);
    expectSent(`DELETE ${SP}/${SPEECH_CREDENTIAL_SID}`);
    expect(data).toBeUndefined();
  });
});

describe("testSpeechCredentialBySP", () => {
  it("decodes a result per side", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/ServiceProviders/{ServiceProviderSid}/SpeechCredentials/{SpeechCredentialSid}/test", {
      params: inProvider,
    });
    expect(response.status).toBe(200);
    expectSent(`GET ${SP}/${SPEECH_CREDENTIAL_SID}/test`);
    expect([data?.tts?.status, data?.stt?.status]).toEqual(["ok", "fail"]);
  });
});
