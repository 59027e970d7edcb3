export { createJtelClient, isJtelOperationRetryable, jtelBaseUrl, type JtelClient, type JtelClientOptions } from "./client.js";
export { jtelTokenAuth, type JtelTokenAuth, type JtelTokenSlot } from "./auth.js";
export { JtelEmptyResultError, JtelError, JtelRequestError, mapJtelError, type JtelErrorKind } from "./errors.js";
export { pageThrough, one, records, type JtelPage, type JtelRecords } from "./envelope.js";
export type { JtelSchema } from "./schemas.js";
export type { paths, components, operations } from "./generated/schema.js";
export {
  ApiError,
  AuthError,
  CallspecError,
  ConfigurationError,
  DecodeError,
  NetworkError,
  PathParameterError,
  RedirectError,
  RequestRefusedError,
  ResponseTooLargeError,
  TimeoutError,
  callOptions,
} from "@callspec/core";
