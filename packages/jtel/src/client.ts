import {
  ConfigurationError,
  createApiClient,
  PathParameterError,
  parseBaseUrl,
  type OperationRef,
  type PreparedCall,
  type RuntimeOptions,
} from "@callspec/core";
import type { Client } from "openapi-fetch";
import { jtelTokenAuth, type JtelTokenSlot } from "./auth.js";
import { JtelRequestError, mapJtelError } from "./errors.js";
import type { paths } from "./generated/schema.js";

export type JtelClient = Client<paths> & {
  /** The portal token the client sends now: 1, or 2 after token 1 was refused. */
  readonly tokenInUse: JtelTokenSlot;
};

export type JtelClientOptions = Omit<RuntimeOptions, "auth" | "mapError" | "keepInPathSegments" | "baseUrl"> & {
  /** The REST API server, e.g. `https://acd.example.com:8443`; `/rest/v1.0/{clientsId}` is added (or may already be there). */
  baseUrl: string;
  /** The client account's ClientsID, a positive integer; every path is under it. */
  clientsId: number | string;
  /** One token, or the portal's two (`[token1, token2]`): after a 401 the other one is tried once. */
  token: string | readonly [string, string] | readonly string[];
  /** Called when the client moves to the other token (a hint to renew the refused one in the portal). */
  onTokenSwitch?: (slot: JtelTokenSlot) => void;
};

// GETs that act on a call: sending one twice could hang up or answer the wrong call leg.
const CALL_ACTION = /\/calls\/[^/]+\/(?:answer|hangup|hold)$/;
// The batch retrieval is a POST that only reads.
const BATCH_READ = /\/dialler\/contacts$/;

/** Retried after network errors, 408, 429 and 5xx: the reads, never the call actions, imports or creations. */
export function isJtelOperationRetryable(operation: OperationRef): boolean {
  if (operation.method === "GET") return !CALL_ACTION.test(operation.path);
  return operation.method === "POST" && BATCH_READ.test(operation.path);
}

// Path parameters that are database ids: positive integers, refused otherwise before anything is sent.
const INTEGER_IDS = new Set([
  "DiallerCampaignsID",
  "DiallerContactsID",
  "AcdEventsID",
  "CockpitVariablesID",
  "UsersID",
  "AcdGroupsID",
  "serviceNumbersID",
]);

function isInteger(value: unknown, positive: boolean): boolean {
  if (typeof value === "number") return Number.isSafeInteger(value) && (!positive || value >= 1);
  if (typeof value === "string") return (positive ? /^[1-9]\d{0,15}$/ : /^-?\d{1,16}$/).test(value) && Number.isSafeInteger(Number(value));
  return false;
}

const PHONE_FIELDS = ["PhoneNumber1", "PhoneNumber2", "PhoneNumber3", "PhoneNumber4", "PhoneNumber5", "PhoneNumber6"];

/**
 * Refuses, before sending, what jtel would refuse: ids that are not integers, and a contact import without
 * any phone number (the types require the campaign; the phone numbers are checked here, see the spec).
 */
async function jtelGuards(call: PreparedCall): Promise<void> {
  checkIds(call);
  if (call.method === "POST" && call.path === "/dialler/contacts/import") {
    const body = ((await call.body()) ?? {}) as Record<string, unknown>;
    if (!PHONE_FIELDS.some((field) => typeof body[field] === "string" && body[field] !== "")) {
      throw new JtelRequestError("A contact import needs at least one of PhoneNumber1 to PhoneNumber6; nothing was sent.");
    }
  }
}

function checkIds(call: PreparedCall): void {
  for (const [name, value] of Object.entries(call.params.path ?? {})) {
    if (INTEGER_IDS.has(name) && !isInteger(value, true)) {
      throw new PathParameterError(name, call.path, `must be a positive integer, not ${JSON.stringify(value)}`);
    }
    if (name === "value" && !isInteger(value, false)) {
      throw new PathParameterError(name, call.path, `must be an integer, not ${JSON.stringify(value)}`);
    }
  }
}

/** `https://host:port[/prefix]` + `/rest/v1.0/{clientsId}`, accepting a base URL that already ends in either part. */
export function jtelBaseUrl(baseUrl: string, clientsId: unknown): string {
  if (!isInteger(clientsId, true)) {
    throw new ConfigurationError(
      "clientsId must be the client account's ClientsID, a positive integer; " +
        `got ${clientsId === undefined ? "nothing" : JSON.stringify(clientsId)}.`,
    );
  }
  const url = new URL(parseBaseUrl(baseUrl));
  let path = url.pathname.replace(/\/+$/, "");
  const withId = /\/rest\/v1\.0\/([^/]+)$/.exec(path);
  if (withId) {
    if (withId[1] !== String(clientsId)) {
      throw new ConfigurationError(
        `baseUrl names ClientsID ${withId[1]} but clientsId is ${clientsId}; pass the server URL and clientsId.`,
      );
    }
    path = path.slice(0, withId.index);
  } else if (path.endsWith("/rest/v1.0")) {
    path = path.slice(0, -"/rest/v1.0".length);
  }
  return `${url.origin}${path}/rest/v1.0/${clientsId}`;
}

/**
 * A typed client for the jtel ACD REST API v1.0 of one client account. Non-2xx answers throw `JtelError`
 * (with `kind` telling the two 404s apart); reads are retried on 408/429/5xx and network errors, call
 * actions (GETs that act), imports, creations and setValue never are.
 */
export function createJtelClient(options: JtelClientOptions): JtelClient {
  const { clientsId, token, onTokenSwitch, ...rest } = options;
  const baseUrl = jtelBaseUrl(options.baseUrl, clientsId);
  const auth = jtelTokenAuth(token, onTokenSwitch);
  const client = createApiClient<paths>(
    { ...rest, baseUrl, auth, mapError: mapJtelError },
    { guard: jtelGuards, isRetryable: isJtelOperationRetryable },
  );
  return Object.defineProperty(client, "tokenInUse", { get: () => auth.inUse, enumerable: true }) as JtelClient;
}
