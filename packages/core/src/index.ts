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
  summarizeUrl,
  type ApiErrorDetails,
  type RequestSummary,
} from "./errors.js";
export { redact, redactDeep, scrubError } from "./secrets.js";
export {
  assertCredential,
  assertCredentialsMode,
  assertSendable,
  assertTimeout,
  byteLimitOf,
  parseBaseUrl,
} from "./config.js";
export {
  basicAuth,
  bearerAuth,
  headerTokenAuth,
  loginAuth,
  type AuthStrategy,
  type LoginAuth,
  type LoginAuthOptions,
  type OutgoingRequest,
} from "./auth.js";
export { MAX_PATH_PARAMETER_LENGTH, assertPathParameters, assertQueryNames, createPathSerializer } from "./paths.js";
export {
  backoffDelay,
  defaultRetryPolicy,
  onlySafeOperations,
  parseRetryAfter,
  retryPolicyOf,
  sleep,
  type OperationRef,
  type RetryPolicy,
} from "./retry.js";
export { callOptions, createApiClient, type CallOptions, type ClientSetup, type PreparedCall, type RuntimeOptions } from "./client.js";
export { readWithin, type CallContext, type ErrorContext, type ErrorMapper, type Fetch, type SuccessCheck } from "./transport.js";
export { cookieHeader, keepCookies } from "./cookies.js";
export { paginate, type PageFetcher } from "./pagination.js";
