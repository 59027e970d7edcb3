export { DEFAULT_TELPHIN_HOST, createTelphinClient, type TelphinClient, type TelphinClientOptions, type TelphinUser } from "./client.js";
export { telphinAuth, type TelphinAuth, type TelphinAuthOptions, type TelphinCredentials, type TelphinToken } from "./auth.js";
export { TelphinAuthError, TelphinError, TelphinEventError, TelphinRequestError, mapTelphinError } from "./errors.js";
export { assertRecordRange, formatTelphinDate, parseTelphinDate } from "./dates.js";
export { downloadRecord, pageThroughCallHistory } from "./pagination.js";
export { TELPHIN_EVENT_FIELDS, TELPHIN_EVENT_REQUIRED, parseTelphinEvent, type TelphinEvent, type TelphinEventType } from "./events.js";
export type { paths, components, operations, webhooks } from "./generated/schema.js";
export {
  ApiError,
  AuthError,
  CallspecError,
  ConfigurationError,
  DecodeError,
  NetworkError,
  PathParameterError,
  TimeoutError,
  callOptions,
} from "@callspec/core";
