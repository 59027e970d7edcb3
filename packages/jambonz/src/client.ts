import { bearerAuth } from "@callspec/core";
import { createWithAuth, type JambonzClient, type JambonzClientOptions } from "./base-client.js";

export type { JambonzClient, JambonzClientOptions } from "./base-client.js";

/**
 * A typed client for the jambonz REST API, authenticated with an API key (admin, service-provider or
 * account scope) or a JWT from `POST /login`. Non-2xx answers throw `JambonzError`; GET and HEAD are
 * retried on 408/429/5xx and network errors, nothing else is.
 */
export function createJambonzClient(options: JambonzClientOptions & { apiKey: string }): JambonzClient {
  return createWithAuth(options, bearerAuth(options.apiKey, "The jambonz apiKey"));
}
