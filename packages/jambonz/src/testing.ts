// @callspec/jambonz/testing: plays jambonz against an application's hooks, with no phone call. Needs the
// optional peer dependencies `ajv` and `@callspec/specs` (the verbs are checked against the bundled spec).
import spec from "@callspec/specs/jambonz.json" with { type: "json" };
import { CallspecError } from "@callspec/core";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import type { components } from "./generated/schema.js";
import { signJambonzPayload } from "./signature.js";
import type { JambonzHookName, JambonzVerb, JambonzVerbName } from "./webhooks.js";

type Schemas = components["schemas"];
type CallStatus = Schemas["HookCallInfo"]["call_status"];

/** An answer of the app that jambonz would refuse: names the hook, the verb's index and the field. */
export class JambonzAppError extends CallspecError {
  override name = "JambonzAppError";
  constructor(
    message: string,
    readonly hook: JambonzHookName,
    readonly verbIndex?: number,
    readonly verb?: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** How a scripted `gather` ends. */
export type GatherOutcome = { digits: string } | { speech: string; confidence?: number; language?: string } | { timeout: true };
/** How a scripted `dial` ends. */
export type DialOutcome = "answered" | "busy" | "no-answer" | "failed" | { answered: true; durationSeconds: number };

export interface SimulateCallOptions {
  /** URL of the app's call hook (POST). Relative verb hooks (`/gather-done`) are resolved against its origin. */
  callHook: string;
  /** URL that gets each status change; left out, none are sent. */
  callStatusHook?: string;
  /** The account's webhook secret: every hook is signed with it. */
  secret?: string;
  /** HTTP Basic credentials of the call hook, sent with every hook, as jambonz does. */
  username?: string;
  password?: string;
  from?: string;
  to?: string;
  direction?: "inbound" | "outbound";
  callSid?: string;
  accountSid?: string;
  applicationSid?: string;
  /** Outcomes used in turn, one per `gather` / `dial` / other verb run; a verb with none left gets the default. */
  outcomes?: {
    gather?: GatherOutcome[];
    dial?: DialOutcome[];
    /** Fields merged into the action hook payload of any other verb (`{ llm: [{ completion_reason: "server error" }] }`). */
    [verb: string]: unknown[] | undefined;
  };
  /** The caller hangs up once this many verbs have run (default: never; jambonz hangs up when the verbs run out). */
  callerHangsUpAfter?: number;
  /** Hooks sent before the harness gives up on a loop (an app that redirects to itself). Default 50. */
  maxHooks?: number;
  fetch?: typeof fetch;
}

/** One line of what happened. */
export type TranscriptEntry =
  | { kind: "hook"; hook: JambonzHookName; url: string; payload: Record<string, unknown>; status: number; answer: unknown }
  | { kind: "verb"; verb: JambonzVerb }
  | { kind: "status"; call_status: CallStatus; sip_status: number; leg: "a" | "b" };

export interface SimulatedCall {
  callSid: string;
  transcript: TranscriptEntry[];
  /** The verbs run, in order, in the `verb` form. */
  verbs: JambonzVerb[];
  /** The final status of the call, and who ended it. */
  finalStatus: CallStatus;
  terminatedBy: "caller" | "jambonz";
}

type AnyVerb = Record<string, unknown> & { verb: string };
type Validators = { ajv: Ajv; byVerb: Map<string, ValidateFunction> };

let validators: Validators | undefined;
function compiled(): Validators {
  if (validators) return validators;
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema({ ...(spec as object), $id: "jambonz" });
  const mapping = (spec as { components: { schemas: { Verb: { discriminator: { mapping: Record<string, string> } } } } }).components.schemas
    .Verb.discriminator.mapping;
  const byVerb = new Map<string, ValidateFunction>();
  for (const [name, ref] of Object.entries(mapping)) {
    const validate = ajv.getSchema(`jambonz${ref}`);
    if (!validate) throw new CallspecError(`the bundled jambonz spec has no schema at ${ref}`);
    byVerb.set(name, validate);
  }
  validators = { ajv, byVerb };
  return validators;
}

function field(error: ErrorObject): string {
  const path = error.instancePath.split("/").filter(Boolean).join(".");
  const extra =
    (error.params as { additionalProperty?: string; missingProperty?: string }).additionalProperty ??
    (error.params as { missingProperty?: string }).missingProperty;
  return [path, extra].filter(Boolean).join(".");
}

/** The most telling of Ajv's errors: the deepest one, an unknown or missing property before a type error. */
function pick(errors: ErrorObject[]): ErrorObject {
  const score = (e: ErrorObject) =>
    e.instancePath.split("/").length * 10 +
    (e.keyword === "additionalProperties" || e.keyword === "required" ? 5 : 0) -
    (e.keyword === "oneOf" ? 9 : 0);
  return [...errors].sort((a, b) => score(b) - score(a))[0]!;
}

/**
 * Checks an app's answer as jambonz would: a list of verbs, each in the `verb` or the one-key shorthand form,
 * each verb's fields as the spec defines them. Returns the verbs in the `verb` form; throws `JambonzAppError`
 * naming the verb's index and the field otherwise.
 */
export function validateJambonzApp(answer: unknown, hook: JambonzHookName = "callHook"): JambonzVerb[] {
  if (!Array.isArray(answer))
    throw new JambonzAppError(`${hook} answered ${answer === null ? "null" : typeof answer}, not a list of verbs.`, hook);
  const { byVerb } = compiled();
  return answer.map((item, index) => {
    if (typeof item !== "object" || item === null || Array.isArray(item))
      throw new JambonzAppError(`${hook}: verb ${index} is not an object.`, hook, index);
    let verb: AnyVerb;
    if ("verb" in item) verb = item as AnyVerb;
    else {
      const keys = Object.keys(item);
      if (keys.length !== 1) throw new JambonzAppError(`${hook}: verb ${index} has no "verb" and is not a one-key shorthand.`, hook, index);
      const value = (item as Record<string, unknown>)[keys[0]!];
      if (typeof value !== "object" || value === null)
        throw new JambonzAppError(`${hook}: verb ${index} (${keys[0]}) holds no object.`, hook, index, keys[0]);
      verb = { verb: keys[0]!, ...(value as Record<string, unknown>) };
    }
    const validate = typeof verb.verb === "string" ? byVerb.get(verb.verb) : undefined;
    if (!validate)
      throw new JambonzAppError(
        `${hook}: verb ${index} is "${String(verb.verb)}", which jambonz does not know.`,
        hook,
        index,
        String(verb.verb),
      );
    if (!validate(verb as unknown)) {
      const error = pick(validate.errors ?? []);
      const where = field(error);
      throw new JambonzAppError(
        `${hook}: verb ${index} (${verb.verb}): ${where || "the verb"} ${error.message ?? "is invalid"}.`,
        hook,
        index,
        verb.verb,
        where,
      );
    }
    return verb as JambonzVerb;
  });
}

/**
 * Checks a hook payload against the spec (what the harness sends, or what a recorded jambonz sent): returns
 * the problems found, `[]` when there are none.
 */
export function validateJambonzHookPayload(hook: JambonzHookName, payload: unknown): string[] {
  const { ajv } = compiled();
  const operation = (
    spec as { webhooks: Record<string, { post?: { requestBody?: { content: Record<string, { schema: { $ref?: string } }> } } }> }
  ).webhooks[hook];
  const ref = operation?.post?.requestBody?.content["application/json"]?.schema.$ref;
  const validate = ref ? ajv.getSchema(`jambonz${ref}`) : undefined;
  if (!validate) throw new CallspecError(`"${String(hook)}" is not a jambonz hook of the bundled spec.`);
  if (validate(payload)) return [];
  return (validate.errors ?? []).map((e) => `${field(e) || "the payload"} ${e.message ?? "is invalid"}`);
}

const hex = (n: number) => Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => b.toString(16).padStart(2, "0")).join("");
const hookUrl = (hook: unknown): string | undefined =>
  typeof hook === "string"
    ? hook
    : typeof hook === "object" && hook !== null && typeof (hook as { url?: unknown }).url === "string"
      ? (hook as { url: string }).url
      : undefined;

/** The action hook of each verb that has one, and what it reports when no outcome is scripted. */
const actionDefaults: Partial<Record<JambonzVerbName, Record<string, unknown>>> = {
  play: { reason: "playCompleted", playback_seconds: 3, playback_milliseconds: 3000, playback_last_offset_pos: "24000" },
  listen: { dial_call_duration: 5 },
  stream: { dial_call_duration: 5 },
  llm: { completion_reason: "normal conversation end" },
  enqueue: { queue_result: "hangup", queue_time: 5 },
  dequeue: { dequeue_result: "timeout" },
  conference: {},
  "sip:refer": { refer_status: 202, final_referred_call_status: 200 },
  "sip:request": { result: "success", sip_status: 200 },
  message: { message_status: "success", message_sid: "", carrier: "sim-carrier" },
  dialogflow: { dialogflow_result: "completed" },
  lex: { lex_result: "completed" },
  rasa: { rasa_result: "completed" },
};
const hookNameOf: Partial<Record<string, JambonzHookName>> = {
  play: "play.actionHook",
  listen: "listen.actionHook",
  stream: "listen.actionHook",
  llm: "llm.actionHook",
  enqueue: "enqueue.actionHook",
  dequeue: "dequeue.actionHook",
  conference: "conference.actionHook",
  "sip:refer": "sip:refer.actionHook",
  "sip:request": "sip:request.actionHook",
  message: "message.actionHook",
  dialogflow: "dialogflow.actionHook",
  lex: "dialogflow.actionHook",
  rasa: "dialogflow.actionHook",
};

/**
 * Plays one call against an app, as jambonz's feature server would: signs and POSTs the new-call hook with a
 * realistic payload, checks the verbs it answers (`JambonzAppError` names the verb and the field), runs them,
 * following each action hook with the scripted outcomes (gather digits or speech, dial answered, busy, ...),
 * posts the status changes to `callStatusHook`, and returns the transcript.
 */
export async function simulateCall(options: SimulateCallOptions): Promise<SimulatedCall> {
  const send = options.fetch ?? fetch;
  const base = new URL(options.callHook);
  const maxHooks = options.maxHooks ?? 50;
  const outcomes = new Map(Object.entries(options.outcomes ?? {}).map(([k, v]) => [k, [...(v ?? [])]]));
  const next = <T>(verb: string): T | undefined => outcomes.get(verb)?.shift() as T | undefined;
  const transcript: TranscriptEntry[] = [];
  const ran: JambonzVerb[] = [];
  const callSid = options.callSid ?? crypto.randomUUID();
  const call: Record<string, unknown> = {
    call_sid: callSid,
    direction: options.direction ?? "inbound",
    from: options.from ?? "15085551212",
    to: options.to ?? "15083334444",
    call_id: `${hex(8)}@10.0.1.12`,
    sbc_callid: `${hex(8)}@203.0.113.9`,
    sip_status: 100,
    sip_reason: "Trying",
    call_status: "trying",
    account_sid: options.accountSid ?? "9351f46a-678c-43f5-b8a6-d4eb58d131af",
    trace_id: hex(16),
    application_sid: options.applicationSid ?? "cd5b962b-7003-47fd-8997-3aac02f8b07b",
    fs_sip_address: "10.0.1.21:5070",
  };
  let hooksSent = 0;
  let answered = false;
  let customerData: Record<string, unknown> | undefined;

  const post = async (hook: JambonzHookName, url: string, payload: Record<string, unknown>): Promise<unknown> => {
    if (++hooksSent > maxHooks) throw new JambonzAppError(`more than ${maxHooks} hooks in one call: the app loops.`, hook);
    const target = new URL(url, base);
    target.hash = "";
    const body = JSON.stringify(payload);
    const headers: Record<string, string> = { "content-type": "application/json", "user-agent": "jambonz" };
    if (options.secret) headers["jambonz-signature"] = await signJambonzPayload(body, options.secret);
    if (options.username && options.password) headers.authorization = `Basic ${btoa(`${options.username}:${options.password}`)}`;
    const response = await send(target, { method: "POST", headers, body });
    let answer: unknown;
    if ((response.headers.get("content-type") ?? "").includes("application/json")) {
      const text = await response.text();
      try {
        answer = text === "" ? undefined : JSON.parse(text);
      } catch {
        throw new JambonzAppError(`${hook} answered invalid JSON.`, hook);
      }
    } else await response.body?.cancel();
    transcript.push({ kind: "hook", hook, url: target.href, payload, status: response.status, answer });
    if (![200, 202, 204].includes(response.status))
      throw new JambonzAppError(`${hook} answered HTTP ${response.status}; jambonz counts only 200, 202 and 204 as success.`, hook);
    return answer;
  };
  const callInfo = () => ({ ...call, ...(customerData ? { customerData } : {}) });
  const status = async (
    callStatus: CallStatus,
    sipStatus: number,
    sipReason: string,
    extra: Record<string, unknown> = {},
    leg: "a" | "b" = "a",
  ) => {
    if (leg === "a") Object.assign(call, { call_status: callStatus, sip_status: sipStatus, sip_reason: sipReason });
    transcript.push({ kind: "status", call_status: callStatus, sip_status: sipStatus, leg });
    const payload = leg === "a" ? { ...callInfo(), ...extra } : extra;
    if (options.callStatusHook) await post("callStatusHook", options.callStatusHook, payload);
  };
  /** The verbs an answer replaces the rest with; `undefined` when the current ones go on. */
  const replacement = (hook: JambonzHookName, answer: unknown): JambonzVerb[] | undefined =>
    Array.isArray(answer) && answer.length > 0 ? validateJambonzApp(answer, hook) : undefined;

  await status("trying", 100, "Trying");
  const first = await post("callHook", options.callHook, {
    ...Object.fromEntries(Object.entries(callInfo()).filter(([k]) => k !== "fs_sip_address")),
    caller_name: "",
    has_recording: false,
    local_sip_address: "10.0.1.21:5070",
    public_ip: "198.51.100.21",
    sip: {
      headers: {
        from: `<sip:${call.from}@203.0.113.9>;tag=${hex(4)}`,
        to: `<sip:${call.to}@10.0.1.10>`,
        "call-id": call.call_id,
        "X-CID": call.sbc_callid,
      },
      method: "INVITE",
      version: "2.0",
      uri: `sip:${call.to}@10.0.1.21:5070`,
      body: "v=0\r\n",
      raw: `INVITE sip:${call.to}@10.0.1.21:5070 SIP/2.0\r\n`,
      payload: [{ type: "application/sdp", content: "v=0\r\n" }],
    },
    service_provider_sid: "2708b1b3-2736-40ea-b502-c53d8396247f",
    defaults: {
      synthesizer: { vendor: "google", language: "en-US", voice: "en-US-Standard-C" },
      recognizer: { vendor: "google", language: "en-US" },
    },
  });
  if (!Array.isArray(first) || first.length === 0) {
    throw new JambonzAppError(
      "callHook must answer a non-empty list of verbs; jambonz refuses the call with SIP 480 otherwise.",
      "callHook",
    );
  }
  let queue = validateJambonzApp(first, "callHook");
  let terminatedBy: "caller" | "jambonz" = "jambonz";
  let finalStatus: CallStatus | undefined;

  const answer = async () => {
    if (answered) return;
    answered = true;
    await status("in-progress", 200, "OK");
  };

  while (queue.length > 0 && finalStatus === undefined) {
    if (options.callerHangsUpAfter !== undefined && ran.length >= options.callerHangsUpAfter) {
      terminatedBy = "caller";
      break;
    }
    const verb = queue.shift()! as AnyVerb & JambonzVerb;
    transcript.push({ kind: "verb", verb });
    ran.push(verb);
    const withVerbId = (payload: Record<string, unknown>) => (typeof verb.id === "string" ? { ...payload, verb_id: verb.id } : payload);
    let replaced: JambonzVerb[] | undefined;
    switch (verb.verb) {
      case "sip:decline": {
        const code = Number(verb.status);
        await status(code === 486 ? "busy" : "failed", code, String(verb.reason ?? "Declined"));
        finalStatus = call.call_status as CallStatus;
        break;
      }
      case "hangup":
        await answer();
        finalStatus = "completed";
        break;
      case "tag":
        customerData = verb.data as Record<string, unknown>;
        break;
      case "redirect":
        await answer();
        replaced = replacement("redirect.actionHook", await post("redirect.actionHook", hookUrl(verb.actionHook)!, withVerbId(callInfo())));
        break;
      case "gather": {
        await answer();
        const outcome = next<GatherOutcome>("gather") ?? { timeout: true };
        const url = hookUrl(verb.actionHook);
        if (!url) break;
        const extra =
          "digits" in outcome
            ? { reason: "dtmfDetected", digits: outcome.digits }
            : "speech" in outcome
              ? {
                  reason: "speechDetected",
                  speech: {
                    language_code: outcome.language ?? "en-US",
                    channel_tag: 1,
                    is_final: true,
                    alternatives: [{ transcript: outcome.speech, confidence: outcome.confidence ?? 0.92 }],
                    vendor: { name: "google" },
                  },
                  stt_latency_ms: 350,
                }
              : { reason: "timeout" };
        replaced = replacement("gather.actionHook", await post("gather.actionHook", url, withVerbId({ ...callInfo(), ...extra })));
        break;
      }
      case "dial": {
        await answer();
        const outcome = next<DialOutcome>("dial") ?? "answered";
        const leg: Record<string, unknown> = {
          ...callInfo(),
          call_sid: crypto.randomUUID(),
          direction: "outbound",
          from: call.to,
          to: (verb.target as { number?: string; sipUri?: string; name?: string }[])[0]?.number ?? "sip-target",
          caller_id: call.to,
          parent_call_sid: callSid,
          call_id: `${hex(8)}@10.0.1.21`,
        };
        delete leg.customerData;
        const legStatus = async (s: CallStatus, code: number, reason: string, more: Record<string, unknown> = {}) => {
          Object.assign(leg, { call_status: s, sip_status: code, sip_reason: reason, ...more });
          await status(s, code, reason, { ...leg }, "b");
        };
        await legStatus("trying", 100, "Trying");
        if (outcome === "busy") await legStatus("busy", 486, "Busy Here");
        else if (outcome === "no-answer") await legStatus("no-answer", 487, "Request Terminated");
        else if (outcome === "failed") await legStatus("failed", 503, "Service Unavailable");
        else {
          await legStatus("ringing", 180, "Ringing");
          await legStatus("in-progress", 200, "OK");
          const confirm = hookUrl(verb.confirmHook);
          if (confirm) {
            const confirmAnswer = await post("dial.confirmHook", confirm, { ...leg });
            if (Array.isArray(confirmAnswer) && confirmAnswer.length > 0) validateJambonzApp(confirmAnswer, "dial.confirmHook");
          }
          const duration = typeof outcome === "object" ? outcome.durationSeconds : 30;
          await legStatus("completed", 200, "OK", { duration, call_termination_by: "caller" });
        }
        const url = hookUrl(verb.actionHook);
        if (url) {
          const result = {
            dial_call_status: leg.call_status,
            dial_sip_status: leg.sip_status,
            dial_call_sid: leg.call_sid,
            dial_sbc_callid: `${hex(8)}@203.0.113.9`,
          };
          replaced = replacement("dial.actionHook", await post("dial.actionHook", url, withVerbId({ ...callInfo(), ...result })));
        }
        break;
      }
      default: {
        if (verb.verb !== "config" && verb.verb !== "pause") await answer();
        const hook = hookNameOf[verb.verb];
        const url = hookUrl((verb as { actionHook?: unknown }).actionHook);
        if (!hook || !url) break;
        const defaults = actionDefaults[verb.verb as JambonzVerbName] ?? {};
        const scripted = next<Record<string, unknown>>(verb.verb) ?? {};
        const extra =
          verb.verb === "message" ? { message_sid: crypto.randomUUID(), ...defaults, ...scripted } : { ...defaults, ...scripted };
        replaced = replacement(hook, await post(hook, url, withVerbId({ ...callInfo(), ...extra })));
      }
    }
    if (replaced) queue = replaced;
  }
  if (finalStatus === undefined || finalStatus === "completed") {
    // With no verbs left jambonz hangs up itself, as after `hangup`; a caller who hangs up first ends it too.
    await answer();
    await status("completed", 200, "OK", { duration: 30, call_termination_by: terminatedBy });
    finalStatus = "completed";
  }
  return { callSid, transcript, verbs: ran, finalStatus, terminatedBy };
}
