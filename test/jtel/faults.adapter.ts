import { createJtelClient, JtelError } from "@callspec/jtel";
import type { Calls, FaultAdapter } from "../faults/adapters.js";
import createClient from "openapi-fetch";

const TOKEN_1 = "42b43a3a2e91855065cc-EXAMPLE";
const TOKEN_2 = "1acb2203b6e6cf4d5440-EXAMPLE";
const CLIENTS_ID = 1001;

function jtelCalls(client: ReturnType<typeof createJtelClient>): Calls {
  return {
    safe: (signal) => client.GET("/users", { signal }),
    unsafe: (signal) =>
      client.POST("/acd/events/create", {
        body: { AcdEventTypesID: 3, AcdGroupsID: 12, Sender: "+4989461495000", Subject: "Callback requested" },
        signal,
      }),
  };
}

// Rows 9-11 (login flows) do not apply: jtel has no login, only portal tokens. Its own 401 rule, the switch
// to the second token, is tested in test/jtel/tokens.test.ts.
export const jtelAdapter: FaultAdapter = {
  vendor: "jtel",
  errorClass: JtelError,
  secrets: [TOKEN_1, TOKEN_2],
  create: (baseUrl, options) => jtelCalls(createJtelClient({ baseUrl, clientsId: CLIENTS_ID, token: [TOKEN_1, TOKEN_2], ...options })),
  bare: (baseUrl) => jtelCalls(createClient({ baseUrl: `${baseUrl}/rest/v1.0/${CLIENTS_ID}` }) as never),
  policy: {
    timeout: "30 s per attempt (`timeoutMs`)",
    retries:
      "reads (GET, and the batch POST /dialler/contacts): 2 retries on network errors, 408, 429, 500, 502, 503, 504 (`retry`); " +
      "call actions (GETs that act), import, create and setValue: none",
    auth: "portal Bearer token, or the two tokens: after a 401 the other one is tried once (no login)",
  },
  pathCall: {
    call: (baseUrl, value) =>
      createJtelClient({ baseUrl, clientsId: CLIENTS_ID, token: TOKEN_1 }).GET("/calls/{UFN}/answer", { params: { path: { UFN: value } } }),
    prefix: `/rest/v1.0/${CLIENTS_ID}/calls/`,
    suffix: "/answer",
  },
  queryCall: {
    // jtel's query parameters are integers and a boolean; the fuzz feeds strings through the same serializer.
    call: (baseUrl, value) =>
      createJtelClient({ baseUrl, clientsId: CLIENTS_ID, token: TOKEN_1 }).GET("/dialler/contacts", {
        params: { query: { diallerCampaignsID: value as unknown as number } },
      }),
    name: "diallerCampaignsID",
  },
  bodyCall: {
    call: (baseUrl, value) =>
      createJtelClient({ baseUrl, clientsId: CLIENTS_ID, token: TOKEN_1 }).POST("/dialler/contacts/import", {
        body: { Name: "Mustermann", DiallerCampaignsID: 538, PhoneNumber1: "+4989461495000", Extra: value },
      }),
    pick: (body) => (body as { Extra: unknown }).Extra,
  },
  withCredential: (baseUrl, credential) => jtelCalls(createJtelClient({ baseUrl, clientsId: CLIENTS_ID, token: credential, retry: false })),
  envelope: { status: 409, body: { status: 409, error: "Object already exists" }, vendorCode: 409, vendorMessage: "Object already exists" },
};
