import { ApiError, type ApiErrorDetails, type ErrorMapper } from "@callspec/core";
import type { JambonzSchema } from "./schemas.js";

/**
 * A jambonz error answer. The server sends four shapes: `{msg}`, `{status: "fail", message}`,
 * `{error}` (login lockout) and plain text or nothing (most 404s, every 401); `vendorMessage` holds
 * whichever text came.
 */
export class JambonzError extends ApiError<JambonzSchema<"GeneralError"> | JambonzSchema<"MessageError"> | JambonzSchema<"ErrorText">> {
  override name = "JambonzError";
}

export const mapJambonzError: ErrorMapper = ({ json }, details: ApiErrorDetails) => {
  const body = (json ?? {}) as { msg?: unknown; message?: unknown; error?: unknown; status?: unknown };
  const text = [body.msg, body.message, body.error].find((v): v is string => typeof v === "string");
  return new JambonzError({
    ...details,
    vendorMessage: text ?? details.vendorMessage,
    vendorCode: body.status === "fail" ? "fail" : undefined,
  });
};
