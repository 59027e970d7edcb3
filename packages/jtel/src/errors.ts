import { ApiError, CallspecError, RequestRefusedError, type ApiErrorDetails, type ErrorMapper } from "@callspec/core";
import type { JtelSchema } from "./schemas.js";

/**
 * What a jtel error answer means. jtel answers 404 in two ways: an empty body when the REST endpoint does
 * not exist (a wrong path, or a function this jtel version lacks), a `{status, error}` body when the object
 * does not exist. 401 covers a bad token and a ClientsID the token does not belong to.
 */
export type JtelErrorKind =
  | "bad-request"
  | "unauthorized"
  | "unknown-endpoint"
  | "object-not-found"
  | "conflict"
  | "server-error"
  | "other";

/** A jtel error answer: `vendorCode` is the body's `status`, `vendorMessage` its `error`. */
export class JtelError extends ApiError<JtelSchema<"Error">> {
  override name = "JtelError";
  declare readonly kind: JtelErrorKind;

  constructor(details: ApiErrorDetails & { kind: JtelErrorKind }) {
    super(details);
  }
}

function kindOf(status: number, hasBody: boolean): JtelErrorKind {
  if (status === 404) return hasBody ? "object-not-found" : "unknown-endpoint";
  if (status === 400) return "bad-request";
  if (status === 401) return "unauthorized";
  if (status === 409) return "conflict";
  if (status >= 500) return "server-error";
  return "other";
}

export const mapJtelError: ErrorMapper = ({ status, json, excerpt }, details) => {
  const body = (json ?? {}) as { status?: unknown; error?: unknown };
  const error = typeof body.error === "string" ? body.error : undefined;
  return new JtelError({
    ...details,
    kind: kindOf(status, excerpt.trim() !== ""),
    vendorCode: typeof body.status === "number" ? body.status : undefined,
    vendorMessage: error ?? details.vendorMessage,
  });
};

/** A request the client refuses before sending, because jtel would refuse it (a contact import without a phone number). */
export class JtelRequestError extends RequestRefusedError {
  override name = "JtelRequestError";
}

/** `one()` got an envelope without a record (`count` 0). */
export class JtelEmptyResultError extends CallspecError {
  override name = "JtelEmptyResultError";
  constructor(readonly url: string | undefined) {
    super(`${url ?? "The request"} answered 200 with no record (count 0)`);
  }
}
