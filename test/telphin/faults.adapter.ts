import { TelphinError, createTelphinClient, type TelphinClient } from "@callspec/telphin";
import type { Calls, FaultAdapter } from "../faults/adapters.js";
import createClient from "openapi-fetch";

const TELPHIN_TOKEN = "5f0c1d2e3b4a4c5d8e9fa0b1c2d3e4f5";
const TELPHIN_CLIENT_SECRET = "correct-horse-battery-staple";
const CLIENT_ID = "b7e9c0a1d2f34e5f8a9b0c1d2e3f4a5b";

function telphinCalls(client: TelphinClient): Calls {
  return {
    safe: (signal) => client.GET("/client/{client_id}/extension/", { params: { path: { client_id: "@me" } }, signal }),
    // A callback places a phone call: it must never be sent twice.
    unsafe: (signal) =>
      client.POST("/extension/{extension_id}/callback/", {
        params: { path: { extension_id: "@me" } },
        body: { src_num: ["0003*100"], dst_num: "+74951234567" },
        signal,
      }),
  };
}

const withToken = (baseUrl: string, token = TELPHIN_TOKEN, options = {}) =>
  createTelphinClient({ baseUrl: `${baseUrl}/api/ver1.0`, token, ...options });

export const telphinAdapter: FaultAdapter = {
  vendor: "telphin",
  errorClass: TelphinError,
  secrets: [TELPHIN_TOKEN, TELPHIN_CLIENT_SECRET],
  create: (baseUrl, options) => telphinCalls(withToken(baseUrl, TELPHIN_TOKEN, options)),
  bare: (baseUrl) => telphinCalls(createClient({ baseUrl: `${baseUrl}/api/ver1.0` }) as never),
  policy: {
    timeout: "30 s per attempt, token request included (`timeoutMs`)",
    retries:
      "GET: 2 retries on network errors, 408, 429 (the concurrent-statistics refusal included), 500, 502, 503, 504; " +
      "POST, PUT and DELETE never (`retry`)",
    auth:
      "OAuth 2.0 Bearer: client credentials, password, authorization code or refresh token at `/oauth/token`; " +
      "renewed 60 s before `expires_in` and once on 401, one token request for parallel calls; or a fixed `token`",
  },
  login: {
    isLogin: (req) => req.method === "POST" && req.url === "/oauth/token",
    grant: (res, token) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ access_token: token, token_type: "Bearer", expires_in: 3600, scope: "all" }));
    },
    tokenOf: (req) => req.headers.authorization?.replace(/^Bearer /, ""),
    create: async (baseUrl, options) => {
      const client = createTelphinClient({
        baseUrl: `${baseUrl}/api/ver1.0`,
        clientId: CLIENT_ID,
        clientSecret: TELPHIN_CLIENT_SECRET,
        ...options,
      });
      await client.auth.ensureToken();
      return telphinCalls(client);
    },
    lazy: (baseUrl, options) =>
      telphinCalls(
        createTelphinClient({ baseUrl: `${baseUrl}/api/ver1.0`, clientId: CLIENT_ID, clientSecret: TELPHIN_CLIENT_SECRET, ...options }),
      ),
  },
  pathCall: {
    call: (baseUrl, value) => withToken(baseUrl).GET("/client/{client_id}/extension/", { params: { path: { client_id: value } } }),
    prefix: "/api/ver1.0/client/",
    suffix: "/extension/",
  },
  queryCall: {
    call: (baseUrl, value) =>
      withToken(baseUrl).GET("/client/{client_id}/call_history/", {
        params: { path: { client_id: "@me" }, query: { to_username: value } },
      }),
    name: "to_username",
  },
  bodyCall: {
    call: (baseUrl, value) =>
      withToken(baseUrl).PUT("/client/{client_id}/extension/{extension_id}", {
        params: { path: { client_id: "@me", extension_id: 30 } },
        body: { extra_params: JSON.stringify(value) },
      }),
    pick: (body) => JSON.parse((body as { extra_params: string }).extra_params) as unknown,
  },
  withCredential: (baseUrl, credential) => telphinCalls(withToken(baseUrl, credential, { retry: false })),
  envelope: { status: 400, body: { message: "Bad Request" }, vendorMessage: "Bad Request" },
};
