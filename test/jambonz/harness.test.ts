import { afterEach, describe, expect, it } from "vitest";
import { JambonzAppError, simulateCall, validateJambonzApp, validateJambonzHookPayload } from "../../packages/jambonz/src/testing.js";
import { WEBHOOK_SECRET } from "./fixtures.js";
import { startSampleApp, type SampleApp } from "./sample-app.js";

let app: SampleApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const hooks = (call: Awaited<ReturnType<typeof simulateCall>>) => call.transcript.flatMap((e) => (e.kind === "hook" ? [e.hook] : []));
const verbNames = (call: Awaited<ReturnType<typeof simulateCall>>) => call.verbs.map((v) => v.verb);

describe("simulateCall against the sample app", () => {
  it("follows the gather digits and an answered dial, signing every hook", async () => {
    app = await startSampleApp({ secret: WEBHOOK_SECRET });
    const call = await simulateCall({
      callHook: `${app.url}/call`,
      callStatusHook: `${app.url}/status`,
      secret: WEBHOOK_SECRET,
      from: "15085550100",
      outcomes: { gather: [{ digits: "123456" }], dial: ["answered"] },
    });
    // The app verifies the signature: any unsigned or mis-signed hook would have answered 401 and failed the call.
    expect(verbNames(call)).toEqual(["tag", "say", "gather", "say", "dial", "hangup"]);
    expect(call.verbs[3]).toMatchObject({ verb: "say", text: "Thanks, account 123456. Connecting you to support." });
    expect(hooks(call).filter((h) => h !== "callStatusHook")).toEqual(["callHook", "gather.actionHook", "dial.actionHook"]);
    const gather = call.transcript.find((e) => e.kind === "hook" && e.hook === "gather.actionHook");
    expect(gather).toMatchObject({ payload: { reason: "dtmfDetected", digits: "123456", customerData: { caller: "15085550100" } } });
    expect(call.finalStatus).toBe("completed");
    // A leg: trying, in-progress, completed; the dialled B leg reports its own, with its parent.
    expect(app.statuses.filter((s) => !s.parent_call_sid).map((s) => s.call_status)).toEqual(["trying", "in-progress", "completed"]);
    expect(app.statuses.filter((s) => s.parent_call_sid === call.callSid).map((s) => s.call_status)).toEqual([
      "trying",
      "ringing",
      "in-progress",
      "completed",
    ]);
    expect(app.statuses.at(-1)).toMatchObject({ call_status: "completed", duration: 30, call_termination_by: "jambonz" });
    // What the harness sent is what the spec says jambonz sends.
    for (const entry of call.transcript)
      if (entry.kind === "hook") expect(validateJambonzHookPayload(entry.hook, entry.payload), entry.hook).toEqual([]);
  });

  it("scripts speech and a busy dial: the app's fallback verbs run", async () => {
    app = await startSampleApp();
    const call = await simulateCall({ callHook: `${app.url}/call`, outcomes: { gather: [{ speech: "four two" }], dial: ["busy"] } });
    expect(call.verbs.at(-2)).toMatchObject({ verb: "say", text: "Support is busy, please call again later." });
    const dial = call.transcript.find((e) => e.kind === "hook" && e.hook === "dial.actionHook");
    expect(dial).toMatchObject({ payload: { dial_call_status: "busy", dial_sip_status: 486 } });
  });

  it("goes on with the next verbs when a gather times out and its hook answers nothing", async () => {
    app = await startSampleApp();
    const call = await simulateCall({ callHook: `${app.url}/call` });
    // The shorthand `{ say: {...} }` comes back in the verb form.
    expect(call.verbs.slice(3)).toEqual([{ verb: "say", text: "We did not get that. Goodbye." }, { verb: "hangup" }]);
  });

  it("lets the caller hang up first", async () => {
    app = await startSampleApp();
    const call = await simulateCall({ callHook: `${app.url}/call`, callStatusHook: `${app.url}/status`, callerHangsUpAfter: 2 });
    expect(verbNames(call)).toEqual(["tag", "say"]);
    expect(app.statuses.at(-1)).toMatchObject({ call_status: "completed", call_termination_by: "caller" });
  });

  it("names the verb and the field of a wrong answer to the call hook", async () => {
    app = await startSampleApp({ wrongVerb: "callHook" });
    const error = await simulateCall({ callHook: `${app.url}/call` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JambonzAppError);
    expect(error).toMatchObject({ hook: "callHook", verbIndex: 1, verb: "say", field: "text" });
    expect((error as Error).message).toBe("callHook: verb 1 (say): text must be string,array.");
  });

  it("names the nested field of a wrong answer to an action hook", async () => {
    app = await startSampleApp({ wrongVerb: "gather" });
    const error = await simulateCall({ callHook: `${app.url}/call`, outcomes: { gather: [{ digits: "1" }] } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "JambonzAppError", hook: "gather.actionHook", verbIndex: 0, verb: "dial", field: "target.0.type" });
  });

  it("refuses an app whose hook rejects the signature", async () => {
    app = await startSampleApp({ secret: WEBHOOK_SECRET });
    const error = await simulateCall({ callHook: `${app.url}/call`, secret: "another-secret" }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "JambonzAppError",
      message: "callHook answered HTTP 401; jambonz counts only 200, 202 and 204 as success.",
    });
  });
});

describe("validateJambonzApp", () => {
  it("accepts both forms and returns the verb form", () => {
    expect(validateJambonzApp([{ pause: { length: 2 } }, { verb: "stream", url: "wss://ws.example.com" }])).toEqual([
      { verb: "pause", length: 2 },
      { verb: "stream", url: "wss://ws.example.com" },
    ]);
  });
  it.each([
    [[{ verb: "sya", text: "x" }], 'callHook: verb 0 is "sya", which jambonz does not know.'],
    [[{ verb: "say", txt: "x" }], "callHook: verb 0 (say): txt must NOT have additional properties."],
    [[{ verb: "pause" }], "callHook: verb 0 (pause): length must have required property 'length'."],
    [[{ say: { text: "a" }, play: { url: "b" } }], 'callHook: verb 0 has no "verb" and is not a one-key shorthand.'],
    [[{ verb: "llm", llmOptions: {} }], "callHook: verb 0 (llm): vendor must have required property 'vendor'."],
    [{ verb: "say" }, "callHook answered object, not a list of verbs."],
  ])("refuses %j", (answer, message) => {
    expect(() => validateJambonzApp(answer)).toThrow(message);
  });
  it("lets a vendor alias stand for the llm vendor", () => {
    expect(validateJambonzApp([{ verb: "openai_s2s", llmOptions: { messages: [] } }])).toHaveLength(1);
  });
});
