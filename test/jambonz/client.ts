import { createJambonzClient, type JambonzClient } from "@callspec/jambonz";
import { mockOf } from "../support/mocks.js";

/** A placeholder key: Prism checks that a bearer token is present, not its value. */
export const TEST_API_KEY = "00000000-test-key-not-a-secret";

export { ACCOUNT_SID, CALL_SID, SERVICE_PROVIDER_SID } from "./fixtures.js";

export function jambonz(): JambonzClient {
  return createJambonzClient({ baseUrl: mockOf("jambonz").url, apiKey: TEST_API_KEY, retry: false });
}
