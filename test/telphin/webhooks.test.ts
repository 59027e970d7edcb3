import {
  TELPHIN_WEBHOOK_FIELDS,
  TELPHIN_WEBHOOK_REQUIRED,
  TelphinWebhookError,
  parseTelphinWebhook,
  type TelphinWebhook,
} from "@callspec/telphin";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

interface Schema {
  required?: string[];
  properties: Record<string, { const?: string; enum?: string[]; pattern?: string }>;
}
const spec = JSON.parse(readFileSync(new URL("../../packages/specs/telphin.openapi.json", import.meta.url), "utf8")) as {
  webhooks: Record<
    string,
    { post: { requestBody: { content: Record<string, { schema: Schema | { $ref: string }; example: Record<string, string> }> } } }
  >;
  components: { schemas: Record<string, Schema> };
};
const FORM = "application/x-www-form-urlencoded";
const webhook = (type: string) => {
  const content = spec.webhooks[type]!.post.requestBody.content[FORM]!;
  const schema = "$ref" in content.schema ? spec.components.schemas[content.schema.$ref.split("/").pop()!]! : content.schema;
  return { schema, example: content.example };
};

describe("parseTelphinWebhook against the spec's webhooks", () => {
  it("knows exactly the event types the spec has webhooks for", () => {
    expect(Object.keys(TELPHIN_WEBHOOK_FIELDS).sort()).toEqual(Object.keys(spec.webhooks).sort());
    expect(Object.keys(spec.webhooks)).toHaveLength(7);
  });

  it.each(Object.keys(spec.webhooks))("%s: the validator's fields, enums and patterns are the spec's", (type) => {
    const { schema } = webhook(type);
    expect(schema.required).toEqual([...TELPHIN_WEBHOOK_REQUIRED]);
    expect(schema.properties.EventType?.const).toBe(type);
    const rules = TELPHIN_WEBHOOK_FIELDS[type as TelphinWebhook["EventType"]];
    const { EventType: _, ...fields } = schema.properties;
    expect(Object.keys(rules).sort()).toEqual(Object.keys(fields).sort());
    for (const [name, rule] of Object.entries(rules)) {
      expect(rule.enum, `${type}.${name} enum`).toEqual(fields[name]!.enum);
      expect(rule.pattern?.source, `${type}.${name} pattern`).toEqual(fields[name]!.pattern);
    }
  });

  it.each(Object.keys(spec.webhooks))("%s: the spec's sample, form-encoded as Telphin POSTs it, parses to a typed event", (type) => {
    const sample = webhook(type).example;
    const event = parseTelphinWebhook(new URLSearchParams(sample).toString(), `${FORM}; charset=UTF-8`);
    expect(event.EventType).toBe(type);
    expect(event).toEqual(sample);
  });

  it("a GET subscription's query string parses the same, typed by EventType", () => {
    const event = parseTelphinWebhook(
      "?EventType=hangup&CallID=4d6fa1e0c3d84f6b9a2e7c1b5f3d9e21&CallStatus=NOANSWER&Duration=0&CalledDID=78123092631",
    );
    expect(event.EventType).toBe("hangup");
    if (event.EventType === "hangup") expect(event.CallStatus).toBe("NOANSWER");
  });

  it("keeps fields the spec does not name, and accepts bytes", () => {
    const event = parseTelphinWebhook(new TextEncoder().encode("EventType=dial-out&CallID=abc&NewField=x%2By")) as TelphinWebhook & {
      NewField?: string;
    };
    expect(event.NewField).toBe("x+y");
  });

  it.each([
    ["an unknown event type", "EventType=call-parked&CallID=abc", "EventType", /Unknown EventType "call-parked"/],
    ["no EventType", "CallID=abc", "EventType", /EventType is missing/],
    ["no CallID", "EventType=answer", "CallID", /CallID is missing/],
    ["an empty CallID", "EventType=answer&CallID=", "CallID", /CallID is missing or empty/],
    ["a hangup status outside the list", "EventType=hangup&CallID=abc&CallStatus=CALLING", "CallStatus", /expected one of ANSWER/],
    ["a non-numeric Duration", "EventType=hangup&CallID=abc&Duration=12s", "Duration", /Duration/],
    ["a lower-case CallFlow", "EventType=dial-in&CallID=abc&CallFlow=in", "CallFlow", /IN, OUT/],
    ["a field sent twice", "EventType=answer&CallID=abc&CallID=def", "CallID", /more than once/],
    ["__proto__ as the event type", "EventType=__proto__&CallID=abc", "EventType", /Unknown EventType/],
  ])("refuses %s with a TelphinWebhookError naming the field", (_, body, field, message) => {
    let error: unknown;
    try {
      parseTelphinWebhook(body, FORM);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TelphinWebhookError);
    expect((error as TelphinWebhookError).field).toBe(field);
    expect(String(error)).toMatch(message);
  });

  it("refuses a JSON body: Telphin events are form-encoded", () => {
    expect(() => parseTelphinWebhook('{"EventType":"answer","CallID":"abc"}', "application/json")).toThrow(/form-encoded/);
  });
});
