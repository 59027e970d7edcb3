import { assertCredentialsMode, createApiClient, parseBaseUrl, type RuntimeOptions } from "@callspec/core";
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
  /**
   * Browser mode: the `credentials` of every request, the client's own CSRF-token fetch included. In a browser a
   * script can neither set `Cookie` nor read `Set-Cookie`, so with `"include"` (GWS on another origin) or
   * `"same-origin"` the browser keeps the `JSESSIONID` cookie and the client keeps only the CSRF token, read
   * from the `X-CSRF-TOKEN` answer header (which the server's CORS must expose). Unset: the client keeps the
   * cookie itself (Node, workers).
   */
  credentials?: RuntimeOptions["credentials"];
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
  const { username, password, session: keepSession = true, credentials, ...rest } = options;
  assertCredentialsMode(credentials);
  const session = keepSession ? new GenesysSession({ cookies: credentials === undefined }) : undefined;
  const auth = sessionAuth(username, password, session, {
    baseUrl: parseBaseUrl(rest.baseUrl),
    fetch: rest.fetch,
    timeoutMs: rest.timeoutMs,
    credentials,
  });
  const client = createApiClient<paths>(
    { ...rest, credentials, auth, mapError: mapGenesysError, rejectSuccess: rejectGenesysSuccess },
    { inspect: limitUrl },
  );
  return Object.assign(client, { session });
}

/** `createGenesysClient` under the API's short name. */
export const createGwsClient = createGenesysClient;
