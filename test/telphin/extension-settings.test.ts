import { describe, expect, it } from "vitest";
import { telphin } from "./client.js";

// Phone, ANI, queue and IVR settings: one object per extension, at a collection-style path.
const ext = { extension_id: "@me" };

describe("getPhone", () => {
  it("reads the SIP terminal settings", async () => {
    const { data } = await telphin().GET("/extension/{extension_id}/phone/", { params: { path: ext } });
    expect(data?.auth_type).toBe("digest");
    expect(data?.allow_webrtc).toBe(true);
  });
});

describe("updatePhone", () => {
  it("turns recording on", async () => {
    const { data, response } = await telphin().PUT("/extension/{extension_id}/phone/", {
      params: { path: { extension_id: "@1844*101" } },
      body: { record_enabled: true },
    });
    expect(response.status).toBe(200);
    expect(data?.record_enabled).toBe(true);
  });
});

describe("getAni", () => {
  it("reads the presented number", async () => {
    const { data } = await telphin().GET("/extension/{extension_id}/ani/", { params: { path: ext } });
    expect(data?.default).toBe("78123092631");
  });
});

describe("updateAni", () => {
  it("sets the presented number", async () => {
    const { data } = await telphin().PUT("/extension/{extension_id}/ani/", { params: { path: ext }, body: { ani_number: "78123092631" } });
    expect(data?.default).toBe("78123092631");
  });
});

describe("getQueue", () => {
  it("reads a queue's settings", async () => {
    const { data } = await telphin().GET("/extension/{extension_id}/queue/", { params: { path: { extension_id: "469101" } } });
    expect(data?.max_wait_time).toBe(300);
  });
});

describe("updateQueue", () => {
  it("changes the longest wait", async () => {
    const { data, response } = await telphin().PUT("/extension/{extension_id}/queue/", {
      params: { path: { extension_id: "469101" } },
      body: { max_wait_time: 300 },
    });
    expect(response.status).toBe(200);
    expect(data?.extension_id).toBe(469101);
  });
});

describe("getIvr", () => {
  it("reads an IVR's settings", async () => {
    const { data } = await telphin().GET("/extension/{extension_id}/ivr/", { params: { path: ext } });
    expect(data?.vm_mailto).toBe("office@example.org");
  });
});

describe("updateIvr", () => {
  it("turns voicemail on", async () => {
    const { data, response } = await telphin().PUT("/extension/{extension_id}/ivr/", { params: { path: ext }, body: { vm_enabled: true } });
    expect(response.status).toBe(200);
    expect(data?.lifetime).toBe(600);
  });
});

describe("getQueueStatus", () => {
  it("answers the open-shape status of a queue extension", async () => {
    const { data, response } = await telphin().GET("/extension/{extension_id}/queue/status/", { params: { path: ext } });
    expect(response.status).toBe(200);
    expect(data).toEqual({});
  });
});
