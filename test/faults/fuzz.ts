import { CallspecError, PathParameterError } from "@callspec/core";
import fc from "fast-check";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, localServer } from "../support/local-server.js";
import type { FaultAdapter } from "./adapters.js";

/** Fixed seeds and bounded runs: the same cases every time, a few seconds in all. */
export const FUZZ = { seed: 20261125, numRuns: 150 };
/** Each property makes up to 150 real HTTP round trips: a second or two alone, more on a busy machine. */
const PROPERTY_TIMEOUT_MS = 30_000;

// Any UTF-16 code unit, lone surrogates included, plus the strings that break paths.
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const tricky = fc.constantFrom(
  "..",
  ".",
  "",
  "%2e%2e",
  "%2E%2E/",
  "../",
  "a/../b",
  "?x=1",
  "#frag",
  "/",
  "@me",
  "@1844*101",
  "sip:+1555@x.com",
  " ",
  "x".repeat(5000),
);
const pathValues = fc.oneof(tricky, fc.string({ unit: anyUnit, maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 40 }));

/** Property-based checks of one vendor client's real URL and body building, and of its error redaction. */
export function fuzzSuite(adapter: FaultAdapter): void {
  describe(`${adapter.vendor} client, fuzzed`, () => {
    let server: Awaited<ReturnType<typeof localServer>>;
    beforeAll(async () => {
      server = await localServer((req, res) =>
        json(res, 200, req.method === "POST" ? { sid: "a36c677b-b93d-4d54-8282-d506f2819691" } : []),
      );
    });
    afterAll(() => server.close());

    it(
      "a path parameter is refused before sending, or reaches the server as one segment that decodes back to it",
      async () => {
        await fc.assert(
          fc.asyncProperty(pathValues, async (value) => {
            const before = server.requests.length;
            try {
              await adapter.pathCall.call(server.url, value);
            } catch (error) {
              expect(error).toBeInstanceOf(PathParameterError);
              expect(server.requests.length).toBe(before);
              return;
            }
            const path = server.requests.at(-1)!.url.split("?")[0]!;
            const { prefix, suffix } = adapter.pathCall;
            expect(path.startsWith(prefix) && path.endsWith(suffix)).toBe(true);
            const segment = path.slice(prefix.length, path.length - suffix.length);
            expect(segment).not.toContain("/");
            expect(decodeURIComponent(segment)).toBe(value);
          }),
          FUZZ,
        );
      },
      PROPERTY_TIMEOUT_MS,
    );

    it(
      "a query value round-trips through a real server",
      async () => {
        await fc.assert(
          fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 60 }), async (value) => {
            await adapter.queryCall.call(server.url, value);
            const url = new URL(server.requests.at(-1)!.url, server.url);
            expect(url.searchParams.get(adapter.queryCall.name)).toBe(value);
          }),
          FUZZ,
        );
      },
      PROPERTY_TIMEOUT_MS,
    );

    it(
      "a JSON body round-trips through a real server",
      async () => {
        await fc.assert(
          fc.asyncProperty(fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 }), async (value) => {
            await adapter.bodyCall.call(server.url, value);
            const received = JSON.parse(server.requests.at(-1)!.body) as unknown;
            // JSON itself turns -0 into 0; compare what JSON can carry.
            expect(adapter.bodyCall.pick(received)).toEqual(JSON.parse(JSON.stringify(value)));
          }),
          FUZZ,
        );
      },
      PROPERTY_TIMEOUT_MS,
    );

    it(
      "no credential ever shows in an error, even when the server echoes it",
      async () => {
        const printable = fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c));
        await fc.assert(
          fc.asyncProperty(
            fc.string({ unit: printable, minLength: 12, maxLength: 48 }),
            fc.constantFrom(401, 403, 500),
            async (credential, status) => {
              const echo = await localServer((req, res) =>
                json(res, status, { msg: `bad credential ${credential}`, auth: req.headers.authorization ?? null, headers: req.headers }),
              );
              try {
                let error: unknown;
                try {
                  await adapter.withCredential(echo.url, credential).unsafe();
                } catch (e) {
                  error = e;
                }
                expect(error).toBeInstanceOf(CallspecError);
                const views = [String(error), (error as Error).stack, JSON.stringify(error), inspect(error, { depth: 8 })].join("\n");
                expect(views).not.toContain(credential);
                expect(views).not.toContain(Buffer.from(credential).toString("base64"));
              } finally {
                await echo.close();
              }
            },
          ),
          { ...FUZZ, numRuns: 60 },
        );
      },
      PROPERTY_TIMEOUT_MS,
    );
  });
}
