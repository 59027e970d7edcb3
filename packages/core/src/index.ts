export {
  ApiError,
  AuthError,
  CallspecError,
  ConfigurationError,
  DecodeError,
  NetworkError,
  PathParameterError,
  TimeoutError,
  redact,
  redactDeep,
  summarizeUrl,
  type ApiErrorDetails,
  type RequestSummary,
} from "./errors.js";
export {
  assertCredential,
  basicAuth,
  bearerAuth,
  headerTokenAuth,
  loginAuth,
  type AuthStrategy,
  type LoginAuth,
  type LoginAuthOptions,
} from "./auth.js";
export { MAX_PATH_PARAMETER_LENGTH, assertPathParameters, createPathSerializer } from "./paths.js";
export {
  backoffDelay,
  defaultRetryPolicy,
  onlySafeOperations,
  parseRetryAfter,
  sleep,
  type OperationRef,
  type RetryPolicy,
} from "./retry.js";
export {
  callOptions,
  createApiClient,
  type CallOptions,
  type ClientSetup,
  type PreparedCall,
  type ErrorContext,
  type ErrorMapper,
  type RuntimeOptions,
} from "./runtime.js";
export { paginate, type PageFetcher } from "./pagination.js";
