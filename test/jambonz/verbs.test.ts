// The verb types are generated from the spec: a wrong verb fails tsc (the @ts-expect-error lines below) as well as the harness.
import { describe, expect, it } from "vitest";
import type { JambonzApp, JambonzHookAnswer, JambonzHookPayload, JambonzVerb } from "@callspec/jambonz";
import { validateJambonzApp } from "../../packages/jambonz/src/testing.js";

const good: JambonzApp = [
  {
    verb: "config",
    synthesizer: { vendor: "microsoft", voice: "en-US-JennyNeural" },
    bargeIn: { enable: true, input: ["speech"], actionHook: "/barge" },
  },
  { verb: "say", text: ["Hi", "Hello"], loop: "forever" },
  {
    gather: {
      input: ["digits"],
      numDigits: 1,
      play: { url: "https://example.com/menu.mp3" },
      actionHook: { url: "/menu", method: "POST" },
    },
  },
  {
    verb: "dial",
    target: [
      { type: "user", name: "alice@sip.example.com" },
      { type: "sip", sipUri: "sip:bob@example.com", auth: { username: "u", password: "p" } },
    ],
    amd: { actionHook: "/amd" },
  },
  { verb: "openai_s2s", llmOptions: { messages: [{ role: "system", content: "Be brief." }] }, toolHook: "/tool" },
  { verb: "sip:refer", referTo: "sip:carol@example.com" },
];

// @ts-expect-error `text` must be a string or a list of strings
const wrongType: JambonzApp = [{ verb: "say", text: 1 }];
// @ts-expect-error `txt` is no property of say
const unknownProperty: JambonzApp = [{ verb: "say", txt: "hi" }];
// @ts-expect-error `pause` needs `length`
const missingRequired: JambonzApp = [{ verb: "pause" }];
// @ts-expect-error `sya` is no verb
const unknownVerb: JambonzApp = [{ verb: "sya", text: "hi" }];
// @ts-expect-error the shorthand is checked too
const wrongShorthand: JambonzApp = [{ play: { url: 3 } }];

describe("the verb types and the spec agree", () => {
  it("the harness accepts what tsc accepts", () => {
    expect(validateJambonzApp(good).map((v: JambonzVerb) => v.verb)).toEqual([
      "config",
      "say",
      "gather",
      "dial",
      "openai_s2s",
      "sip:refer",
    ]);
  });
  it.each([
    ["wrongType", wrongType, "text"],
    ["unknownProperty", unknownProperty, "txt"],
    ["missingRequired", missingRequired, "length"],
    ["unknownVerb", unknownVerb, "sya"],
    ["wrongShorthand", wrongShorthand, "url"],
  ])("the harness refuses what tsc refuses: %s", (_, app, word) => {
    expect(() => validateJambonzApp(app)).toThrow(word);
  });
  it("hook payloads and answers are typed per hook", () => {
    const payload: JambonzHookPayload<"dial.actionHook"> = {
      call_sid: "c",
      direction: "inbound",
      from: "1",
      to: "2",
      call_id: "i",
      sip_status: 200,
      call_status: "in-progress",
      account_sid: "a",
      dial_call_status: "busy",
    };
    const answer: JambonzHookAnswer<"registrationHook"> = { status: "ok", expires: 60 };
    // @ts-expect-error a dial status jambonz never sends
    const wrong: JambonzHookPayload<"dial.actionHook"> = { ...payload, dial_call_status: "answered" };
    expect([payload.dial_call_status, answer.status, wrong.call_sid]).toEqual(["busy", "ok", "c"]);
  });
});
