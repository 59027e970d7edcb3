import type { components } from "./generated/schema.js";
import { TelphinWebhookError } from "./errors.js";

type Schemas = components["schemas"];
/** An event Telphin sends to a subscription's URL, one type per `EventType` (the spec's `webhooks`). */
export type TelphinWebhook =
  | Schemas["DialInEvent"]
  | Schemas["DialOutEvent"]
  | Schemas["AnswerEvent"]
  | Schemas["HangupEvent"]
  | Schemas["MessageInEvent"]
  | Schemas["MessageOutEvent"]
  | Schemas["VoicemailEvent"];
export type TelphinWebhookType = TelphinWebhook["EventType"];

/** A field's rule: any string, one of a list, or a pattern. */
type Rule = { enum?: readonly string[]; pattern?: RegExp };
const any: Rule = {};
const CALLING: Rule = { enum: ["CALLING"] };

const COMMON: Record<string, Rule> = {
  CallID: any,
  CallerIDNum: any,
  CallerIDName: any,
  CalledDID: any,
  CallerExtension: any,
  CalledExtension: any,
  CalledNumber: any,
  CallFlow: { enum: ["IN", "OUT"] },
  CallAPIID: any,
  CallBackID: any,
  SubCallID: any,
  Bridged: { enum: ["yes", "no"] },
  Transfered: { enum: ["yes"] },
};

/** The fields each event type declares in the spec (test/telphin checks this table against the spec). */
export const TELPHIN_WEBHOOK_FIELDS: Record<TelphinWebhookType, Record<string, Rule>> = {
  "dial-in": { ...COMMON, CallStatus: CALLING, RemoteNumber: any },
  "dial-out": { ...COMMON, CallStatus: CALLING },
  answer: { ...COMMON, CallStatus: any },
  hangup: {
    ...COMMON,
    CallStatus: { enum: ["ANSWER", "BUSY", "NOANSWER", "CANCEL", "CONGESTION", "CHANUNAVAIL"] },
    Duration: { pattern: /^[0-9]+$/ },
    RecID: any,
  },
  "message-in": { ...COMMON },
  "message-out": { ...COMMON },
  voicemail: { ...COMMON, RecID: any },
};

export const TELPHIN_WEBHOOK_REQUIRED = ["EventType", "CallID"] as const;

const FORM = /^application\/x-www-form-urlencoded\b/i;

/**
 * Validates an incoming Telphin event and returns it typed. `body` is the form-encoded POST body, or the query
 * string of a GET subscription (with or without `?`), or its parsed `URLSearchParams`. `contentType`, when given,
 * must be `application/x-www-form-urlencoded` (pass undefined for a GET's query string). Fields the spec does not
 * name are kept as strings. Throws `TelphinWebhookError` naming the field at fault.
 */
export function parseTelphinWebhook(body: string | URLSearchParams | Uint8Array, contentType?: string | null): TelphinWebhook {
  if (contentType && !FORM.test(contentType)) {
    throw new TelphinWebhookError(`A Telphin event is form-encoded (application/x-www-form-urlencoded), not ${contentType.split(";")[0]}.`);
  }
  let params: URLSearchParams;
  if (body instanceof URLSearchParams) params = body;
  else if (typeof body === "string") params = new URLSearchParams(body.startsWith("?") ? body.slice(1) : body);
  else if (body instanceof Uint8Array) params = new URLSearchParams(new TextDecoder().decode(body));
  else throw new TelphinWebhookError("The event body must be a string, bytes or URLSearchParams.");

  const fields: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key in fields) throw new TelphinWebhookError(`Field ${key} appears more than once.`, key);
    fields[key] = value;
  }
  for (const name of TELPHIN_WEBHOOK_REQUIRED) {
    if (!fields[name]) throw new TelphinWebhookError(`Field ${name} is missing or empty; not a Telphin event.`, name);
  }
  const type = fields.EventType as TelphinWebhookType;
  const rules = Object.hasOwn(TELPHIN_WEBHOOK_FIELDS, type) ? TELPHIN_WEBHOOK_FIELDS[type] : undefined;
  if (!rules) {
    throw new TelphinWebhookError(
      `Unknown EventType ${JSON.stringify(fields.EventType)}; expected one of ${Object.keys(TELPHIN_WEBHOOK_FIELDS).join(", ")}.`,
      "EventType",
    );
  }
  for (const [name, rule] of Object.entries(rules)) {
    const value = fields[name];
    if (value === undefined) continue;
    if (rule.enum && !rule.enum.includes(value)) {
      throw new TelphinWebhookError(
        `Field ${name} of a ${type} event is ${JSON.stringify(value)}; expected one of ${rule.enum.join(", ")}.`,
        name,
      );
    }
    if (rule.pattern && !rule.pattern.test(value))
      throw new TelphinWebhookError(`Field ${name} of a ${type} event is ${JSON.stringify(value)}, not ${rule.pattern}.`, name);
  }
  return fields as unknown as TelphinWebhook;
}
