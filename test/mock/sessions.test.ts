import { describe, expect, it } from "vitest";
import { mockOf } from "../support/mocks.js";

const auth = { Authorization: `Basic ${btoa("ksippo:EXAMPLE-password")}` };
const hangup = JSON.stringify({ operationName: "Hangup" });

describe("genesys-gws mock: HTTP session and CSRF token as a GWS node with CSRF protection keeps them", () => {
  it("a GET opens a session: JSESSIONID cookie, X-CSRF-HEADER and X-CSRF-TOKEN", async () => {
    const me = await fetch(`${mockOf("genesys-gws").url}/me`, { headers: auth });
    await me.arrayBuffer();
    expect(me.status).toBe(200);
    expect(me.headers.get("set-cookie")).toMatch(/^JSESSIONID=[0-9A-F]{32}; Path=\/api; HttpOnly$/);
    expect(me.headers.get("x-csrf-header")).toBe("X-CSRF-TOKEN");
    // The session's own token, not the example's.
    expect(me.headers.get("x-csrf-token")).toMatch(/^[0-9a-f-]{36}$/);
    expect(me.headers.get("x-csrf-token")).not.toBe("6b8f3c52-1f1e-4c38-9d3a-2f8c6f0e7a11");
  });

  it("refuses a write without the cookie and the token (403, statusCode 3), takes it with both", async () => {
    const { url } = mockOf("genesys-gws");
    const call = `${url}/me/calls/007202b64bc0d0e5`;
    const post = (headers: Record<string, string>) =>
      fetch(call, { method: "POST", headers: { ...auth, "content-type": "application/json", ...headers }, body: hangup });
    const none = await post({});
    expect(none.status).toBe(403);
    expect(await none.json()).toEqual({ statusCode: 3, statusMessage: "Missing or invalid Csrf token" });

    const me = await fetch(`${url}/me`, { headers: auth });
    await me.arrayBuffer();
    const cookie = me.headers.get("set-cookie")!.split(";")[0]!;
    const token = me.headers.get("x-csrf-token")!;
    expect((await post({ Cookie: cookie })).status, "the cookie alone").toBe(403);
    expect((await post({ "X-CSRF-TOKEN": token })).status, "the token alone").toBe(403);
    expect((await post({ Cookie: cookie, "X-CSRF-TOKEN": "3f2c9a10-0000-4000-8000-000000000001" })).status, "another token").toBe(403);
    const both = await post({ Cookie: cookie, "X-CSRF-TOKEN": token });
    expect(both.status).toBe(200);
    expect(await both.json()).toEqual({ statusCode: 0 });

    // The session lasts: a later GET with the cookie hands out the same token and sets no new cookie.
    const again = await fetch(`${url}/me`, { headers: { ...auth, Cookie: cookie } });
    await again.arrayBuffer();
    expect(again.headers.get("x-csrf-token")).toBe(token);
    expect(again.headers.get("set-cookie")).toBeNull();
  });

  it("answers CORS with the exact origin, credentials allowed and the CSRF headers exposed by name", async () => {
    const { url } = mockOf("genesys-gws");
    const origin = "https://agent.example.com";
    const preflight = await fetch(`${url}/me/calls/007202b64bc0d0e5`, {
      method: "OPTIONS",
      headers: { Origin: origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization, x-csrf-token" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe(origin);
    expect(preflight.headers.get("access-control-allow-credentials")).toBe("true");
    expect(preflight.headers.get("access-control-allow-headers")).toBe("authorization, x-csrf-token");
    expect(preflight.headers.get("access-control-allow-methods")).toContain("POST");

    const get = await fetch(`${url}/me`, { headers: { ...auth, Origin: origin } });
    await get.arrayBuffer();
    expect(get.headers.get("access-control-allow-origin")).toBe(origin);
    expect(get.headers.get("access-control-allow-credentials")).toBe("true");
    const exposed = get.headers.get("access-control-expose-headers")!;
    expect(exposed).not.toBe("*");
    expect(exposed.split(/,\s*/)).toContain("X-CSRF-TOKEN");
  });
});
