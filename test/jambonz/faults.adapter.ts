import { JambonzError, createJambonzClient, loginJambonz } from "@callspec/jambonz";
import type { Calls, FaultAdapter } from "../faults/adapters.js";
import createClient from "openapi-fetch";

const JAMBONZ_KEY = "5f0c1d2e-3b4a-4c5d-8e9f-a0b1c2d3e4f5";
const JAMBONZ_PASSWORD = "correct-horse-battery-staple";
const ACCOUNT = "9351f46a-678c-43f5-b8a6-d4eb58d131af";

function jambonzCalls(client: ReturnType<typeof createJambonzClient>): Calls {
  return {
    safe: (signal) => client.GET("/Accounts", { signal }),
    unsafe: (signal) =>
      client.POST("/Accounts/{AccountSid}/Calls", {
        params: { path: { AccountSid: ACCOUNT } },
        body: {
          application_sid: "cd5b962b-7003-47fd-8997-3aac02f8b07b",
          from: "15085551212",
          to: { type: "phone", number: "15083334444" },
        },
        signal,
      }),
  };
}

export const jambonzAdapter: FaultAdapter = {
  vendor: "jambonz",
  errorClass: JambonzError,
  secrets: [JAMBONZ_KEY, JAMBONZ_PASSWORD],
  create: (baseUrl, options) => jambonzCalls(createJambonzClient({ baseUrl: `${baseUrl}/v1`, apiKey: JAMBONZ_KEY, ...options })),
  bare: (baseUrl) => jambonzCalls(createClient({ baseUrl: `${baseUrl}/v1` }) as never),
  policy: {
    timeout: "30 s per attempt (`timeoutMs`)",
    retries: "GET/HEAD: 2 retries on network errors, 408, 429, 500, 502, 503, 504 (`retry`)",
    auth: "API key (Bearer), or `loginJambonz()`: POST /login, JWT renewed once on 401",
  },
  login: {
    isLogin: (req) => req.method === "POST" && req.url === "/v1/login",
    grant: (res, token) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          token,
          user_sid: "12c80508-edf9-4b22-8d09-55abd02648eb",
          scope: "admin",
          force_change: false,
          permissions: ["PROVISION_USERS"],
        }),
      );
    },
    tokenOf: (req) => req.headers.authorization?.replace(/^Bearer /, ""),
    create: async (baseUrl, options) => {
      const { client } = await loginJambonz({ baseUrl: `${baseUrl}/v1`, username: "admin", password: JAMBONZ_PASSWORD, ...options });
      return jambonzCalls(client);
    },
  },
  pathCall: {
    call: (baseUrl, value) =>
      createJambonzClient({ baseUrl: `${baseUrl}/v1`, apiKey: JAMBONZ_KEY }).GET("/Accounts/{AccountSid}", {
        params: { path: { AccountSid: value } },
      }),
    prefix: "/v1/Accounts/",
    suffix: "",
  },
  queryCall: {
    call: (baseUrl, value) =>
      createJambonzClient({ baseUrl: `${baseUrl}/v1`, apiKey: JAMBONZ_KEY }).GET("/Accounts/{AccountSid}/Calls", {
        params: { path: { AccountSid: ACCOUNT }, query: { from: value } },
      }),
    name: "from",
  },
  bodyCall: {
    call: (baseUrl, value) =>
      createJambonzClient({ baseUrl: `${baseUrl}/v1`, apiKey: JAMBONZ_KEY }).POST("/Accounts/{AccountSid}/Calls", {
        params: { path: { AccountSid: ACCOUNT } },
        body: {
          application_sid: "cd5b962b-7003-47fd-8997-3aac02f8b07b",
          from: "15085551212",
          to: { type: "phone", number: "15083334444" },
          tag: value,
        },
      }),
    pick: (body) => (body as { tag: unknown }).tag,
  },
  withCredential: (baseUrl, credential) =>
    jambonzCalls(createJambonzClient({ baseUrl: `${baseUrl}/v1`, apiKey: credential, retry: false })),
  envelope: {
    status: 422,
    body: { msg: "cannot delete application with phone numbers" },
    vendorMessage: "cannot delete application with phone numbers",
  },
};
