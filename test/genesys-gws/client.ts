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
