import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import spec from "../../packages/specs/jambonz.openapi.json" with { type: "json" };
import {
  createJambonzHandler,
  JambonzWebhookError,
  parseJambonzWebhook,
  signJambonzPayload,
  toNodeListener,
  type JambonzHookName,
} from "@callspec/jambonz";
import { validateJambonzHookPayload } from "../../packages/jambonz/src/testing.js";
import { requiredHookFields } from "../../packages/jambonz/src/webhooks.js";
import { WEBHOOK_SECRET } from "./fixtures.js";

type Op = {
  requestBody: { content: { "application/json": { schema: { $ref: string }; example: Record<string, unknown> } } };
  responses: Record<string, unknown>;
};
const webhooks = spec.webhooks as unknown as Record<JambonzHookName, { post: Op; get?: Op }>;
const names = Object.keys(webhooks) as JambonzHookName[];
const schemaOf = (name: JambonzHookName) =>
  (spec.components.schemas as Record<string, { required?: string[] }>)[
    webhooks[name].post.requestBody.content["application/json"].schema.$ref.split("/").pop()!
  ]!;
const exampleOf = (name: JambonzHookName) => webhooks[name].post.requestBody.content["application/json"].example;

describe("the spec's webhooks", () => {
  it("name every hook message type jambonz sends over HTTP", () => {
    // constants.json HookMsgTypes sent over HTTP: session:new / :redirect / :adulting, call:status, queue:status,
    // dial:confirm, verb:hook, llm:event, llm:tool-call.
    for (const name of [
      "callHook",
      "callUpdate.callHook",
      "callHook.adulting",
      "callStatusHook",
      "queueEventHook",
      "dial.confirmHook",
      "gather.actionHook",
      "llm.eventHook",
      "llm.toolHook",
      "registrationHook",
    ])
      expect(names).toContain(name);
    expect(names).toHaveLength(37);
  });
  it.each(names)("%s: its example is a valid payload, and the parser takes it", (name) => {
    expect(validateJambonzHookPayload(name, exampleOf(name))).toEqual([]);
    expect(parseJambonzWebhook(name, JSON.stringify(exampleOf(name)))).toEqual(exampleOf(name));
  });
  it.each(names)("%s: the parser requires what the spec requires", (name) => {
    expect([...requiredHookFields[name]].sort()).toEqual([...(schemaOf(name).required ?? [])].sort());
  });
});

describe("validateJambonzHookPayload", () => {
  it("names what is wrong in a payload", () => {
    expect(
      validateJambonzHookPayload("dial.actionHook", { ...exampleOf("dial.actionHook"), dial_call_status: "answered", sip_status: "200" }),
    ).toEqual(["sip_status must be integer", "dial_call_status must be equal to one of the allowed values"]);
  });
});

describe("parseJambonzWebhook", () => {
  it.each([
    ["not json", "The gather.actionHook body is not JSON."],
    ["[1]", "The gather.actionHook body is not a JSON object."],
    [JSON.stringify({ ...exampleOf("gather.actionHook"), reason: undefined }), "The gather.actionHook body lacks reason."],
  ])("refuses %s", (body, message) => {
    expect(() => parseJambonzWebhook("gather.actionHook", body)).toThrow(new JambonzWebhookError(message));
  });
  it("refuses a name that is no hook", () => {
    expect(() => parseJambonzWebhook("gather.nope" as JambonzHookName, "{}")).toThrow(JambonzWebhookError);
  });
});

describe("createJambonzHandler", () => {
  const seen: unknown[] = [];
  const handler = createJambonzHandler({
    secret: WEBHOOK_SECRET,
    routes: {
      "/call": { hook: "callHook", handle: (call) => [{ verb: "say", text: `Hello ${call.from}` }] },
      "/status": { hook: "callStatusHook", handle: (status) => void seen.push(status.call_status) },
      "/tool": { hook: "llm.toolHook", handle: (tool) => ({ type: "conversation.item.create", item: { call_id: tool.tool_call_id } }) },
      "/boom": {
        hook: "dial.actionHook",
        handle: () => {
          throw new Error("app bug");
        },
      },
    },
  });
  const hit = async (path: string, payload: unknown, sign = true, method = "POST") => {
    const body = JSON.stringify(payload);
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (sign) headers["jambonz-signature"] = await signJambonzPayload(body, WEBHOOK_SECRET);
    return handler(new Request(`http://app.example.com${path}`, { method, headers, body: method === "POST" ? body : undefined }));
  };

  it("verifies, parses and answers the verbs as JSON", async () => {
    const response = await hit("/call", exampleOf("callHook"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.json()).toEqual([{ verb: "say", text: "Hello 15085551212" }]);
  });
  it("answers 204 when the route returns nothing, and the vendor's shape for a tool call", async () => {
    expect((await hit("/status", exampleOf("callStatusHook"))).status).toBe(204);
    expect(seen).toEqual(["completed"]);
    expect(await (await hit("/tool", exampleOf("llm.toolHook"))).json()).toEqual({
      type: "conversation.item.create",
      item: { call_id: "call_7Hq2" },
    });
  });
  it.each([
    ["an unsigned request", "/call", false, "POST", 401, "The request has no Jambonz-Signature header."],
    ["an unknown path", "/nope", true, "POST", 404, "no such hook"],
    ["a GET", "/call", true, "GET", 405, "jambonz hooks are served over POST"],
  ])("refuses %s", async (_, path, sign, method, status, message) => {
    const response = await hit(path, exampleOf("callHook"), sign, method);
    expect(response.status).toBe(status);
    expect(await response.text()).toBe(message);
  });
  it("refuses a body that is not this hook's payload with 400", async () => {
    const response = await hit("/call", { hello: "world" });
    expect(response.status).toBe(400);
    expect(await response.text()).toBe("The callHook body lacks call_sid, direction, from, to, call_id, call_status, account_sid.");
  });
  it("answers a bare 500 when the route throws, and tells onError", async () => {
    const errors: unknown[] = [];
    const withHook = createJambonzHandler({
      routes: { "/boom": { hook: "dial.actionHook", handle: () => Promise.reject(new Error("app bug")) } },
      onError: (e) => errors.push(e),
    });
    const response = await withHook(
      new Request("http://app.example.com/boom", { method: "POST", body: JSON.stringify(exampleOf("dial.actionHook")) }),
    );
    expect([response.status, await response.text()]).toEqual([500, "the hook failed"]);
    expect(errors).toEqual([new Error("app bug")]);
    expect((await hit("/boom", exampleOf("dial.actionHook"))).status).toBe(500);
  });
  it("serves Node's http through toNodeListener", async () => {
    const server = createServer(toNodeListener(handler));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const body = JSON.stringify(exampleOf("callHook"));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/call`;
      const ok = await fetch(url, {
        method: "POST",
        headers: { "jambonz-signature": await signJambonzPayload(body, WEBHOOK_SECRET) },
        body,
      });
      expect([ok.status, await ok.json()]).toEqual([200, [{ verb: "say", text: "Hello 15085551212" }]]);
      const bad = await fetch(url, { method: "POST", headers: { "jambonz-signature": await signJambonzPayload(body, "other") }, body });
      expect([bad.status, await bad.text()]).toEqual([401, "The Jambonz-Signature does not match the body and the secret."]);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
