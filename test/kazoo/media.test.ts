import { unwrap } from "@callspec/kazoo";
import { expect } from "vitest";
import { ACCOUNT_ID, MEDIA_ID, account, kazoo, operations, rawBody } from "./client.js";

const media = { path: { ACCOUNT_ID, MEDIA_ID } };

operations({
  listMedia: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/media", { params: account })))[0]?.media_source).toBe("upload"),
  createMedia: async () => {
    const { data, response } = await kazoo().PUT("/accounts/{ACCOUNT_ID}/media", {
      params: account,
      body: { data: { name: "Main greeting", media_source: "upload" } },
    });
    expect(response.status).toBe(201);
    expect(data?.data.id).toBe(MEDIA_ID);
  },
  getMedia: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/media/{MEDIA_ID}", { params: media }))).content_type).toBe("audio/mpeg"),
  updateMedia: async () =>
    expect(
      (
        await unwrap(
          kazoo().POST("/accounts/{ACCOUNT_ID}/media/{MEDIA_ID}", {
            params: media,
            body: { data: { name: "Greeting", media_source: "upload" } },
          }),
        )
      ).streamable,
    ).toBe(true),
  deleteMedia: async () =>
    expect((await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/media/{MEDIA_ID}", { params: media }))).id).toBe(MEDIA_ID),
  downloadMedia: async () => {
    const { data, response } = await kazoo().GET("/accounts/{ACCOUNT_ID}/media/{MEDIA_ID}/raw", { params: media, parseAs: "arrayBuffer" });
    expect(response.headers.get("content-type")).toMatch(/^audio\//);
    expect(data).toBeInstanceOf(ArrayBuffer);
  },
  uploadMedia: async () =>
    expect(
      (await unwrap(kazoo().POST("/accounts/{ACCOUNT_ID}/media/{MEDIA_ID}/raw", { params: media, ...rawBody("audio/mpeg") })))
        .content_length,
    ).toBe(88244),
  listMediaLanguages: async () =>
    expect(await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/media/languages", { params: account }))).toContain("fr-ca"),
  listMediaByLanguage: async () =>
    expect(
      await unwrap(
        kazoo().GET("/accounts/{ACCOUNT_ID}/media/languages/{LANGUAGE}", { params: { path: { ACCOUNT_ID, LANGUAGE: "en-us" } } }),
      ),
    ).toEqual([MEDIA_ID]),
  listMediaPrompts: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/media/prompts", { params: account })))[0]?.["vm-enter_pass"]).toEqual([
      "vm-enter_pass-en-us",
    ]),
  getMediaPrompt: async () =>
    expect(
      await unwrap(
        kazoo().GET("/accounts/{ACCOUNT_ID}/media/prompts/{PROMPT_ID}", { params: { path: { ACCOUNT_ID, PROMPT_ID: "vm-enter_pass" } } }),
      ),
    ).toHaveLength(2),
});
