import { bearerAuth, createApiClient, type AuthStrategy, type RuntimeOptions } from "@callspec/core";
import type { Client } from "openapi-fetch";
import type { paths } from "./generated/schema.js";
import { mapJambonzError } from "./errors.js";

export type JambonzClient = Client<paths>;

/** Options shared by every way of creating a client. */
export type JambonzClientOptions = Omit<RuntimeOptions, "auth" | "mapError" | "keepInPathSegments"> & {
  /** Base URL with the version path, e.g. `https://api.jambonz.cloud/v1`. */
  baseUrl: string;
};

/**
 * A typed client for the jambonz REST API, authenticated with an API key (admin, service-provider or
 * account scope) or a JWT from `POST /login`. Non-2xx answers throw `JambonzError`; GET and HEAD are
 * retried on 408/429/5xx and network errors, nothing else is.
 */
export function createJambonzClient(options: JambonzClientOptions & { apiKey: string }): JambonzClient {
  return createWithAuth(options, bearerAuth(options.apiKey, "The jambonz apiKey"));
}

/** @internal A client with any auth strategy (used by the login flow). */
export function createWithAuth(options: JambonzClientOptions, auth: AuthStrategy | undefined): JambonzClient {
  return createApiClient<paths>({ ...options, auth, mapError: mapJambonzError });
}
