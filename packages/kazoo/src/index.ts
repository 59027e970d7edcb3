export { createKazooClient, kazooRetryable, type KazooAuth, type KazooClient, type KazooClientOptions } from "./client.js";
export {
  kazooCredentialsHash,
  loginKazoo,
  type KazooCredentials,
  type KazooIdentity,
  type KazooLogin,
  type KazooUserCredentials,
} from "./auth.js";
export {
  KazooChargesError,
  KazooError,
  KazooPaymentError,
  mapKazooError,
  type KazooPaymentReason,
  type KazooValidationErrors,
} from "./errors.js";
export { KazooEnvelopeError, nextStartKey, pageThrough, unwrap, type EnvelopeData } from "./envelope.js";
export {
  KAZOO_WEBHOOK_EVENTS,
  KAZOO_WEBHOOK_FIELDS,
  KazooWebhookError,
  parseKazooWebhook,
  type KazooWebhook,
  type KazooWebhookEvent,
} from "./webhooks.js";
export type { KazooSchema } from "./schemas.js";
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
