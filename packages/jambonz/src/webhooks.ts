import { CallspecError } from "@callspec/core";
import type { components, webhooks } from "./generated/schema.js";

type Schemas = components["schemas"];

/** One verb in the `verb` form: `{ verb: "say", text: "Hello" }`. */
export type JambonzVerb = Schemas["Verb"];
/** A verb's name (`say`, `gather`, `sip:refer`, the `stream` and `*_s2s` aliases, ...). */
export type JambonzVerbName = JambonzVerb["verb"];
/** The other form jambonz accepts, typed per verb: `{ say: { text: "Hello" } }`. */
export type JambonzShorthandVerb = {
  [N in JambonzVerbName]: { [K in N]: Omit<Extract<JambonzVerb, { verb: N }>, "verb"> };
}[JambonzVerbName];
/** An application: the verbs a call runs, in order (what a hook that takes verbs answers). */
export type JambonzApp = (JambonzVerb | JambonzShorthandVerb)[];

/** jambonz's own name of a hook: `callHook`, `callStatusHook`, `gather.actionHook`, `dial.confirmHook`, ... */
export type JambonzHookName = keyof webhooks;
type Json<T> = T extends { content: { "application/json": infer B } } ? B : never;
/** What jambonz POSTs to a hook. */
export type JambonzHookPayload<H extends JambonzHookName> = Json<NonNullable<webhooks[H]["post"]["requestBody"]>>;
/** What the hook may answer: the verbs for hooks that take them, the vendor's shape for the others, anything where jambonz ignores it. */
export type JambonzHookAnswer<H extends JambonzHookName> =
  Json<webhooks[H]["post"]["responses"][200]> extends infer A
    ? [A] extends [never]
      ? unknown
      : A extends Schemas["AppDocument"]
        ? JambonzApp | undefined
        : A
    : never;

/** A hook payload that is not an object, or lacks what the hook always carries. */
export class JambonzWebhookError extends CallspecError {
  override name = "JambonzWebhookError";
}

const call = ["call_sid", "direction", "from", "to", "call_id", "sip_status", "call_status", "account_sid"];
const snapshot = call.filter((k) => k !== "sip_status");
/** The fields each hook always carries (the spec's `required`; a test keeps the two in step). */
export const requiredHookFields: Record<JambonzHookName, readonly string[]> = {
  callHook: snapshot,
  callStatusHook: call,
  registrationHook: ["source_address", "source_port", "method", "username", "realm", "nonce", "uri", "response"],
  "callUpdate.callHook": call,
  "callHook.adulting": call,
  "config.sipRequestWithinDialogHook": [...call, "sip_method"],
  "config.referHook": [...call, "refer_details"],
  queueEventHook: [...call, "event", "queue"],
  "gather.actionHook": [...call, "reason"],
  "gather.partialResultHook": [...call, "speech"],
  "dial.actionHook": call,
  "dial.confirmHook": call,
  "dial.referHook": [...call, "refer_details"],
  "dial.dtmfHook": [...call, "dtmf"],
  "dial.onHoldHook": call,
  "amd.actionHook": [...call, "type"],
  "transcribe.transcriptionHook": snapshot,
  "transcribe.translationHook": [...snapshot, "translation"],
  "listen.actionHook": call,
  "llm.actionHook": call,
  "llm.eventHook": [],
  "llm.toolHook": [],
  "enqueue.waitHook": ["queue_sid", "call_sid"],
  "enqueue.actionHook": [...call, "queue_result"],
  "dequeue.actionHook": [...call, "dequeue_result"],
  "conference.waitHook": snapshot,
  "conference.enterHook": snapshot,
  "conference.statusHook": [...call, "event", "conference_sid"],
  "conference.actionHook": call,
  "sip:refer.actionHook": [...call, "refer_status"],
  "sip:refer.eventHook": ["event", "call_status"],
  "sip:request.actionHook": [...call, "result"],
  "play.actionHook": [...call, "reason"],
  "redirect.actionHook": call,
  "message.actionHook": [...call, "message_status"],
  "dialogflow.actionHook": call,
  "dialogflow.eventHook": ["event"],
};

/**
 * Parses what jambonz POSTed to a hook (the raw JSON text, or the value already parsed) into that hook's
 * typed payload. Throws `JambonzWebhookError` for text that is not JSON, a body that is not an object, or
 * one that lacks a field the hook always carries.
 */
export function parseJambonzWebhook<H extends JambonzHookName>(hook: H, body: unknown): JambonzHookPayload<H> {
  const fields = requiredHookFields[hook];
  if (!fields) throw new JambonzWebhookError(`"${String(hook)}" is not a jambonz hook.`);
  let value = body;
  if (typeof body === "string") {
    try {
      value = JSON.parse(body);
    } catch {
      throw new JambonzWebhookError(`The ${hook} body is not JSON.`);
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new JambonzWebhookError(`The ${hook} body is not a JSON object.`);
  const missing = fields.filter((field) => !(field in value));
  if (missing.length) throw new JambonzWebhookError(`The ${hook} body lacks ${missing.join(", ")}.`);
  return value as JambonzHookPayload<H>;
}
