import { createApiClient, type AuthStrategy, type RuntimeOptions } from "@callspec/core";
import type { Client } from "openapi-fetch";
import { mapJambonzError } from "./errors.js";
import type { paths } from "./generated/schema.js";

export type JambonzClient = Client<paths>;

/** Options shared by every way of creating a client. */
export type JambonzClientOptions = Omit<RuntimeOptions, "auth" | "mapError" | "keepInPathSegments"> & {
  /** Base URL with the version path, e.g. `https://api.jambonz.cloud/v1`. */
  baseUrl: string;
};

/** @internal A client with any auth strategy; the API-key factory and the login flow both build on it. */
export function createWithAuth(options: JambonzClientOptions, auth: AuthStrategy | undefined): JambonzClient {
  return createApiClient<paths>({ ...options, auth, mapError: mapJambonzError });
}
