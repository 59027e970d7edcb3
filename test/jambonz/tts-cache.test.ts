import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Tts Cache: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("synthesizeSpeech", () => {
  it("Synthesize speech", async () => {
    const { data, response } = await jambonz().POST("/Accounts/{AccountSid}/TtsCache/Synthesize", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691" } },
      body: {
        speech_credential_sid: "6b0a4c83-9e5f-4db0-ac34-5f7b8a9cadbe",
        text: "Thank you for calling.",
        language: "en-US",
        voice: "en-US-Standard-C",
      },
      parseAs: "arrayBuffer",
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^audio\/mpeg/);
    expect(data).toBeInstanceOf(ArrayBuffer);
  });
});

describe("getTtsCacheSizeByAccount", () => {
  it("Count cached speech of an account", async () => {
    const { data, response } = await jambonz().GET("/Accounts/{AccountSid}/TtsCache", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({ size: 42 });
  });
});

describe("purgeTtsCacheByAccount", () => {
  it("Empty the TTS cache of an account", async () => {
    const { data, response } = await jambonz().DELETE("/Accounts/{AccountSid}/TtsCache", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691" } },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("getTtsCacheSize", () => {
  it("Get the platform TTS cache size", async () => {
    const { data, response } = await jambonz().GET("/TtsCache");
    expect(response.status).toBe(200);
    expect(data).toEqual({ size: 1200 });
  });
});

describe("purgeTtsCache", () => {
  it("Empty the platform TTS cache", async () => {
    const { data, response } = await jambonz().DELETE("/TtsCache");
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});
