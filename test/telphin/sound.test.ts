import { describe, expect, it } from "vitest";
import { telphin } from "./client.js";

describe("listSounds", () => {
  it("lists the client's own sounds by id", async () => {
    const { data } = await telphin().GET("/client/{client_id}/sound/", {
      params: { path: { client_id: "@me" }, query: { id: [301], own_only: true } },
    });
    expect(data?.[0]?.title).toBe("Greeting");
  });
});

describe("uploadSound", () => {
  it("uploads a file as multipart/form-data and answers 201", async () => {
    const form = new FormData();
    form.set("title", "Greeting");
    form.set("file", new Blob([new Uint8Array([0xff, 0xfb, 0x90, 0x44])], { type: "audio/mpeg" }), "greeting.mp3");
    const seen: (string | null)[] = [];
    const client = telphin();
    client.use({ onRequest: ({ request }) => void seen.push(request.headers.get("content-type")) });
    const { data, response } = await client.POST("/client/{client_id}/sound/", {
      params: { path: { client_id: "@me" } },
      body: form as never,
    });
    expect(response.status).toBe(201);
    expect(data?.id).toBe(301);
    expect(seen[0]).toMatch(/^multipart\/form-data; boundary=/);
  });
});
