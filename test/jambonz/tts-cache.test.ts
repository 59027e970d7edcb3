import { describe, expect, it } from "vitest";
import { ACCOUNT_SID, SPEECH_CREDENTIAL_SID, recorded } from "./client.js";

// Tts Cache: every operation of the tag, through the client, against the Prism mock (request validation on).

const account = { path: { AccountSid: ACCOUNT_SID } };

describe("synthesizeSpeech", () => {
  it("posts JSON and reads the audio as bytes", async () => {
    const body = {
      speech_credential_sid: SPEECH_CREDENTIAL_SID,
      text: "Thank you for calling.",
      language: "en-US",
      voice: "en-US-Standard-C",
    };
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/Accounts/{AccountSid}/TtsCache/Synthesize", {
      params: account,
      body,
      parseAs: "arrayBuffer",
    });
    expect(response.status).toBe(200);
    expectSent(`POST /Accounts/${ACCOUNT_SID}/TtsCache/Synthesize`, body);
    expect(response.headers.get("content-type")).toMatch(/^audio\/mpeg/);
    expect(data).toBeInstanceOf(ArrayBuffer);
  });
});

describe("getTtsCacheSizeByAccount", () => {
  it("decodes the number of cached items", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Accounts/{AccountSid}/TtsCache", { params: account });
    expect(response.status).toBe(200);
    expectSent(`GET /Accounts/${ACCOUNT_SID}/TtsCache`);
    expect(Number.isInteger(data?.size)).toBe(true);
  });
});

describe("purgeTtsCacheByAccount", () => {
  it("sends DELETE and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.DELETE("/Accounts/{AccountSid}/TtsCache", { params: account });
    expect(response.status).toBe(204);
    expectSent(`DELETE /Accounts/${ACCOUNT_SID}/TtsCache`);
    expect(data).toBeUndefined();
  });
});

describe("getTtsCacheSize", () => {
  it("decodes the platform-wide count", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/TtsCache");
    expect(response.status).toBe(200);
    expectSent("GET /TtsCache");
    expect(Number.isInteger(data?.size)).toBe(true);
  });
});

describe("purgeTtsCache", () => {
  it("sends DELETE and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.DELETE("/TtsCache");
    expect(response.status).toBe(204);
    expectSent("DELETE /TtsCache");
    expect(data).toBeUndefined();
  });
});
