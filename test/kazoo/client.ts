import { describe, it } from "vitest";
import { createKazooClient, type KazooClient } from "@callspec/kazoo";
import { mockOf } from "../support/mocks.js";

/** A placeholder token: Prism checks that `X-Auth-Token` is present, not its value. */
export const TEST_TOKEN = "EXAMPLE-auth-token-not-a-secret";

/** Ids the spec's examples use. */
export const ACCOUNT_ID = "4b31dd1d32ce6d249897c06332375d65";
export const USER_ID = "8a2d6f3c0b1e4d5a9c7b6e5f4a3b2c1d";

/** A client of the Kazoo mock holding a token (no login). */
export function kazoo(): KazooClient {
  return createKazooClient({ baseUrl: mockOf("kazoo").url, auth: { token: TEST_TOKEN }, retry: false });
}

export const account = { path: { ACCOUNT_ID } };

export const DEVICE_ID = "3c1b7a9e5d2f4c6a8b0e1d3f5a7c9e2b";
export const CALLFLOW_ID = "5e0c6c7f2d8a4b1e9f3a7d2c6b8e0f41";
export const MENU_ID = "9b2e4d6f8a0c1e3b5d7f9a1c3e5b7d90";
export const GROUP_ID = "18ccfd6cea456cbdd38133e5aa726ec4";
export const TEMPORAL_RULE_ID = "2f6a8c0e4b1d3f5a7c9e1b3d5f7a9c0e";
export const TEMPORAL_RULE_SET = "7d9f1b3e5a7c9e1f3b5d7a9c1e3f5b7d";
export const VM_BOX_ID = "3a63acc3694ba189947235ae4727941b";
export const VM_MSG_ID = "201611-6aadef09f6fcf5fd8bcdfca312e923ba";
export const MEDIA_ID = "a1b2c3d4e5f60718293a4b5c6d7e8f90";
export const CONFERENCE_ID = "0c9e3f7d5b1a4e6c8f2d0b9a7e5c3f1d";

/** One describe per operationId, each calling it through the client and checking what came back. */
export function operations(rows: Record<string, () => Promise<void>>): void {
  for (const [operationId, run] of Object.entries(rows))
    describe(operationId, () => it("answers 2xx through the client with the documented data", run));
}

/** Sends raw bytes (media, photos) as the body instead of JSON. */
export const rawBody = (type: string) => ({
  body: new Uint8Array([0x49, 0x44, 0x33, 0x04]) as never,
  bodySerializer: (b: unknown) => b as BodyInit,
  headers: { "Content-Type": type },
});
