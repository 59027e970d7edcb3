export { createJambonzClient, type JambonzClient, type JambonzClientOptions } from "./client.js";
export { loginJambonz, type JambonzLoginOptions, type JambonzSession } from "./auth.js";
export { JambonzError, mapJambonzError } from "./errors.js";
export type { paths, components, operations } from "./generated/schema.js";
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
