export { createGenesysClient, createGwsClient, MAX_URL_LENGTH, type GenesysClient, type GenesysClientOptions } from "./client.js";
export { GENESYS_STATUS_CODES, GenesysError, UrlTooLongError, mapGenesysError, rejectGenesysSuccess, statusCodeOf } from "./errors.js";
export { GenesysSession } from "./session.js";
export {
  GenesysNotifications,
  NotificationError,
  createGenesysNotifications,
  type GenesysNotification,
  type GenesysNotificationsOptions,
  type GenesysTopic,
  type GenesysTopics,
} from "./notifications.js";
export type { GenesysSchema } from "./schemas.js";
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
