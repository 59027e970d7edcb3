import { CallspecError } from "@callspec/core";
import type { components } from "./generated/schema.js";

type Schemas = components["schemas"];

/** What each hook event POSTs to a webhook's `uri` (the spec's `webhooks`). */
export interface KazooWebhookPayloads {
  channel_create: Schemas["ChannelCreateWebhook"];
  channel_answer: Schemas["ChannelAnswerWebhook"];
  channel_bridge: Schemas["ChannelBridgeWebhook"];
  channel_destroy: Schemas["ChannelDestroyWebhook"];
  object: Schemas["ObjectWebhook"];
  notifications: Schemas["NotificationWebhook"];
  parking: Schemas["ParkingWebhook"];
  sms: Schemas["SmsWebhook"];
  mms: Schemas["MmsWebhook"];
}

export type KazooWebhookEvent = keyof KazooWebhookPayloads;

/** A parsed hook: `event` names the hook (a webhook document's `hook`), `payload` is typed by it. */
export type KazooWebhook = { [E in KazooWebhookEvent]: { event: E; payload: KazooWebhookPayloads[E] } }[KazooWebhookEvent];

/** A body that is not a Kazoo hook payload; `field` names the field at fault when there is one. */
export class KazooWebhookError extends CallspecError {
  override name = "KazooWebhookError";
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

type Kind = "string" | "integer" | "number" | "boolean" | "object";
type Rules = { required: readonly string[]; fields: Record<string, Kind> };

const CALL: Record<string, Kind> = {
  hook_event: "string",
  account_id: "string",
  reseller_id: "string",
  cluster_id: "string",
  call_id: "string",
  other_leg_call_id: "string",
  call_direction: "string",
  call_forwarded: "boolean",
  authorizing_id: "string",
  authorizing_type: "string",
  owner_id: "string",
  caller_id_name: "string",
  caller_id_number: "string",
  callee_id_name: "string",
  callee_id_number: "string",
  request: "string",
  from: "string",
  to: "string",
  inception: "string",
  timestamp: "integer",
  is_internal_leg: "boolean",
  local_resource_used: "boolean",
  local_resource_id: "string",
  emergency_resource_used: "boolean",
  custom_channel_vars: "object",
  custom_application_vars: "object",
};
const CALL_REQUIRED = ["hook_event", "account_id", "call_id"] as const;
const MESSAGE: Rules = {
  required: ["id", "account_id", "type"],
  fields: {
    id: "string",
    account_id: "string",
    type: "string",
    from: "string",
    to: "string",
    body: "string",
    origin: "string",
    charges: "number",
    cluster_id: "string",
  },
};

/** The declared fields of each payload and their JSON types (test/kazoo checks this table against the spec). */
export const KAZOO_WEBHOOK_FIELDS: Record<KazooWebhookEvent, Rules> = {
  channel_create: { required: CALL_REQUIRED, fields: CALL },
  channel_answer: { required: CALL_REQUIRED, fields: CALL },
  channel_bridge: { required: CALL_REQUIRED, fields: { ...CALL, original_number: "string", other_leg_destination_number: "string" } },
  channel_destroy: {
    required: CALL_REQUIRED,
    fields: {
      ...CALL,
      hangup_cause: "string",
      hangup_code: "string",
      duration_seconds: "integer",
      ringing_seconds: "integer",
      billing_seconds: "integer",
    },
  },
  object: {
    required: ["id", "account_id", "action", "type"],
    fields: { id: "string", account_id: "string", action: "string", type: "string", cluster_id: "string" },
  },
  notifications: {
    required: ["event_category", "event_name"],
    fields: {
      event_category: "string",
      event_name: "string",
      account_id: "string",
      app_name: "string",
      app_version: "string",
      msg_id: "string",
      node: "string",
      server_id: "string",
      system_log_id: "string",
      preview: "boolean",
      cluster_id: "string",
    },
  },
  parking: {
    required: ["event_name", "call_id"],
    fields: {
      event_name: "string",
      account_id: "string",
      call_id: "string",
      parking_slot: "string",
      caller_id_name: "string",
      caller_id_number: "string",
      callee_id_name: "string",
      callee_id_number: "string",
      cluster_id: "string",
    },
  },
  sms: MESSAGE,
  mms: MESSAGE,
};

/** The hook events the spec models, in its order. */
export const KAZOO_WEBHOOK_EVENTS = Object.keys(KAZOO_WEBHOOK_FIELDS) as readonly KazooWebhookEvent[];

const CHANNEL_EVENTS = new Set<string>(KAZOO_WEBHOOK_EVENTS.filter((event) => event.startsWith("channel_")));
const OBJECT_ACTIONS = new Set(["doc_created", "doc_edited", "doc_deleted"]);
const PARKING_EVENTS = new Set(["PARK_PARKED", "PARK_RETRIEVED", "PARK_ABANDONED"]);
const ID = /^[0-9a-f]{32}$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Which hook a payload comes from: the payloads carry no common event field, so each is told by its own marks. */
function eventOf(body: Record<string, unknown>): KazooWebhookEvent | undefined {
  if (typeof body.hook_event === "string") return CHANNEL_EVENTS.has(body.hook_event) ? (body.hook_event as KazooWebhookEvent) : undefined;
  if (body.event_category === "notification") return "notifications";
  if (typeof body.event_name === "string" && PARKING_EVENTS.has(body.event_name)) return "parking";
  if (typeof body.action === "string" && OBJECT_ACTIONS.has(body.action)) return "object";
  if (body.type === "sms" || body.type === "mms") return body.type;
  return undefined;
}

function kindOf(v: unknown): Kind | "array" | "null" {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v as Kind;
}

/**
 * Validates the body Kazoo's webhooks application sent to a hook's `uri` (JSON: a string, bytes or the parsed
 * object) and returns it typed, with the hook `event` it belongs to. Fields the spec does not declare (the
 * hook's `custom_data`, notification-specific fields) are kept. Throws `KazooWebhookError` for a body that is
 * not JSON, matches no hook event, or has a declared field missing or of the wrong type.
 */
export function parseKazooWebhook(body: string | Uint8Array | Record<string, unknown>): KazooWebhook {
  let value: unknown = body;
  if (typeof body === "string" || body instanceof Uint8Array) {
    const text = typeof body === "string" ? body : new TextDecoder().decode(body);
    try {
      value = JSON.parse(text);
    } catch {
      throw new KazooWebhookError("A Kazoo webhook body is JSON (form-data hooks are not supported); this one does not parse.");
    }
  }
  if (!isObject(value)) throw new KazooWebhookError("A Kazoo webhook body is a JSON object.");
  const event = eventOf(value);
  if (!event) {
    throw new KazooWebhookError("The body matches no Kazoo hook event (by hook_event, event_category, event_name, action or type).");
  }
  const rules = KAZOO_WEBHOOK_FIELDS[event];
  for (const name of rules.required) {
    if (value[name] === undefined || value[name] === "") throw new KazooWebhookError(`The ${event} payload has no ${name}.`, name);
  }
  for (const [name, kind] of Object.entries(rules.fields)) {
    if (value[name] === undefined) continue;
    const actual = kindOf(value[name]);
    if (actual !== kind && !(kind === "number" && actual === "integer")) {
      throw new KazooWebhookError(
        `Field ${name} of the ${event} payload is ${actual === "integer" ? "a number" : `a ${actual}`}, not a ${kind}.`,
        name,
      );
    }
  }
  if (typeof value.account_id === "string" && !ID.test(value.account_id)) {
    throw new KazooWebhookError(`Field account_id of the ${event} payload is not 32 lower-case hex digits.`, "account_id");
  }
  return { event, payload: value } as KazooWebhook;
}
