import { createApiClient, type AuthStrategy, type OperationRef, type RuntimeOptions } from "@callspec/core";
import type { Client } from "openapi-fetch";
import type { paths } from "./generated/schema.js";
import { mapKazooError } from "./errors.js";

export type KazooClient = Client<paths>;

/** Options shared by every way of creating a client. */
export type KazooClientOptions = Omit<RuntimeOptions, "auth" | "mapError" | "keepInPathSegments"> & {
  /** Base URL with the version path, e.g. `https://crossbar.example.net:8443/v2`. */
  baseUrl: string;
};

// GETs that act rather than read: a repeated one would place a second call.
const ACTING_GETS = [/\/quickcall\/\{[^}]+\}$/, /\/clicktocall\/\{[^}]+\}\/connect$/];

/**
 * Kazoo retries: GET only, except the GETs that originate calls (quickcall, clicktocall connect). PUT
 * creates, POST replaces and PATCH/DELETE change things, so none of them is repeated on a 5xx.
 */
export const kazooRetryable = ({ method, path }: OperationRef): boolean =>
  (method === "GET" || method === "HEAD") && !ACTING_GETS.some((re) => re.test(path));

/** @internal A client with any auth strategy (the login flow uses one without auth). */
export function createWithAuth(options: KazooClientOptions, auth: AuthStrategy | undefined): KazooClient {
  return createApiClient<paths>(
    { ...options, auth, mapError: mapKazooError },
    // The `filters` object goes out as `filter_x=1&filter_y=2` (form, exploded), the way Crossbar reads them.
    { querySerializer: { object: { style: "form", explode: true } }, isRetryable: kazooRetryable },
  );
}
