import { createKazooClient, type KazooClient } from "@callspec/kazoo";
import { mockOf } from "../support/mocks.js";

/** A placeholder token: Prism checks that `X-Auth-Token` is present, not its value. */
export const TEST_TOKEN = "EXAMPLE-auth-token-not-a-secret";

/** Ids the spec's examples use. */
export const ACCOUNT_ID = "4b31dd1d32ce6d249897c06332375d65";
export const USER_ID = "8a2d6f3c0b1e4d5a9c7b6e5f4a3b2c1d";

/** A client of the Kazoo mock holding a token (no login). */
export function kazoo(): KazooClient {
  return createKazooClient({ baseUrl: mockOf("kazoo").url, auth: { token: TEST_TOKEN }, retry: false });
}

export const account = { path: { ACCOUNT_ID } };
