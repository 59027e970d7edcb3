import { readFileSync } from "node:fs";
import { KAZOO_WEBHOOK_EVENTS, KAZOO_WEBHOOK_FIELDS, KazooWebhookError, CallspecError, parseKazooWebhook } from "@callspec/kazoo";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { HOOK_PAYLOADS } from "./fixtures/hook-payloads.js";

type Schema = { type?: string; const?: string; required?: string[]; properties?: Record<string, Schema>; allOf?: Schema[]; $ref?: string };
const spec = JSON.parse(readFileSync(new URL("../../packages/specs/kazoo.openapi.json", import.meta.url), "utf8")) as {
  webhooks: Record<string, { post: { requestBody: { content: { "application/json": { schema: Schema; example: unknown } } } } }>;
  components: { schemas: Record<string, Schema> };
};
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema({ $id: "kazoo", components: spec.components } as never);
const content = (event: string) => spec.webhooks[event]!.post.requestBody.content["application/json"];
const validator = (event: string) =>
  ajv.compile(JSON.parse(JSON.stringify(content(event).schema).replace(/"#\/components\//g, '"kazoo#/components/')));

/** Every declared property of a payload schema (allOf and $ref followed) with its JSON type. */
function declared(
  schema: Schema,
  out: Record<string, string> = {},
  required: Set<string> = new Set(),
): { fields: Record<string, string>; required: Set<string> } {
  if (schema.$ref) return declared(spec.components.schemas[schema.$ref.split("/").pop()!]!, out, required);
  for (const part of schema.allOf ?? []) declared(part, out, required);
  for (const r of schema.required ?? []) required.add(r);
  for (const [name, p] of Object.entries(schema.properties ?? {})) {
    const resolved = p.$ref ? spec.components.schemas[p.$ref.split("/").pop()!]! : p;
    if (resolved.type ?? p.type) out[name] = (p.type ?? resolved.type)!;
  }
  return { fields: out, required };
}

describe("parseKazooWebhook against the spec's webhooks", () => {
  it("knows exactly the hook events the spec has webhooks for", () => {
    expect([...KAZOO_WEBHOOK_EVENTS].sort()).toEqual(Object.keys(spec.webhooks).sort());
    expect(KAZOO_WEBHOOK_EVENTS).toHaveLength(9);
  });

  it.each(KAZOO_WEBHOOK_EVENTS)("%s: the parser's fields, types and required list are the spec's", (event) => {
    const { fields, required } = declared(content(event).schema);
    expect(KAZOO_WEBHOOK_FIELDS[event].fields).toEqual(fields);
    expect([...KAZOO_WEBHOOK_FIELDS[event].required].sort()).toEqual([...required].sort());
  });

  it.each(KAZOO_WEBHOOK_EVENTS)("%s: our sample payload is valid for the spec and parses to its event", (event) => {
    const sample = HOOK_PAYLOADS[event];
    const validate = validator(event);
    expect(validate(sample), JSON.stringify(validate.errors)).toBe(true);
    const hook = parseKazooWebhook(JSON.stringify(sample));
    expect(hook.event).toBe(event);
    expect(hook.payload).toEqual(sample);
    // The spec's own example of the webhook parses to the same event.
    expect(parseKazooWebhook(content(event).example as Record<string, unknown>).event).toBe(event);
  });

  it("types the payload by event", () => {
    const hook = parseKazooWebhook(new TextEncoder().encode(JSON.stringify(HOOK_PAYLOADS.channel_destroy)));
    if (hook.event !== "channel_destroy") throw new Error(`parsed as ${hook.event}`);
    const seconds: number | undefined = hook.payload.billing_seconds;
    expect(seconds).toBe(0);
    expect(hook.payload.hangup_cause).toBe("USER_BUSY");
    const parked = parseKazooWebhook(HOOK_PAYLOADS.parking);
    if (parked.event === "parking") {
      const slot: string | undefined = parked.payload.parking_slot;
      expect(slot).toBe("3");
      // @ts-expect-error the slot is a string, as cf_park sends it
      const slotNumber: number = parked.payload.parking_slot;
      expect(slotNumber).toBe("3");
    } else throw new Error(`parsed as ${parked.event}`);
  });

  it("keeps the hook's custom_data merged at the top level", () => {
    const hook = parseKazooWebhook({ ...HOOK_PAYLOADS.object, crm_tenant: "north" });
    expect((hook.payload as Record<string, unknown>).crm_tenant).toBe("north");
  });
});

describe("parseKazooWebhook refuses what Kazoo does not send", () => {
  const refuses = (body: unknown, message: RegExp, field?: string) => {
    let thrown: unknown;
    try {
      parseKazooWebhook(body as never);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(KazooWebhookError);
    expect(thrown).toBeInstanceOf(CallspecError);
    expect((thrown as KazooWebhookError).message).toMatch(message);
    expect((thrown as KazooWebhookError).field).toBe(field);
  };

  it("a body that is not JSON, or not an object", () => {
    refuses("hook_event=channel_create&call_id=x", /does not parse/);
    refuses("[1,2]", /JSON object/);
    refuses(null, /JSON object/);
  });

  it("a payload of no hook event", () => {
    refuses({ ...HOOK_PAYLOADS.channel_create, hook_event: "channel_hold" }, /matches no Kazoo hook event/);
    refuses({ account_id: "4b31dd1d32ce6d249897c06332375d65", id: "x" }, /matches no Kazoo hook event/);
    refuses({ ...HOOK_PAYLOADS.object, action: "doc_updated" }, /matches no Kazoo hook event/);
    refuses({ ...HOOK_PAYLOADS.parking, event_name: "PARK_MOVED" }, /matches no Kazoo hook event/);
  });

  it("a required field missing or of the wrong type", () => {
    const { call_id: _, ...noCall } = HOOK_PAYLOADS.channel_answer;
    refuses(noCall, /channel_answer payload has no call_id/, "call_id");
    // The vendor's samples show these as a string and a number; the code sends an integer and a string.
    refuses({ ...HOOK_PAYLOADS.channel_create, timestamp: "63901234567" }, /timestamp .* a string, not a integer/, "timestamp");
    refuses({ ...HOOK_PAYLOADS.parking, parking_slot: 3 }, /parking_slot .* a number, not a string/, "parking_slot");
    refuses({ ...HOOK_PAYLOADS.sms, account_id: "ACCOUNT" }, /account_id of the sms payload is not 32 lower-case hex/, "account_id");
  });

  it("the spec rejects the same payloads", () => {
    const validate = validator("channel_create");
    expect(validate({ ...HOOK_PAYLOADS.channel_create, timestamp: "63901234567" })).toBe(false);
    expect(validator("parking")({ ...HOOK_PAYLOADS.parking, event_name: "PARK_MOVED" })).toBe(false);
  });
});
