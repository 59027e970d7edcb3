import { KazooError, unwrap } from "@callspec/kazoo";
import { describe, expect, it } from "vitest";
import { caught, mockOf } from "../support/mocks.js";
import { ACCOUNT_ID, USER_ID, account, kazoo, operations } from "./client.js";

/** A client that records the requests it sends. */
function spied() {
  const sent: Request[] = [];
  const client = kazoo();
  client.use({ onRequest: ({ request }) => void sent.push(request.clone()) });
  return { client, last: () => sent[sent.length - 1], url: () => new URL(sent[sent.length - 1]?.url ?? "about:blank") };
}

const APP_ID = "iamatestclientid.apps.googleusercontent.com";
const KEY_ID = "96247ed90b4bec8294c09ae6ece923a2";
const LINK_ID = "d6faaff6b054393f28356ab7b38ad1bf-116254222860442180295";
const PROVIDER_ID = "google";
const TOKEN = "EXAMPLE-jwt-not-a-real-token";

operations({
  runAuthAction: async () => {
    const { client, last } = spied();
    const { data, response } = await client.PUT("/auth", { body: { action: "refresh_token", data: {} } });
    expect(response.status).toBe(201);
    // The action rides next to data in the envelope.
    expect(await last()?.json()).toEqual({ action: "refresh_token", data: {} });
    expect(data?.data?.account_id).toBe(ACCOUNT_ID);
    expect(data?.auth_token).toBe(TOKEN);
  },
  resetAccountSignatureSecret: async () => {
    const { data, response } = await kazoo().PUT("/accounts/{ACCOUNT_ID}/auth", {
      params: account,
      body: { action: "reset_signature_secret", data: {} },
    });
    expect(response.status).toBe(201);
    // Nothing comes back: the envelope has no data, so unwrap would refuse it.
    expect(data?.status).toBe("success");
    expect(data && "data" in data).toBe(false);
  },
  resetUserSignatureSecret: async () => {
    const { client, url } = spied();
    const { response } = await client.PUT("/accounts/{ACCOUNT_ID}/users/{USER_ID}/auth", {
      params: { path: { ACCOUNT_ID, USER_ID } },
      body: { action: "reset_signature_secret", data: {} },
    });
    expect(response.status).toBe(201);
    expect(url().pathname).toBe(`/v2/accounts/${ACCOUNT_ID}/users/${USER_ID}/auth`);
  },
  listAuthApps: async () => {
    const { client, url } = spied();
    const apps = await unwrap(client.GET("/auth/apps", { params: { query: { account_id: ACCOUNT_ID } } }));
    expect(url().searchParams.get("account_id")).toBe(ACCOUNT_ID);
    expect(apps[0]?.provider).toBe("google");
  },
  getAuthApp: async () => {
    const { client, url } = spied();
    const app = await unwrap(client.GET("/auth/apps/{APP_ID}", { params: { path: { APP_ID } } }));
    expect(url().pathname).toBe(`/v2/auth/apps/${APP_ID}`);
    expect(app.client_id).toBe(APP_ID);
  },
  replaceAuthApp: async () =>
    expect(
      (
        await unwrap(
          kazoo().POST("/auth/apps/{APP_ID}", {
            params: { path: { APP_ID } },
            body: { data: { client_id: APP_ID, provider: "google", secret: "EXAMPLE-client-secret-not-real" } },
          }),
        )
      ).provider,
    ).toBe("google"),
  deleteAuthApp: async () =>
    expect((await unwrap(kazoo().DELETE("/auth/apps/{APP_ID}", { params: { path: { APP_ID } } }))).id).toBe(APP_ID),
  authorizeForeignToken: async () => {
    const { data, response } = await kazoo().PUT("/auth/authorize", {
      body: { data: { provider: "google", access_token: "EXAMPLE-access-token-not-real" } },
    });
    expect(response.status).toBe(201);
    expect(data?.data?.owner_id).toBe(USER_ID);
  },
  completeSingleSignOn: async () => {
    const { data } = await kazoo().PUT("/auth/callback", {
      body: { data: { redirect_uri: "https://ui.example.com/", client_id: APP_ID, provider: "google", code: "EXAMPLE-code-not-real" } },
    });
    expect(data?.data).toMatchObject({ account_name: "Example Corp" });
  },
  listAuthKeys: async () => expect(await unwrap(kazoo().GET("/auth/keys"))).toEqual([KEY_ID]),
  getAuthPublicKey: async () => {
    const key = await unwrap(kazoo().GET("/auth/keys/{KEY_ID}", { params: { path: { KEY_ID } } }));
    expect(key.public_key_pem).toMatch(/^-----BEGIN RSA PUBLIC KEY-----/);
    const pem = await kazoo().GET("/auth/keys/{KEY_ID}", {
      params: { path: { KEY_ID } },
      headers: { Accept: "application/x-pem-file" },
      parseAs: "text",
    });
    expect(pem.response.headers.get("content-type")).toMatch(/^application\/x-pem-file/);
    expect(typeof pem.data).toBe("string");
  },
  resetAuthPrivateKey: async () => {
    const { data, response } = await kazoo().PUT("/auth/keys/{KEY_ID}", {
      params: { path: { KEY_ID } },
      body: { action: "reset_private_key", data: {} },
    });
    expect(response.status).toBe(201);
    expect(data?.status).toBe("success");
  },
  listAuthLinks: async () => expect((await unwrap(kazoo().GET("/auth/links")))[0]?.verified_email).toBe(true),
  getAuthLink: async () =>
    expect((await unwrap(kazoo().GET("/auth/links/{LINK_ID}", { params: { path: { LINK_ID } } }))).email).toBe("ada@example.com"),
  linkAuthIdentity: async () => {
    const { response, data } = await kazoo().PUT("/auth/links/{LINK_ID}", { params: { path: { LINK_ID } }, body: { data: {} } });
    expect(response.status).toBe(201);
    expect(data?.data.id).toBe(LINK_ID);
  },
  unlinkAuthIdentity: async () =>
    expect((await unwrap(kazoo().DELETE("/auth/links/{LINK_ID}", { params: { path: { LINK_ID } } }))).provider).toBe("google"),
  listAuthProviders: async () => {
    const { data } = await kazoo().GET("/auth/providers");
    // The view key `["oauth"]` arrives encoded, as every paging key does; it goes back as it came.
    const startKey: string | undefined = data?.start_key;
    expect(startKey).toBe("g2wAAAABbQAAAAVvYXV0aGo");
    expect(data?.data.map((p) => p.provider_type)).toEqual(["oauth", "multi_factor"]);
  },
  getAuthProvider: async () =>
    expect((await unwrap(kazoo().GET("/auth/providers/{PROVIDER_ID}", { params: { path: { PROVIDER_ID } } }))).issuer_domains).toEqual([
      "accounts.google.com",
    ]),
  replaceAuthProvider: async () =>
    expect(
      (
        await unwrap(
          kazoo().POST("/auth/providers/{PROVIDER_ID}", {
            params: { path: { PROVIDER_ID } },
            body: { data: { id: "google", auth_module: "oauth" } },
          }),
        )
      ).id,
    ).toBe("google"),
  deleteAuthProvider: async () =>
    expect((await unwrap(kazoo().DELETE("/auth/providers/{PROVIDER_ID}", { params: { path: { PROVIDER_ID } } }))).id).toBe("google"),
  getTokenInfo: async () => {
    const { client, url } = spied();
    const who = await unwrap(client.GET("/auth/tokeninfo", { params: { query: { token: TOKEN } } }));
    expect(url().searchParams.get("token")).toBe(TOKEN);
    expect(who.reseller_id).toBe("1e1b8f2c5d4a4b3c9e8f7a6b5c4d3e2f");
  },
  inspectTokenInfo: async () =>
    expect((await unwrap(kazoo().POST("/auth/tokeninfo", { body: { data: { token: TOKEN } } }))).account_id).toBe(ACCOUNT_ID),
});

describe("auth: open routes and bad requests", () => {
  it("token introspection needs no token of its own", async () => {
    const res = await fetch(`${mockOf("kazoo").url}/auth/tokeninfo?token=${TOKEN}`);
    expect(res.status).toBe(200);
    expect((await fetch(`${mockOf("kazoo").url}/auth/keys`)).status).toBe(401);
  });

  it("a callback without its code fails to compile and the mock refuses it with 400", async () => {
    const error = await caught(() =>
      // @ts-expect-error code is required by auth.callback
      kazoo().PUT("/auth/callback", { body: { data: { redirect_uri: "https://ui.example.com/", client_id: APP_ID, provider: "google" } } }),
    );
    expect(error).toBeInstanceOf(KazooError);
    expect((error as KazooError).status).toBe(400);
  });

  it("an unknown action fails to compile and the mock refuses it with 400", async () => {
    const error = await caught(() =>
      // @ts-expect-error the action is refresh_token or reset_signature_secret
      kazoo().PUT("/auth", { body: { action: "logout", data: {} } }),
    );
    expect((error as KazooError).status).toBe(400);
  });
});
