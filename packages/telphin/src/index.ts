export { DEFAULT_TELPHIN_HOST, createTelphinClient, type TelphinClient, type TelphinClientOptions, type TelphinUser } from "./client.js";
export { telphinAuth, type TelphinAuth, type TelphinAuthOptions, type TelphinCredentials, type TelphinToken } from "./auth.js";
export { TelphinAuthError, TelphinError, TelphinWebhookError, TelphinRequestError, mapTelphinError } from "./errors.js";
export { assertRecordRange, formatTelphinDate, parseTelphinDate } from "./dates.js";
export { downloadRecord, pageThrough } from "./pagination.js";
export {
  TELPHIN_WEBHOOK_FIELDS,
  TELPHIN_WEBHOOK_REQUIRED,
  parseTelphinWebhook,
  type TelphinWebhook,
  type TelphinWebhookType,
} from "./webhooks.js";
export type { TelphinSchema } from "./schemas.js";
export type { paths, components, operations, webhooks } from "./generated/schema.js";
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
