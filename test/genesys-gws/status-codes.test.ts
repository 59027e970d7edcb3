import { GENESYS_STATUS_CODES, GenesysError, createGenesysClient } from "@callspec/genesys-gws";
import { afterEach, describe, expect, it } from "vitest";
import { caught } from "../support/mocks.js";
import { json, localServer } from "../support/local-server.js";

const PASSWORD = "EXAMPLE-status-password";
let servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});
async function answering(status: number, body: unknown) {
  const s = await localServer((_, res) => json(res, status, body));
  servers.push(s);
  return createGenesysClient({ baseUrl: `${s.url}/api/v2`, username: "ksippo", password: PASSWORD, retry: false });
}

describe("statusCode errors", () => {
  it.each([
    [200, { statusCode: 2, statusMessage: "Invalid state for operation" }, 2],
    [200, { statusCode: "7", statusMessage: "Partial success" }, 7],
    [400, { statusCode: "3", statusMessage: "This operation is not allowed: 'userName' is a read-only property" }, 3],
    [403, { statusCode: "18", statusMessage: "Failed to create user. User 'test' already exists." }, 18],
    [404, { statusCode: "6", statusMessage: "User not found" }, 6],
  ])("HTTP %i with %j throws GenesysError with statusCode %i", async (status, body, code) => {
    const client = await answering(status, body);
    const error = (await caught(() =>
      client.GET("/users/{userId}", { params: { path: { userId: "4ff5b43c856d4cb2a3d6c20a88740257" } } }),
    )) as GenesysError;
    expect(error).toBeInstanceOf(GenesysError);
    expect(error.status).toBe(status);
    expect(error.statusCode).toBe(code);
    expect(error.vendorCode).toBe(code);
    expect(error.meaning).toBe(GENESYS_STATUS_CODES[code]);
    expect(error.statusMessage).toBe(body.statusMessage);
    expect(error.message).toContain(body.statusMessage);
  });

  it("statusCode 0, as a number or a string, is success", async () => {
    for (const statusCode of [0, "0"]) {
      const client = await answering(200, { statusCode });
      const { data } = await client.DELETE("/users/{userId}", { params: { path: { userId: "4ff5b43c856d4cb2a3d6c20a88740257" } } });
      expect(data?.statusCode).toBe(statusCode);
    }
  });

  it("a 500 without a statusCode body still maps to GenesysError", async () => {
    const client = await answering(500, { error: "proxy" });
    const error = (await caught(() => client.GET("/me"))) as GenesysError;
    expect(error).toBeInstanceOf(GenesysError);
    expect(error.statusCode).toBeUndefined();
    expect(error.status).toBe(500);
  });
});
