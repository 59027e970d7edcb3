import type { ApiError, RetryPolicy } from "@callspec/core";
import type { MockVendor } from "@callspec/mock";
import type { ServerResponse } from "node:http";
import type { Recorded } from "../support/local-server.js";

export interface ClientOptions {
  timeoutMs: number;
  retry: Partial<RetryPolicy>;
  maxResponseBytes?: number;
  fetch?: (input: Request, init?: RequestInit) => Promise<Response>;
}

/** Two operations of a vendor client: one that changes nothing, one that must never be sent twice. */
export interface Calls {
  safe(signal?: AbortSignal): Promise<unknown>;
  unsafe(signal?: AbortSignal): Promise<unknown>;
}

export interface LoginFlow {
  /** Whether a request is the vendor's login request. */
  isLogin(req: Recorded): boolean;
  /** Answers a login request with this token. */
  grant(res: ServerResponse, token: string): void;
  /** The token a protected request carries, or undefined. */
  tokenOf(req: Recorded): string | undefined;
  /** Creates a client that logs in with credentials (resolves once it holds a token, or rejects). */
  create(baseUrl: string, options: ClientOptions): Promise<Calls>;
  /** Creates a client that logs in on its first call, where the vendor client can. */
  lazy?(baseUrl: string, options: ClientOptions): Calls;
}

/** How one vendor client meets the fault server. */
export interface FaultAdapter {
  vendor: MockVendor;
  errorClass: new (...args: never[]) => ApiError;
  /** Every credential the adapter hands its client: none may appear in an error. */
  secrets: string[];
  create(baseUrl: string, options: ClientOptions): Calls;
  /** The same two calls through bare openapi-fetch (no auth, no runtime): the benchmark's baseline. */
  bare(baseUrl: string): Calls;
  /** Default policy, for docs/reliability.md. */
  policy: { timeout: string; retries: string; auth: string };
  login?: LoginFlow;
  /** For the fuzz suite: one operation with a path parameter, and what its URL path looks like around it. */
  pathCall: { call(baseUrl: string, value: string): Promise<unknown>; prefix: string; suffix: string };
  /** For the fuzz suite: one string query parameter and one free-form JSON body field, as the server receives them. */
  queryCall: { call(baseUrl: string, value: string): Promise<unknown>; name: string };
  bodyCall: { call(baseUrl: string, value: Record<string, unknown>): Promise<unknown>; pick(body: unknown): unknown };
  /** A client holding this credential (for the redaction fuzz), its base64 form included where it is sent so. */
  withCredential(baseUrl: string, credential: string): Calls;
  /** The vendor's error envelope (row 13) and what the typed error must say. */
  envelope: { status: number; body: unknown; vendorCode?: string | number; vendorMessage: string };
}
