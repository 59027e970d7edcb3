import { readFileSync } from "node:fs";
import { createGenesysClient, type GenesysClient } from "@callspec/genesys-gws";
import { mockOf } from "../support/mocks.js";

/** Placeholder credentials: Prism checks that Basic credentials are present, not their value. */
export const TEST_USER = "ksippo";
export const TEST_PASSWORD = "EXAMPLE-password-not-a-secret";

export const USER_ID = "63630bbebf4840d7a0bffd6312bc29ff";
export const DEVICE_ID = "efe1ab32-53f9-43ce-b65e-5768c61f7d4a";
export const CALL_ID = "007202b64bc0d0e5";
export const CHAT_ID = "0000Na9B26EF002X";
export const SKILL_ID = "7b0ffc2c1c8a4e0e9f2f5d5f39e8a1b2";

export function gws(): GenesysClient {
  return createGenesysClient({ baseUrl: mockOf("genesys-gws").url, username: TEST_USER, password: TEST_PASSWORD, retry: false });
}

export interface Sent {
  method: string;
  path: string;
  query: string;
  body: unknown;
}

/**
 * A client whose every request is recorded as it left (method, path under the API root, query, JSON body) and then
 * sent to the mock. The mock keeps GWS's CSRF session, so a fresh client's first write is refused (403, statusCode 3)
 * and the client fetches a token (`GET /me?fields=id`) before sending it again: that handshake, which csrf.test.ts
 * checks, is left out of `sent`, so that `sent` holds what the operation itself sent.
 */
export function recording(): { client: GenesysClient; sent: Sent[] } {
  const sent: Sent[] = [];
  const base = mockOf("genesys-gws").url;
  let handshake = false;
  const client = createGenesysClient({
    baseUrl: base,
    username: TEST_USER,
    password: TEST_PASSWORD,
    retry: false,
    fetch: async (request, init) => {
      const text = request.body ? await request.clone().text() : "";
      const url = new URL(request.url);
      const entry: Sent = {
        method: request.method,
        path: url.pathname.slice(new URL(base).pathname.length),
        query: url.search,
        body: text ? JSON.parse(text) : undefined,
      };
      const probe = handshake && entry.method === "GET" && entry.path === "/me" && entry.query === "?fields=id";
      if (probe) handshake = false;
      else sent.push(entry);
      const response = await fetch(request, init);
      if (response.status === 403 && !request.headers.has("x-csrf-token")) {
        sent.pop();
        handshake = true;
      }
      return response;
    },
  });
  return { client, sent };
}

const bundled = JSON.parse(readFileSync(new URL("../../packages/specs/genesys-gws.openapi.json", import.meta.url), "utf8")) as {
  components: { schemas: Record<string, { discriminator?: { mapping: Record<string, string> } }> };
};

/** Every operationName the spec's discriminated union `schema` documents, sorted. */
export function documentedNames(schema: string): string[] {
  return Object.keys(bundled.components.schemas[schema]?.discriminator?.mapping ?? {}).sort();
}

/** The distinct operationNames of a test's bodies, sorted: compared with documentedNames, no variant goes untested. */
export function testedNames(bodies: readonly { operationName: string }[]): string[] {
  return [...new Set(bodies.map((body) => body.operationName))].sort();
}
