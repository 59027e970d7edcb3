import { CallspecError } from "@callspec/core";

/** Why a `Jambonz-Signature` was refused. */
export type JambonzSignatureProblem = "missing" | "malformed" | "stale" | "mismatch";

/** A hook whose `Jambonz-Signature` header is missing, malformed, too old or not made with the secret. */
export class JambonzSignatureError extends CallspecError {
  override name = "JambonzSignatureError";
  constructor(
    readonly problem: JambonzSignatureProblem,
    message: string,
  ) {
    super(message);
  }
}

export interface VerifyJambonzSignatureOptions {
  /** Oldest (and furthest in the future) timestamp accepted, in seconds; jambonz itself enforces none. Default 300. */
  toleranceSeconds?: number;
  /** The time to check against, in milliseconds since the epoch (tests). Default `Date.now()`. */
  now?: number;
}

const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    // A handful of secrets per process at most (one per account): the map stays small.
    if (keys.size < 32) keys.set(secret, key);
  }
  return key;
}

function hex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Compares two equal-length strings without stopping at the first difference. */
function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** The parts of `t=<seconds>,v1=<hex>[,v1=<hex>...]`; `undefined` when the header is not of that form. */
function parseHeader(header: string): { timestamp: number; signatures: string[] } | undefined {
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(",")) {
    const eq = part.indexOf("=");
    if (eq < 0) return undefined;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (name === "t") {
      if (!/^\d{1,12}$/.test(value)) return undefined;
      timestamp = Number(value);
    } else if (name === "v1") {
      if (!/^[0-9a-f]{64}$/i.test(value)) return undefined;
      signatures.push(value.toLowerCase());
    }
  }
  return timestamp === undefined || signatures.length === 0 ? undefined : { timestamp, signatures };
}

/**
 * Checks the `Jambonz-Signature` header of a hook against the raw request body (the exact text jambonz
 * sent, before any JSON parsing) and the account's webhook secret, with WebCrypto (Node 20+, workers,
 * browsers). Resolves when one `v1` signature matches and the timestamp is within `toleranceSeconds`;
 * otherwise rejects with `JambonzSignatureError` (`problem`: missing, malformed, stale or mismatch).
 */
export async function verifyJambonzSignature(
  rawBody: string | Uint8Array,
  header: string | null | undefined,
  secret: string,
  options: VerifyJambonzSignatureOptions = {},
): Promise<void> {
  if (typeof secret !== "string" || secret === "")
    throw new JambonzSignatureError("missing", "No webhook secret was given to check the signature with.");
  if (header === null || header === undefined || header.trim() === "")
    throw new JambonzSignatureError("missing", "The request has no Jambonz-Signature header.");
  const parsed = parseHeader(header);
  if (!parsed) throw new JambonzSignatureError("malformed", "The Jambonz-Signature header is not of the form t=<seconds>,v1=<hex>.");
  const tolerance = options.toleranceSeconds ?? 300;
  const now = Math.floor((options.now ?? Date.now()) / 1000);
  if (Math.abs(now - parsed.timestamp) > tolerance) {
    throw new JambonzSignatureError("stale", `The Jambonz-Signature timestamp is more than ${tolerance} s from now.`);
  }
  const body = typeof rawBody === "string" ? encoder.encode(rawBody) : rawBody;
  const signed = new Uint8Array(encoder.encode(`${parsed.timestamp}.`).length + body.length);
  signed.set(encoder.encode(`${parsed.timestamp}.`));
  signed.set(body, signed.length - body.length);
  const expected = hex(await crypto.subtle.sign("HMAC", await hmacKey(secret), signed));
  let match = false;
  for (const candidate of parsed.signatures) match = constantTimeEqual(candidate, expected) || match;
  if (!match) throw new JambonzSignatureError("mismatch", "The Jambonz-Signature does not match the body and the secret.");
}

/** Signs a body as jambonz does (`t=<seconds>,v1=<hex>`): for tests and the harness. */
export async function signJambonzPayload(
  rawBody: string,
  secret: string,
  timestampSeconds = Math.floor(Date.now() / 1000),
): Promise<string> {
  const mac = await crypto.subtle.sign("HMAC", await hmacKey(secret), encoder.encode(`${timestampSeconds}.${rawBody}`));
  return `t=${timestampSeconds},v1=${hex(mac)}`;
}
