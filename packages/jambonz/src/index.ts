export { createJambonzClient, type JambonzClient, type JambonzClientOptions } from "./client.js";
export { loginJambonz, type JambonzIdentity, type JambonzLogin, type JambonzLoginOptions } from "./auth.js";
export { JambonzError, mapJambonzError } from "./errors.js";
export { pageThrough, type JambonzPagedPath, type JambonzPageItem, type JambonzPageOptions } from "./pagination.js";
export {
  JambonzSignatureError,
  signJambonzPayload,
  verifyJambonzSignature,
  type JambonzSignatureProblem,
  type VerifyJambonzSignatureOptions,
} from "./signature.js";
export {
  JambonzWebhookError,
  parseJambonzWebhook,
  type JambonzApp,
  type JambonzHookAnswer,
  type JambonzHookName,
  type JambonzHookPayload,
  type JambonzShorthandVerb,
  type JambonzVerb,
  type JambonzVerbName,
} from "./webhooks.js";
export {
  createJambonzHandler,
  toNodeListener,
  type JambonzHandlerOptions,
  type JambonzRoute,
  type NodeRequestLike,
  type NodeResponseLike,
} from "./handler.js";
export type { JambonzSchema } from "./schemas.js";
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
