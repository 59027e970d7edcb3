// The curl samples of the docs run: each is read by the strict tokenizer and replayed with fetch against a mock
// of its vendor, request validation on, and must get a 2xx. It runs after test/coverage.test.ts has counted what the
// vendor tests called (vitest.config.ts, groupOrder 2), so the shared mocks serve it without hiding a gap there.
import { beforeAll, describe, expect, it } from "vitest";
import { CurlSyntaxError, parseCurl, toFetch, tokenizeCurl } from "../../scripts/lib/curl.js";
import { CURL_VARIABLES, type OperationSample, samplesOf, serverUrl } from "../../scripts/lib/samples.js";
import { bundleSpec, type OpenApiDocument } from "../../scripts/lib/spec.js";
import { presentVendors } from "../../scripts/lib/vendors.js";
import type { MockInfo } from "../setup/prism.js";
import { mockOf } from "../support/mocks.js";

/**
 * Operations whose curl is not replayed, with the reason; keep it short. None today: the shared mocks are not
 * stateful, so an operation on an id that was never created answers its example as the spec gives it, and every
 * operation's success answer is one the spec declares. A sample that needs a created resource or answers non-2xx
 * by design belongs here, keyed `<vendor> <operationId>`.
 */
const NOT_REPLAYED: Record<string, string> = {};

const FILES = Object.fromEntries(
  [
    "greeting.mp3",
    "greeting.wav",
    "document.pdf",
    "logo.png",
    "logo.jpg",
    "logo.gif",
    "numbers.csv",
    "welcome.html",
    "notes.txt",
    "upload.bin",
  ].map((name) => [name, new TextEncoder().encode(`sample ${name}`)]),
);

describe("the curl tokenizer", () => {
  it("reads the samples' subset: quotes, $VARS in double quotes, continuations", () => {
    const words = tokenizeCurl(`curl -X PUT \\\n  'https://h/v2/a?b=1&c=2' \\\n  -H "X-Auth-Token: $T" --data-raw '{"a":"it'"'"'s"}'`, {
      T: "tok",
    });
    expect(words).toEqual(["curl", "-X", "PUT", "https://h/v2/a?b=1&c=2", "-H", "X-Auth-Token: tok", "--data-raw", `{"a":"it's"}`]);
  });

  it.each([
    ["a pipe", "curl -X GET https://h/ | sh"],
    ["a command substitution", 'curl -X GET "https://h/$(whoami)"'],
    ["a backtick", "curl -X GET `echo https://h/`"],
    ["a redirect", "curl -X GET https://h/ > out"],
    ["a second command", "curl -X GET https://h/; rm x"],
    ["an unknown option", "curl -X GET -k https://h/"],
    ["an unset variable", 'curl -X GET -H "Authorization: Bearer $MISSING" https://h/'],
    ["a missing -X", "curl https://h/"],
    ["a -d shorthand", "curl -X POST https://h/ -d x=1"],
    ["an unterminated quote", "curl -X GET 'https://h/"],
    ["a non-http URL", "curl -X GET file:///etc/passwd"],
    ["two lines without a continuation", "curl -X GET https://h/\ncurl -X GET https://g/"],
  ])("refuses %s", (_, text) => {
    expect(() => parseCurl(text, {})).toThrow(CurlSyntaxError);
  });

  it("turns -u, -F and --data-binary into the request curl would send", async () => {
    const basic = toFetch(parseCurl('curl -X GET -u "$U:$P" https://h/me', { U: "agent", P: "pw" }));
    expect(new Headers(basic[1].headers).get("authorization")).toBe(`Basic ${btoa("agent:pw")}`);
    const form = toFetch(parseCurl("curl -X POST https://h/up -F file=@greeting.wav"), FILES);
    expect(form[1].body).toBeInstanceOf(FormData);
    const raw = toFetch(parseCurl("curl -X PUT https://h/raw -H 'Content-Type: audio/mpeg' --data-binary @greeting.mp3"), FILES);
    expect(await new Response(raw[1].body).text()).toBe("sample greeting.mp3");
    expect(() => toFetch(parseCurl("curl -X PUT https://h/raw --data-binary @secret.key"), FILES)).toThrow(/no file secret.key/);
  });
});

interface VendorRun {
  document: OpenApiDocument;
  samples: OperationSample[];
  mock: MockInfo;
}

const runs = new Map<string, VendorRun>();

beforeAll(async () => {
  await Promise.all(
    presentVendors().map(async (vendor) => {
      const document = await bundleSpec(vendor);
      runs.set(vendor.name, { document, samples: samplesOf(vendor.name, document), mock: mockOf(vendor.name) });
    }),
  );
}, 120_000);

/** The values a reader would export: any token will do for the mock; GWS's session comes from a first answer. */
async function variablesFor(vendor: string, mock: MockInfo): Promise<Record<string, string>> {
  const variables = Object.fromEntries((CURL_VARIABLES[vendor] ?? []).map((name) => [name, `sample-${name.toLowerCase()}`]));
  if (vendor === "genesys-gws") {
    const basic = `Basic ${btoa(`${variables.GWS_USERNAME}:${variables.GWS_PASSWORD}`)}`;
    const answer = await fetch(`${mock.url}/me`, { headers: { Authorization: basic } });
    await answer.arrayBuffer();
    variables.GWS_SESSION_ID = /JSESSIONID=([^;]+)/.exec(answer.headers.get("set-cookie") ?? "")?.[1] ?? "";
    variables.GWS_CSRF_TOKEN = answer.headers.get("x-csrf-token") ?? "";
  }
  return variables;
}

describe.each(presentVendors().map((v) => v.name))("%s curl samples against the mock", (vendor) => {
  it("each get a 2xx", async () => {
    const run = runs.get(vendor)!;
    const base = serverUrl(run.document.servers![0]!);
    const variables = await variablesFor(vendor, run.mock);
    const failed: string[] = [];
    let replayed = 0;
    const queue = run.samples.filter((s) => !(`${vendor} ${s.operationId}` in NOT_REPLAYED));
    // A few requests in flight at once: the mock's engine is one process per vendor.
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        for (let sample = queue.shift(); sample; sample = queue.shift()) {
          const request = parseCurl(sample.curl, variables);
          // The sample names the vendor's default server; the mock serves the same base path elsewhere.
          request.url = request.url.startsWith(base)
            ? run.mock.url + request.url.slice(base.length)
            : run.mock.origin + new URL(request.url).pathname + new URL(request.url).search;
          const answer = await fetch(...toFetch(request, FILES));
          const text = await answer.text();
          replayed++;
          if (answer.status < 200 || answer.status > 299)
            failed.push(`${sample.operationId} (${sample.method} ${sample.path}): ${answer.status} ${text.slice(0, 160)}`);
        }
      }),
    );
    expect(failed).toEqual([]);
    expect(replayed).toBe(run.samples.length - Object.keys(NOT_REPLAYED).filter((k) => k.startsWith(`${vendor} `)).length);
  }, 120_000);
});
