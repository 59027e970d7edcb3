import { ApiError, type ApiErrorDetails, type ErrorMapper } from "@callspec/core";
import type { KazooSchema } from "./schemas.js";

/** Per-field schema failures of a 400: field path -> failed keyword -> details. */
export type KazooValidationErrors = Record<string, Record<string, { message: string; target?: unknown; cause?: unknown; value?: unknown }>>;

/**
 * A Kazoo error envelope, `{"error": "<status>", "message": <code>, "data": {details}, "status": "error"}`.
 * `vendorCode` is the envelope's `message` (`invalid data`, `bad_identifier`, `invalid_credentials`...),
 * `vendorMessage` the most specific text it holds, `validation` the per-field failures of a 400.
 */
export class KazooError extends ApiError<KazooSchema<"ErrorEnvelope">> {
  override name = "KazooError";
  declare readonly validation?: KazooValidationErrors;
}

/**
 * 402 `accept charges` (crossbar_util `response_402`): the request would add billable items. `charges` lists them (per category and item,
 * total in `activation_charges`); send the same request again with `accept_charges: true` next to `data`.
 */
export class KazooChargesError extends KazooError {
  override name = "KazooChargesError";
  declare readonly charges: Record<string, unknown> & { activation_charges?: number };
}

/** Crossbar's codes for a 402 the account cannot get past by accepting charges (cb_context, crossbar_services). */
export type KazooPaymentReason = "no_payment_token" | "no_credit" | "billing_issue" | (string & {});

/**
 * A 402 that `accept_charges` cannot lift: the account cannot pay. `reason` is the envelope's code: `no_payment_token`
 * (no payment method on file: top-ups, sales, refunds), `no_credit` (not enough credit: port requests) or
 * `billing_issue` (the bookkeeper refused the account's standing after the charges were accepted; `bookkeeperReason`
 * carries its own code, e.g. `bookkeeper_rejection`). Sending the request again changes nothing until billing is fixed.
 */
export class KazooPaymentError extends KazooError {
  override name = "KazooPaymentError";
  declare readonly reason: KazooPaymentReason;
  declare readonly bookkeeperReason?: string;
}

interface Envelope {
  data?: unknown;
  error?: unknown;
  message?: unknown;
  request_id?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Whether every value is a map of keyword -> `{message}`, the shape of schema failures. */
function asValidation(data: unknown): KazooValidationErrors | undefined {
  if (!isObject(data) || Object.keys(data).length === 0) return undefined;
  for (const keywords of Object.values(data)) {
    if (!isObject(keywords)) return undefined;
    for (const failure of Object.values(keywords)) if (!isObject(failure) || typeof failure.message !== "string") return undefined;
  }
  return data as KazooValidationErrors;
}

export const mapKazooError: ErrorMapper = ({ json }, details: ApiErrorDetails) => {
  const body: Envelope = isObject(json) ? json : {};
  const code = typeof body.message === "string" ? body.message : undefined;
  const data = body.data;
  const text = isObject(data) && typeof data.message === "string" ? data.message : typeof data === "string" ? data : undefined;
  // A datastore fault's reason rides in `data.cause` next to the bare "unknown failure" (cb_context add_system_error/3).
  const cause = details.status >= 500 && isObject(data) && typeof data.cause === "string" ? data.cause : undefined;
  const detail = text && cause ? `${text} (${cause})` : text;
  const validation = details.status === 400 ? asValidation(data) : undefined;
  const fields = validation ? Object.keys(validation).join(", ") : undefined;
  const mapped: ApiErrorDetails = {
    ...details,
    vendorCode: code,
    vendorMessage: (fields ? `${code ?? "validation failed"} (${fields})` : (detail ?? code)) ?? details.vendorMessage,
    requestId: details.requestId ?? (typeof body.request_id === "string" ? body.request_id : undefined),
  };
  if (details.status === 402) {
    // Only crossbar_util `response_402` ("accept charges") lists charges that accept_charges can lift.
    if (code === "accept charges" && isObject(data)) return Object.assign(new KazooChargesError(mapped), { charges: data });
    const bookkeeperReason = isObject(data) && typeof data.reason === "string" ? data.reason : undefined;
    return Object.assign(new KazooPaymentError(mapped), {
      reason: code ?? "payment_required",
      ...(bookkeeperReason ? { bookkeeperReason } : {}),
    });
  }
  const error = new KazooError(mapped);
  return validation ? Object.assign(error, { validation }) : error;
};
