import { GenesysError, createGenesysClient } from "@callspec/genesys-gws";
import type { Calls, ClientOptions, FaultAdapter } from "../faults/adapters.js";
import createClient from "openapi-fetch";

const GWS_USER = "ksippo";
const GWS_PASSWORD = "EXAMPLE-gws-fault-password";
const CALL = "007202b64bc0d0e5";

function gwsCalls(client: ReturnType<typeof createGenesysClient>): Calls {
  return {
    safe: (signal) => client.GET("/me/calls", { params: { query: { fields: "*" } }, signal }),
    // An operation acts (a second Hangup may end the next call): never retried.
    unsafe: (signal) =>
      client.POST("/me/calls/{callId}", { params: { path: { callId: CALL } }, body: { operationName: "Hangup" }, signal }),
  };
}

const create = (baseUrl: string, options: Partial<ClientOptions> & { password?: string } = {}) => {
  const { password = GWS_PASSWORD, ...rest } = options;
  return createGenesysClient({ baseUrl: `${baseUrl}/api/v2`, username: GWS_USER, password, ...rest });
};

// No login flow: GWS takes HTTP Basic on every request, so rows 9-11 do not apply.
export const genesysGwsAdapter: FaultAdapter = {
  vendor: "genesys-gws",
  errorClass: GenesysError,
  secrets: [GWS_PASSWORD],
  create: (baseUrl, options) => gwsCalls(create(baseUrl, options)),
  bare: (baseUrl) => gwsCalls(createClient({ baseUrl: `${baseUrl}/api/v2` }) as never),
  policy: {
    timeout: "30 s per attempt (`timeoutMs`)",
    retries: "GET: 2 retries on network errors, 408, 429, 500, 502, 503, 504 (`retry`); POST operations, PUT and DELETE never",
    auth: "HTTP Basic on every request (no login); JSESSIONID and the CSRF token kept, a fresh token fetched once after a 403 CSRF refusal",
  },
  pathCall: {
    call: (baseUrl, value) => create(baseUrl).GET("/users/{userId}", { params: { path: { userId: value } } }),
    prefix: "/api/v2/users/",
    suffix: "",
  },
  queryCall: {
    call: (baseUrl, value) => create(baseUrl).GET("/users", { params: { query: { firstName: value } } }),
    name: "firstName",
  },
  bodyCall: {
    call: (baseUrl, value) =>
      create(baseUrl).POST("/me/calls/{callId}", {
        params: { path: { callId: CALL } },
        body: { operationName: "AttachUserData", userData: value },
      }),
    pick: (body) => (body as { userData: unknown }).userData,
  },
  withCredential: (baseUrl, credential) =>
    gwsCalls(createGenesysClient({ baseUrl: `${baseUrl}/api/v2`, username: GWS_USER, password: credential, retry: false })),
  // Row 13 as GWS does it: HTTP 200 whose statusCode is not 0.
  envelope: {
    status: 200,
    body: { statusCode: 2, statusMessage: "Invalid state for operation 'Hangup'" },
    vendorCode: 2,
    vendorMessage: "Invalid state for operation 'Hangup'",
  },
};
