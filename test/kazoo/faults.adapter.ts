import { KazooError, createKazooClient, kazooCredentialsHash, loginKazoo, type KazooClient } from "@callspec/kazoo";
import type { Calls, FaultAdapter } from "../faults/adapters.js";
import createClient from "openapi-fetch";

const KAZOO_TOKEN = "eyJhbGciOiJSUzI1NiJ9.EXAMPLE-fault-token.c2lnbmF0dXJl";
const KAZOO_PASSWORD = "m32c6NfqYEt-fault-password";
const KAZOO_USER = "john@example.com";
const KAZOO_API_KEY = "f5b2c8d1e4a74b6f9c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b";
const ACCOUNT = "4b31dd1d32ce6d249897c06332375d65";
const USER = "8a2d6f3c0b1e4d5a9c7b6e5f4a3b2c1d";

function kazooCalls(client: KazooClient): Calls {
  return {
    safe: (signal) => client.GET("/accounts/{ACCOUNT_ID}/users", { params: { path: { ACCOUNT_ID: ACCOUNT } }, signal }),
    // PUT creates in Kazoo: a repeated one would make a second user.
    unsafe: (signal) =>
      client.PUT("/accounts/{ACCOUNT_ID}/users", {
        params: { path: { ACCOUNT_ID: ACCOUNT } },
        body: { data: { first_name: "Ada", last_name: "Lovelace" } },
        signal,
      }),
  };
}

const withToken = (baseUrl: string, token = KAZOO_TOKEN, options = {}) =>
  createKazooClient({ baseUrl: `${baseUrl}/v2`, auth: { token }, ...options });

export const kazooAdapter: FaultAdapter = {
  vendor: "kazoo",
  errorClass: KazooError,
  secrets: [KAZOO_TOKEN, KAZOO_PASSWORD, KAZOO_API_KEY, kazooCredentialsHash(KAZOO_USER, KAZOO_PASSWORD)],
  create: (baseUrl, options) => kazooCalls(withToken(baseUrl, KAZOO_TOKEN, options)),
  bare: (baseUrl) => kazooCalls(createClient({ baseUrl: `${baseUrl}/v2` }) as never),
  policy: {
    timeout: "30 s per attempt (`timeoutMs`)",
    retries:
      "GET/HEAD except quickcall and clicktocall `connect` (they place calls): " +
      "2 retries on network errors, 408, 429, 500, 502, 503, 504 (`retry`); PUT creates and is never retried",
    auth:
      "`X-Auth-Token`: a given token, or an API key (`PUT /api_auth`) or user credentials (`PUT /user_auth`, MD5 of `username:password`) " +
      "with a fresh login once on 401",
  },
  login: {
    isLogin: (req) => req.method === "PUT" && (req.url === "/v2/user_auth" || req.url === "/v2/api_auth"),
    grant: (res, token) => {
      res.writeHead(201, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          auth_token: token,
          data: { account_id: ACCOUNT, owner_id: USER, apps: [], is_reseller: false, language: "en-US" },
          status: "success",
          request_id: "6d9f2b0c1e3a4f5b8c7d9e0a1b2c3d4e",
        }),
      );
    },
    tokenOf: (req) => req.headers["x-auth-token"] as string | undefined,
    create: async (baseUrl, options) => {
      const { client } = await loginKazoo({
        baseUrl: `${baseUrl}/v2`,
        auth: { username: KAZOO_USER, password: KAZOO_PASSWORD, accountName: "Example Corp" },
        ...options,
      });
      return kazooCalls(client);
    },
    lazy: (baseUrl, options) => kazooCalls(createKazooClient({ baseUrl: `${baseUrl}/v2`, auth: { apiKey: KAZOO_API_KEY }, ...options })),
  },
  pathCall: {
    call: (baseUrl, value) =>
      withToken(baseUrl).GET("/accounts/{ACCOUNT_ID}/users/{USER_ID}", { params: { path: { ACCOUNT_ID: ACCOUNT, USER_ID: value } } }),
    prefix: `/v2/accounts/${ACCOUNT}/users/`,
    suffix: "",
  },
  queryCall: {
    call: (baseUrl, value) =>
      withToken(baseUrl).GET("/accounts/{ACCOUNT_ID}/users", { params: { path: { ACCOUNT_ID: ACCOUNT }, query: { start_key: value } } }),
    name: "start_key",
  },
  bodyCall: {
    call: (baseUrl, value) =>
      withToken(baseUrl).PATCH("/accounts/{ACCOUNT_ID}/users/{USER_ID}", {
        params: { path: { ACCOUNT_ID: ACCOUNT, USER_ID: USER } },
        body: { data: value },
      }),
    pick: (body) => (body as { data: unknown }).data,
  },
  withCredential: (baseUrl, credential) => kazooCalls(withToken(baseUrl, credential, { retry: false })),
  envelope: {
    status: 404,
    body: {
      data: { message: "bad identifier" },
      error: "404",
      message: "bad_identifier",
      request_id: "6d9f2b0c1e3a4f5b8c7d9e0a1b2c3d4e",
      status: "error",
    },
    vendorCode: "bad_identifier",
    vendorMessage: "bad identifier",
  },
};
