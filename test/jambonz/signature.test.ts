import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { JambonzSignatureError, signJambonzPayload, verifyJambonzSignature } from "@callspec/jambonz";
import { CALL_SID, WEBHOOK_SECRET } from "./fixtures.js";

const body = JSON.stringify({ call_sid: CALL_SID, text: "grüße" });
const t = 1764748800;
const now = t * 1000;
// What the feature server computes (base-requestor.js `_computeSignature`), with Node's own HMAC.
const vendor = (ts: number, raw: string, secret = WEBHOOK_SECRET) =>
  createHmac("sha256", secret).update(`${ts}.${raw}`, "utf8").digest("hex");

const problem = async (promise: Promise<void>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(JambonzSignatureError);
  expect((error as Error).message).not.toContain(WEBHOOK_SECRET);
  return (error as JambonzSignatureError).problem;
};

describe("verifyJambonzSignature", () => {
  it("accepts the header jambonz sends, over a string or the raw bytes", async () => {
    const header = `t=${t},v1=${vendor(t, body)}`;
    await expect(verifyJambonzSignature(body, header, WEBHOOK_SECRET, { now })).resolves.toBeUndefined();
    await expect(verifyJambonzSignature(new TextEncoder().encode(body), header, WEBHOOK_SECRET, { now })).resolves.toBeUndefined();
  });
  it("signs as the feature server does", async () => {
    expect(await signJambonzPayload(body, WEBHOOK_SECRET, t)).toBe(`t=${t},v1=${vendor(t, body)}`);
  });
  it("accepts any one of several v1 values, as during a secret rotation", async () => {
    const header = `t=${t},v1=${vendor(t, body, "old-secret")},v1=${vendor(t, body)}`;
    await expect(verifyJambonzSignature(body, header, WEBHOOK_SECRET, { now })).resolves.toBeUndefined();
  });
  it.each([
    ["missing", undefined],
    ["missing", null],
    ["missing", "  "],
    ["malformed", "v1=abc"],
    ["malformed", `t=${t}`],
    ["malformed", `t=soon,v1=${vendor(t, body)}`],
    ["malformed", `t=${t},v1=${vendor(t, body).slice(2)}`],
    ["malformed", "garbage"],
  ])("refuses as %s: %j", async (expected, header) => {
    expect(await problem(verifyJambonzSignature(body, header, WEBHOOK_SECRET, { now }))).toBe(expected);
  });
  it("refuses a timestamp outside the tolerance, either way, and takes a wider one", async () => {
    const old = `t=${t - 301},v1=${vendor(t - 301, body)}`;
    expect(await problem(verifyJambonzSignature(body, old, WEBHOOK_SECRET, { now }))).toBe("stale");
    const future = `t=${t + 301},v1=${vendor(t + 301, body)}`;
    expect(await problem(verifyJambonzSignature(body, future, WEBHOOK_SECRET, { now }))).toBe("stale");
    await expect(verifyJambonzSignature(body, old, WEBHOOK_SECRET, { now, toleranceSeconds: 600 })).resolves.toBeUndefined();
  });
  it("refuses another secret, another body, another timestamp", async () => {
    expect(await problem(verifyJambonzSignature(body, `t=${t},v1=${vendor(t, body, "nope")}`, WEBHOOK_SECRET, { now }))).toBe("mismatch");
    expect(await problem(verifyJambonzSignature(`${body} `, `t=${t},v1=${vendor(t, body)}`, WEBHOOK_SECRET, { now }))).toBe("mismatch");
    expect(await problem(verifyJambonzSignature(body, `t=${t + 1},v1=${vendor(t, body)}`, WEBHOOK_SECRET, { now }))).toBe("mismatch");
  });
  it("refuses to check with an empty secret", async () => {
    expect(await problem(verifyJambonzSignature(body, `t=${t},v1=${vendor(t, body, "")}`, "", { now }))).toBe("missing");
  });
});
