import { ApiError, RequestRefusedError, type ApiErrorDetails, type ErrorMapper } from "@callspec/core";
import type { GenesysSchema } from "./schemas.js";

/** What each GWS `statusCode` means (ReturnValues, HTCC 8.5.1 and GWS 8.6.0). */
export const GENESYS_STATUS_CODES: Readonly<Record<number, string>> = {
  0: "success",
  1: "a required parameter is missing",
  2: "a parameter is not valid for the current state",
  3: "the operation is forbidden",
  4: "internal error",
  5: "the user lacks the permission",
  6: "the resource was not found",
  7: "partial success",
  8: "the user must change the password",
  9: "processing is not complete",
  10: "input validation error",
  11: "attempt to change a read-only property",
  12: "unable to retrieve the resource",
  13: "unable to create the resource",
  14: "unable to delete the resource",
  15: "unable to update the resource",
  16: "unable to assign the resource",
  17: "unable to unassign the resource",
  18: "the resource already exists",
  19: "the resource is already in use",
  20: "not authenticated",
};

/**
 * A GWS answer that reports failure: a non-2xx status, or HTTP 200 whose `statusCode` is not 0.
 * `statusCode` is always a number here, even when the server sent it as a string.
 */
export class GenesysError extends ApiError<GenesysSchema<"Failure">> {
  override name = "GenesysError";
  /** The GWS statusCode (0-20), or undefined when the body carried none (a proxy's page, for instance). */
  declare readonly statusCode: number | undefined;
  /** What the statusCode means, from the ReturnValues table. */
  declare readonly meaning: string | undefined;
  /** The server's own `statusMessage`. */
  declare readonly statusMessage: string | undefined;

  constructor(details: ApiErrorDetails & { statusCode?: number; statusMessage?: string }) {
    const { statusCode, statusMessage, ...rest } = details;
    const meaning = statusCode === undefined ? undefined : (GENESYS_STATUS_CODES[statusCode] ?? "unknown statusCode");
    super({ ...rest, vendorCode: statusCode ?? rest.vendorCode, vendorMessage: statusMessage ?? rest.vendorMessage ?? meaning });
    Object.assign(this, { statusCode, meaning, statusMessage });
  }
}

/** A request whose whole URL would exceed GWS's documented 2,000-character limit; nothing was sent. */
export class UrlTooLongError extends RequestRefusedError {
  override name = "UrlTooLongError";
  constructor(
    readonly length: number,
    readonly limit: number,
    readonly path: string,
  ) {
    super(`The request URL for ${path} would be ${length} characters long, over GWS's ${limit}-character limit; nothing was sent.`);
  }
}

/** The statusCode of a parsed body as a number, accepting `0` and `"0"` alike; undefined when absent or not a code. */
export function statusCodeOf(body: unknown): number | undefined {
  if (!body || typeof body !== "object" || Array.isArray(body)) return undefined;
  const raw = (body as { statusCode?: unknown }).statusCode;
  const code = typeof raw === "string" && /^\d+$/.test(raw.trim()) ? Number(raw) : raw;
  return typeof code === "number" && Number.isInteger(code) ? code : undefined;
}

function statusMessageOf(body: unknown): string | undefined {
  const message = (body as { statusMessage?: unknown } | undefined)?.statusMessage;
  return typeof message === "string" ? message : undefined;
}

export const mapGenesysError: ErrorMapper = ({ json }, details) =>
  new GenesysError({ ...details, statusCode: statusCodeOf(json), statusMessage: statusMessageOf(json) });

/** HTTP 200 with a statusCode other than 0 is a failure too (GWS reports some errors that way). */
export function rejectGenesysSuccess(json: unknown, details: () => ApiErrorDetails): ApiError | undefined {
  const code = statusCodeOf(json);
  if (code === undefined || code === 0) return undefined;
  return new GenesysError({ ...details(), statusCode: code, statusMessage: statusMessageOf(json) });
}
