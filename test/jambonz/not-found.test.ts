// jambonz answers an unknown sid in two ways: the model reads end the answer with no body and no content type,
// Express's sendStatus sends text/plain "Not Found". Both must reach the caller as a JambonzError, never a DecodeError.
import { DecodeError } from "@callspec/core";
import { JambonzError, createJambonzClient } from "@callspec/jambonz";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import spec from "../../packages/specs/jambonz.openapi.json" with { type: "json" };
import { localServer } from "../support/local-server.js";
import { caught, mockOf } from "../support/mocks.js";
import { ACCOUNT_SID, TEST_API_KEY, UNKNOWN_SID as UNKNOWN } from "./client.js";

interface Response {
  $ref?: string;
  description?: string;
  content?: Record<string, unknown>;
}
const paths = spec.paths as unknown as Record<string, Record<string, { responses: Record<string, Response> }>>;
const responses = spec.components.responses as unknown as Record<string, Response>;
const resolved = (r: Response | undefined): Response | undefined =>
  r?.$ref ? resolved(responses[r.$ref.slice(r.$ref.lastIndexOf("/") + 1)]) : r;
const contentOf404 = (path: string, method: string) => {
  const response = resolved(paths[path]?.[method]?.responses["404"]);
  expect(response?.description, `${method} ${path} declares a 404`).toBeTruthy();
  return Object.keys(response?.content ?? {});
};

describe("the spec's 404s follow what each handler sends", () => {
  it.each([
    ["/Accounts/{AccountSid}", "get"],
    ["/Accounts/{AccountSid}", "put"],
    ["/Applications/{ApplicationSid}", "get"],
    ["/Applications/{ApplicationSid}", "put"],
    ["/PhoneNumbers/{PhoneNumberSid}", "get"],
    ["/ServiceProviders/{ServiceProviderSid}", "get"],
    ["/ServiceProviders/{ServiceProviderSid}", "put"],
    ["/VoipCarriers/{VoipCarrierSid}", "get"],
    ["/Webhooks/{WebhookSid}", "get"],
    ["/Accounts/{AccountSid}/WebhookSecret", "get"],
    ["/Accounts/{AccountSid}/SubspaceTeleport", "post"],
    ["/Accounts/{AccountSid}/SubspaceTeleport", "delete"],
    ["/Accounts/{AccountSid}/BucketCredentialTest", "post"],
  ])("%s %s: no body (`res.status(404).end()`)", (path, method) => {
    expect(contentOf404(path, method)).toEqual([]);
  });

  it.each([
    ["/Accounts/{AccountSid}/Calls/{CallSid}", "get"],
    ["/ApiKeys/{ApiKeySid}", "delete"],
    ["/PhoneNumbers/{PhoneNumberSid}", "put"],
    ["/PhoneNumbers/{PhoneNumberSid}", "delete"],
    ["/VoipCarriers/{VoipCarrierSid}", "put"],
    ["/VoipCarriers/{VoipCarrierSid}", "delete"],
    ["/ServiceProviders/{ServiceProviderSid}", "delete"],
    ["/SipGateways/{SipGatewaySid}", "get"],
  ])("%s %s: text/plain (`res.sendStatus(404)`)", (path, method) => {
    expect(contentOf404(path, method)).toEqual(["text/plain"]);
  });
});

describe("the client decodes either 404", () => {
  // Byte for byte what Express sends: `res.status(404).end()` and `res.sendStatus(404)`.
  let server: Awaited<ReturnType<typeof localServer>>;
  beforeAll(async () => {
    server = await localServer((req, res) => {
      if (req.url.includes("/Calls/")) {
        res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
        res.end("Not Found");
      } else {
        res.writeHead(404, { "content-length": "0" });
        res.end();
      }
    });
  });
  afterAll(() => server.close());
  const client = () => createJambonzClient({ baseUrl: `${server.url}/v1`, apiKey: TEST_API_KEY, retry: false });

  it("an empty 404 is a JambonzError with no body, not a DecodeError", async () => {
    const error = await caught(() => client().GET("/Accounts/{AccountSid}", { params: { path: { AccountSid: UNKNOWN } } }));
    expect(error).not.toBeInstanceOf(DecodeError);
    expect(error).toBeInstanceOf(JambonzError);
    const e = error as JambonzError;
    expect(e.status).toBe(404);
    expect(e.body).toBeUndefined();
    expect(e.vendorMessage).toBeUndefined();
    expect(e.message).toBe(`GET ${server.url}/v1/Accounts/${UNKNOWN} answered 404`);
    expect(server.requests.at(-1)?.headers["content-type"]).toBeUndefined();
  });

  it("an empty 404 on an update is the same error", async () => {
    const error = await caught(() =>
      client().PUT("/Applications/{ApplicationSid}", { params: { path: { ApplicationSid: UNKNOWN } }, body: { name: "x" } }),
    );
    expect(error).toBeInstanceOf(JambonzError);
    expect((error as JambonzError).status).toBe(404);
    expect((error as JambonzError).body).toBeUndefined();
  });

  it("a text/plain 404 keeps its text as body and message", async () => {
    const error = await caught(() =>
      client().GET("/Accounts/{AccountSid}/Calls/{CallSid}", { params: { path: { AccountSid: ACCOUNT_SID, CallSid: UNKNOWN } } }),
    );
    expect(error).toBeInstanceOf(JambonzError);
    const e = error as JambonzError;
    expect(e.status).toBe(404);
    expect(e.body).toBe("Not Found");
    expect(e.vendorMessage).toBe("Not Found");
  });
});

describe("the mock answers the spec's 404s", () => {
  const client = () => createJambonzClient({ baseUrl: mockOf("jambonz").url, apiKey: TEST_API_KEY, retry: false });

  it("GET /Accounts/{sid} with no body", async () => {
    const error = await caught(() =>
      client().GET("/Accounts/{AccountSid}", { params: { path: { AccountSid: ACCOUNT_SID } }, headers: { Prefer: "code=404" } }),
    );
    expect(error).toBeInstanceOf(JambonzError);
    expect((error as JambonzError).status).toBe(404);
    expect((error as JambonzError).body).toBeUndefined();
  });

  it("DELETE /ApiKeys/{sid} with text/plain", async () => {
    const error = await caught(() =>
      client().DELETE("/ApiKeys/{ApiKeySid}", { params: { path: { ApiKeySid: UNKNOWN } }, headers: { Prefer: "code=404" } }),
    );
    expect(error).toBeInstanceOf(JambonzError);
    expect((error as JambonzError).status).toBe(404);
    expect((error as JambonzError).body).toBe("Not Found");
  });
});
