import { ApiError, AuthError, CallspecError, RequestRefusedError, type ApiErrorDetails, type ErrorMapper } from "@callspec/core";
import type { TelphinSchema } from "./schemas.js";

/**
 * A Telphin error answer. Every resource answers `{"message": "..."}` (`Bad Request` = malformed JSON,
 * `Not found`, `Stats request already exists, concurrent request not allowed` on 429); the token
 * endpoint answers OAuth 2.0 `{"error": "..."}`, whose code lands in `vendorCode`.
 */
export class TelphinError extends ApiError<TelphinSchema<"Error"> | TelphinSchema<"OAuthError">> {
  override name = "TelphinError";
  /** True for the 429 Telphin sends while another statistics request of the client is running. */
  get concurrentStatsRequest(): boolean {
    return this.status === 429;
  }
}

export const mapTelphinError: ErrorMapper = ({ json }, details: ApiErrorDetails) => {
  const body = (json ?? {}) as { message?: unknown; error?: unknown; error_description?: unknown };
  const message = typeof body.message === "string" ? body.message : undefined;
  const oauth = typeof body.error === "string" ? body.error : undefined;
  const description = typeof body.error_description === "string" ? body.error_description : undefined;
  return new TelphinError({
    ...details,
    vendorCode: oauth,
    vendorMessage: message ?? description ?? oauth ?? details.vendorMessage,
  });
};

/** The token endpoint refused or failed; `oauthError` is the OAuth 2.0 code (`invalid_grant`...) when it sent one. */
export class TelphinAuthError extends AuthError {
  override name = "TelphinAuthError";
  constructor(
    message: string,
    status: number | undefined,
    readonly oauthError?: string,
    options?: { cause?: unknown },
  ) {
    super(message, status, options);
  }
}

/** A request the server would refuse, caught before sending (a records date range over the limit, a callback without `dst_num`). */
export class TelphinRequestError extends RequestRefusedError {
  override name = "TelphinRequestError";
}

/** A webhook request whose body is not a valid Telphin event. */
export class TelphinWebhookError extends CallspecError {
  override name = "TelphinWebhookError";
  constructor(
    message: string,
    /** The field at fault, when one is. */
    readonly field?: string,
  ) {
    super(message);
  }
}
