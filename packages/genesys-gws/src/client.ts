import { createApiClient, type RuntimeOptions } from "@callspec/core";
import type { Client } from "openapi-fetch";
import { UrlTooLongError, mapGenesysError, rejectGenesysSuccess } from "./errors.js";
import type { paths } from "./generated/schema.js";
import { GenesysSession, sessionAuth } from "./session.js";

export type GenesysClient = Client<paths> & {
  /** The HTTP session (cookie and CSRF token) the client keeps, or undefined with `session: false`. */
  readonly session: GenesysSession | undefined;
};

export type GenesysClientOptions = Omit<RuntimeOptions, "auth" | "mapError" | "rejectSuccess" | "keepInPathSegments"> & {
  /** Base URL with the API root, e.g. `http://gws.example.com:8080/api/v2`. */
  baseUrl: string;
  /** The contact-center user (HTTP Basic). */
  username: string;
  /** Its password; may be empty, as GWS allows. */
  password: string;
  /** Keep the `JSESSIONID` cookie and send the CSRF token on writes when the server hands one out (default true). */
  session?: boolean;
};

/** GWS refuses URLs over 2,000 characters (Making a Request). */
export const MAX_URL_LENGTH = 2000;

/** Refuses, before it goes out, a request whose URL GWS would refuse for its length. */
function limitUrl(request: { url: string }): void {
  if (request.url.length > MAX_URL_LENGTH) throw new UrlTooLongError(request.url.length, MAX_URL_LENGTH, new URL(request.url).pathname);
}

/**
 * A typed client for the GWS API v2 with HTTP Basic auth. Answers that report failure throw `GenesysError`
 * (a non-2xx status, or HTTP 200 with `statusCode` not 0). Only GET is retried; every POST operation acts
 * (a repeated Dial is a second call) and is sent once.
 */
export function createGenesysClient(options: GenesysClientOptions): GenesysClient {
  const { username, password, session: keepSession = true, ...rest } = options;
  const session = keepSession ? new GenesysSession() : undefined;
  const auth = sessionAuth(username, password, session, { baseUrl: rest.baseUrl, fetch: rest.fetch, timeoutMs: rest.timeoutMs });
  const client = createApiClient<paths>(
    { ...rest, auth, mapError: mapGenesysError, rejectSuccess: rejectGenesysSuccess },
    { inspect: limitUrl },
  );
  return Object.assign(client, { session });
}

/** The name the issue uses; same function. */
export const createGwsClient = createGenesysClient;
