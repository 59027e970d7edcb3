import { readFileSync } from "node:fs";
import { KazooError } from "@callspec/kazoo";
import { describe, expect, it } from "vitest";
import { caught } from "../support/mocks.js";
import { account, kazoo } from "./client.js";

type Responses = Record<string, { $ref?: string }>;
const spec = JSON.parse(readFileSync(new URL("../../packages/specs/kazoo.openapi.json", import.meta.url), "utf8")) as {
  paths: Record<string, Record<string, { operationId?: string; responses?: Responses }>>;
};

/** A listing answered with one of the shared 5xx examples. */
async function failing(prefer: string): Promise<KazooError> {
  const error = await caught(() => kazoo().GET("/accounts/{ACCOUNT_ID}/users", { params: account, headers: { Prefer: prefer } }));
  expect(error).toBeInstanceOf(KazooError);
  return error as KazooError;
}

describe("5xx answers", () => {
  it("every operation that answers 500 also answers the datastore's 503", () => {
    const missing = Object.values(spec.paths)
      .flatMap((item) => Object.values(item))
      .filter((op) => op.responses?.["500"] && !op.responses["503"])
      .map((op) => op.operationId);
    expect(missing).toEqual([]);
  });

  it("503 datastore_unreachable: the short code is vendorCode, the words vendorMessage", async () => {
    const error = await failing("code=503, example=datastoreUnreachable");
    expect([error.status, error.vendorCode, error.vendorMessage]).toEqual([503, "datastore_unreachable", "datastore timeout"]);
  });

  it("503 datastore_fault from add_system_error/2", async () => {
    const error = await failing("code=503, example=datastoreFault");
    expect([error.vendorCode, error.vendorMessage]).toEqual(["datastore_fault", "datastore fatal error"]);
  });

  it("503 from crossbar_util response_db_fatal carries its words in message and an empty data", async () => {
    const error = await failing("code=503, example=dbFatal");
    expect([error.vendorCode, error.vendorMessage]).toEqual(["datastore fatal error", "datastore fatal error"]);
    expect(typeof error.body === "object" ? error.body.data : error.body).toEqual({});
  });

  it("500 datastore_fault names the datastore's cause next to the bare 'unknown failure'", async () => {
    const error = await failing("code=500, example=datastoreFault");
    expect([error.status, error.vendorCode, error.vendorMessage]).toEqual([500, "datastore_fault", "unknown failure (timeout)"]);
  });

  it("500 init failed: a module that set no answer", async () => {
    const error = await failing("code=500, example=fault");
    expect([error.vendorCode, typeof error.body === "object" ? error.body.status : error.body]).toEqual(["init failed", "error"]);
  });
});
