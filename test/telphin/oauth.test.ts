import { createTelphinClient, TelphinAuthError, TelphinError, type TelphinToken } from "@callspec/telphin";
import { inspect } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import { json, localServer, type Recorded } from "../support/local-server.js";
import { caught, mockOf } from "../support/mocks.js";

const CLIENT_ID = "EXAMPLE-client-id";
const SECRET = "EXAMPLE-client-secret-5f0c1d2e";

describe("issueToken", () => {
  it("a trusted app gets its token from the mock's /oauth/token at the host root", async () => {
    const client = createTelphinClient({ baseUrl: mockOf("telphin").url, clientId: CLIENT_ID, clientSecret: SECRET, retry: false });
    await client.auth.ensureToken();
    expect(client.auth.token).toBe("EXAMPLE-access-token");
  });

  it("a public app's refresh-token grant passes the mock's request validation", async () => {
    const seen: TelphinToken[] = [];
    const client = createTelphinClient({
      baseUrl: mockOf("telphin").url,
      clientId: CLIENT_ID,
      clientSecret: SECRET,
      refreshToken: "EXAMPLE-refresh-token",
      redirectUri: "https://app.example.org/telphin/callback",
      onToken: (t) => seen.push(t),
    });
    const { data } = await client.GET("/user/");
    expect(data?.id).toBe(123);
    expect(seen.map((t) => t.expires_in)).toEqual([3600]);
  });
});

/** A token server and API in one: answers /oauth/token with `grant`, the API with `api`. */
async function tokenServer(
  grant: (form: URLSearchParams, n: number) => [number, unknown],
  api: (req: Recorded, token: string | undefined) => [number, unknown],
) {
  let n = 0;
  const server = await localServer((req, res) => {
    if (req.method === "POST" && req.url.split("?")[0] === "/oauth/token") {
      const [status, body] = grant(new URLSearchParams(req.body), ++n);
      return json(res, status, body);
    }
    const [status, body] = api(req, req.headers.authorization?.replace(/^Bearer /, ""));
    json(res, status, body);
  });
  servers.push(server);
  const logins = () => server.requests.filter((r) => r.url === "/oauth/token");
  const calls = () => server.requests.filter((r) => r.url !== "/oauth/token");
  return { ...server, logins, calls, baseUrl: `${server.url}/api/ver1.0` };
}
const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const user = {
  id: 1,
  login: "l",
  access: "full",
  admin: false,
  client_id: 7,
  dealer_id: null,
  extension_group_id: null,
  extension_id: null,
  extra_params: null,
  timezone: "Europe/Moscow",
};
const token = (n: number, extra: Partial<TelphinToken> = {}) => ({
  access_token: `token-${n}-abcdef`,
  token_type: "Bearer",
  expires_in: 3600,
  scope: "all",
  ...extra,
});

describe("OAuth flows against a local token server", () => {
  it("client credentials: a form-encoded POST to the host root, then Bearer on every call, one token for many calls", async () => {
    const s = await tokenServer(
      (_, n) => [200, token(n)],
      () => [200, user],
    );
    const client = createTelphinClient({ baseUrl: s.baseUrl, clientId: CLIENT_ID, clientSecret: SECRET });
    for (let i = 0; i < 3; i++) expect((await client.whoAmI()).client_id).toBe(7);
    expect(s.logins()).toHaveLength(1);
    const login = s.logins()[0]!;
    expect(login.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(Object.fromEntries(new URLSearchParams(login.body))).toEqual({
      grant_type: "client_credentials",
      client_id: CLIENT_ID,
      client_secret: SECRET,
    });
    expect(s.calls().map((r) => [r.url, r.headers.authorization])).toEqual(Array(3).fill(["/api/ver1.0/user/", "Bearer token-1-abcdef"]));
  });

  it("renews a token within renewBeforeMs of its expiry before using it, not earlier", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const s = await tokenServer(
        (_, n) => [200, token(n, { expires_in: 3600 })],
        () => [200, user],
      );
      const client = createTelphinClient({ baseUrl: s.baseUrl, clientId: CLIENT_ID, clientSecret: SECRET, renewBeforeMs: 60_000 });
      await client.whoAmI();
      vi.setSystemTime(Date.now() + 3_539_000);
      await client.whoAmI();
      vi.setSystemTime(Date.now() + 2_000);
      await client.whoAmI();
      expect(s.logins()).toHaveLength(2);
      expect(s.calls().map((r) => r.headers.authorization)).toEqual([
        "Bearer token-1-abcdef",
        "Bearer token-1-abcdef",
        "Bearer token-2-abcdef",
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("a 401 renews the token once and repeats the request; a second 401 surfaces as TelphinError", async () => {
    let valid = "token-2-abcdef";
    const s = await tokenServer(
      (_, n) => [200, token(n)],
      (_, t) => (t === valid ? [200, user] : [401, { message: "Unauthorized" }]),
    );
    const client = createTelphinClient({ baseUrl: s.baseUrl, clientId: CLIENT_ID, clientSecret: SECRET, retry: false });
    expect((await client.whoAmI()).id).toBe(1);
    expect(s.logins()).toHaveLength(2);
    valid = "none";
    const error = await caught(() => client.whoAmI());
    expect(error).toBeInstanceOf(TelphinError);
    expect((error as TelphinError).status).toBe(401);
    expect(s.logins()).toHaveLength(3);
    expect(s.calls()).toHaveLength(4);
  });

  it("ten parallel calls with no token yet make exactly one token request", async () => {
    const s = await tokenServer(
      (_, n) => [200, token(n)],
      () => [200, user],
    );
    const client = createTelphinClient({ baseUrl: s.baseUrl, clientId: CLIENT_ID, clientSecret: SECRET });
    const users = await Promise.all(Array.from({ length: 10 }, () => client.whoAmI()));
    expect(users.every((u) => u.client_id === 7)).toBe(true);
    expect(s.logins()).toHaveLength(1);
  });

  it("ten parallel calls with an expiring token share one renewal", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const s = await tokenServer(
        (_, n) => [200, token(n)],
        () => [200, user],
      );
      const client = createTelphinClient({ baseUrl: s.baseUrl, clientId: CLIENT_ID, clientSecret: SECRET });
      await client.whoAmI();
      vi.setSystemTime(Date.now() + 3_590_000);
      await Promise.all(Array.from({ length: 10 }, () => client.whoAmI()));
      expect(s.logins()).toHaveLength(2);
      expect(
        new Set(
          s
            .calls()
            .slice(1)
            .map((r) => r.headers.authorization),
        ),
      ).toEqual(new Set(["Bearer token-2-abcdef"]));
    } finally {
      vi.useRealTimers();
    }
  });

  it("a short-lived token is renewed half-way through, not at once", async () => {
    const s = await tokenServer(
      (_, n) => [200, token(n, { expires_in: 30 })],
      () => [200, user],
    );
    const client = createTelphinClient({ baseUrl: s.baseUrl, clientId: CLIENT_ID, clientSecret: SECRET });
    await client.whoAmI();
    await client.whoAmI();
    expect(s.logins()).toHaveLength(1);
  });

  it("password grant: the refresh token renews next; when it is refused, the password grant is used again", async () => {
    const s = await tokenServer(
      (form, n) =>
        form.get("grant_type") === "refresh_token"
          ? [401, { error: "invalid_grant" }]
          : [200, token(n, { refresh_token: `refresh-${n}-xyz` })],
      (_, t) => (t === "token-3-abcdef" ? [200, user] : [401, { message: "Unauthorized" }]),
    );
    const client = createTelphinClient({
      baseUrl: s.baseUrl,
      clientId: CLIENT_ID,
      clientSecret: SECRET,
      username: "admin",
      password: "EXAMPLE-password-1",
    });
    await client.auth.ensureToken();
    expect((await client.whoAmI()).id).toBe(1);
    expect(s.logins().map((r) => new URLSearchParams(r.body).get("grant_type"))).toEqual(["password", "refresh_token", "password"]);
    expect(new URLSearchParams(s.logins()[1]!.body).get("refresh_token")).toBe("refresh-1-xyz");
  });

  it("authorization code: exchanged once, the refresh token after that", async () => {
    const s = await tokenServer(
      (_, n) => [200, token(n, { refresh_token: `refresh-${n}-xyz` })],
      (_, t) => (t === "token-1-abcdef" ? [401, { message: "Unauthorized" }] : [200, user]),
    );
    const client = createTelphinClient({
      baseUrl: s.baseUrl,
      clientId: CLIENT_ID,
      clientSecret: SECRET,
      code: "EXAMPLE-code-42",
      redirectUri: "https://app.example.org/cb",
    });
    await client.whoAmI();
    const grants = s.logins().map((r) => Object.fromEntries(new URLSearchParams(r.body)));
    expect(grants[0]).toMatchObject({
      grant_type: "authorization_code",
      code: "EXAMPLE-code-42",
      redirect_uri: "https://app.example.org/cb",
    });
    expect(grants[1]).toMatchObject({ grant_type: "refresh_token", refresh_token: "refresh-1-xyz" });
  });

  it("invalid_grant on a public app's refresh is a TelphinAuthError that names the code and hides every secret", async () => {
    const s = await tokenServer(
      () => [401, { error: "invalid_grant" }],
      () => [200, user],
    );
    const client = createTelphinClient({
      baseUrl: s.baseUrl,
      clientId: CLIENT_ID,
      clientSecret: SECRET,
      refreshToken: "EXAMPLE-refresh-secret-99",
    });
    const error = await caught(() => client.whoAmI());
    expect(error).toBeInstanceOf(TelphinAuthError);
    expect((error as TelphinAuthError).oauthError).toBe("invalid_grant");
    expect((error as TelphinAuthError).status).toBe(401);
    expect(s.logins()).toHaveLength(1);
    expect(s.calls()).toHaveLength(0);
    const views = [String(error), (error as Error).stack, JSON.stringify(error), inspect(error, { depth: 8 })].join("\n");
    for (const secret of [SECRET, "EXAMPLE-refresh-secret-99"]) expect(views).not.toContain(secret);
  });

  it("a token endpoint answering 500 is a TelphinAuthError, asked once", async () => {
    const s = await tokenServer(
      () => [500, { message: "down" }],
      () => [200, user],
    );
    const client = createTelphinClient({ baseUrl: s.baseUrl, clientId: CLIENT_ID, clientSecret: SECRET });
    const error = await caught(() => client.whoAmI());
    expect(error).toBeInstanceOf(TelphinAuthError);
    expect((error as TelphinAuthError).status).toBe(500);
    expect(s.logins()).toHaveLength(1);
  });

  it("the token request keeps the client's maxResponseBytes: an oversized token answer is refused, nothing else sent", async () => {
    const s = await tokenServer(
      (_, n) => [200, token(n, { scope: "x".repeat(4096) })],
      () => [200, user],
    );
    const client = createTelphinClient({ baseUrl: s.baseUrl, clientId: CLIENT_ID, clientSecret: SECRET, maxResponseBytes: 1024 });
    const error = await caught(() => client.whoAmI());
    expect(inspect(error, { depth: 10 })).toMatch(/ResponseTooLargeError/);
    expect(inspect(error, { depth: 10 })).not.toContain(SECRET);
    expect(s.calls()).toHaveLength(0);
  });

  it("a tokenUrl holding credentials is a ConfigurationError at creation, the password not echoed", () => {
    expect(() =>
      createTelphinClient({ tokenUrl: "https://app:Tok3n-Pw@apiproxy.telphin.ru/oauth/token", clientId: CLIENT_ID, clientSecret: SECRET }),
    ).toThrow(/^tokenUrl must not hold credentials/);
  });

  it("a bare token is not renewed: its 401 surfaces without any token request", async () => {
    const s = await tokenServer(
      (_, n) => [200, token(n)],
      () => [401, { message: "Unauthorized" }],
    );
    const client = createTelphinClient({ baseUrl: s.baseUrl, token: "EXAMPLE-bare-token" });
    const error = await caught(() => client.whoAmI());
    expect((error as TelphinError).status).toBe(401);
    expect((error as TelphinError).vendorMessage).toBe("Unauthorized");
    expect(s.logins()).toHaveLength(0);
  });
});
