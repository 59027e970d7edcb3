import { PathParameterError, createTelphinClient } from "@callspec/telphin";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, localServer } from "../support/local-server.js";
import { caught } from "../support/mocks.js";

let server: Awaited<ReturnType<typeof localServer>>;
beforeAll(async () => {
  server = await localServer((req, res) => json(res, 200, req.url.endsWith("/") || req.url.includes("/?") ? [] : {}));
});
afterAll(() => server.close());
const client = () => createTelphinClient({ baseUrl: `${server.url}/api/ver1.0`, token: "EXAMPLE-token" });
const lastLine = () => `${server.requests.at(-1)!.method} ${server.requests.at(-1)!.url}`;

describe("realm ids and the trailing slash reach the server as written", () => {
  it.each([
    ["@me", "GET /api/ver1.0/extension/@me/phone/"],
    ["@101", "GET /api/ver1.0/extension/@101/phone/"],
    ["@0003*100", "GET /api/ver1.0/extension/@0003*100/phone/"],
    ["0003*100", "GET /api/ver1.0/extension/0003*100/phone/"],
    ["469100", "GET /api/ver1.0/extension/469100/phone/"],
  ])("extension id %s", async (id, line) => {
    await client().GET("/extension/{extension_id}/phone/", { params: { path: { extension_id: id } } });
    expect(lastLine()).toBe(line);
  });

  it("a collection keeps its slash, a single object has none", async () => {
    await client().GET("/client/{client_id}/extension/", { params: { path: { client_id: "@me" }, query: { type: "phone" } } });
    expect(lastLine()).toBe("GET /api/ver1.0/client/@me/extension/?type=phone");
    await client().GET("/client/{client_id}/extension/{extension_id}", { params: { path: { client_id: "@me", extension_id: 2 } } });
    expect(lastLine()).toBe("GET /api/ver1.0/client/@me/extension/2");
    await client().DELETE("/extension/{extension_id}/event/{event_id}", { params: { path: { extension_id: "@1844*101", event_id: 12 } } });
    expect(lastLine()).toBe("DELETE /api/ver1.0/extension/@1844*101/event/12");
    await client().GET("/user/");
    expect(lastLine()).toBe("GET /api/ver1.0/user/");
  });

  it("a slash, a question mark or a percent sign in an id stays inside its segment", async () => {
    await client().GET("/extension/{extension_id}/phone/", { params: { path: { extension_id: "a/b?c%d" } } });
    expect(lastLine()).toBe("GET /api/ver1.0/extension/a%2Fb%3Fc%25d/phone/");
  });

  it.each([
    ["empty", "", /is empty/],
    ["..", "..", /is "\.\."/],
    [".", ".", /is "\."/],
    ["missing", undefined, /is missing/],
  ])("a %s realm id is refused before sending", async (_, value, message) => {
    const before = server.requests.length;
    const error = await caught(() => client().GET("/client/{client_id}/did/", { params: { path: { client_id: value as string } } }));
    expect(error).toBeInstanceOf(PathParameterError);
    expect(String(error)).toMatch(message);
    expect(server.requests.length).toBe(before);
  });
});
