import { createTelphinClient, type TelphinClient } from "@callspec/telphin";
import { mockOf } from "../support/mocks.js";

/** A placeholder token: Prism checks that a bearer token is present, not its value. */
export const TEST_TOKEN = "EXAMPLE-token-not-a-secret";

export const CALL_UUID = "CAA308E3333C4A19AAED9C0254B9C61B";
export const RECORD_UUID = "469100-5D36E5557F1845FEB577EDE8A19C5108";
export const CALL_API_ID = "02abb9ee685a11ea94bfe17eb6eaecba";

export function telphin(): TelphinClient {
  return createTelphinClient({ baseUrl: mockOf("telphin").url, token: TEST_TOKEN, retry: false });
}
