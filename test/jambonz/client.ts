import { createJambonzClient, type JambonzClient } from "@callspec/jambonz";
import { mockOf } from "../support/mocks.js";

/** A placeholder key: Prism checks that a bearer token is present, not its value. */
export const TEST_API_KEY = "00000000-test-key-not-a-secret";

export const ACCOUNT_SID = "a36c677b-b93d-4d54-8282-d506f2819691";
export const CALL_SID = "1cd41724-84b6-45d5-8ffc-1a63aae8af72";
export const SERVICE_PROVIDER_SID = "2708b1b3-2736-40ea-b502-c53d8396247f";

export function jambonz(): JambonzClient {
  return createJambonzClient({ baseUrl: mockOf("jambonz").url, apiKey: TEST_API_KEY, retry: false });
}
