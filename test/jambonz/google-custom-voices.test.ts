import { describe, expect, it } from "vitest";
import { GOOGLE_CUSTOM_VOICE_SID, SID, SPEECH_CREDENTIAL_SID, recorded } from "./client.js";

// Google Custom Voices: every operation of the tag, through the client, against the Prism mock (request validation on).

const voice = { path: { GoogleCustomVoiceSid: GOOGLE_CUSTOM_VOICE_SID } };

describe("listGoogleCustomVoices", () => {
  it("lists voices tied to their speech credential", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/GoogleCustomVoices");
    expect(response.status).toBe(200);
    expectSent("GET /GoogleCustomVoices");
    expect(data?.[0]?.google_custom_voice_sid).toBe(GOOGLE_CUSTOM_VOICE_SID);
    expect(data?.[0]?.speech_credential_sid).toBe(SPEECH_CREDENTIAL_SID);
  });
});

describe("createGoogleCustomVoice", () => {
  it("posts the voice as JSON and answers 201 with a sid", async () => {
    const body = {
      speech_credential_sid: SPEECH_CREDENTIAL_SID,
      name: "brand-voice",
      model: "projects/example/locations/us-central1/models/brand-voice",
      reported_usage: "REALTIME",
    } as const;
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/GoogleCustomVoices", { body });
    expect(response.status).toBe(201);
    expectSent("POST /GoogleCustomVoices", body);
    expect(data?.sid).toMatch(SID);
  });
});

describe("getGoogleCustomVoice", () => {
  it("decodes one voice, its cloning key absent", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/GoogleCustomVoices/{GoogleCustomVoiceSid}", { params: voice });
    expect(response.status).toBe(200);
    expectSent(`GET /GoogleCustomVoices/${GOOGLE_CUSTOM_VOICE_SID}`);
    expect(data?.google_custom_voice_sid).toBe(GOOGLE_CUSTOM_VOICE_SID);
    expect(data?.voice_cloning_key).toBeNull();
  });
});

describe("updateGoogleCustomVoice", () => {
  it("puts the change and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.PUT("/GoogleCustomVoices/{GoogleCustomVoiceSid}", {
      params: voice,
      body: { reported_usage: "OFFLINE" },
    });
    expect(response.status).toBe(204);
    expectSent(`PUT /GoogleCustomVoices/${GOOGLE_CUSTOM_VOICE_SID}`, { reported_usage: "OFFLINE" });
    expect(data).toBeUndefined();
  });
});

describe("deleteGoogleCustomVoice", () => {
  it("sends DELETE and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.DELETE("/GoogleCustomVoices/{GoogleCustomVoiceSid}", { params: voice });
    expect(response.status).toBe(204);
    expectSent(`DELETE /GoogleCustomVoices/${GOOGLE_CUSTOM_VOICE_SID}`);
    expect(data).toBeUndefined();
  });
});

describe("uploadVoiceCloningKey", () => {
  it("sends the key as multipart form data, not JSON", async () => {
    const { client, sent } = recorded();
    const { data, response } = await client.POST("/GoogleCustomVoices/{GoogleCustomVoiceSid}/VoiceCloningKey", {
      params: voice,
      body: { file: "file-bytes" },
      bodySerializer: (body: { file: string }) => {
        const form = new FormData();
        form.append("file", new Blob([body.file]), "upload.bin");
        return form;
      },
    });
    expect(response.status).toBe(204);
    expect(sent[0]?.target).toBe(`/GoogleCustomVoices/${GOOGLE_CUSTOM_VOICE_SID}/VoiceCloningKey`);
    // fetch sets the multipart boundary itself: a JSON content type would make the upload unreadable.
    expect(sent[0]?.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
    expect(sent[0]?.body).toMatch(/name="file"; filename="upload.bin"[\s\S]*file-bytes/);
    expect(data).toBeUndefined();
  });
});
