import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Google Custom Voices: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listGoogleCustomVoices", () => {
  it("List Google custom voices", async () => {
    const { data, response } = await jambonz().GET("/GoogleCustomVoices");
    expect(response.status).toBe(200);
    expect(data).toEqual([
      {
        google_custom_voice_sid: "d271b3fa-05c6-4427-93b1-c0e2f1023145",
        speech_credential_sid: "6b0a4c83-9e5f-4db0-ac34-5f7b8a9cadbe",
        name: "brand-voice",
        model: "projects/example/locations/us-central1/models/brand-voice",
        reported_usage: "REALTIME",
        use_voice_cloning_key: 0,
      },
    ]);
  });
});

describe("createGoogleCustomVoice", () => {
  it("Create a Google custom voice", async () => {
    const { data, response } = await jambonz().POST("/GoogleCustomVoices", {
      body: {
        speech_credential_sid: "6b0a4c83-9e5f-4db0-ac34-5f7b8a9cadbe",
        name: "brand-voice",
        model: "projects/example/locations/us-central1/models/brand-voice",
        reported_usage: "REALTIME",
      },
    });
    expect(response.status).toBe(201);
    expect(data).toEqual({ sid: "a36c677b-b93d-4d54-8282-d506f2819691" });
  });
});

describe("getGoogleCustomVoice", () => {
  it("Get a Google custom voice", async () => {
    const { data, response } = await jambonz().GET("/GoogleCustomVoices/{GoogleCustomVoiceSid}", {
      params: { path: { GoogleCustomVoiceSid: "d271b3fa-05c6-4427-93b1-c0e2f1023145" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      google_custom_voice_sid: "d271b3fa-05c6-4427-93b1-c0e2f1023145",
      speech_credential_sid: "6b0a4c83-9e5f-4db0-ac34-5f7b8a9cadbe",
      model: "projects/example/locations/us-central1/models/brand-voice",
      reported_usage: "REALTIME",
      name: "brand-voice",
      voice_cloning_key: null,
      use_voice_cloning_key: 0,
    });
  });
});

describe("updateGoogleCustomVoice", () => {
  it("Update a Google custom voice", async () => {
    const { data, response } = await jambonz().PUT("/GoogleCustomVoices/{GoogleCustomVoiceSid}", {
      params: { path: { GoogleCustomVoiceSid: "d271b3fa-05c6-4427-93b1-c0e2f1023145" } },
      body: { reported_usage: "OFFLINE" },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("deleteGoogleCustomVoice", () => {
  it("Delete a Google custom voice", async () => {
    const { data, response } = await jambonz().DELETE("/GoogleCustomVoices/{GoogleCustomVoiceSid}", {
      params: { path: { GoogleCustomVoiceSid: "d271b3fa-05c6-4427-93b1-c0e2f1023145" } },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("uploadVoiceCloningKey", () => {
  it("Upload a voice cloning key", async () => {
    const { data, response } = await jambonz().POST("/GoogleCustomVoices/{GoogleCustomVoiceSid}/VoiceCloningKey", {
      params: { path: { GoogleCustomVoiceSid: "d271b3fa-05c6-4427-93b1-c0e2f1023145" } },
      body: { file: "file-bytes" },
      bodySerializer: (body: { file: string }) => {
        const form = new FormData();
        form.append("file", new Blob([body.file]), "upload.bin");
        return form;
      },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});
