import { createJambonzClient, type JambonzClient } from "@callspec/jambonz";
import { expect } from "vitest";
import { mockOf } from "../support/mocks.js";

/** A placeholder key: Prism checks that a bearer token is present, not its value. */
export const TEST_API_KEY = "00000000-test-key-not-a-secret";

export * from "./fixtures.js";

/** A sid as the server mints them (lower-case UUID). */
export const SID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function jambonz(): JambonzClient {
  return createJambonzClient({ baseUrl: mockOf("jambonz").url, apiKey: TEST_API_KEY, retry: false });
}

/** One request as the client put it on the wire. */
export interface Sent {
  method: string;
  /** The path under the base URL, encoded as sent, with its query string. */
  target: string;
  headers: Headers;
  /** The body parsed as JSON, its text when it is not JSON, undefined when there is none. */
  body: unknown;
}

/** A client whose transport records every request before handing it to the mock. */
export function recorded(): {
  client: JambonzClient;
  sent: Sent[];
  /** Asserts the last request: `METHOD /path?query`, the bearer key, and exactly this body (none when omitted). */
  expectSent: (line: string, body?: unknown) => Sent;
} {
  const baseUrl = mockOf("jambonz").url;
  const prefix = new URL(baseUrl).pathname.replace(/\/$/, "");
  const sent: Sent[] = [];
  const fetch = async (request: Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(request.url);
    const text = await request.clone().text();
    sent.push({
      method: request.method,
      target: url.pathname.slice(prefix.length) + url.search,
      headers: request.headers,
      body: parse(text),
    });
    return globalThis.fetch(request, init);
  };
  const client = createJambonzClient({ baseUrl, apiKey: TEST_API_KEY, retry: false, fetch });
  const expectSent = (line: string, body?: unknown): Sent => {
    const last = sent.at(-1);
    expect(last, "no request was sent").toBeDefined();
    const request = last!;
    expect(`${request.method} ${request.target}`).toBe(line);
    expect(request.headers.get("authorization")).toBe(`Bearer ${TEST_API_KEY}`);
    if (body !== undefined) expect(request.headers.get("content-type")).toMatch(/^application\/json/);
    expect(request.body).toEqual(body);
    return request;
  };
  return { client, sent, expectSent };
}

function parse(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
