import { createJtelClient, type JtelClient } from "@callspec/jtel";
import { mockOf } from "../support/mocks.js";

/** Placeholders: Prism checks that a bearer token is present, not its value. */
export const TOKEN_1 = "EXAMPLE-token-1-not-a-secret";
export const TOKEN_2 = "EXAMPLE-token-2-not-a-secret";
/** The spec's default ClientsID (a server variable). */
export const CLIENTS_ID = 1001;
export const UFN = "20220708113318900977";

/** A client of the mock, recording the method and path of every request it sends. */
export function jtel(): JtelClient & { sent: { method: string; path: string }[] } {
  const client = createJtelClient({ baseUrl: mockOf("jtel").origin, clientsId: CLIENTS_ID, token: [TOKEN_1, TOKEN_2], retry: false });
  const sent: { method: string; path: string }[] = [];
  client.use({ onRequest: ({ request }) => void sent.push({ method: request.method, path: new URL(request.url).pathname }) });
  return Object.assign(client, { sent });
}

export const BASE_PATH = `/rest/v1.0/${CLIENTS_ID}`;
